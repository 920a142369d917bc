"""The check, in this process (Playwright's driver start included), turn about with
its floor:

- verify both settings: the verifier (fresh browser, a context per setting, the
  detector and its readiness rule, the evidence pictures) against a bare
  Playwright script that opens the same two pages in the same browser and waits
  for each switch element, as a script that reads them would;
- settle on a page already drawn: after the page is open, until the watcher's
  answer, on a page whose switch is there when it loads (readiness must cost
  nothing there), against waiting for the switch element;
- accounts: verify_all over N = 1, 3, 10 practice accounts in one browser, the
  time per account;
- a page without the switch: the check of a page that truly has none (NOT_FOUND),
  whose answer waits for the page to be quiet for NO_SWITCH_QUIET_MS, against the
  same check with the 0.8 s quiet it used before (the cost of never calling a page
  that is still drawing "not found").
"""

from __future__ import annotations

import asyncio
import tempfile
import time
from pathlib import Path

from benchmarks.common import Figure, alternate, median
from wizard.base.site import Site
from wizard.catalog.model import load_catalog
from wizard.check import browsers
from wizard.check import verify as verify_module
from wizard.check.progress import Progress
from wizard.check.verify import Verification, verify_all
from wizard.practice import practice_site
from wizard.reading.detect import detector_spec
from wizard.reading.lists import LIST_QUIET_MS
from wizard.reading.pageread import PageRequests, read_settled
from wizard.secrets.session import Cookie

SWITCH = "[role=switch]"
ACCOUNTS = (1, 3, 10)
READY_PAGE = """<!DOCTYPE html><html><body><main><h1>Data for Generative AI Improvement</h1>
<span id="allowDataForGenerativeAI">Use my data for training content creation AI models</span>
<input type="checkbox" role="switch" aria-labelledby="allowDataForGenerativeAI" checked>
</main></body></html>"""


async def _bare(site_url: str, paths: list[str], cookies: list[Cookie], launch: dict) -> None:
    from playwright.async_api import async_playwright

    async with async_playwright() as pw:
        browser = await pw.chromium.launch(**browsers.launch_options(), **launch)
        context = await browser.new_context()
        await context.add_cookies([c.for_playwright() for c in cookies])

        async def open_page(path: str) -> None:
            page = await context.new_page()
            await page.goto(site_url + path)
            await page.wait_for_selector(SWITCH)

        await asyncio.gather(*(open_page(p) for p in paths))
        await browser.close()


async def _settle_on_ready(site: Site, path: str, cookies: list[Cookie], launch: dict, n: int):
    """Per read, in one browser: (ours: goto → settled answer, floor: goto → element)."""
    from playwright.async_api import async_playwright

    catalog = load_catalog()
    spec = detector_spec(catalog.get("ai-training"), catalog, site.origin)
    spec["paths"] = [path]
    mine, bare = [], []
    async with async_playwright() as pw:
        browser = await pw.chromium.launch(**browsers.launch_options(), **launch)
        context = await browser.new_context()
        await context.add_cookies([c.for_playwright() for c in cookies])
        for _ in range(n):
            page = await context.new_page()
            await page.goto(site.url(path), wait_until="domcontentloaded")
            started = time.perf_counter()
            await page.wait_for_selector(SWITCH)
            bare.append(time.perf_counter() - started)
            await page.close()

            page = await context.new_page()
            requests = PageRequests(page, site.owns)
            await page.goto(site.url(path), wait_until="domcontentloaded")
            started = time.perf_counter()
            raw = await read_settled(page, requests, spec, {})
            mine.append(time.perf_counter() - started)
            assert raw["found"], raw
            assert raw["ready"], raw
            await page.close()
        await browser.close()
    return mine, bare


def _launch_kwargs() -> tuple[dict, str]:
    """The browser the verifier would use (asked of it once, outside the timings)."""

    async def find() -> tuple[dict, str]:
        from playwright.async_api import async_playwright

        async with async_playwright() as pw:
            for candidate in browsers.candidates(pw.chromium.executable_path):
                try:
                    browser = await pw.chromium.launch(
                        **browsers.launch_options(), **candidate.launch
                    )
                except Exception:  # noqa: S112 (not this one: try the next)
                    continue
                version = browser.version
                await browser.close()
                return candidate.launch, f"{candidate.description} {version}"
        raise browsers.NoBrowserError(browsers.no_browser_message())

    return asyncio.run(find())


