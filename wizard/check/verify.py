"""The independent check: open each setting's page in a fresh headless browser and
read the switch. It never says OFF unless it saw the switch off.

No Qt here: the wizard runs it in a worker thread, the `verify` command in the
terminal. Playwright, its browser and its pages are created inside the thread that
runs the check (asyncio.run), never on a GUI thread. Each setting gets its own
in-memory context seeded with the session cookies and presenting the session's
browser identity (check/presenting.py): no profile, trace or HAR is written anywhere.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import tempfile
import threading
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from pathlib import Path

from playwright.async_api import (
    Browser,
    BrowserContext,
    Page,
    Playwright,
    ViewportSize,
    async_playwright,
)
from playwright.async_api import Error as PlaywrightError

from wizard.base.i18n import translate, weighted_languages
from wizard.base.identity import BrowserIdentity, ordinary_chromium
from wizard.base.site import Site
from wizard.catalog.model import Catalog, OptOut
from wizard.check import browsers, presenting
from wizard.check.browsing import account_name, bounded, ended_by_linkedin, still_holds_session
from wizard.check.evidence import take_picture
from wizard.check.listing import ListReader
from wizard.check.problems import browser_problem, network_problem
from wizard.check.progress import Progress
from wizard.check.signin import AskPin, Credentials, sign_in
from wizard.reading.detect import (
    NO_SWITCH_QUIET_MS,
    detector_spec,
    state_from_result,
)
from wizard.reading.pageread import PageRequests, read_settled
from wizard.reading.reading import Reading
from wizard.reading.result import (
    Cause,
    Check,
    Listing,
    Report,
    State,
    all_checks,
)
from wizard.secrets.logs import keep_secret
from wizard.secrets.session import Cookie, Session, has_session

log = logging.getLogger(__name__)

DEFAULT_TIMEOUT_S = 30.0
VIEWPORT: ViewportSize = {"width": 1280, "height": 900}

# Told of progress: (setting id, or None for the whole run; how far). Called from the
# checking thread.
OnProgress = Callable[[str | None, Progress], None]
# A setting's answer as soon as it is read, before the whole report (LinkedIn's lists
# may still be read): the report that follows carries the same state.
OnAnswer = Callable[[Check], None]


class Cancelled(Exception):
    """The person cancelled the check; no result."""


class Verification:
    """One check of some settings; `run` blocks, `cancel` may come from any thread."""

    def __init__(
        self,
        site: Site,
        catalog: Catalog,
        optouts: Sequence[OptOut] | None = None,
        *,
        cookies: Iterable[Cookie] = (),
        identity: BrowserIdentity | None = None,
        credentials: Credentials | None = None,
        ask_pin: AskPin | None = None,
        evidence_dir: Path | None = None,
        timeout_s: float = DEFAULT_TIMEOUT_S,
        progress: OnProgress | None = None,
        on_answer: OnAnswer | None = None,
        find_browsers: Callable[[str | None], Iterable[browsers.Candidate]] | None = None,
        locale: str | None = None,
        gpc: bool = False,
        list_settings: bool = True,
    ) -> None:
        self.site = site
        self.catalog = catalog
        self.optouts = tuple(optouts or catalog.required())
        self._cookies = tuple(cookies)
        # The browser the session signed in with, presented by every page of the check
        # (None: an ordinary Chromium of the check's own engine, made once per run).
        self._identity = identity
        self._credentials = credentials
        keep_secret(*(c.value for c in self._cookies))
        if credentials is not None:
            keep_secret(credentials.password)
        self._ask_pin = ask_pin or (lambda _try: None)
        self.evidence_dir = evidence_dir
        self.timeout_s = timeout_s
        self._progress = progress or (lambda _id, _step: None)
        self._on_answer = on_answer or (lambda _check: None)
        self._find_browsers = find_browsers or browsers.candidates
        self._locale = locale  # LinkedIn shows its pages in this language
        self._gpc = gpc  # send the Global Privacy Control signal, as the wizard does
        # Also read LinkedIn's lists of settings, beside the settings' own pages, to
        # notice one LinkedIn added (reading/lists.py).
        self._list_settings = list_settings and bool(
            catalog.settings_lists and catalog.settings_lists.paths
        )
        self._lock = threading.Lock()
        self._account: str | None = None  # the member's name, as a page showed it
        self._listing_result: Listing | None = None
        self._lists_reader: ListReader | None = None  # made again for each run, in its loop
        self._cancelled = False
        self._loop: asyncio.AbstractEventLoop | None = None
        self._task: asyncio.Task | None = None
        self.signed_in: Session | None = None  # after a sign-in here, for remembering
        # Pictures that could not be written: the check itself still counts, but the
        # caller must say so (a script must not take a failed save for success).
        self.output_problems: list[str] = []

    def run(self) -> Report:
        """Check every setting; raises Cancelled if cancel() was called.

        Whatever goes wrong in the browser (it crashed, its driver was killed) ends as
        ERROR results with a reason, never as a traceback."""
        return verify_all([self])[0]

    def cancel(self) -> None:
        with self._lock:
            self._cancelled = True
            loop, task = self._loop, self._task
            if loop is not None and task is not None and not loop.is_closed():
                with contextlib.suppress(RuntimeError):  # the run ended meanwhile
                    loop.call_soon_threadsafe(task.cancel)

    def _started(self, loop: asyncio.AbstractEventLoop, task: asyncio.Task | None) -> bool:
        """Called in the run's loop; False if cancel() came first."""
        with self._lock:
            if self._cancelled:
                return False
            self._loop, self._task = loop, task
            return True

    def _ended(self) -> None:
        with self._lock:
            self._loop = None  # a cancel from now on has nothing to stop
            self._task = None

    def _needs_browser(self) -> bool:
        return has_session(list(self._cookies)) or self._credentials is not None

    def _signed_out(self) -> Report:
        reason = translate("Check", "No LinkedIn session: sign in first, then check.")
        return self._report("none", all_checks(self._ids(), State.SIGNED_OUT, reason))

    def _ids(self) -> list[str]:
        return [o.id for o in self.optouts]

    def _failed(self, reason: str, browser: str = "none", cause: Cause | None = None) -> Report:
        report = self._report(browser, all_checks(self._ids(), State.ERROR, reason))
        return replace(report, cause=cause)

    def identity_for(self, browser: Browser) -> BrowserIdentity:
        """The session's identity; for a session without one, an ordinary Chromium of
        the check's own engine (never a headless one), the same for the whole run."""
        if self._identity is None:
            self._identity = ordinary_chromium(
                browser.version, weighted_languages(self._locale or "en")
            )
        return self._identity

    async def _with_browser(self, browser: Browser, description: str) -> Report:
        """Sign in if asked, then every setting at once, in the browser given."""
        cookies = self._cookies
        identity = self.identity_for(browser)
        if self._credentials is not None:
            self._progress(None, Progress.SIGNING_IN)
            outcome = await sign_in(
                browser,
                self.site,
                self.catalog,
                self._credentials,
                self._ask_pin,
                self.timeout_s,
                identity,
                self._gpc,
                on_approval=lambda: self._progress(None, Progress.APPROVING),
            )
            self._credentials = None  # the password is not kept past its use
            if not outcome.signed_in:
                log.info("sign-in did not complete: %s", outcome.message)
                assert outcome.state is not None
                return self._report(
                    description, all_checks(self._ids(), outcome.state, outcome.message)
                )
            cookies = outcome.cookies
            keep_secret(*(c.value for c in cookies))
            self.signed_in = Session(outcome.cookies, identity)
        # LinkedIn's lists, once every setting has its answer (shown as it comes: the
        # whole report waits for the lists, no answer does), and once the settings'
        # pages are closed: their pages and the lists' are never all open at once
        # (two renderers fewer at the check's peak of memory, docs/performance.md).
        self._lists_reader = lists = self._lists(browser, cookies, identity)
        listing_task = asyncio.ensure_future(lists.read()) if self._list_settings else None
        try:
            checks = await asyncio.gather(
                *(self._check(browser, o, cookies, identity) for o in self.optouts)
            )
            if listing_task is not None:
                self._listing_result = await lists.after(listing_task)
        finally:
            if listing_task is not None and not listing_task.done():
                listing_task.cancel()  # the check was cancelled: the lists with it
        ended = ended_by_linkedin()
        if any(c.reason == ended for c in checks):
            # One session: the settings read after LinkedIn ended it found it gone,
            # for the same reason.
            checks = [
                replace(c, reason=ended) if c.state is State.SIGNED_OUT else c for c in checks
            ]
        return self._report(description, tuple(checks))

    def _report(self, browser: str, checks: tuple[Check, ...]) -> Report:
        return Report(
            site=self.site.origin,
            browser=browser,
            checks=checks,
            titles={o.id: o.title for o in self.optouts},
            account=self._account,
            listing=self._listing_result,
        )

    async def _launch(self, pw: Playwright, scratch: Path) -> tuple[Browser, str]:
        # The browser's start counts against the check's time: one that hangs at
        # start is given up on within it, and said as such.
        browser, candidate = await browsers.launch_first(
            pw, scratch, self._find_browsers, self.timeout_s
        )
        return browser, f"{candidate.description} {browser.version}"

    async def _check(
        self,
        browser: Browser,
        optout: OptOut,
        cookies: Sequence[Cookie],
        identity: BrowserIdentity,
    ) -> Check:
        self._progress(optout.id, Progress.OPENING)
        check: Check | None = None
        try:
            deadline = asyncio.get_running_loop().time() + self.timeout_s
            check = await asyncio.wait_for(
                self._check_paths(browser, optout, cookies, identity, deadline), self.timeout_s
            )
        except TimeoutError:
            check = Check(
                optout.id,
                State.ERROR,
                translate(
                    "Check",
                    "LinkedIn did not answer within {seconds} seconds. "
                    "Check your internet connection and try again.",
                ).format(seconds=f"{self.timeout_s:g}"),
                url=self.site.url(optout.path),
            )
        finally:
            if check is not None:
                self._on_answer(check)
            self._progress(optout.id, Progress.DONE)
        return check

    async def _check_paths(
        self,
        browser: Browser,
        optout: OptOut,
        cookies: Sequence[Cookie],
        identity: BrowserIdentity,
        deadline: float,
    ) -> Check:
        context = None
        try:
            # Inside the guard: a cookie or a context the browser refuses is this
            # setting's error, never every account's.
            context = await self._context(browser, cookies, identity)
            page = await presenting.new_page(context, identity)
            page.set_default_timeout(self.timeout_s * 1000)
            requests = PageRequests(page, self.site.owns)
            check = None
            for path in optout.paths:
                check, moved = await self._read(page, requests, optout, path, deadline)
                if not moved:
                    break
            assert check is not None
            ended = check.state is State.SIGNED_OUT and has_session(list(cookies))
            if ended and not await still_holds_session(context):
                # Not an old session found expired: LinkedIn took it back just now.
                check = replace(check, reason=ended_by_linkedin())
            return check
        except PlaywrightError as exc:
            log.warning("checking %s failed in the browser: %s", optout.id, exc)
            return Check(
                optout.id, State.ERROR, browser_problem(exc), url=self.site.url(optout.path)
            )
        finally:
            if context is not None:
                await bounded(context.close())

    async def _context(
        self, browser: Browser, cookies: Sequence[Cookie], identity: BrowserIdentity
    ) -> BrowserContext:
        """A fresh in-memory context presenting the session's browser, with its cookies."""
        context = await presenting.new_context(
            browser, identity, self._gpc, viewport=VIEWPORT, service_workers="block"
        )
        if cookies:
            # Plain dicts: Playwright's stub wants its own TypedDict (SetCookieParam),
            # which only its private modules export.
            jar = [c.for_playwright() for c in cookies]
            await context.add_cookies(jar)  # type: ignore[arg-type]
        return context

    # LinkedIn's lists of settings: check/listing.py reads them

    def _lists(
        self, browser: Browser, cookies: Sequence[Cookie], identity: BrowserIdentity
    ) -> ListReader:
        async def context() -> BrowserContext:
            return await self._context(browser, cookies, identity)

        return ListReader(
            self.site,
            self.catalog,
            self.timeout_s,
            context,
            identity,
            lambda: self._progress(None, Progress.LISTING),
        )

    async def _read(
        self, page: Page, requests: PageRequests, optout: OptOut, path: str, deadline: float
    ) -> tuple[Check, bool]:
        """One page: (the check, whether the page is gone so the next path may be tried)."""
        url = self.site.url(path)
        try:
            response = await page.goto(url, wait_until="domcontentloaded")
        except PlaywrightError as exc:
            log.warning("opening %s failed: %s", url, exc)
            return Check(optout.id, State.ERROR, network_problem(exc, self.site), url=url), False
        status = response.status if response is not None else 0
        if status in (404, 410):
            route = " → ".join(optout.menu_route)
            reason = translate(
                "Check",
                "The setting's page is gone (HTTP {status}). LinkedIn may have moved it: "
                "check by hand through the menus: {route}.",
            ).format(status=status, route=route)
            return Check(optout.id, State.NOT_FOUND, reason, url=url), True
        if status >= 400:
            reason = translate(
                "Check", "LinkedIn answered with an error (HTTP {status}). Try again later."
            ).format(status=status)
            return Check(optout.id, State.ERROR, reason, url=url), False

        self._progress(optout.id, Progress.READING)
        spec = detector_spec(optout, self.catalog, self.site.origin)
        # The watcher gives up in time to say why (still loading, no switch) and to take
        # the picture before the setting's whole time is up.
        reserve = min(2.0, 0.2 * self.timeout_s)
        left = deadline - asyncio.get_running_loop().time() - reserve
        options = {"quietMs": NO_SWITCH_QUIET_MS, "maxMs": int(max(0.5, left) * 1000)}
        raw = Reading.parse(await read_settled(page, requests, spec, options))
        state, reason = state_from_result(raw, optout)
        if self._account is None and state in (State.ON, State.OFF, State.NOT_FOUND):
            self._account = await account_name(page, self.catalog.pages.account_name)
        evidence = None
        if self.evidence_dir is not None:
            evidence, covered, problem = await take_picture(page, spec, raw, self.evidence_dir)
            if problem:
                self.output_problems.append(problem)
            if covered:
                reason += " " + translate(
                    "Check",
                    "Something on the page (such as a cookie notice) covered the switch; "
                    "it was set aside for the picture.",
                )
        offered = not (state is State.NOT_FOUND and raw is not None and raw.not_offered)
        check = Check(optout.id, state, reason, evidence=evidence, url=page.url)
        return replace(check, not_offered=not offered), False


