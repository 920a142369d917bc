"""Takes the README's screenshots of each screen, in practice mode.

Run by `make screenshots` under a virtual display (xvfb-run), so the pictures show
the app as it is today. Writes docs/screenshots/NN-name.png.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "docs" / "screenshots"
SIZE = (1100, 820)


def main() -> int:
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        os.environ.setdefault("QTWEBENGINE_DISABLE_SANDBOX", "1")  # practice pages only
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication, QWizard

    from wizard.catalog import load_catalog
    from wizard.gui.context import WizardContext
    from wizard.gui.pageids import PageId, optout_page_id
    from wizard.gui.qtsetup import prepare_qt
    from wizard.gui.window import OptOutWizard
    from wizard.livestate import Live
    from wizard.practice import practice_site
    from wizard.site import Site

    prepare_qt()
    app = QApplication(sys.argv[:1])
    OUT.mkdir(parents=True, exist_ok=True)

    def spin(ms: int) -> None:
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    def until(check: Callable[[], bool], what: str, timeout_s: float = 30) -> None:
        deadline = time.monotonic() + timeout_s
        while not check():
            if time.monotonic() > deadline:
                raise TimeoutError(f"gave up waiting for {what}")
            spin(50)

    def shot(name: str) -> None:
        spin(400)  # let the last paint land
        path = OUT / f"{name}.png"
        window.grab().save(str(path))
        print(f"wrote {path.relative_to(OUT.parent.parent)}")

    with practice_site() as site:
        ctx = WizardContext(Site(site.url, practice=True), load_catalog())
        window = OptOutWizard(ctx, remember_geometry=False)
        window.resize(*SIZE)
        window.show()
        shot("01-welcome")

        window.next()
        pane = ctx.pane()
        until(
            lambda: pane.page.url().path() == "/login" and not pane.progress.isVisible(), "sign-in"
        )
        shot("02-sign-in")

        pane.page.runJavaScript(
            "document.querySelector('#username').value = 'alex.member@example.com';"
            "document.querySelector('#password').value = 'practice';"
            "document.querySelector('form').submit();"
        )
        for index in range(len(ctx.catalog.optouts)):
            screen = window.page(optout_page_id(index))
            until(lambda s=screen: window.currentPage() is s, f"step {index + 1}")
            until(lambda s=screen: s.view.live is Live.ON, "the switch")
            shot(f"{3 + index:02d}-step-{index + 1}")
            screen.switch_off()
            until(lambda s=screen: s.view.live is Live.OFF, "the switch off")
            window.next()

        until(lambda: window.currentId() == PageId.VERIFY, "verify")
        window.verify_screen.start()
        until(lambda: ctx.record.report is not None and not window.verify_screen.running(), "check")
        shot(f"{3 + len(ctx.catalog.optouts):02d}-verify")
        window.button(QWizard.WizardButton.NextButton).click()
        shot(f"{4 + len(ctx.catalog.optouts):02d}-done")
        window.close()
        window.shutdown()
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
