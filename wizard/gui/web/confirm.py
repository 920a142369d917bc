"""Confirms a flip with the server before the strip may say Off.

A page can show Off while LinkedIn drops the save (the practice site's
dropped-save mode does exactly that). So after a flip the setting is read again
in a hidden page of the same session, fresh from the server, without disturbing
the page the member is on (reloading it could cut the save short).
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QObject, QTimer, QUrl, Signal

from wizard.gui.web.bridge import SwitchBridge, install_bridge
from wizard.gui.web.websession import GuardedPage, WebSession
from wizard.reading.reading import Reading

GIVE_UP_MS = 20_000


class SavedStateRead(QObject):
    """One fresh read of a setting; `done(Reading or None)` once, then it cleans up."""

    done = Signal(object)

    def __init__(self, session: WebSession, url: str, spec: dict, parent: QObject | None = None):
        super().__init__(parent)
        self._session = session
        self._url = url
        self._spec = spec
        self._page: GuardedPage | None = None
        self._finished = False
        self._give_up = QTimer(self)
        self._give_up.setSingleShot(True)
        self._give_up.setInterval(GIVE_UP_MS)
        self._give_up.timeout.connect(lambda: self._finish(None))

    def start(self, delay_ms: int = 0) -> None:
        """Start after delay_ms (time for the page's own save request to land)."""
        QTimer.singleShot(delay_ms, self, self._load)

    def _load(self) -> None:
        if self._finished:
            return
        self._page = page = self._session.new_page()
        bridge = SwitchBridge(page)
        install_bridge(page, bridge)
        bridge.resultChanged.connect(self._result)
        bridge.watch_for(self._spec)
        page.loadFinished.connect(self._loaded)
        self._give_up.start()
        page.load(QUrl(self._url))

    def _loaded(self, ok: bool) -> None:
        if not ok:
            self._finish(None)

    def _result(self, raw: Reading, settled: bool) -> None:
        if settled:  # the watcher's answer: a ready, settled switch, or why there is none
            self._finish(raw)

    def cancel(self) -> None:
        self._finished = True
        self._cleanup()

    def _finish(self, raw: Reading | None) -> None:
        if self._finished:
            return
        self._finished = True
        self._cleanup()
        self.done.emit(raw)

    def _cleanup(self) -> None:
        self._give_up.stop()
        page, self._page = self._page, None
        if page is not None and shiboken6.isValid(page):
            page.deleteLater()
