"""Takes the README's screenshots of each screen, in practice mode.

Run by `make screenshots` under a virtual display of 1366×768 (xvfb-run, else
offscreen Qt), so the pictures show the app as it is today, at the size a member on
the most common laptop screen sees: docs/screenshots/NN-name.png in English,
and with `--lang de` docs/screenshots/de/NN-name.png (the languages the app is
tried in by hand).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "screenshots"
sys.path.insert(0, str(ROOT))  # the autopilot lives with the benchmarks, not in the app
# A maximised window on a 1366×768 laptop: the screen less a 40-pixel panel and the
# window's title bar (the size engine/fit.py chooses there, under a window manager).
SIZE = (1366, 700)


def main() -> int:
    global OUT
    lang = sys.argv[sys.argv.index("--lang") + 1] if "--lang" in sys.argv else "en"
    if lang != "en":
        OUT = OUT / lang
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        os.environ.setdefault("QTWEBENGINE_DISABLE_SANDBOX", "1")  # practice pages only
    from PySide6.QtWidgets import QApplication

    from benchmarks.autopilot import run_through, spin
    from wizard.base.site import Site
    from wizard.catalog.model import load_catalog
    from wizard.gui.context import Services, WizardContext
    from wizard.gui.language import install_translations
    from wizard.gui.qtsetup import prepare_qt
    from wizard.gui.window import OptOutWizard
    from wizard.practice import practice_site

    prepare_qt()
    app = QApplication(sys.argv[:1])
    install_translations(app, lang)
    OUT.mkdir(parents=True, exist_ok=True)
    with practice_site() as site:
        ctx = WizardContext(Site(site.url, practice=True), Services.make(load_catalog(), lang))
        window = OptOutWizard(ctx, remember_geometry=False)
        window.resize(*SIZE)
        window.show()

        def shot(name: str) -> None:
            spin(400)  # let the last paint land
            path = OUT / f"{name}.png"
            window.grab().save(str(path))
            print(f"wrote {path.relative_to(ROOT)}")

        run_through(window, shot)
        window.close()
        window.shutdown()
        objection_step(site, lang)
        provider_window(
            site,
            ctx_for=lambda: WizardContext(
                Site(site.url, practice=True, identity_hosts=(site.identity_url.split("://")[1],)),
                Services.make(load_catalog(), lang),
            ),
        )
    del app
    return 0


def objection_step(site, lang: str) -> None:
    """The Data Processing Objection step, chosen under More options: LinkedIn's form
    in the view, what to choose and the suggested text beside it."""
    from benchmarks.autopilot import run_through, spin
    from wizard.base.site import Site
    from wizard.catalog.model import load_catalog
    from wizard.gui.context import Services, WizardContext
    from wizard.gui.window import OptOutWizard

    ctx = WizardContext(Site(site.url, practice=True), Services.make(load_catalog(), lang))
    ctx.choose_objection(True)
    window = OptOutWizard(ctx, remember_geometry=False)
    window.resize(*SIZE)
    window.show()

    def shot(name: str) -> None:
        if name == "objection":
            spin(400)  # let the last paint land
            path = OUT / "08-objection.png"
            window.grab().save(str(path))
            print(f"wrote {path.relative_to(ROOT)}")

    run_through(window, shot, email="sam.member@example.com")  # its switches still on
    window.close()
    window.shutdown()


def provider_window(site, ctx_for) -> None:
    """The sign-in window, as "Continue with Practice ID" opens it."""
    import json

    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtTest import QTest

    from benchmarks.autopilot import spin, until
    from wizard.gui.window import OptOutWizard

    ctx = ctx_for()
    window = OptOutWizard(ctx, remember_geometry=False)
    window.resize(*SIZE)
    window.show()
    window.next()
    pane = ctx.pane()
    until(lambda: pane.page.url().path() == "/login" and not pane.progress.isVisible(), "sign-in")
    spin(400)
    answer: list = []
    pane.page.runJavaScript(
        "JSON.stringify((r => [r.x + r.width / 2, r.y + r.height / 2])"
        "(document.getElementById('practice-id-popup').getBoundingClientRect()))",
        0,
        answer.append,
    )
    until(lambda: bool(answer), "the provider's button")
    x, y = json.loads(answer[0])
    flows = window.sign_in_screen.flows
    for _ in range(5):
        QTest.mouseClick(
            pane.view.focusProxy(), Qt.MouseButton.LeftButton, pos=QPoint(int(x), int(y))
        )
        spin(500)
        if flows.window is not None:
            break
    until(lambda: flows.window is not None and not flows.window.page.isLoading(), "the window")
    spin(600)
    path = OUT / "07-sign-in-window.png"
    flows.window.grab().save(str(path))
    print(f"wrote {path.relative_to(ROOT)}")
    window.close()
    window.shutdown()


if __name__ == "__main__":
    sys.exit(main())
