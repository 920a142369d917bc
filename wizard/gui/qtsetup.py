"""What Qt needs before the QApplication exists, in one place for the app and tests."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt


def prepare_qt() -> None:
    """Call before creating the QApplication.

    QtWebEngine is imported only when the first screen that needs it is shown (a
    quick start matters), so the OpenGL context sharing it requires is switched on
    here, as its import would otherwise do.
    """
    QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_ShareOpenGLContexts)
    QCoreApplication.setOrganizationName("linkedin-optout-wizard")
    QCoreApplication.setApplicationName("LinkedIn opt-out wizard")
