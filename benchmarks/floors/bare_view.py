"""Floor for memory: a bare QWebEngineView showing one practice page, then quitting.

argv: the page's URL.
"""

import os
import sys

from PySide6.QtCore import QCoreApplication, Qt, QTimer, QUrl

QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_ShareOpenGLContexts)
from PySide6.QtWebEngineWidgets import QWebEngineView  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

args = [sys.argv[0]]
if os.environ.get("QTWEBENGINE_DISABLE_SANDBOX"):
    args += ["--webEngineArgs", "--no-sandbox", "--disable-gpu"]
app = QApplication(args)
view = QWebEngineView()
view.resize(1100, 820)
view.loadFinished.connect(lambda ok: QTimer.singleShot(1500, app.quit))
view.load(QUrl(sys.argv[1]))
view.show()
code = app.exec()
del view
sys.exit(code)
