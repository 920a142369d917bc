"""Takes the README's screenshots of each screen, in practice mode.

Run by `make screenshots` under a virtual display (xvfb-run), so the pictures show
the app as it is today. Writes docs/screenshots/NN-name.png.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "screenshots"
sys.path.insert(0, str(ROOT))  # the autopilot lives with the benchmarks, not in the app
SIZE = (1100, 820)


def main() -> int:
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        os.environ.setdefault("QTWEBENGINE_DISABLE_SANDBOX", "1")  # practice pages only
    from PySide6.QtWidgets import QApplication

    from benchmarks.autopilot import run_through, spin
    from wizard.base.site import Site
    from wizard.catalog.model import load_catalog
    from wizard.gui.context import Services, WizardContext
    from wizard.gui.qtsetup import prepare_qt
    from wizard.gui.window import OptOutWizard
    from wizard.practice import practice_site

    prepare_qt()
    app = QApplication(sys.argv[:1])
    OUT.mkdir(parents=True, exist_ok=True)
    with practice_site() as site:
        ctx = WizardContext(Site(site.url, practice=True), Services.make(load_catalog()))
        window = OptOutWizard(ctx, remember_geometry=False)
        window.resize(*SIZE)
        window.show()

        def shot(name: str) -> None:
            spin(400)  # let the last paint land
            path = OUT / f"{name}.png"
            window.grab().save(str(path))
            print(f"wrote {path.relative_to(OUT.parent.parent)}")

        run_through(window, shot)
        window.close()
        window.shutdown()
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