def verify_all(verifications: Sequence[Verification]) -> list[Report]:
    """Several checks (several accounts) in one browser, one after the other, each
    setting in a fresh context of its own: the browser starts once, so the time per
    account does not grow with their number. Blocks; runs its own event loop.

    One account's failure is that account's: a session the browser refuses, or a
    browser that stops during one account's check, ends that account's report with a
    reason, and the next account is still checked."""
    try:
        return asyncio.run(_verify_all(list(verifications)))
    except asyncio.CancelledError:
        raise Cancelled from None
    except Exception:  # the driver failed under us, before any account's check
        log.debug("the check's browser failed", exc_info=True)
        return [v._failed(_stopped_working(), cause=Cause.BROWSER_FAILED) for v in verifications]
    finally:
        for v in verifications:
            v._ended()


def _stopped_working() -> str:
    return translate(
        "Check",
        "The browser for the check stopped working, so nothing more was checked. Check again.",
    )


async def _verify_all(verifications: list[Verification]) -> list[Report]:
    loop, task = asyncio.get_running_loop(), asyncio.current_task()
    for v in verifications:
        if not v._started(loop, task):
            raise asyncio.CancelledError
    reports: dict[int, Report] = {
        n: v._signed_out() for n, v in enumerate(verifications) if not v._needs_browser()
    }
    todo = [(n, v) for n, v in enumerate(verifications) if n not in reports]
    if todo:
        first = todo[0][1]
        first._progress(None, Progress.BROWSER)
        with tempfile.TemporaryDirectory(prefix="optout-browser-") as scratch:
            async with async_playwright() as pw:
                try:
                    browser, description = await first._launch(pw, Path(scratch))
                except browsers.NoBrowserError as exc:
                    # Another browser would not help a refused sandbox: say which it is.
                    cause, which = _launch_failure(exc)
                    reports |= {n: v._failed(str(exc), which, cause) for n, v in todo}
                else:
                    try:
                        for n, v in todo:
                            reports[n] = await _one_account(v, browser, description)
                    finally:
                        await bounded(browser.close())
    return [reports[n] for n in range(len(verifications))]


def _launch_failure(exc: browsers.NoBrowserError) -> tuple[Cause, str]:
    """The cause, and what the report names as the browser."""
    if isinstance(exc, browsers.SandboxError):
        return Cause.BROWSER_NO_SANDBOX, "none (no sandbox)"
    if isinstance(exc, browsers.BrowserDidNotStart):
        return Cause.BROWSER_DID_NOT_START, "none (did not start)"
    return Cause.BROWSER_MISSING, "none"


async def _one_account(v: Verification, browser: Browser, description: str) -> Report:
    try:
        return await v._with_browser(browser, description)
    except Exception:  # this account's fault (its session, the browser under it)
        log.debug("one account's check failed in the browser", exc_info=True)
        return v._failed(_stopped_working(), description, Cause.BROWSER_FAILED)
