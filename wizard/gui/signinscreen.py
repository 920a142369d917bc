"""Sign in: LinkedIn's own sign-in page, in the embedded view.

The app never reads the form. It watches only the profile's cookie store: when
the session cookie appears, the member is signed in and the wizard moves on.
A security check (PIN, puzzle) stays in front of the person with a hint.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel, QSizePolicy, QVBoxLayout, QWizardPage

from wizard.gui.context import WizardContext
from wizard.gui.remembered import RememberedSessions
from wizard.gui.widgets import practice_banner
from wizard.reading.detect import page_spec


class SignInScreen(QWizardPage):
    def __init__(self, ctx: WizardContext) -> None:
        super().__init__()
        self.ctx = ctx
        # QWizard gives spare height to a stretch below a page unless the page asks
        # for it: these screens hold a page view or a list, and want all of it.
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        self.setTitle(self.tr("Sign in"))
        self.hint = QLabel(self.sign_in_hint())
        self.hint.setObjectName("signInHint")
        self.hint.setWordWrap(True)
        self.hint.setAccessibleName(self.tr("Sign-in hint"))
        self._layout = QVBoxLayout(self)
        if ctx.practice:
            self._layout.addWidget(practice_banner())
        self._layout.addWidget(self.hint)
        self.remembered = RememberedSessions(ctx)
        self._layout.addWidget(self.remembered)
        self._wired = False
        self._wired_session: object = None  # another account brings another session

    def enter(self) -> None:
        """Called by the window each time this screen becomes current."""
        pane = self.ctx.pane()
        if pane.parent() is not self:
            self._layout.addWidget(pane, 1)  # the one pane moves to the current screen
        pane.show()
        if not self._wired:
            pane.bridge.resultChanged.connect(self._page_result)
            self._wired = True
        if self._wired_session is not self.ctx.session:
            self.ctx.session.cookiesChanged.connect(self._cookies_changed)
            self._wired_session = self.ctx.session
        pane.watch(page_spec(self.ctx.catalog, self.ctx.site.origin))
        self.hint.setText(self.sign_in_hint())
        pane.view.setFocus()  # a keyboard user types into LinkedIn's form at once
        pane.load(self.ctx.site.url(self.ctx.catalog.sign_in.path))

    def shutdown(self) -> None:
        self.remembered.shutdown()

    def isComplete(self) -> bool:
        return self.ctx.has_session()

    def _current(self) -> bool:
        wizard = self.wizard()
        return wizard is not None and wizard.currentPage() is self

    def _cookies_changed(self) -> None:
        self.completeChanged.emit()
        if self._current() and self.ctx.has_session():
            # Leave the signal handler first: the cookie store is mid-notification.
            QTimer.singleShot(0, self._advance)

    def _advance(self) -> None:
        if self._current() and self.ctx.has_session():
            self.wizard().next()

    def _page_result(self, raw: object, _settled: bool) -> None:
        if not self._current() or not isinstance(raw, dict):
            return
        if raw.get("challenge") is True:
            self.hint.setText(self.tr("LinkedIn wants to confirm it's you — finish it here."))
        else:
            self.hint.setText(self.sign_in_hint())

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
