"""Small things the check does with a browser's pages and contexts: the member's name
as a page shows it, whether LinkedIn took a session back, and closing what may never
answer (a stopped browser)."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable

from playwright.async_api import BrowserContext, Page
from playwright.async_api import Error as PlaywrightError

from wizard.base.i18n import translate
from wizard.check.problems import first_line
from wizard.secrets.session import SESSION_COOKIE

log = logging.getLogger(__name__)

# Closing a context or the browser that does not end in this long is given up on (a
# stopped browser would hang the check for good); the driver ends the browser after.
CLOSE_TIMEOUT_S = 5.0


_ACCOUNT_NAME = """(selectors) => {
  for (const selector of selectors) {
    const el = document.querySelector(selector);
    if (!el) continue;
    const text = (el.getAttribute("alt") || el.textContent || "").replace(/\\s+/g, " ").trim();
    if (text) return text.slice(0, 120);
  }
  return null;
}"""


async def account_name(page: Page, selectors: tuple[str, ...]) -> str | None:
    """The member's name as the page shows it (for the report); None if not shown."""
    try:
        name = await page.evaluate(_ACCOUNT_NAME, list(selectors))
    except PlaywrightError:
        return None
    return name if isinstance(name, str) and name else None


def ended_by_linkedin() -> str:
    return translate(
        "Check",
        "LinkedIn ended the session when the check opened the page. Sign in again, "
        "then check again.",
    )


async def still_holds_session(context: BrowserContext) -> bool:
    """Does the context still hold a session cookie (LinkedIn deletes it when it ends
    a session)?"""
    try:
        jar = await context.cookies()
    except PlaywrightError:
        return True  # cannot tell: say nothing more than "signed out"
    return any(c.get("name") == SESSION_COOKIE and c.get("value") for c in jar)


async def bounded(closing: Awaitable[None]) -> None:
    """A close that may not come back (a stopped browser): given up after a while."""
    try:
        await asyncio.wait_for(closing, CLOSE_TIMEOUT_S)
    except (TimeoutError, PlaywrightError) as exc:
        log.debug("closing did not finish: %s", first_line(exc))
