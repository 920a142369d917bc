"""Signing in headlessly on the site's own sign-in page, for the `verify` command.

The password is typed into LinkedIn's form and dropped; only the session cookies
come back. The sign-in presents the identity the check will present afterwards
(check/presenting.py): the session is made by the browser that will use it. A PIN
check is answered with a code the person gives; any other check (a puzzle) is left
to the person, in the wizard: we never try to beat a check.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from playwright.async_api import Browser, Page
from playwright.async_api import Error as PlaywrightError

from wizard.base.identity import BrowserIdentity
from wizard.base.site import Site
from wizard.catalog.model import Catalog
from wizard.check import presenting
from wizard.check.problems import network_problem
from wizard.reading.result import State
from wizard.reading.signinpage import CodeAsked, code_asked
from wizard.secrets.logs import keep_secret
from wizard.secrets.session import Cookie, has_session

log = logging.getLogger(__name__)

MAX_PIN_TRIES = 3
# A click or a field that does not answer in this long is stuck behind something
# (a banner the check could not close): said at once, not after the whole timeout.
ACTION_TIMEOUT_S = 8.0

# Asked for a code: gets the try number (1, 2, …), returns the code or None (none given).
AskPin = Callable[[int], str | None]


@dataclass(frozen=True)
class Credentials:
    email: str
    password: str = field(repr=False)


@dataclass(frozen=True)
class SignInOutcome:
    cookies: tuple[Cookie, ...]
    state: State | None  # None: signed in
    message: str

    @property
    def signed_in(self) -> bool:
        return self.state is None


OPEN_THE_WIZARD = "open the wizard to finish signing in"


async def sign_in(
    browser: Browser,
    site: Site,
    catalog: Catalog,
    credentials: Credentials,
    ask_pin: AskPin,
    timeout_s: float,
    identity: BrowserIdentity,
    gpc: bool = False,
    on_approval: Callable[[], None] = lambda: None,
) -> SignInOutcome:
    form = catalog.sign_in
    keep_secret(credentials.email)  # not a secret, but personal: no log shows it
    context = await presenting.new_context(browser, identity, gpc)
    try:
        page = await presenting.new_page(context, identity)
        page.set_default_timeout(min(timeout_s, ACTION_TIMEOUT_S) * 1000)
        page.set_default_navigation_timeout(timeout_s * 1000)
        await page.goto(site.url(form.path), wait_until="domcontentloaded")
        await page.wait_for_selector(form.username, state="visible")
        if not await _uncovered(page, form.submit, form.consent_reject):
            return SignInOutcome((), State.ERROR, COVERED)
        await page.fill(form.username, credentials.email)
        await page.fill(form.password, credentials.password)
        async with page.expect_navigation(wait_until="domcontentloaded"):
            await page.click(form.submit)

        tries = 0
        while True:
            cookies = tuple(_cookies(await context.cookies()))
            if has_session(list(cookies)):
                return SignInOutcome(cookies, None, "Signed in.")
            where = _path(page)
            if _starts(where, catalog.pages.signed_out_paths):
                return SignInOutcome(
                    (),
                    State.SIGNED_OUT,
                    "LinkedIn did not accept the email and password. Check them and try again. "
                    + SIGNS_IN_ANOTHER_WAY,
                )
            if not _starts(where, catalog.pages.challenge_paths):
                return SignInOutcome(
                    (), State.SIGNED_OUT, "Signing in did not finish. " + SIGNS_IN_ANOTHER_WAY
                )
            if await page.query_selector(form.pin) is None:
                if await _asks_approval(page, form.approval_words):
                    outcome = await _wait_for_approval(
                        page, context, catalog, timeout_s, on_approval
                    )
                    if outcome is not None:
                        return outcome
                    continue  # approved: signed in, or on to the next page
                return SignInOutcome(
                    (),
                    State.CHALLENGE,
                    f"LinkedIn wants a security check this command cannot do: {OPEN_THE_WIZARD}.",
                )
            if tries >= MAX_PIN_TRIES:
                return SignInOutcome(
                    (),
                    State.CHALLENGE,
                    f"LinkedIn did not accept the code {tries} times; {OPEN_THE_WIZARD}.",
                )
            tries += 1
            code = ask_pin(tries)
            if not code:
                message = (
                    "LinkedIn did not accept the code. "
                    if tries > 1
                    else "LinkedIn asked for the code it sent you, and none was given. "
                )
                return SignInOutcome(
                    (), State.CHALLENGE, message + f"Try again, or {OPEN_THE_WIZARD}."
                )
            await page.fill(form.pin, code.strip())
            async with page.expect_navigation(wait_until="domcontentloaded"):
                await page.click(form.pin_submit)
    except PlaywrightError as exc:
        # The details (with the browser's call log) only with --verbose; never whose.
        log.debug("signing in failed in the browser", exc_info=True)
        if "Timeout" in str(exc) and "net::" not in str(exc):
            return SignInOutcome((), State.ERROR, STUCK)
        return SignInOutcome((), State.ERROR, network_problem(exc, site))
    finally:
        await context.close()


async def _asks_approval(page: Page, words: Sequence[str]) -> bool:
    """A page that asks to approve the sign-in in LinkedIn's app (no code field)."""
    try:
        text = await page.evaluate("document.body ? document.body.innerText.slice(0, 4000) : ''")
    except PlaywrightError:
        return False
    return code_asked(str(text), (), (), words) is CodeAsked.APPROVE


