"""Reading one page's switch in a Playwright page, the way the embedded view does.

The detector and its watcher run in the page (resources/watch.js); this side feeds
the watcher the page's own requests, which only the browser sees: a page still
fetching its data is not a page without a switch. No Qt here.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import time
from collections.abc import Callable
from typing import Any

from playwright.async_api import Error as PlaywrightError
from playwright.async_api import JSHandle, Page, Request

from wizard.reading.detect import watch_controller_script

# What a page fetches its data and code with (and its frames' documents); images,
# fonts and styles say nothing of whether the setting has been drawn.
WATCHED_KINDS = frozenset({"fetch", "xhr", "script", "document"})


class PageRequests:
    """The requests of one page (its own site's, not other sites'), in flight or not.

    Made before the page is opened, so the first data fetch is not missed; the
    watcher, once it runs, is told of each start and end."""

    def __init__(self, page: Page, owns: Callable[[str], bool]) -> None:
        self._page = page
        self._owns = owns
        self._pending: dict[Request, float] = {}
        self._control: JSHandle | None = None
        self._tasks: set[asyncio.Task] = set()
        page.on("request", self._started)
        page.on("requestfinished", self._ended)
        page.on("requestfailed", self._ended)

    def _watched(self, request: Request) -> bool:
        if request.resource_type not in WATCHED_KINDS:
            return False
        if not self._owns(request.url):
            return False
        # The page's own document is what is being read, not something it waits for.
        return not (request.is_navigation_request() and request.frame == self._page.main_frame)

    def _started(self, request: Request) -> None:
        if request.is_navigation_request() and request.frame == self._page.main_frame:
            self._pending.clear()  # a new document: the old one's requests are gone
            return
        if not self._watched(request):
            return
        at = time.time() * 1000
        self._pending[request] = at
        self._tell("(c, [url, at]) => c.started(url, at)", [request.url, at])

    def _ended(self, request: Request) -> None:
        if self._pending.pop(request, None) is not None:
            self._tell("(c, url) => c.ended(url)", request.url)

    def _tell(self, script: str, arg: Any) -> None:
        if self._control is not None:
            self._tell_about(self._control.evaluate(script, arg))

    def _tell_about(self, step: Any) -> None:
        task = asyncio.get_running_loop().create_task(_quietly(step))
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def read(self, spec: dict[str, Any], options: dict[str, Any]) -> Any:
        """The watcher's first settled answer on the page as it is now."""
        told = dict(self._pending)
        control = await self._page.evaluate_handle(
            watch_controller_script(),
            [json.dumps(spec), {**options, "requests": [(r.url, at) for r, at in told.items()]}],
        )
        self._control = control
        # What started or ended while the watcher was being set up, it hears now.
        for request, at in list(self._pending.items()):
            if request not in told:
                self._tell("(c, [url, at]) => c.started(url, at)", [request.url, at])
        for request in told:
            if request not in self._pending:
                self._tell("(c, url) => c.ended(url)", request.url)
        try:
            return await control.evaluate("(c) => c.settled")
        finally:
            self._control = None
            if self._tasks:
                await asyncio.gather(*self._tasks, return_exceptions=True)
            # Let go of the watcher without waiting for the page to say so: its page
            # closes with its context in a moment anyway.
            self._tell_about(control.dispose())


async def _quietly(step: Any) -> None:
    """A message to a page that has gone meanwhile is no loss."""
    with contextlib.suppress(PlaywrightError):
        await step


async def read_settled(
    page: Page, requests: PageRequests, spec: dict[str, Any], options: dict[str, Any]
) -> Any:
    """The settled answer; a page that navigates meanwhile is read again."""
    for _ in range(3):
        try:
            return await requests.read(spec, options)
        except PlaywrightError as exc:
            text = str(exc)
            if "Execution context was destroyed" not in text and "navigat" not in text:
                raise
            await page.wait_for_load_state("domcontentloaded")
    return await requests.read(spec, options)