def run(repeat: int) -> list[Figure]:
    catalog = load_catalog()
    launch, browser = _launch_kwargs()
    note = f"browser: {browser}"
    # The switch is drawn without the practice page's usual delay (its data fetch
    # stays): the figure is the app's cost, not the page's.
    with practice_site(render_delay_ms=0) as site, tempfile.TemporaryDirectory() as evidence:
        host = Site(site.url).host
        cookies = [Cookie(k, v, host) for k, v in site.sign_in("bench@practice.test").items()]
        paths = [o.path for o in catalog.required()]

        def ours(lists: bool = False) -> float:
            started = time.perf_counter()
            report = Verification(
                Site(site.url),
                catalog,
                cookies=cookies,
                evidence_dir=Path(evidence),
                list_settings=lists,
            ).run()
            elapsed = time.perf_counter() - started
            assert report.exit_status() == 1, report.table()  # both on: really read
            assert (report.listing is not None) == lists
            return elapsed

        def last_answer(lists: bool) -> float:
            """Until the last setting's own answer (its progress), lists read or not."""
            started = time.perf_counter()
            answered: list[float] = []

            def progress(optout_id: str | None, step: Progress) -> None:
                if optout_id is not None and step is Progress.DONE:
                    answered.append(time.perf_counter() - started)

            Verification(
                Site(site.url), catalog, cookies=cookies, progress=progress, list_settings=lists
            ).run()
            return max(answered)

        def floor() -> float:
            started = time.perf_counter()
            asyncio.run(_bare(site.url, paths, cookies, launch))
            return time.perf_counter() - started

        mine, bare = alternate(ours, floor, repeat)
        with_lists, without_lists = alternate(lambda: ours(True), ours, repeat)
        answer_lists, answer_alone = alternate(
            lambda: last_answer(True), lambda: last_answer(False), repeat
        )

        site.add_page("/bench/ready", READY_PAGE)
        ready_mine, ready_bare = asyncio.run(
            _settle_on_ready(Site(site.url), "/bench/ready", cookies, launch, max(3, repeat))
        )

        per_account: dict[int, float] = {}
        for n in ACCOUNTS:
            sessions = [
                [Cookie(k, v, host) for k, v in site.sign_in(f"bench{i}@practice.test").items()]
                for i in range(n)
            ]
            times = []
            for _ in range(max(1, repeat // 2)):
                started = time.perf_counter()
                reports = verify_all(
                    [
                        Verification(Site(site.url), catalog, cookies=c, list_settings=False)
                        for c in sessions
                    ]
                )
                times.append((time.perf_counter() - started) / n)
                assert all(r.exit_status() == 1 for r in reports)
            per_account[n] = median(times)

        missing = [
            Cookie(k, v, host) for k, v in site.sign_in("bench+redesign@practice.test").items()
        ]

        def no_switch(quiet_ms: int) -> float:
            default = verify_module.NO_SWITCH_QUIET_MS
            verify_module.NO_SWITCH_QUIET_MS = quiet_ms
            try:
                started = time.perf_counter()
                report = Verification(
                    Site(site.url), catalog, cookies=missing, list_settings=False
                ).run()
                elapsed = time.perf_counter() - started
            finally:
                verify_module.NO_SWITCH_QUIET_MS = default
            assert {c.state.value for c in report.checks} == {"NOT_FOUND"}, report.table()
            return elapsed

        absent_mine, absent_before = alternate(
            lambda: no_switch(verify_module.NO_SWITCH_QUIET_MS), lambda: no_switch(800), repeat
        )

    figures = [
        Figure("verify both settings", "s", median(mine), median(bare), 1.1, repeat, note=note),
        Figure(
            "verify both settings, absolute",
            "s",
            median(mine),
            None,
            1.5,
            repeat,
            note="target: under 1.5 s on 2 cores, warm disk; " + note,
        ),
        Figure(
            "settle on a page already drawn",
            "ms",
            median(ready_mine) * 1000,
            median(ready_bare) * 1000,
            1.1,
            len(ready_mine),
            note="floor: waiting for the switch element that is there; readiness costs nothing",
        ),
    ]
    figures += [
        Figure(
            "verify with LinkedIn's lists of settings",
            "s",
            median(with_lists),
            median(without_lists),
            2.5,
            repeat,
            note=(
                "floor: the same check without the lists; the two list pages are read once "
                f"every setting has its answer and wait {LIST_QUIET_MS / 1000:g} s of quiet"
            ),
        ),
        Figure(
            "last setting answered, with the lists",
            "s",
            median(answer_lists),
            median(answer_alone),
            1.2,
            repeat,
            note="floor: the same without the lists; a setting's answer does not wait for them",
        ),
    ]
    figures.append(
        Figure(
            "verify a page without the switch",
            "s",
            median(absent_mine),
            median(absent_before),
            3.0,
            repeat,
            note=(
                f"floor: the same check with the 0.8 s quiet of before; ours waits "
                f"{verify_module.NO_SWITCH_QUIET_MS / 1000:g} s of quiet before saying not found"
            ),
        )
    )
    for n in ACCOUNTS:
        figures.append(
            Figure(f"verify per account, {n} accounts", "s", per_account[n], None, 1.5, repeat)
        )
    figures.append(
        Figure(
            "time per account, 10 accounts against 1",
            "s",
            per_account[ACCOUNTS[-1]],
            per_account[ACCOUNTS[0]],
            1.0,
            repeat,
            note="one browser for all, a context per check",
        )
    )
    return figures
