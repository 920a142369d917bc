"""LinkedIn's own lists of settings (Data privacy, Advertising data), read beside the
settings' pages to notice a setting LinkedIn added: the rows the catalog does not
know, each with the state the row says, or the sentence that says why a list could
not be read. A setting's answer never waits for the lists; the lists wait for the
settings' pages to open first (their loads come first on a busy machine)."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime

from playwright.async_api import BrowserContext
from playwright.async_api import Error as PlaywrightError

from wizard.base.i18n import translate
from wizard.base.identity import BrowserIdentity
from wizard.base.site import Site
from wizard.catalog.model import Catalog
from wizard.check import presenting
from wizard.check.browsing import bounded
from wizard.check.problems import browser_problem, network_problem
from wizard.reading.lists import LIST_QUIET_MS, list_spec, unknown_rows
from wizard.reading.pageread import PageRequests, read_settled
from wizard.reading.reading import Reading, Row
from wizard.reading.result import ListedSetting, Listing, State

log = logging.getLogger(__name__)


class ListReader:
    """Reads every list page of the catalog in contexts the check makes."""

    def __init__(
        self,
        site: Site,
        catalog: Catalog,
        timeout_s: float,
        new_context: Callable[[], Awaitable[BrowserContext]],
        identity: BrowserIdentity,
        started: Callable[[], None],
    ) -> None:
        self.site = site
        self.catalog = catalog
        self.timeout_s = timeout_s
        self._new_context = new_context
        self._identity = identity
        self._started = started
        self.pages_open = asyncio.Event()  # set once every setting has its answer

    async def read(self) -> Listing:
        """Every list page at once; the rows the catalog does not know, dated now
        (the history dates them by the account's earlier checks)."""
        lists = self.catalog.settings_lists
        assert lists is not None
        await self.pages_open.wait()
        self._started()
        read = await asyncio.gather(*(self._list_page(path) for path in lists.paths))
        rows = [row for found, _problem in read for row in found]
        problems = tuple(problem for _found, problem in read if problem)
        now = datetime.now(UTC)
        unknown = tuple(
            ListedSetting(r.title, State.ON if r.on else State.OFF, r.url, now)
            for r in unknown_rows(rows, self.catalog)
        )
        return Listing(unknown, problems)

    async def after(self, task: asyncio.Future[Listing]) -> Listing:
        """The lists, once every setting has its answer: by then they wait for no page
        to open, and get one more timeout at most (a browser that stopped answering
        must not hold the report back)."""
        self.pages_open.set()
        try:
            return await asyncio.wait_for(task, self.timeout_s)
        except TimeoutError:
            return Listing(
                (),
                (
                    translate(
                        "Check",
                        "Could not list LinkedIn's settings: the browser did not answer in time.",
                    ),
                ),
            )

    async def _list_page(self, path: str) -> tuple[tuple[Row, ...], str | None]:
        """One list page's rows, or the sentence that says why it could not be read."""
        url = self.site.url(path)

        def cannot(why: str) -> tuple[tuple[Row, ...], str]:
            return (), translate(
                "Check", "Could not list LinkedIn's settings at {url}: {why}"
            ).format(url=url, why=why)

        try:
            context = await self._new_context()
        except PlaywrightError as exc:
            return cannot(browser_problem(exc))
        try:
            page = await presenting.new_page(context, self._identity)
            page.set_default_timeout(self.timeout_s * 1000)
            requests = PageRequests(page, self.site.owns)
            response = await page.goto(url, wait_until="domcontentloaded")
            status = response.status if response is not None else 0
            if status >= 400:
                return cannot(
                    translate("Check", "LinkedIn answered with an error (HTTP {status}).").format(
                        status=status
                    )
                )
            spec = list_spec(self.catalog, self.site.origin)
            options = {"quietMs": LIST_QUIET_MS, "maxMs": int(self.timeout_s * 1000)}
            answer = await asyncio.wait_for(
                read_settled(page, requests, spec, options), self.timeout_s + 5
            )
            raw = Reading.parse(answer)
            if raw is None:
                return cannot(translate("Check", "the page gave no answer."))
            if raw.signed_out:
                return cannot(translate("Check", "LinkedIn asked to sign in again."))
            if raw.challenge:
                return cannot(translate("Check", "LinkedIn asked for a security check."))
            if raw.timed_out and raw.still_loading:
                return cannot(translate("Check", "the page was still loading when time was up."))
            return tuple(r for r in raw.rows if self.site.owns(r.url)), None  # its own pages
        except TimeoutError:
            return cannot(translate("Check", "the page was still loading when time was up."))
        except PlaywrightError as exc:
            log.warning("listing %s failed in the browser: %s", url, exc)
            return cannot(network_problem(exc, self.site))
        finally:
            await bounded(context.close())
