"""The two engines the detector runs in, behind one small interface for tests.

Both load a URL with a given session, run resources/detector.js the way the app
does (the verifier's own page reading, the embedded view's own bridge), and
return the detector's first settled answer.
"""

from __future__ import annotations

import asyncio
import threading
from typing import Any, Protocol
from urllib.parse import urlsplit

from wizard.base.site import Site
from wizard.reading.detect import NO_SWITCH_QUIET_MS
from wizard.reading.pageread import PageRequests, read_settled
from wizard.reading.reading import Reading
from wizard.secrets.session import Cookie

# The app's own quiet before "no switch"; the limit leaves room for a lazy page.
QUIET = {"quietMs": NO_SWITCH_QUIET_MS, "maxMs": 12000}


def practice_cookies(site: Any, email: str | None) -> list[Cookie]:
    """A signed-in session on the practice site, as the app holds it."""
    if email is None:
        return []
    host = Site(site.url).host
    return [Cookie(name, value, host) for name, value in site.sign_in(email).items()]


class Engine(Protocol):
    name: str

    def read(
        self, qtbot: Any, url: str, spec: dict[str, Any], cookies: list[Cookie]
    ) -> Reading: ...


class ChromiumEngine:
    """A real Chromium through Playwright, read as the verifier reads it: its async
    page reading (with the page's requests fed to the watcher), on a loop thread of
    its own so it never meets the session's sync Playwright."""

    name = "chromium"

    def __init__(self) -> None:
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, daemon=True)
        self._thread.start()
        self._pw = None
        self.browser = self._run(self._launch())

    def _run(self, coroutine: Any, timeout: float = 90) -> Any:
        return asyncio.run_coroutine_threadsafe(coroutine, self._loop).result(timeout)

    async def _launch(self) -> Any:
        from playwright.async_api import Error, async_playwright

        from wizard.check.browsers import candidates, launch_options

        self._pw = await async_playwright().start()
        for candidate in candidates(self._pw.chromium.executable_path):
            try:
                return await self._pw.chromium.launch(**launch_options(), **candidate.launch)
            except Error:
                continue
        return None

    def read(self, qtbot: Any, url: str, spec: dict[str, Any], cookies: list[Cookie]) -> Reading:
        return self.read_with(url, spec, cookies, spec.get("watch", QUIET))

    def read_with(self, url: str, spec: dict, cookies: list[Cookie], options: dict) -> Reading:
        reading = Reading.parse(self._run(self._read(url, spec, cookies, options)))
        assert reading is not None, "the detector gave no answer"
        return reading

    async def _read(self, url: str, spec: dict, cookies: list[Cookie], options: dict) -> dict:
        context = await self.browser.new_context()
        try:
            if cookies:
                await context.add_cookies([c.for_playwright() for c in cookies])
            page = await context.new_page()
            parts = urlsplit(url)
            requests = PageRequests(page, Site(f"{parts.scheme}://{parts.netloc}").owns)
            await page.goto(url, wait_until="domcontentloaded")
            return await read_settled(page, requests, spec, options)
        finally:
            await context.close()

    def close(self) -> None:
        async def stop() -> None:
            if self.browser is not None:
                await self.browser.close()
            if self._pw is not None:
                await self._pw.stop()

        self._run(stop())
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(10)
        self._loop.close()


class QtWebEngine:
    """A real QWebEngineView with the app's isolated-world bridge."""

    name = "qtwebengine"

    def __init__(self, site_url: str) -> None:
        from PySide6.QtWebEngineWidgets import QWebEngineView

        from wizard.gui.web.bridge import SwitchBridge, install_bridge
        from wizard.gui.web.websession import WebSession

        self.session = WebSession(Site(site_url))
        self.page = self.session.new_page()
        self.view = QWebEngineView()
        self.view.setPage(self.page)
        self.view.resize(1000, 800)
        self.view.show()
        self.bridge = SwitchBridge(self.page)
        install_bridge(self.page, self.bridge)

    def read(self, qtbot: Any, url: str, spec: dict[str, Any], cookies: list[Cookie]) -> Reading:
        from PySide6.QtCore import QUrl

        self.bridge.watch_for(None)
        with qtbot.waitSignal(self.page.loadFinished, timeout=10000):
            self.page.setUrl(QUrl("about:blank"))
        self.session.clear_cookies()
        self.session.set_cookies(cookies)
        wanted = {(c.name, c.value) for c in cookies}

        def cookies_in_place() -> None:
            assert {(c.name, c.value) for c in self.session.cookies()} == wanted

        qtbot.waitUntil(cookies_in_place, timeout=5000)
        self.bridge.watch_for({"watch": QUIET, **spec})
        with qtbot.waitSignal(self.page.loadFinished, timeout=20000):
            self.page.load(QUrl(url))

        def settled_on_this_page() -> None:
            assert self.bridge.last_settled
            assert self.bridge.last_result is not None
            assert self.bridge.last_result.url == self.page.url().toString()

        qtbot.waitUntil(settled_on_this_page, timeout=15000)
        return self.bridge.last_result

    def close(self) -> None:
        import shiboken6

        self.view.close()
        shiboken6.delete(self.view)
        self.session.close()
