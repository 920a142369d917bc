"""Done: what was achieved, what was skipped, and what the member can do next."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWizardPage

from wizard.detect import State
from wizard.gui.context import Outcome, WizardContext
from wizard.gui.welcomescreen import practice_banner
from wizard.report import STATE_WORDS

OBJECTION_FORM = "https://www.linkedin.com/help/linkedin/ask/TS-DPRO"


class DoneScreen(QWizardPage):
    def __init__(self, ctx: WizardContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.setTitle("Done")
        self.setFinalPage(True)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setAccessibleName("Summary")
        self.next_steps = QLabel(
            "<p><b>Next steps</b></p><ul>"
            "<li>LinkedIn can turn such switches back on or add new ones: run the wizard "
            "again now and then to check.</li>"
            "<li>Changes to ad settings may take LinkedIn up to 24 hours to apply.</li>"
            "<li>The switch covers AI that <i>creates content</i>. For LinkedIn's other uses "
            "of your data for AI, you can object with LinkedIn's "
            f'<a href="{OBJECTION_FORM}">Data Processing Objection form</a>.</li>'
            "</ul>"
        )
        self.next_steps.setWordWrap(True)
        self.next_steps.setTextFormat(Qt.TextFormat.RichText)
        self.next_steps.setOpenExternalLinks(False)
        self.next_steps.linkActivated.connect(self._open_link)
        self.next_steps.setAccessibleName("Next steps")
        self.remember = QCheckBox("&Remember me on this computer, for later checks")
        self.remember.setAccessibleName("Remember me on this computer, for later checks")
        self.remember.setAccessibleDescription(
            "Keeps your LinkedIn session, never your password, in your system's keyring."
        )
        self.remember.toggled.connect(self._remember_toggled)
        remember_help = QLabel(
            "Keeps your LinkedIn session (never your password) in your system's keyring, so "
            "the check can run again later without signing in: "
            "<code>optout-wizard verify</code>. Nothing is kept anywhere else."
        )
        remember_help.setWordWrap(True)
        self.forget_button = QPushButton("&Forget me")
        self.forget_button.setAccessibleName("Forget me: delete the remembered session")
        self.forget_button.clicked.connect(self.forget)
        self.keyring_status = QLabel()
        self.keyring_status.setWordWrap(True)
        self.keyring_status.setAccessibleName("Keyring status")
        forget_row = QHBoxLayout()
        forget_row.addWidget(self.forget_button)
        forget_row.addWidget(self.keyring_status, 1)
        self._call = None

        layout = QVBoxLayout(self)
        if ctx.practice:
            layout.addWidget(practice_banner())
        layout.addWidget(self.summary)
        layout.addWidget(self.remember, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(remember_help)
        layout.addLayout(forget_row)
        layout.addWidget(self.next_steps)
        layout.addStretch()

    def initializePage(self) -> None:
        record = self.ctx.record
        items = []
        for optout in self.ctx.catalog.optouts:
            check = record.report.check(optout.id) if record.report else None
            state = STATE_WORDS[check.state] if check else "not checked"
            note = ""
            if record.outcomes.get(optout.id) is Outcome.SKIPPED:
                note = " (you skipped this step)"
            items.append(f"<li><b>{escape(optout.title)}</b>: {escape(state)}{note}</li>")
        all_off = record.report is not None and all(
            c.state is State.OFF for c in record.report.checks
        )
        headline = (
            "Every setting is off, and the check confirmed it."
            if all_off
            else "Not everything is off yet: see below, or go Back and press “Fix this”."
        )
        self.summary.setText(f"<p>{escape(headline)}</p><ul>{''.join(items)}</ul>")

    # The keyring: calls may wait on an unlock prompt, so they run off the GUI thread.

    def busy(self) -> bool:
        return self._call is not None and self._call.running()

    def _keyring(self, fn: object, done: object, doing: str) -> None:
        from wizard.gui.background import BackgroundCall

        self.remember.setEnabled(False)
        self.forget_button.setEnabled(False)
        self.keyring_status.setText(f"{doing}… (your system may ask you to unlock its keyring)")
        self._call = BackgroundCall(fn, self)  # type: ignore[arg-type]
        self._call.done.connect(done)
        self._call.failed.connect(self._keyring_failed)
        self._call.start()

    def _idle(self) -> None:
        if self._call is not None:
            self._call.wait()
        self.remember.setEnabled(True)
        self.forget_button.setEnabled(True)

    def _set_checked(self, checked: bool) -> None:
        self.remember.blockSignals(True)
        self.remember.setChecked(checked)
        self.remember.blockSignals(False)

    def _remember_toggled(self, checked: bool) -> None:
        from wizard import credentials

        if not checked:
            self.forget()
            return
        cookies = self.ctx.session.cookies() if self.ctx.has_session() else []
        if not cookies:
            self._set_checked(False)
            self.keyring_status.setText("Nothing to remember: you are not signed in.")
            return
        site = self.ctx.site
        self._keyring(lambda: credentials.remember(site, cookies), self._remembered, "Remembering")

    def _remembered(self, _result: object) -> None:
        self._idle()
        self.keyring_status.setText(
            "Remembered in your system's keyring. “Forget me” deletes it again."
        )

    def forget(self) -> None:
        from wizard import credentials

        site = self.ctx.site
        self._keyring(lambda: credentials.forget(site), self._forgotten, "Forgetting")

    def _forgotten(self, removed: object) -> None:
        self._idle()
        self._set_checked(False)
        self.keyring_status.setText(
            "Forgotten: your session was deleted from the keyring."
            if removed
            else "Nothing was remembered, so there was nothing to delete."
        )

    def _keyring_failed(self, error: object) -> None:
        from wizard import credentials

        self._idle()
        self._set_checked(False)
        if isinstance(error, credentials.KeyringProblem):
            self.keyring_status.setText(f"{error} The wizard goes on without remembering you.")
        elif isinstance(error, ValueError):
            self.keyring_status.setText("Nothing to remember: you are not signed in.")
        else:
            self.keyring_status.setText(f"The keyring could not be used: {error}")

    def shutdown(self) -> None:
        if self._call is not None:
            self._call.wait()

    def _open_link(self, url: str) -> None:
        from PySide6.QtCore import QUrl

        self.ctx.open_external(QUrl(url))
