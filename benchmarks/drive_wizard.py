"""The whole wizard in practice mode, start to Done, as one process (for memory)."""

from __future__ import annotations

import sys

from benchmarks.common import qt_args


def main() -> int:
    from PySide6.QtWidgets import QApplication

    from benchmarks.autopilot import run_through
    from wizard.base.site import Site
    from wizard.catalog.model import load_catalog
    from wizard.gui.context import Services, WizardContext
    from wizard.gui.qtsetup import prepare_qt, webengine_args
    from wizard.gui.window import OptOutWizard
    from wizard.practice import practice_site

    prepare_qt()
    app = QApplication(webengine_args(qt_args()))
    with practice_site() as site:
        ctx = WizardContext(Site(site.url, practice=True), Services.make(load_catalog()))
        window = OptOutWizard(ctx, remember_geometry=False)
        window.show()
        report = run_through(window)
        window.close()
        window.shutdown()
    del app
    return 0 if report.exit_status() == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
