"""Floor for the first Next: in a Qt application already running (its widgets loaded,
as the wizard's are on Welcome), a bare QWebEngineView made and loading the page,
until the form's email field is in its DOM. Prints {"elapsed_s": …}.

argv: the page's URL.
"""

import json
import os
import sys
import time

from PySide6.QtCore import QCoreApplication, Qt, QUrl

QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_ShareOpenGLContexts)
from PySide6.QtWidgets import QApplication  # noqa: E402

from benchmarks.autopilot import spin  # noqa: E402
from benchmarks.bench_cold import FORM_FIELD, IDLE_MS, until_in_dom  # noqa: E402

args = [sys.argv[0]]
if os.environ.get("QTWEBENGINE_DISABLE_SANDBOX"):
    args += ["--webEngineArgs", "--no-sandbox", "--disable-gpu"]
app = QApplication(args)
spin(IDLE_MS)  # as long idle as ours
started = time.perf_counter()
from PySide6.QtWebEngineWidgets import QWebEngineView  # noqa: E402

view = QWebEngineView()
view.resize(1100, 820)
view.show()
view.load(QUrl(sys.argv[1]))
elapsed = until_in_dom(view.page, FORM_FIELD) - started
print(json.dumps({"elapsed_s": elapsed}), flush=True)
del view
