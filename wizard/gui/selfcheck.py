"""`optout-wizard --self-check`: proves a build works, end to end, without a screen.

Starts Qt offscreen, creates a QtWebEngine view on the app's off-the-record
profile with its isolated-world bridge, in a window made as the wizard's is, loads
the practice site's first setting page, runs the detector once, and prints one line.
A bundle missing QtWebEngine's resources, the detector or the catalog fails here
rather than on a member's desk.
"""

from __future__ import annotations

import os
import sys
import time
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance

TIMEOUT_S = 60


def run_self_check() -> int:
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        # Only the app's own loopback practice page is shown (see gui/app.py).
        os.environ.setdefault("QTWEBENGINE_DISABLE_SANDBOX", "1")
    started = time.monotonic()
    try:
        from PySide6 import __version__ as pyside_version
        from PySide6.QtCore import QEventLoop, QTimer, QUrl
        from PySide6.QtWidgets import QApplication, QWidget

        from wizard import __version__
        from wizard.base.site import Site
        from wizard.catalog.model import load_catalog
        from wizard.gui.qtsetup import prepare_qt
        from wizard.practice import practice_site
        from wizard.reading.detect import detector_spec, state_from_result
        from wizard.reading.result import State
        from wizard.secrets.session import Cookie

        prepare_qt()
        app = QApplication.instance() or QApplication([sys.argv[0]])
        from PySide6.QtWebEngineWidgets import QWebEngineView

        from wizard.gui.web.bridge import SwitchBridge, install_bridge
        from wizard.gui.web.websession import WebSession
        from wizard.gui.widgets import composed_from_the_start

        catalog = load_catalog()
        optout = catalog.optouts[0]
        with practice_site() as site:
            session = WebSession(Site(site.url))
            page = session.new_page()
            window = QWidget()  # made as the wizard's window is (Qt Quick's widget in it)
            composed_from_the_start(window)
            view = QWebEngineView(window)
            view.setPage(page)
            bridge = SwitchBridge(page)
            install_bridge(page, bridge)

            def wait(signal: SignalInstance, what: str) -> None:
                loop = QEventLoop()
                signal.connect(loop.quit)
                QTimer.singleShot(TIMEOUT_S * 1000, loop.quit)
                loop.exec()
                if time.monotonic() - started > TIMEOUT_S:
                    raise TimeoutError(f"gave up waiting for {what}")

            wait_blank = page.loadFinished
            page.setUrl(QUrl("about:blank"))
            wait(wait_blank, "the web engine to start")
            host = Site(site.url).host
            session.set_cookies([Cookie(k, v, host) for k, v in site.sign_in("self@check").items()])
            while not session.signed_in():
                wait(session.cookiesChanged, "the session cookie")
            bridge.watch_for(detector_spec(optout, catalog, site.url))
            page.load(QUrl(site.url + optout.path))
            while not (bridge.last_settled and bridge.last_result):
                wait(bridge.resultChanged, "the detector")
            state, _reason = state_from_result(bridge.last_result, optout)
            view.close()
            del view
            window.deleteLater()
            session.close()
        del app
    except Exception as exc:  # one line, whatever broke
        print(f"self-check FAILED: {type(exc).__name__}: {exc}", file=sys.stderr)
        return 1
    elapsed = time.monotonic() - started
    if state is not State.ON:  # a fresh practice account starts with the switch on
        print(f"self-check FAILED: the detector read {state.value}, expected ON", file=sys.stderr)
        return 1
    print(
        f"self-check ok: optout-wizard {__version__}, PySide6 {pyside_version}, QtWebEngine "
        f"read “{optout.title}” as ON on the practice site in {elapsed:.1f} s"
    )
    return 0
