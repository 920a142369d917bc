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

The app reads nothing of the provider's page but one thing: whether it says it
refuses this browser (Google: "This browser or app may not be secure"), by the
catalog's phrases, in the isolated world, keeping nothing. Then the window says what
works instead (LinkedIn's password, "Forgot password" for a member who never set
one, a passkey, another provider): never a dead end.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from html import escape
from urllib.parse import urlsplit

from PySide6.QtCore import QObject, Qt, QUrl, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWebEngineCore import QWebEnginePage, QWebEngineProfile, QWebEngineScript
from PySide6.QtWebEngineWidgets import QWebEngineView
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from wizard.base.site import Kind, Landed, Refuse, Site, host_listed, sign_in_window
from wizard.gui.announce import announce
from wizard.gui.fit import size_for_screen

# How a navigation started, for the plain rules in base/site.py.
_KINDS = {
    QWebEnginePage.NavigationType.NavigationTypeLinkClicked: Kind.LINK,
    QWebEnginePage.NavigationType.NavigationTypeRedirect: Kind.REDIRECT,
    QWebEnginePage.NavigationType.NavigationTypeFormSubmitted: Kind.FORM,
}


def kind_of(kind: QWebEnginePage.NavigationType) -> Kind:
    return _KINDS.get(kind, Kind.OTHER)


class IdentityPage(QWebEnginePage):
    """A provider's page: any secure host. Back on the site, the site answers here,
    whatever way the provider chose (a GET, or the form POST only this navigation
    carries: Apple's form_post, SAML); `landed` says so once the site has answered,
    and whether that answer can be shown again by address (it came by GET)."""

    landed = Signal(QUrl, bool)
    refusedInsecure = Signal(QUrl)
    refused = Signal(str)

    def __init__(self, profile: QWebEngineProfile, site: Site, parent: QObject | None = None):
        super().__init__(profile, parent)
        self._site = site
        self._back_by: Kind | None = None  # how the last navigation onto the site began
        self.loadFinished.connect(self._finished)

    def acceptNavigationRequest(
        self, url: QUrl | str, kind: QWebEnginePage.NavigationType, is_main_frame: bool
    ) -> bool:
        url = QUrl(url)
        decision = sign_in_window(self._site, url.toString(), is_main_frame)
        if isinstance(decision, Landed):
            self._back_by = kind_of(kind)
            return True
        if isinstance(decision, Refuse):
            self.refusedInsecure.emit(url)
            return False
        if is_main_frame and url.toString() != "about:blank":
            self._back_by = None  # on a provider's host again
        return True

    def _finished(self, _ok: bool) -> None:
        url = self.url()
        if self._back_by is not None and self._site.owns(url.toString()):
            self.landed.emit(url, self._back_by is not Kind.FORM)

    # Returning None is Qt's "no window" (nullptr); PySide6's stub says a page is needed.
    def createWindow(  # type: ignore[override]
        self, _kind: QWebEnginePage.WebWindowType
    ) -> QWebEnginePage | None:
        self.refused.emit(self.tr("The sign-in page tried to open yet another window."))
        return None


# Does the page say it refuses this browser? Run in the isolated world; answers only
# the phrase it found (or null), never the page's text.
_REFUSED = """(function (phrases) {
  const fold = (t) => String(t || "").toLowerCase().replace(/[\u2018\u2019]/g, "'");
  const text = fold(document.body ? document.body.innerText : "") + " " + fold(location.href);
  for (const phrase of phrases) { if (phrase && text.includes(fold(phrase))) return phrase; }
  return null;
})(%s)"""


