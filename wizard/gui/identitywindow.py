"""The sign-in window for identity providers ("Continue with Google", "Sign in with
Apple", a company's own sign-in), during the Sign in step only.

Why a second window, and not the system browser: the session must land in the
wizard's own off-the-record profile (the system browser's cookies are out of reach,
and reading them would be worse). Why not in the main view: the main view stays held
to LinkedIn's hosts, so it can never be taken somewhere that looks like LinkedIn.
The window shows the address it is on (the host in bold), takes https only (a
loopback address for practice), says so when a host is not one the catalog knows as
a sign-in service (a company's sign-in goes through hosts of its own), and closes by
itself when the flow comes back to LinkedIn or the provider's page closes itself.
The app never reads the provider's page: only LinkedIn's session cookies, as ever.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from html import escape
from urllib.parse import urlsplit

from PySide6.QtCore import QObject, Qt, QUrl, Signal
from PySide6.QtWebEngineCore import QWebEnginePage, QWebEngineProfile
from PySide6.QtWebEngineWidgets import QWebEngineView
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from wizard.base.site import Site, is_loopback


def secure(url: QUrl) -> bool:
    """https, or plain http to this computer itself (the practice provider)."""
    scheme = url.scheme().lower()
    return scheme == "https" or (scheme == "http" and is_loopback(url.host()))


def known_host(url: QUrl, known: Sequence[str]) -> bool:
    """Is the page on a host the catalog (or the practice site) names as a sign-in
    service? A host entry covers its subdomains; a loopback entry names its port."""
    host = url.host().lower()
    with_port = f"{host}:{url.port()}" if url.port() != -1 else host
    for entry in known:
        entry = entry.lower()
        if with_port == entry or host == entry or host.endswith("." + entry):
            return True
    return False


class IdentityPage(QWebEnginePage):
    """A provider's page: any secure host; back on the site, it hands over."""

    returned = Signal(QUrl)  # the flow came back to the site: the main view goes on
    refusedInsecure = Signal(QUrl)
    refused = Signal(str)

    def __init__(self, profile: QWebEngineProfile, site: Site, parent: QObject | None = None):
        super().__init__(profile, parent)
        self._site = site

    def acceptNavigationRequest(
        self, url: QUrl, _kind: QWebEnginePage.NavigationType, is_main_frame: bool
    ) -> bool:
        if not is_main_frame or url.toString() == "about:blank":
            return True
        if self._site.owns(url.toString()):
            self.returned.emit(url)
            return False
        if not secure(url):
            self.refusedInsecure.emit(url)
            return False
        return True

    def createWindow(self, _kind: QWebEnginePage.WebWindowType) -> QWebEnginePage | None:
        self.refused.emit(self.tr("The sign-in page tried to open yet another window."))
        return None


class IdentityWindow(QDialog):
    """returned(url) when the flow is back on the site; the window then closes."""

    returned = Signal(QUrl)

    def __init__(
        self,
        page: IdentityPage,
        known: Sequence[str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Sign in"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.page = page
        self._known = tuple(known)
        self.address = QLabel()
        self.address.setTextFormat(Qt.TextFormat.RichText)
        self.address.setAccessibleName(self.tr("Address of the sign-in page"))
        self.address.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setAccessibleName(self.tr("About this sign-in page"))
        self.note.hide()
        self.view = QWebEngineView()
        self.view.setPage(page)
        self.view.setAccessibleName(self.tr("Sign-in page"))
        self.cancel_button = QPushButton(self.tr("&Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel signing in this way"))
        self.cancel_button.clicked.connect(self.reject)
        top = QHBoxLayout()
        top.addWidget(self.address, 1)
        top.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.note)
        layout.addWidget(self.view, 1)
        self.resize(560, 720)
        page.urlChanged.connect(self._show_address)
        page.windowCloseRequested.connect(self.accept)  # the provider's page closed itself
        page.returned.connect(self._returned)
        page.refusedInsecure.connect(self._insecure)
        page.refused.connect(self._say)
        page.webAuthUxRequested.connect(self._passkey)

    def _passkey(self, request: object) -> None:
        from wizard.gui.passkey import answer_webauthn

        self.passkey_dialog = answer_webauthn(self, request)

    def open_at(self, url: QUrl | None = None) -> None:
        if url is not None:
            self.page.load(url)
        self.open()
        self.view.setFocus()

    def _show_address(self, url: QUrl) -> None:
        if url.isEmpty() or url.toString() == "about:blank":
            return
        parts = urlsplit(url.toString())
        rest = escape(parts.path + ("?…" if parts.query else ""))
        lock = "🔒 " if url.scheme() == "https" else ""
        self.address.setText(f"{lock}<b>{escape(url.host())}</b>{rest}")
        if not known_host(url, self._known):
            self._say(
                self.tr(
                    "{host} is not a sign-in service the wizard knows. Go on only if you "
                    "expected it, for example your company's own sign-in page."
                ).format(host=url.host())
            )
        else:
            self.note.hide()

    def _insecure(self, url: QUrl) -> None:
        self.address.setText(f"⚠ <b>{escape(url.host())}</b>")
        self._say(
            self.tr(
                "Not secure: {host} was not opened, because it does not use an encrypted "
                "connection (https). Cancel, and sign in another way."
            ).format(host=url.host())
        )

    def _say(self, text: str) -> None:
        self.note.setText(text)
        self.note.show()

    def _returned(self, url: QUrl) -> None:
        self.returned.emit(url)
        self.accept()


class IdentityFlows(QObject):
    """What the Sign in step allows its pages: popups and redirects to a provider
    open in an IdentityWindow. Off outside the Sign in step (`active` says)."""

    opened = Signal(object)  # the IdentityWindow, for the screen's hint and for tests

    def __init__(
        self,
        new_page: Callable[[], IdentityPage],
        known: Sequence[str],
        active: Callable[[], bool],
        go_on: Callable[[QUrl], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._new_page = new_page
        self.known = tuple(known)
        self.active = active
        self._go_on = go_on
        self._parent = parent
        self.window: IdentityWindow | None = None

    def _window(self) -> IdentityWindow:
        if self.window is not None:
            self.window.close()
        window = IdentityWindow(self._new_page(), self.known, self._parent)
        window.returned.connect(self._go_on)
        window.destroyed.connect(lambda: setattr(self, "window", None))
        self.window = window
        return window

    def popup(self) -> QWebEnginePage:
        """A window for a popup the sign-in page opens (Google's button)."""
        window = self._window()
        window.open_at()
        self.opened.emit(window)
        return window.page

    def redirect(self, url: QUrl) -> None:
        """The sign-in page went to a provider (Apple's redirect): there, not here."""
        window = self._window()
        window.open_at(url)
        self.opened.emit(window)

    def close(self) -> None:
        if self.window is not None:
            self.window.close()
