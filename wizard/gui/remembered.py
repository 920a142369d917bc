"""On the Sign in screen: go on with a session remembered in the OS keyring.

Offered only where a session was remembered on this computer, and read only when
the member asks: reading the keyring may bring up its unlock prompt, which must never
appear out of the blue. With one account remembered it is used
at once; with several, the member picks one. The cookies go straight into the
embedded profile (in memory), and the sign-in screen moves on by itself.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from wizard.gui.context import WizardContext
from wizard.secrets.session import Session


class RememberedSessions(QWidget):
    """Signals: `used(str)` once an account's session is in the profile."""

    used = Signal(str)

    def __init__(self, ctx: WizardContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.button = QPushButton(self.tr("Use a session &remembered on this computer…"))
        self.button.setAccessibleName(self.tr("Use a session remembered on this computer"))
        self.button.setAccessibleDescription(
            self.tr(
                "Signs in with a session kept in your computer's password store by “Remember "
                "me”. Your computer may ask you to unlock it."
            )
        )
        self.button.clicked.connect(self.look)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Remembered sessions"))
        self.choices = QWidget()
        self._choices_layout = QHBoxLayout(self.choices)
        self._choices_layout.setContentsMargins(0, 0, 0, 0)
        self.choices.hide()
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.button, 0, Qt.AlignmentFlag.AlignLeft)
        top.addWidget(self.status, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.choices)
        self.account_buttons: dict[str, QPushButton] = {}
        self._call: Any = None
        ctx.signedOut.connect(self._expired)

    def reset(self) -> None:
        """Another account's turn: nothing offered, nothing said."""
        if self.busy():
            return
        self._clear_choices()
        self.status.clear()
        self.button.setEnabled(True)

    def offer(self) -> None:
        """Shown only where a session was remembered on this computer (a note kept
        without asking the keyring, secrets/marker.py), or while it has news."""
        from wizard.secrets import marker

        self.setVisible(marker.marked(self.ctx.site) or self.busy() or bool(self.status.text()))

    def busy(self) -> bool:
        return self._call is not None and self._call.running()

    def shutdown(self) -> None:
        if self._call is not None:
            self._call.wait()

    def _controls(self) -> list[QWidget]:
        return [self.button, *self.account_buttons.values()]

    def _run(self, fn: Any, done: Any, doing: str) -> None:
        from wizard.gui.background import keyring_call

        self._call = keyring_call(
            self, fn, done, self._failed, self.status, doing, self._controls()
        )

    def _idle(self) -> None:
        if self._call is not None:
            self._call.wait()
        for control in self._controls():
            control.setEnabled(True)

    def look(self) -> None:
        from wizard.secrets import credentials

        site = self.ctx.site
        self._run(lambda: credentials.accounts(site), self._found, self.tr("Looking"))

    def _found(self, names: list[str]) -> None:
        self._idle()
        self._clear_choices()
        accounts = list(names)
        if not accounts:
            self.status.setText(
                self.tr("No session is remembered on this computer for {site}.").format(
                    site=self.ctx.site.host
                )
            )
            return
        if len(accounts) == 1:
            self.use(accounts[0])
            return
        self.status.setText(self.tr("Which account?"))
        for name in accounts:
            shown = name or self.tr("(name not shown)")
            button = QPushButton(self.tr("Continue as {name}").format(name=shown))
            button.setAccessibleName(self.tr("Continue as {name}").format(name=shown))
            button.clicked.connect(lambda _checked=False, n=name: self.use(n))
            self._choices_layout.addWidget(button)
            self.account_buttons[name] = button
        self._choices_layout.addStretch()
        self.choices.show()
        next(iter(self.account_buttons.values())).setFocus()

    def use(self, name: str) -> None:
        """Put that account's remembered session into the embedded profile."""
        from wizard.secrets import credentials

        site = self.ctx.site
        self._run(lambda: (name, credentials.load(site, name)), self._loaded, self.tr("Opening"))

    def _loaded(self, outcome: tuple[str, Session | None]) -> None:
        name, session = outcome
        self._idle()
        if session is None:
            self.status.setText(
                self.tr("That session is no longer remembered. Sign in below instead.")
            )
            return
        self._clear_choices()
        shown = name or self.tr("(name not shown)")
        self.status.setText(self.tr("Signing in as {name}…").format(name=shown))
        self.ctx.record.signed_in_with(name)
        if session.identity is not None:
            # The browser it signed in with, before LinkedIn sees its cookies here.
            self.ctx.session.adopt(session.identity)
        self.ctx.session.set_cookies(list(session.cookies))
        self.used.emit(name)

    def _expired(self) -> None:
        """The remembered session used for this run no longer works: it is of no use
        to anyone, so it leaves the keyring (as the terminal's `verify` does)."""
        from wizard.secrets import credentials

        name = self.ctx.record.signed_in_as
        if name is None or self.busy():
            return
        self.ctx.record.signed_in_with(None)
        site = self.ctx.site
        self._run(
            lambda: (name, credentials.forget(site, name)), self._forgotten, self.tr("Forgetting")
        )

    def _forgotten(self, outcome: tuple[str, bool]) -> None:
        name, _removed = outcome
        self._idle()
        self.status.setText(
            self.tr(
                "The remembered session of {name} had expired; it was removed from the "
                "password store. Sign in below."
            ).format(name=name or self.tr("(name not shown)"))
        )

    def _failed(self, error: object) -> None:
        self._idle()
        self.status.setText(
            self.tr("The password store could not be read: {why} Sign in below instead.").format(
                why=error
            )
        )

    def _clear_choices(self) -> None:
        for button in self.account_buttons.values():
            button.deleteLater()
        self.account_buttons.clear()
        while self._choices_layout.count():
            self._choices_layout.takeAt(0)
        self.choices.hide()
