"""Floor for the first Verify: bare Playwright, imported now, launching the check's
browser with a session and reading both settings' pages (each until its switch is
there), then closing it. Prints {"elapsed_s": …}.

argv: a JSON document {"site", "paths", "cookies", "launch"}.
"""

import asyncio
import json
import sys
import time

from wizard.check import browsers  # the launch options the check uses

job = json.loads(sys.argv[1])
started = time.perf_counter()
from playwright.async_api import async_playwright  # noqa: E402


async def check() -> None:
    async with async_playwright() as pw:
        browser = await pw.chromium.launch(**browsers.launch_options(), **job["launch"])
        context = await browser.new_context()
        await context.add_cookies(job["cookies"])

        async def read(path: str) -> None:
            page = await context.new_page()
            await page.goto(job["site"] + path)
            await page.wait_for_selector("[role=switch]")

        await asyncio.gather(*(read(p) for p in job["paths"]))
        await browser.close()


asyncio.run(check())
print(json.dumps({"elapsed_s": time.perf_counter() - started}), flush=True)
