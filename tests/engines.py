"""The two engines the detector runs in, behind one small interface for tests.

Both load a URL with a given session, run resources/detector.js the way the app
does, and return the detector's first settled answer.
"""

from __future__ import annotations

from typing import Any, Protocol

from wizard.detect import settled_result_script
from wizard.session import Cookie
from wizard.site import Site

QUIET = {"quietMs": 400, "maxMs": 10000}


def practice_cookies(site: Any, email: str | None) -> list[Cookie]:
    """A signed-in session on the practice site, as the app holds it."""
    if email is None:
        return []
    host = Site(site.url).host
    return [Cookie(name, value, host) for name, value in site.sign_in(email).items()]


class Engine(Protocol):
    name: str

    def read(self, qtbot: Any, url: str, spec: dict[str, Any], cookies: list[Cookie]) -> dict: ...


class ChromiumEngine:
    """A real Chromium through Playwright, as the verifier uses it."""

    name = "chromium"

    def __init__(self, browser: Any) -> None:
        self.browser = browser

    def read(self, qtbot: Any, url: str, spec: dict[str, Any], cookies: list[Cookie]) -> dict:
        context = self.browser.new_context()
        try:
            if cookies:
                context.add_cookies([c.for_playwright() for c in cookies])
            page = context.new_page()
            page.goto(url)
            return page.evaluate(settled_result_script(), [spec, QUIET])
        finally:
            context.close()


class QtWebEngine:
    """A real QWebEngineView with the app's isolated-world bridge."""

    name = "qtwebengine"

    def __init__(self, site_url: str) -> None:
        from PySide6.QtWebEngineWidgets import QWebEngineView

        from wizard.gui.bridge import SwitchBridge, install_bridge
        from wizard.gui.websession import WebSession

        self.session = WebSession(Site(site_url))
        self.page = self.session.new_page()
        self.view = QWebEngineView()
        self.view.setPage(self.page)
        self.view.resize(1000, 800)
        self.view.show()
        self.bridge = SwitchBridge(self.page)
        install_bridge(self.page, self.bridge)

    def read(self, qtbot: Any, url: str, spec: dict[str, Any], cookies: list[Cookie]) -> dict:
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
        self.bridge.watch_for({**spec, "watch": QUIET})
        with qtbot.waitSignal(self.page.loadFinished, timeout=20000):
            self.page.load(QUrl(url))

        def settled_on_this_page() -> None:
            assert self.bridge.last_settled
            assert self.bridge.last_result is not None
            assert self.bridge.last_result["url"] == self.page.url().toString()

        qtbot.waitUntil(settled_on_this_page, timeout=15000)
        return dict(self.bridge.last_result)

    def close(self) -> None:
        import shiboken6

        self.view.close()
        shiboken6.delete(self.view)
        self.session.close()
