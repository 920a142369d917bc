"""Run under a real X display by tests/e2e/app/test_window_composition.py: the wizard on the
practice site, Next pressed to the Sign in screen, then "Continue with Practice ID"
clicked for the provider's sign-in window; every change of each window's native
surface is recorded until its page is drawn, and how dark the wizard's window is on
screen at the end. Prints one JSON line."""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable

from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget, QWizard

from wizard.base.site import Site
from wizard.catalog.model import load_catalog
from wizard.engine.steps import PageId
from wizard.gui import qtsetup
from wizard.gui.context import Services, WizardContext
from wizard.gui.window import OptOutWizard
from wizard.practice import practice_site

BUTTON = (
    "(() => { const b = document.getElementById('practice-id-popup');"
    " if (!b || document.readyState !== 'complete') return null;"
    " const r = b.getBoundingClientRect();"
    " return JSON.stringify([r.x + r.width / 2, r.y + r.height / 2]); })()"
)


def dark_share(window: QWidget) -> float:
    """The share of dark points on screen where the window is (as the member sees it:
    read back from the X server, not drawn again by Qt)."""
    picture = QApplication.primaryScreen().grabWindow(0).toImage()
    frame = window.frameGeometry()
    points = [
        picture.pixelColor(x, y).lightness() < 40
        for x in range(frame.left() + 20, frame.right() - 20, 23)
        for y in range(frame.top() + 40, frame.bottom() - 20, 23)
    ]
    return sum(points) / max(len(points), 1)


class Watch:
    """A window's (surface type, native window id), each time it changes."""

    def __init__(self, window: Callable[[], QWidget | None]) -> None:
        self.window = window
        self.seen: list[tuple[str, int]] = []

    def look(self) -> None:
        window = self.window()
        handle = window.windowHandle() if window is not None else None
        if handle is None or not window.isVisible():
            return
        now = (handle.surfaceType().name, int(window.winId()))
        if not self.seen or self.seen[-1] != now:
            self.seen.append(now)


def main() -> None:
    os.environ.setdefault("QTWEBENGINE_DISABLE_SANDBOX", "1")  # CI runs as root
    qtsetup.prepare_qt()
    app = QApplication(sys.argv[:1])
    with practice_site() as site:
        hosts = (site.identity_url.split("://", 1)[1],)
        ctx = WizardContext(
            Site(site.url, practice=True, identity_hosts=hosts), Services.make(load_catalog())
        )
        window = OptOutWizard(ctx, remember_geometry=False)
        main_window = Watch(lambda: window)
        flows = lambda: window.sign_in_screen.flows  # noqa: E731
        provider = Watch(lambda: flows().window if flows() is not None else None)
        timer = QTimer(interval=5)
        timer.timeout.connect(main_window.look)
        timer.timeout.connect(provider.look)
        timer.start()
        loaded: list[bool] = []
        report: dict[str, object] = {}

        def finish() -> None:
            main_window.look()
            provider.look()
            report.update(
                dark=dark_share(window),
                main=main_window.seen,
                provider=provider.seen,
                page=window.currentId() == PageId.SIGN_IN,
                loaded=loaded,
            )
            print(json.dumps(report), flush=True)
            window.shutdown()
            app.exit(0)

        def to_sign_in() -> None:
            window.ctx.pane().page.loadFinished.connect(lambda ok: loaded.append(ok))
            window.button(QWizard.WizardButton.NextButton).click()
            QTimer.singleShot(50, when_drawn)

        def when_drawn() -> None:
            if not loaded:
                return QTimer.singleShot(50, when_drawn)
            QTimer.singleShot(1_000, open_provider)  # a second more of drawing

        def open_provider() -> None:
            pane = window.ctx.pane()
            pane.page.runJavaScript(BUTTON, 0, click)

        def click(where: str | None) -> None:
            if flows() is not None and flows().window is not None:
                return QTimer.singleShot(1_500, finish)  # its page drawn meanwhile
            if where:
                x, y = json.loads(where)
                target = window.ctx.pane().view.focusProxy()
                QTest.mouseClick(target, Qt.MouseButton.LeftButton, pos=QPoint(int(x), int(y)))
            QTimer.singleShot(300, open_provider)  # a click before the page took input

        window.show()
        QTimer.singleShot(500, to_sign_in)
        QTimer.singleShot(45_000, finish)  # never hangs the test
        app.exec()


if __name__ == "__main__":
    main()