class IdentityWindow(QDialog):
    """returned(url) when the flow is back on the site and the site sent the member to
    a page the main view can show (the window then closes); a page the site answered a
    POST with stays here, with a note (showing it again would mean re-sending it).
    otherWay(reset) when the provider refused the browser and the member goes on
    another way: LinkedIn's password (reset False), or setting one (True)."""

    returned = Signal(QUrl)
    otherWay = Signal(bool)
    refusedBrowser = Signal(str)  # the phrase the provider's page said it with

    def __init__(
        self,
        page: IdentityPage,
        known: Sequence[str],
        parent: QWidget | None = None,
        refusal_phrases: Sequence[str] = (),
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Sign in"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.page = page
        self._known = tuple(known)
        self._phrases = [p for p in refusal_phrases if p]
        self._spoken_host = ""
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
        self.advice = self._make_advice()
        top = QHBoxLayout()
        top.addWidget(self.address, 1)
        top.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.note)
        layout.addWidget(self.advice)
        layout.addWidget(self.view, 1)
        # Esc cancels, as in any dialog, also with the keyboard in the page (which
        # would otherwise take the key for itself).
        escape_key = QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.reject)
        escape_key.setContext(Qt.ShortcutContext.WindowShortcut)
        size_for_screen(self, 560, 720)
        page.urlChanged.connect(self._show_address)
        page.windowCloseRequested.connect(self.accept)  # the provider's page closed itself
        page.landed.connect(self._landed)
        page.refusedInsecure.connect(self._insecure)
        page.refused.connect(self._say)
        page.webAuthUxRequested.connect(self._passkey)
        page.loadFinished.connect(self._look_for_refusal)

    def _make_advice(self) -> QWidget:
        """What to do when the provider refuses the browser: shown only then."""
        panel = QWidget()
        panel.setObjectName("refusalAdvice")
        self.advice_text = QLabel()
        self.advice_text.setWordWrap(True)
        self.advice_text.setTextFormat(Qt.TextFormat.RichText)
        self.advice_text.setAccessibleName(self.tr("This sign-in service refused the wizard"))
        self.advice_text.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # read out when shown
        self.advice_text.setProperty("takesFocus", True)
        self.password_button = QPushButton(self.tr("Sign in with my LinkedIn &password"))
        self.password_button.setAccessibleName(self.tr("Sign in with my LinkedIn password"))
        self.password_button.clicked.connect(lambda: self._other_way(False))
        self.reset_button = QPushButton(self.tr("I have no password: &set one…"))
        self.reset_button.setAccessibleName(
            self.tr("I have no LinkedIn password: ask LinkedIn for a link to set one")
        )
        self.reset_button.clicked.connect(lambda: self._other_way(True))
        buttons = QHBoxLayout()
        buttons.addWidget(self.password_button)
        buttons.addWidget(self.reset_button)
        buttons.addStretch()
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.advice_text)
        layout.addLayout(buttons)
        panel.hide()
        return panel

    def _look_for_refusal(self, _ok: bool) -> None:
        if not self._phrases:
            return
        source = _REFUSED % json.dumps(self._phrases, ensure_ascii=False)
        world = QWebEngineScript.ScriptWorldId.ApplicationWorld.value
        self.page.runJavaScript(source, world, self._refusal_read)

    def _refusal_read(self, phrase: object) -> None:
        if not isinstance(phrase, str) or not phrase or self.advice.isVisible():
            return
        host = self.page.url().host() or self.tr("This sign-in service")
        lines = [
            self.tr(
                "<b>{host} will not sign you in here.</b> It refuses browsers that are "
                "built into other apps, as this window is. You have not done anything wrong."
            ).format(host=escape(host)),
            self.tr("What works instead:"),
        ]
        ways = [
            self.tr("<b>Your LinkedIn email and password</b>, on LinkedIn's page in the wizard."),
            self.tr(
                "<b>No LinkedIn password?</b> If you always signed in with Google, LinkedIn "
                "can email you a link to set one (“Forgot password”)."
            ),
            self.tr("<b>A passkey</b>, if you made one for LinkedIn."),
            self.tr("<b>Another way</b> LinkedIn offers, such as Apple or Microsoft."),
        ]
        self.advice_text.setText(
            "<p>" + "</p><p>".join(lines) + "</p><ul><li>" + "</li><li>".join(ways) + "</li></ul>"
        )
        self.advice.show()
        self.password_button.setDefault(True)
        self.advice_text.setFocus()
        self.refusedBrowser.emit(phrase)

    def _other_way(self, reset: bool) -> None:
        self.otherWay.emit(reset)
        self.reject()

    def _passkey(self, request: object) -> None:
        from wizard.gui.web.passkey import answer_webauthn

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
        self._say_address(url)
        if not host_listed(url.toString(), self._known):
            self._say(
                self.tr(
                    "{host} is not a sign-in service the wizard knows. Go on only if you "
                    "expected it, for example your company's own sign-in page."
                ).format(host=url.host())
            )
        else:
            self.note.hide()

    def _say_address(self, url: QUrl) -> None:
        """The address is the member's cue against a page that only looks like a
        provider's: a screen reader says it too (the label's name, and the view's, and
        an announcement when it changes, since the focus stays in the page)."""
        secure = url.scheme() == "https"
        spoken = (
            self.tr("{host}, over a secure connection").format(host=url.host())
            if secure
            else self.tr("{host}, not secure").format(host=url.host())
        )
        self.address.setAccessibleName(
            self.tr("Address of the sign-in page: {address}").format(address=spoken)
        )
        self.view.setAccessibleName(self.tr("Sign-in page at {host}").format(host=url.host()))
        if url.host() != self._spoken_host:
            self._spoken_host = url.host()
            announce(self.address, self.address.accessibleName())

    def _insecure(self, url: QUrl) -> None:
        self.address.setText(f"⚠ <b>{escape(url.host())}</b>")
        self._say_address(url)
        self._say(
            self.tr(
                "Not secure: {host} was not opened, because it does not use an encrypted "
                "connection (https). Cancel, and sign in another way."
            ).format(host=url.host())
        )

    def _say(self, text: str) -> None:
        self.note.setText(text)
        self.note.show()

    def _landed(self, url: QUrl, by_address: bool) -> None:
        if by_address:
            self.returned.emit(url)
            self.accept()
            return
        self.note.setText(
            self.tr(
                "This is {site}'s answer to the sign-in. Read it, then close this window to "
                "go on signing in."
            ).format(site=url.host())
        )
        self.note.show()
        self.cancel_button.setText(self.tr("C&lose"))
        self.cancel_button.setAccessibleName(self.tr("Close this window"))


class IdentityFlows(QObject):
    """What the Sign in step allows its pages: popups and redirects to a provider
    open in an IdentityWindow. Off outside the Sign in step (`active` says)."""

    opened = Signal(object)  # the IdentityWindow, for the screen's hint and for tests
    otherWay = Signal(bool)  # the provider refused the browser; see IdentityWindow

    def __init__(
        self,
        new_page: Callable[[], IdentityPage],
        known: Sequence[str],
        active: Callable[[], bool],
        go_on: Callable[[QUrl], None],
        parent: QWidget | None = None,
        refusal_phrases: Sequence[str] = (),
    ) -> None:
        super().__init__(parent)
        self._new_page = new_page
        self.known = tuple(known)
        self._phrases = tuple(refusal_phrases)
        self.active = active
        self._go_on = go_on
        self._parent = parent
        self.window: IdentityWindow | None = None

    def _window(self) -> IdentityWindow:
        if self.window is not None:
            self.window.close()
        window = IdentityWindow(self._new_page(), self.known, self._parent, self._phrases)
        window.returned.connect(self._go_on)
        window.otherWay.connect(self.otherWay)
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
