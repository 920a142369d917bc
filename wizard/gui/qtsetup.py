"""What Qt needs before the QApplication exists, in one place for the app and tests."""

from __future__ import annotations

import os
import re

from PySide6.QtCore import QCoreApplication, Qt

# Any of these would open a DevTools port through which any local program could
# take over the signed-in session.
_DEBUG_FLAG = re.compile(r"--remote-debugging-(port|pipe|address)(=\S*)?")


def close_debugging_ports() -> None:
    """No remote-debugging port, ever, whatever the environment asks for."""
    os.environ.pop("QTWEBENGINE_REMOTE_DEBUGGING", None)
    flags = os.environ.get("QTWEBENGINE_CHROMIUM_FLAGS")
    if flags:
        kept = " ".join(_DEBUG_FLAG.sub("", flags).split())
        if kept:
            os.environ["QTWEBENGINE_CHROMIUM_FLAGS"] = kept
        else:
            del os.environ["QTWEBENGINE_CHROMIUM_FLAGS"]


def prepare_qt() -> None:
    """Call before creating the QApplication.

    QtWebEngine is imported only when the first screen that needs it is shown (a
    quick start matters), so the OpenGL context sharing it requires is switched on
    here, as its import would otherwise do.
    """
    close_debugging_ports()
    QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_ShareOpenGLContexts)
    QCoreApplication.setOrganizationName("linkedin-optout-wizard")
    QCoreApplication.setApplicationName("LinkedIn opt-out wizard")