async def _wait_for_approval(
    page: Page,
    context: Any,
    catalog: Catalog,
    timeout_s: float,
    on_approval: Callable[[], None],
) -> SignInOutcome | None:
    """Wait, as the member would, for the approval on the phone: the page moves on by
    itself. None once it has (signed in, or another page); the outcome if it never
    did within the check's time."""
    on_approval()
    deadline = asyncio.get_running_loop().time() + timeout_s
    while asyncio.get_running_loop().time() < deadline:
        if has_session(_cookies(await context.cookies())):
            return None
        if not _starts(_path(page), catalog.pages.challenge_paths):
            return None
        await asyncio.sleep(0.25)  # the page polls LinkedIn itself; it is only watched
    return SignInOutcome(
        (),
        State.CHALLENGE,
        f"LinkedIn asked you to approve the sign-in in your LinkedIn app, and it was not "
        f"approved within {timeout_s:g} seconds. Approve it on your phone and check again, "
        f"or {OPEN_THE_WIZARD}.",
    )


COVERED = (
    "Something on LinkedIn's sign-in page (such as a cookie notice) covered the form and "
    "could not be closed. Sign in once in the wizard and tick “Remember me”, then check again."
)
STUCK = (
    "LinkedIn's sign-in page did not respond. Try again later, or sign in once in the wizard "
    "and tick “Remember me”."
)

# Is the element the topmost thing at its centre (nothing lies over it)?
_ON_TOP = """(el) => {
  el.scrollIntoView({block: "center"});
  const r = el.getBoundingClientRect();
  const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
  return hit !== null && (hit === el || el.contains(hit));
}"""


async def _uncovered(page: Page, selector: str, reject_words: tuple[str, ...]) -> bool:
    """Make sure nothing covers the form's button: a cookie banner is answered with
    its refusing button (never Accept), as a member minding their privacy would."""
    target = page.locator(selector).first
    for _ in range(2):
        if await target.evaluate(_ON_TOP):
            return True
        words = {w.casefold() for w in reject_words}
        for button in await page.locator("button, [role='button' i]").all():
            text = (await button.inner_text()).strip().casefold()
            if text in words and await button.is_visible():
                log.info("a consent notice covered the sign-in form; refused its cookies")
                await button.click()
                break
        else:
            return False
    return await target.evaluate(_ON_TOP)


def _path(page: Page) -> str:
    from urllib.parse import urlsplit

    return urlsplit(page.url).path


def _starts(path: str, prefixes: tuple[str, ...]) -> bool:
    return any(path.startswith(p) for p in prefixes)


SIGNS_IN_ANOTHER_WAY = (
    "No LinkedIn password (you sign in with Google, Apple or a passkey)? Sign in once in "
    "the wizard and tick “Remember me”: verify then uses that session."
)


def _cookies(raw: Sequence[Mapping[str, Any]]) -> list[Cookie]:
    return [
        Cookie(
            name=c["name"],
            value=c["value"],
            domain=c["domain"],
            path=c.get("path") or "/",
            secure=bool(c.get("secure")),
            http_only=bool(c.get("httpOnly")),
            expires=c["expires"] if c.get("expires", -1) > 0 else None,
        )
        for c in raw
    ]
