"""Starting the desktop wizard: Qt, the practice site when practising, the window."""

from __future__ import annotations

import os
import sys
from contextlib import ExitStack

from wizard.catalog import CatalogError, load_catalog
from wizard.site import Site

ROOT_REFUSAL = (
    "The wizard's embedded browser will not run as the root user with its security "
    "sandbox on. Run the wizard as your normal user. (Practice mode, which shows only "
    "this computer's own replica pages, may run as root: optout-wizard --practice.)"
)


def run_gui(site: Site | None) -> int:
    """Run the wizard until its window closes; site None means practice mode."""
    is_root = hasattr(os, "geteuid") and os.geteuid() == 0
    if is_root and site is not None and not site.practice:
        print(ROOT_REFUSAL, file=sys.stderr)
        return 1
    if is_root:
        # Practice pages are this app's own loopback replica, never the web: the
        # sandbox, which Chromium refuses as root, guards against hostile pages.
        os.environ.setdefault("QTWEBENGINE_DISABLE_SANDBOX", "1")
    try:
        catalog = load_catalog()
    except CatalogError as exc:
        print(f"The app's settings catalog is broken: {exc}", file=sys.stderr)
        return 1

    from PySide6.QtWidgets import QApplication

    from wizard.gui.qtsetup import prepare_qt

    prepare_qt()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    with ExitStack() as stack:
        if site is None:
            from wizard.practice import practice_site

            running = stack.enter_context(practice_site())
            site = Site(running.url, practice=True)
            print(f"Practice site (not LinkedIn) at {site.origin}", flush=True)

        from wizard.gui.context import WizardContext
        from wizard.gui.window import OptOutWizard

        ctx = WizardContext(site, catalog)
        window = OptOutWizard(ctx)
        window.show()
        status = app.exec()
        window.shutdown()
        del window
    return status
