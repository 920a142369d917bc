"""Presenting a session's browser identity in the check's Playwright browser.

The check's browser is another program than the one the member signed in with (a
headless Chromium, not the wizard's embedded view). LinkedIn ends sessions that
turn up in another browser and challenges headless ones, so every context the check
opens presents the session's own identity (base/identity.py): its User-Agent, client
hints and Accept-Language, in the header and in `navigator`, and nothing beyond
that. `navigator.webdriver` stays as Playwright sets it; a security check LinkedIn
asks for is reported, never answered.
"""

from __future__ import annotations

from typing import Any

from playwright.async_api import Browser, BrowserContext, Page

from wizard.base import gpc as privacy_signal
from wizard.base.identity import BrowserIdentity


async def new_context(
    browser: Browser, identity: BrowserIdentity, gpc: bool, **options: Any
) -> BrowserContext:
    """An in-memory context that is the session's browser to every page it opens."""
    headers = {"Accept-Language": identity.accept_language}
    if gpc:
        headers[privacy_signal.HEADER] = privacy_signal.VALUE
    languages = identity.languages()
    context = await browser.new_context(
        user_agent=identity.user_agent,
        locale=languages[0] if languages else None,
        extra_http_headers=headers,
        **options,
    )
    if gpc:
        await context.add_init_script(privacy_signal.NAVIGATOR_SCRIPT)
    return context


async def new_page(context: BrowserContext, identity: BrowserIdentity) -> Page:
    """A page whose client hints are the identity's too. Playwright's user_agent
    option changes only the string: Chromium's own brands ("HeadlessChrome" among
    them) would still go out in Sec-CH-UA and navigator.userAgentData."""
    page = await context.new_page()
    # Kept attached for the page's life: Chromium drops a session's overrides when the
    # session detaches. It ends with the context.
    cdp = await context.new_cdp_session(page)
    await cdp.send("Emulation.setUserAgentOverride", identity.cdp_override())
    return page
