"""The embedded browser as the wizard shows it: the page, its loading bar, notes,
and a clear message with Retry instead of a blank view when a load fails.

One pane is shared by every screen that shows LinkedIn (one renderer, one
session); a screen adopts it into its own layout when it is shown.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QPointF, QSize, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWebEngineCore import QWebEngineLoadingInfo, QWebEnginePage
from PySide6.QtWebEngineWidgets import QWebEngineView
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from wizard.engine.livestate import from_this_load
from wizard.gui.web.bridge import SwitchBridge, install_bridge
from wizard.gui.web.websession import GuardedPage, WebSession
from wizard.reading.reading import Reading

LOAD_TIMEOUT_MS = 30_000
NET_ERR_ABORTED = -3  # Chromium's net::ERR_ABORTED: a load replaced by another


class BrowserPane(QWidget):
    """Signals: `problem(str)` when a load fails (the view shows it with Retry),
    `loaded()` when a page loaded fine, `reading(Reading, settled)` for each answer of
    the page's watcher, from the document of the latest load only (the page being
    left answers for a moment after a new load is asked for)."""

    problem = Signal(str)
    loaded = Signal()
    reading = Signal(object, bool)

    def __init__(
        self,
        session: WebSession,
        open_external: Callable[[QUrl], object],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self._open_external = open_external
        self.page: GuardedPage = session.new_page()
        self.view = QWebEngineView()
        self.view.setPage(self.page)
        self.view.setAccessibleName(self.tr("LinkedIn page"))
        self.view.setAccessibleDescription(
            self.tr(
                "LinkedIn's own page, shown inside the wizard. "
                "The wizard never reads your password."
            )
        )
        self.bridge = SwitchBridge(self)
        install_bridge(self.page, self.bridge)
        self.bridge.resultChanged.connect(self._reading)
        self._name_focus_proxy()

        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(4)
        self.progress.setAccessibleName(self.tr("Page loading"))
        self.progress.hide()

        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setObjectName("paneNote")
        self.note.setAccessibleName(self.tr("Note about the page"))
        self.note.hide()

        self.error_text = QLabel()
        self.error_text.setWordWrap(True)
        self.error_text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.error_text.setAccessibleName(self.tr("Page problem"))
        self.retry_button = QPushButton(self.tr("&Retry"))
        self.retry_button.setAccessibleName(self.tr("Retry loading the page"))
        self.retry_button.clicked.connect(self.retry)
        error_panel = QWidget()
        error_layout = QVBoxLayout(error_panel)
        error_layout.addStretch()
        error_layout.addWidget(self.error_text)
        error_layout.addWidget(self.retry_button, 0, Qt.AlignmentFlag.AlignCenter)
        error_layout.addStretch()

        self.stack = QStackedWidget()
        self.stack.addWidget(self.view)
        self.stack.addWidget(error_panel)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.progress)
        layout.addWidget(self.note)
        layout.addWidget(self.stack, 1)

        self._timeout = QTimer(self)
        self._timeout.setSingleShot(True)
        self._timeout.setInterval(LOAD_TIMEOUT_MS)
        self._timeout.timeout.connect(self._timed_out)
        self._last_url = QUrl()
        self.load_requested_at = 0.0

        for signal, slot in self._links(self.page, session):
            signal.connect(slot)
        self.bridge.aimed.connect(self.click_at)

    def click_at(self, x: float, y: float) -> None:
        """A real click where the page says the switch is (CSS pixels of the view): a
        press and a release through Qt, as the member's mouse makes them. The page
        sees a trusted click (a script's element.click() is not one, and pages that
        guard against scripts ignore it: measured, the switch stayed on)."""
        target = self.view.focusProxy() or self.view
        zoom = self.page.zoomFactor()
        point = QPointF(x * zoom, y * zoom)
        where = target.mapToGlobal(point)
        left = Qt.MouseButton.LeftButton
        none = Qt.MouseButton.NoButton
        modifiers = Qt.KeyboardModifier.NoModifier
        for kind, buttons in (
            (QEvent.Type.MouseMove, none),
            (QEvent.Type.MouseButtonPress, left),
            (QEvent.Type.MouseButtonRelease, none),
        ):
            button = none if kind is QEvent.Type.MouseMove else left
            QApplication.sendEvent(
                target, QMouseEvent(kind, point, where, button, buttons, modifiers)
            )

    def _links(self, page: GuardedPage, session: WebSession) -> list[tuple[Any, Any]]:
        """What the pane hears from its page and session."""
        return [
            (page.loadingChanged, self._loading_changed),
            (page.loadProgress, self.progress.setValue),
            (page.renderProcessTerminated, self._crashed),
            (page.externalLink, self._external),
            (page.refused, self.show_note),
            (session.downloadRefused, self.show_note),
            (page.webAuthUxRequested, self._passkey),
        ]

    def _passkey(self, request: object) -> None:
        """A page asks for a passkey or security key: the app's own dialog answers."""
        from wizard.gui.web.passkey import answer_webauthn

        self.passkey_dialog = answer_webauthn(self.window(), request)

    def use_session(self, session: WebSession) -> None:
        """Show pages of another session (another account's fresh profile).

        The view takes a new page first; the old session may then delete its pages
        and profile. The bridge stays, so screens keep their connections to it.
        """
        # Unheard from now on: a page being deleted may still report its renderer's end.
        for signal, slot in self._links(self.page, self.session):
            signal.disconnect(slot)
        self._timeout.stop()
        self.session = session
        self.page = session.new_page()
        self.view.setPage(self.page)
        install_bridge(self.page, self.bridge)
        for signal, slot in self._links(self.page, session):
            signal.connect(slot)
        self.bridge.watch_for(None)
        self._last_url = QUrl()
        self.load_requested_at = 0.0
        self.progress.hide()
        self.note.hide()
        self.stack.setCurrentIndex(0)
        self._name_focus_proxy()

    def _name_focus_proxy(self) -> None:
        """The widget that takes the keys for the page is what a screen reader lands on
        when tabbing in: it gets the page's name too (Qt leaves it nameless)."""
        proxy = self.view.focusProxy()
        if proxy is not None and not proxy.accessibleName():
            proxy.setAccessibleName(self.view.accessibleName())
            proxy.setAccessibleDescription(self.view.accessibleDescription())

    def sizeHint(self) -> QSize:
        """No more than its minimum: a screen's scrolling body sizes itself by its
        parts' preferred heights (word-wrapped text asks it to), and a page view that
        asked for its page's height would push Back and Next's neighbours out of
        view. The screen gives the pane all the spare room instead (its stretch)."""
        hint = super().sizeHint()
        return QSize(hint.width(), max(self.minimumHeight(), 1))

    # Loading

    def load(self, url: str) -> None:
        # Epoch milliseconds, as the page's performance.timeOrigin: answers from any
        # document that started before this are from the page being left.
        self.load_requested_at = time.time() * 1000
        self._last_url = QUrl(url)
        self.note.hide()
        self.stack.setCurrentIndex(0)  # a new page: an earlier one's error no longer holds
        if self.page.lifecycleState() != QWebEnginePage.LifecycleState.Active:
            # Back from rest(); setting Active on an active page crashes QtWebEngine 6.11.
            self.page.setLifecycleState(QWebEnginePage.LifecycleState.Active)
        self.page.load(self._last_url)

    def rest(self) -> None:
        """Free the page's renderer while no screen shows it (during the check, whose
        own browser needs the memory); the next load brings it back."""
        if not self.isVisible():
            self.page.setLifecycleState(QWebEnginePage.LifecycleState.Discarded)

    def retry(self) -> None:
        self.load_requested_at = time.time() * 1000
        self.stack.setCurrentIndex(0)
        target = self._last_url if self._last_url.isValid() else self.page.url()
        self.page.load(target)

    def showing_error(self) -> bool:
        return self.stack.currentIndex() == 1

    def _loading_changed(self, info: QWebEngineLoadingInfo) -> None:
        status = info.status()
        if status == QWebEngineLoadingInfo.LoadStatus.LoadStartedStatus:
            self.progress.setValue(0)
            self.progress.show()
            self._timeout.start()
            return
        self._timeout.stop()
        self.progress.hide()
        if status == QWebEngineLoadingInfo.LoadStatus.LoadStoppedStatus:
            return
        http = info.errorDomain() == QWebEngineLoadingInfo.ErrorDomain.HttpStatusCodeDomain
        if not http and info.errorCode() == NET_ERR_ABORTED:
            return  # a newer load took its place: nothing failed
        if status == QWebEngineLoadingInfo.LoadStatus.LoadFailedStatus and not http:
            why = info.errorString() or self.tr("network error")
            self._fail(self.tr("The page could not be loaded ({why}).").format(why=why))
        elif http and info.errorCode() >= 400:
            self._fail(
                self.tr("LinkedIn answered with an error (HTTP {code}).").format(
                    code=info.errorCode()
                )
            )
        else:
            self.stack.setCurrentIndex(0)
            self._name_focus_proxy()  # a new renderer may bring a new proxy
            self.loaded.emit()

    def shutdown(self) -> None:
        """Before the session deletes this pane's page: no timer may reach for it."""
        self._timeout.stop()

    def _timed_out(self) -> None:
        self.page.triggerAction(QWebEnginePage.WebAction.Stop)
        self._fail(self.tr("LinkedIn is taking too long to answer."))

    def _crashed(self, status: QWebEnginePage.RenderProcessTerminationStatus, _code: int) -> None:
        if status == QWebEnginePage.RenderProcessTerminationStatus.NormalTerminationStatus:
            return  # its renderer was let go on purpose (rest()), not a crash
        self._fail(self.tr("The page stopped working."))

    def _fail(self, message: str) -> None:
        advice = self.tr("Check your internet connection, then press Retry.")
        self.error_text.setText(f"{message}\n{advice}")
        self.stack.setCurrentIndex(1)
        self.problem.emit(message)

    # Notes

    def show_note(self, text: str) -> None:
        self.note.setText(text)
        self.note.show()

    def _external(self, url: QUrl) -> None:
        self._open_external(url)
        self.show_note(
            self.tr(
                "That link leads away from {site}: it was opened in your web browser ({where})."
            ).format(site=self.session.site.host, where=url.host() or url.toString())
        )

    # Watching a setting

    def _reading(self, reading: Reading, settled: bool) -> None:
        asked = self._last_url.toString() if self._last_url.isValid() else None
        if from_this_load(reading, self.load_requested_at, asked) and not self.showing_error():
            self.reading.emit(reading, settled)

    def watch(self, spec: dict | None) -> SwitchBridge:
        self.bridge.watch_for(spec)
        return self.bridge
