"""Verify both settings: the verifier (fresh browser, a context per setting, the
detector, the evidence pictures) against a bare Playwright script that only opens
the same two pages in the same browser.

Both run in this process, Playwright driver start included, turn about.
"""

from __future__ import annotations

import asyncio
import tempfile
import time
from pathlib import Path

from benchmarks.common import Figure, alternate, median
from wizard import browsers
from wizard.catalog import load_catalog
from wizard.practice import practice_site
from wizard.session import Cookie
from wizard.site import Site
from wizard.verify import Verification


async def _bare(site_url: str, paths: list[str], cookies: list[Cookie], launch: dict) -> None:
    from playwright.async_api import async_playwright

    async with async_playwright() as pw:
        browser = await pw.chromium.launch(**browsers.launch_options(), **launch)
        context = await browser.new_context()
        await context.add_cookies([c.for_playwright() for c in cookies])

        async def open_page(path: str) -> None:
            page = await context.new_page()
            await page.goto(site_url + path)

        await asyncio.gather(*(open_page(p) for p in paths))
        await browser.close()


def _launch_kwargs() -> dict:
    """The browser the verifier would use (asked of it once, outside the timings)."""

    async def find() -> dict:
        from playwright.async_api import async_playwright

        async with async_playwright() as pw:
            for candidate in browsers.candidates(pw.chromium.executable_path):
                try:
                    browser = await pw.chromium.launch(
                        **browsers.launch_options(), **candidate.launch
                    )
                except Exception:  # noqa: S112 (not this one: try the next)
                    continue
                await browser.close()
                return candidate.launch
        raise browsers.NoBrowserError(browsers.no_browser_message())

    return asyncio.run(find())


def run(repeat: int) -> list[Figure]:
    catalog = load_catalog()
    launch = _launch_kwargs()
    # The switch is drawn without the practice page's usual delay: the floor does not
    # wait for it, so neither should the figure.
    with practice_site(render_delay_ms=0) as site, tempfile.TemporaryDirectory() as evidence:
        host = Site(site.url).host
        cookies = [Cookie(k, v, host) for k, v in site.sign_in("bench@practice.test").items()]
        paths = [o.path for o in catalog.required()]

        def ours() -> float:
            started = time.perf_counter()
            report = Verification(
                Site(site.url), catalog, cookies=cookies, evidence_dir=Path(evidence)
            ).run()
            elapsed = time.perf_counter() - started
            assert report.exit_status() == 1, report.table()  # both on: really read
            return elapsed

        def floor() -> float:
            started = time.perf_counter()
            asyncio.run(_bare(site.url, paths, cookies, launch))
            return time.perf_counter() - started

        mine, bare = alternate(ours, floor, repeat)
    return [
        Figure("verify both settings", "s", median(mine), median(bare), 1.3, repeat),
        Figure(
            "verify both settings, absolute",
            "s",
            median(mine),
            None,
            3.0,
            repeat,
            note="target: under 3 s on 2 cores, warm disk",
        ),
    ]
