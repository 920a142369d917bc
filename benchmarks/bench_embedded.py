"""The embedded view, in a Qt process of its own:

- embedded page to live state: a setting screen opening until its strip shows the
  state, against a bare QWebEngineView loading the same practice page until the
  switch element exists in its DOM (a main-world MutationObserver says so);
- switch flip to status update: a click on the switch in the view until the strip
  changes (absolute, median of 20).

The practice page here draws its switch without its usual delay (its data fetch
stays), so the figure is the app's own cost.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time

from benchmarks.common import Figure, gui_env, median, qt_args

FLIPS = 20


def run(repeat: int) -> list[Figure]:
    proc = subprocess.run(
        [sys.executable, "-m", "benchmarks.bench_embedded", str(repeat)],
        env=gui_env(),
        capture_output=True,
        text=True,
        timeout=600,
    )
    if proc.returncode != 0:
        raise RuntimeError(f"bench_embedded failed:\n{proc.stderr[-2000:]}")
    raw = json.loads(proc.stdout.strip().splitlines()[-1])
    return [
        Figure("embedded page to live state", "s", raw["ours"], raw["floor"], 1.3, repeat),
        Figure("switch flip to status update", "ms", raw["flip_ms"], None, 20.0, raw["flips"]),
    ]


def main(repeat: int) -> int:
    from PySide6.QtCore import QEventLoop, QPoint, Qt, QTimer, QUrl
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from benchmarks.autopilot import spin, until
    from wizard.base.site import Site
    from wizard.catalog.model import load_catalog
    from wizard.engine.livestate import Live
    from wizard.engine.steps import optout_page_id
    from wizard.gui.context import Services, WizardContext
    from wizard.gui.qtsetup import prepare_qt, webengine_args
    from wizard.gui.window import OptOutWizard
    from wizard.practice import practice_site
    from wizard.secrets.session import Cookie

    prepare_qt()
    app = QApplication(webengine_args(qt_args()))
    import shiboken6
    from PySide6.QtWebEngineCore import QWebEnginePage, QWebEngineScript
    from PySide6.QtWebEngineWidgets import QWebEngineView

    from wizard.gui.web.websession import WebSession

    class FloorPage(QWebEnginePage):
        """Says (by console) when the switch element exists: what a bare view that
        reads the switch would wait for."""

        def __init__(self, profile, on_switch):
            super().__init__(profile)
            self._on_switch = on_switch

        def javaScriptConsoleMessage(self, _level, message, _line, _source):
            if message == "switch-here":
                self._on_switch()

    FLOOR_SCRIPT = """new MutationObserver((_, seen) => {
      if (document.querySelector('[role=switch]')) {
        seen.disconnect(); console.log('switch-here');
      }
    }).observe(document, {subtree: true, childList: true});"""

    with practice_site(render_delay_ms=0) as site:
        catalog = load_catalog()
        host = Site(site.url).host
        email = "bench@practice.test"
        url = site.url + catalog.optouts[0].path

        ctx = WizardContext(Site(site.url, practice=True), Services.make(catalog))
        # The profile's cookie store takes cookies once a page has loaded something.
        blank = QEventLoop()
        ctx.pane().page.loadFinished.connect(blank.quit)
        ctx.pane().page.setUrl(QUrl("about:blank"))
        blank.exec()
        ctx.session.set_cookies([Cookie(k, v, host) for k, v in site.sign_in(email).items()])
        until(ctx.has_session, "the session cookies")
        window = OptOutWizard(ctx, remember_geometry=False)
        window.resize(1100, 820)
        window.show()
        screen = window.page(optout_page_id(0))

        floor_session = WebSession(Site(site.url))
        switch_seen = QEventLoop()
        floor_page = FloorPage(floor_session.profile, switch_seen.quit)
        script = QWebEngineScript()
        script.setName("bench/floor")
        script.setWorldId(QWebEngineScript.ScriptWorldId.MainWorld)
        script.setInjectionPoint(QWebEngineScript.InjectionPoint.DocumentCreation)
        script.setSourceCode(FLOOR_SCRIPT)
        floor_page.scripts().insert(script)
        blank = QEventLoop()
        floor_page.loadFinished.connect(blank.quit)
        floor_page.setUrl(QUrl("about:blank"))
        blank.exec()
        floor_session.set_cookies([Cookie(k, v, host) for k, v in site.sign_in(email).items()])
        until(floor_session.signed_in, "the floor's cookies")
        floor_view = QWebEngineView()
        floor_view.setPage(floor_page)
        floor_view.resize(1100, 820)
        floor_view.show()

        def ours() -> float:
            shown = QEventLoop()
            stamp: dict = {}
            original = screen.strip.show_view

            def record(view):
                original(view)
                if view.live is Live.ON and "t" not in stamp:
                    stamp["t"] = time.perf_counter()
                    shown.quit()

            screen.strip.show_view = record
            QTimer.singleShot(20_000, shown.quit)
            started = time.perf_counter()
            window.next()
            if "t" not in stamp:
                shown.exec()
            screen.strip.show_view = original
            if "t" not in stamp:
                raise RuntimeError("the strip never showed the state")
            window.back()
            spin(50)
            return stamp["t"] - started

        def floor() -> float:
            QTimer.singleShot(20_000, switch_seen.quit)
            started = time.perf_counter()
            floor_page.load(QUrl(url))
            switch_seen.exec()
            elapsed = time.perf_counter() - started
            floor_page.setUrl(QUrl("about:blank"))
            spin(50)
            return elapsed

        ours(), floor()  # warm: renderer processes started, caches filled
        # A figure of some 70 ms moves by a dozen from one load to the next: three
        # pairs per repetition steady the medians.
        mine, bare = [], []
        for _ in range(repeat * 3):
            bare.append(floor())
            mine.append(ours())

        # Flips: click the switch in the page; time until the strip changes.
        window.activateWindow()
        until(window.isActiveWindow, "the window to be active")
        window.next()
        until(lambda: screen.view.live is Live.ON, "the switch on")
        page: QWebEnginePage = ctx.pane().page
        flips: list[float] = []

        def switch_centre() -> QPoint:
            box: dict = {}
            done = QEventLoop()
            page.runJavaScript(
                "JSON.stringify(document.querySelector('[role=switch]').getBoundingClientRect())",
                0,
                lambda raw, box=box, done=done: (box.update(json.loads(raw)), done.quit()),
            )
            QTimer.singleShot(10_000, done.quit)
            done.exec()
            if not box:
                raise RuntimeError("the page did not say where its switch is")
            return QPoint(int(box["x"] + box["width"] / 2), int(box["y"] + box["height"] / 2))

        def click_until_changed(wait_ms: int) -> float | None:
            """Seconds from the click to the strip's change, or None if it did not."""
            point = switch_centre()
            before = screen.view.live
            changed = QEventLoop()
            stamp: dict = {}
            original = screen.strip.show_view

            def record(view, before=before, stamp=stamp, changed=changed, original=original):
                original(view)
                if view.live is not before and "t" not in stamp:
                    stamp["t"] = time.perf_counter()
                    changed.quit()

            screen.strip.show_view = record
            QTimer.singleShot(wait_ms, changed.quit)
            started = time.perf_counter()
            QTest.mouseClick(ctx.pane().view.focusProxy(), Qt.MouseButton.LeftButton, pos=point)
            changed.exec()
            screen.strip.show_view = original
            return stamp["t"] - started if "t" in stamp else None

        for _ in range(FLIPS if repeat > 1 else 3):
            elapsed = click_until_changed(5_000)
            if elapsed is None:
                # Seen once in CI under load: a click that changed nothing. Said, and
                # tried once more; a second miss is a failure.
                print(
                    f"a click changed nothing (strip: {screen.view.live}); again", file=sys.stderr
                )
                elapsed = click_until_changed(10_000)
            if elapsed is None:
                raise RuntimeError("the strip did not change after a click")
            flips.append(elapsed * 1000)
            until(lambda: screen.view.live in (Live.ON, Live.OFF), "the flip to settle")

        window.close()
        window.shutdown()
        floor_view.close()
        del floor_view
        shiboken6.delete(floor_page)  # pages before their profile
        floor_session.close()
    del app
    print(
        json.dumps(
            {
                "ours": median(mine),
                "floor": median(bare),
                "flip_ms": median(flips),
                "flips": len(flips),
            }
        )
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(int(sys.argv[1]) if len(sys.argv) > 1 else 5))
