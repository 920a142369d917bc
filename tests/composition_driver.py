"""Run under a real X display by tests/test_window_composition.py: the wizard on the
practice site, Next pressed to the Sign in screen, and every change of the window's
native surface recorded until the page is drawn. Prints one JSON line."""

from __future__ import annotations

import json
import os
import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWizard

from wizard.base.site import Site
from wizard.catalog.model import load_catalog
from wizard.engine.steps import PageId
from wizard.gui import qtsetup
from wizard.gui.context import Services, WizardContext
from wizard.gui.window import OptOutWizard
from wizard.practice import practice_site


def main() -> None:
    os.environ.setdefault("QTWEBENGINE_DISABLE_SANDBOX", "1")  # CI runs as root
    qtsetup.prepare_qt()
    app = QApplication(sys.argv[:1])
    seen: list[tuple[str, int]] = []
    with practice_site() as site:
        ctx = WizardContext(Site(site.url, practice=True), Services.make(load_catalog()))
        window = OptOutWizard(ctx, remember_geometry=False)

        def look() -> None:
            handle = window.windowHandle()
            if handle is None or not window.isVisible():
                return
            now = (handle.surfaceType().name, int(window.winId()))
            if not seen or seen[-1] != now:
                seen.append(now)

        watch = QTimer(interval=5)
        watch.timeout.connect(look)
        watch.start()
        loaded: list[bool] = []

        def to_sign_in() -> None:
            look()
            window.ctx.pane().page.loadFinished.connect(lambda ok: loaded.append(ok))
            window.button(QWizard.WizardButton.NextButton).click()

        def finish() -> None:
            look()
            report = {"seen": seen, "page": window.currentId() == PageId.SIGN_IN, "loaded": loaded}
            print(json.dumps(report), flush=True)
            window.shutdown()
            app.exit(0)

        def drawn() -> None:
            if loaded:
                QTimer.singleShot(1_000, finish)  # a second more of drawing
            else:
                QTimer.singleShot(50, drawn)

        window.show()
        QTimer.singleShot(500, to_sign_in)
        QTimer.singleShot(600, drawn)
        QTimer.singleShot(30_000, finish)  # never hangs the test
        app.exec()


if __name__ == "__main__":
    main()
