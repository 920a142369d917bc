"""Sign in: LinkedIn's own sign-in page, in the embedded view.

The app never reads the form. It watches only the profile's cookie store: when
the session cookie appears, the member is signed in and the wizard moves on.
A security check (PIN, puzzle) stays in front of the person with a hint.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QEvent, QObject, QTimer, QUrl
from PySide6.QtWidgets import QDialog, QLabel

from wizard.gui.context import WizardContext
from wizard.gui.remembered import RememberedSessions
from wizard.gui.screen import Screen
from wizard.gui.widgets import starting_placeholder
from wizard.reading.detect import page_spec
from wizard.reading.reading import Reading
from wizard.reading.signinpage import CodeAsked, code_asked

# The engine starts as soon as the placeholder saying so has been drawn (it blocks
# this thread for a moment), or after this long if no paint came (a hidden window).
STARTING_PAINT_MS = 250

if TYPE_CHECKING:  # the sign-in window's module loads when the step first opens
    from wizard.gui.web.identitywindow import IdentityFlows
    from wizard.gui.web.websession import WebSession


class SignInScreen(Screen):
    def __init__(self, ctx: WizardContext) -> None:
        super().__init__(ctx, expanding=True)
        self.setTitle(self.tr("Sign in"))
        self.setSubTitle(self.tr("On LinkedIn's own page: the wizard never sees your password."))
        self.hint = QLabel(self.sign_in_hint())
        self.hint.setObjectName("signInHint")
        self.hint.setWordWrap(True)
        self.hint.setAccessibleName(self.tr("Sign-in hint"))
        self.body.addWidget(self.hint)
        self.remembered = RememberedSessions(ctx)
        self.body.addWidget(self.remembered)
        self.starting = starting_placeholder(
            self.tr("Starting the browser that shows LinkedIn's sign-in page…")
            if not ctx.practice
            else self.tr("Starting the browser that shows the practice sign-in page…")
        )
        self.body.addWidget(self.starting, 1)
        self.starting.installEventFilter(self)
        self._listening = False
        self._wired_session: WebSession | None = None  # another account, another session
        self.flows: IdentityFlows | None = None  # the sign-in window's rules, this step only
        self._code_hint = ""  # what a two-step page asks for, once read
        self._way_hint = ""  # another way in, after a provider refused the window
        # The engine starts a moment after the placeholder is drawn; stopped when the
        # screen is left or the window shuts down first (a page made after shutdown
        # would outlive the window that shows it).
        self._starting = QTimer(self)
        self._starting.setSingleShot(True)
        self._starting.setInterval(STARTING_PAINT_MS)
        self._starting.timeout.connect(self._enter_now)

    def enter(self) -> None:
        self.remembered.offer()
        if not self.ctx.browser.started():
            # Starting the browser engine takes seconds, in this thread: say so first,
            # and let the window draw it before the wait.
            self.starting.show()
            self._starting.start(STARTING_PAINT_MS)
            return
        self._enter_now()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.starting
            and event.type() == QEvent.Type.Paint
            and self._starting.isActive()
        ):
            self._starting.start(0)  # drawn: the engine starts once the paint is out
        return False

    def _enter_now(self) -> None:
        if not self.current():
            return
        self.take_pane()
        self.starting.hide()
        pane = self.ctx.pane()
        self._listening = True
        pane.reading.connect(self._page_result)
        if self._wired_session is not self.ctx.session:
            self.ctx.session.cookiesChanged.connect(self._cookies_changed)
            self._wired_session = self.ctx.session
            self._allow_providers()
        pane.watch(page_spec(self.ctx.catalog, self.ctx.site.origin))
        self._way_hint = ""
        self.hint.setText(self.sign_in_hint())
        pane.view.setFocus()  # a keyboard user types into LinkedIn's form at once
        pane.load(self.ctx.site.url(self.ctx.catalog.sign_in.path))

    def leave(self) -> None:
        self._starting.stop()
        if self._listening:
            self._listening = False
            self.ctx.pane().reading.disconnect(self._page_result)

    def _allow_providers(self) -> None:
        """This step only: a provider's popup or redirect opens in the sign-in window."""
        from wizard.catalog.model import every_language
        from wizard.gui.web.identitywindow import IdentityFlows

        session = self.ctx.session
        form = self.ctx.catalog.sign_in
        known = (*form.identity_providers, *self.ctx.site.identity_hosts)
        self.flows = IdentityFlows(
            session.new_identity_page,
            known,
            # A page of the session may ask after this screen is gone (a late
            # navigation as the window closes): then no longer current.
            lambda: shiboken6.isValid(self) and self.current(),
            self._provider_done,
            self,
            every_language(form.refusal_phrases),
        )
        self.flows.opened.connect(self._provider_opened)
        self.flows.otherWay.connect(self._other_way)
        session.allow_identity_flows(self.flows)

    def _provider_opened(self, window: object) -> None:
        opened = self.tr(
            "Finish signing in in the window that opened. It shows the address it is on: "
            "sign in only where you expect to."
        )
        self.hint.setText(opened)
        if isinstance(window, QDialog):
            window.finished.connect(lambda _result: self._provider_closed(opened))

    def _provider_closed(self, opened: str) -> None:
        """The sign-in window closed (cancelled, or its way back landed): the hint no
        longer sends the member to a window that is gone."""
        if shiboken6.isValid(self) and self.hint.text() == opened:
            self.hint.setText(self._way_hint or self.sign_in_hint())

    def _other_way(self, reset: bool) -> None:
        """The provider refused the wizard's window: LinkedIn's own form, in the main
        view, ready for the password; or LinkedIn's page that emails a link to set
        one, for a member who never had a password."""
        form = self.ctx.catalog.sign_in
        pane = self.ctx.pane()
        if reset and form.password_reset_path:
            self._way_hint = self.tr(
                "Ask LinkedIn for a link to set a password: type your email below. Open "
                "the link in the email, set a password, then sign in here with it."
            )
            pane.load(self.ctx.site.url(form.password_reset_path))
        else:
            self._way_hint = self.tr(
                "Sign in below with your LinkedIn email and password. No password? Choose "
                "“Forgot password” on the page: LinkedIn emails you a link to set one."
            )
        self.hint.setText(self._way_hint)
        self.window().activateWindow()  # back from the sign-in window
        pane.view.setFocus()

    def _provider_done(self, url: QUrl) -> None:
        """The site answered the provider's way back, in the sign-in window, and sent
        the member to a page: the main view shows it (the sign-in page with the site's
        message, a security check…). Signed in, the wizard moves on by itself."""
        if not self.current() or self.ctx.has_session():
            return
        self.ctx.pane().load(url.toString())

    def shutdown(self) -> None:
        self._starting.stop()
        if self.flows is not None:
            self.flows.close()
        if self._wired_session is not None:
            # The session's pages outlive this screen by a moment: no rule of ours left
            # for a late navigation to call into.
            self._wired_session.allow_identity_flows(None)
        self.remembered.shutdown()

    def isComplete(self) -> bool:
        return self.ctx.has_session()

    def _cookies_changed(self) -> None:
        self.completeChanged.emit()
        if self.current() and self.ctx.has_session():
            # Leave the signal handler first: the cookie store is mid-notification.
            QTimer.singleShot(0, self._advance)

    def _advance(self) -> None:
        if self.current() and self.ctx.has_session():
            if self.flows is not None:
                self.flows.close()  # a provider's window still open has done its part
            self.goOn.emit()

    def _page_result(self, raw: Reading, _settled: bool) -> None:
        if raw.challenge:
            if self._code_hint:
                self.hint.setText(self._code_hint)
                return
            self.hint.setText(self.tr("LinkedIn wants to confirm it's you — finish it here."))
            self._name_the_code()
        else:
            self._code_hint = ""
            self.hint.setText(self._way_hint or self.sign_in_hint())

    def _name_the_code(self, tries: int = 0) -> None:
        """A two-step page: say what it asks for (an app's code, a text's), in words
        the catalog knows; the page's words are read in the isolated world only."""
        from PySide6.QtWebEngineCore import QWebEngineScript

        form = self.ctx.catalog.sign_in

        def named(text: object) -> None:
            if not self.current() or not isinstance(text, str):
                return
            if not text.strip() and tries < 20:  # read before the page drew its words
                QTimer.singleShot(250, self, lambda: self._name_the_code(tries + 1))
                return
            asked = code_asked(text, form.app_code_words, form.text_code_words, form.approval_words)
            if asked is CodeAsked.APPROVE:
                self._code_hint = self.tr(
                    "LinkedIn asks you to approve this sign-in on your phone: open the "
                    "LinkedIn app and tap Yes. The wizard goes on by itself once you have."
                )
            elif asked is CodeAsked.APP:
                self._code_hint = self.tr(
                    "LinkedIn asks for the code from your authenticator app (two-step "
                    "verification). Open the app, and type the code into the page below."
                )
            elif asked is CodeAsked.TEXT:
                self._code_hint = self.tr(
                    "LinkedIn sent a code by text message to your phone. Type it into "
                    "the page below."
                )
            if self._code_hint:
                self.hint.setText(self._code_hint)

        page = self.ctx.pane().page
        if not self.current() or not shiboken6.isValid(page):
            return  # the step was left, or its browser closed, meanwhile
        page.runJavaScript(
            "document.body ? document.body.innerText.slice(0, 4000) : ''",
            QWebEngineScript.ScriptWorldId.ApplicationWorld.value,
            named,
        )

    def sign_in_hint(self) -> str:
        if self.ctx.practice:
            return self.tr(
                "Sign in below, on the practice site's own page. The wizard never sees your "
                "password. It moves on by itself once you are signed in."
            )
        return self.tr(
            "Sign in below, on LinkedIn's own page. The wizard never sees your password. "
            "It moves on by itself once you are signed in."
        )
