"""Later checks, on the Done screen: remember the session (only in the OS keyring),
forget it, and the monthly re-check that needs it.

Keyring calls may wait on an unlock prompt, and the scheduler (systemctl) on a busy
bus, so both run off the GUI thread. The monthly box shows the job as it really is
(its program there, the scheduler answering, what it last found), never only that its
files exist; where nothing can be scheduled, a calendar reminder is offered instead.
"""

from __future__ import annotations

import logging
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
)

from wizard.base.i18n import long_date_time
from wizard.engine.laterchecks import LaterChecksState, another_account
from wizard.gui.context import WizardContext
from wizard.gui.widgets import Details, GreyedReason

if TYPE_CHECKING:  # the scheduler module loads when a job is first set up
    from wizard.proof.laterruns import LaterRun
    from wizard.proof.schedule import JobStatus, Scheduled, Scheduler


log = logging.getLogger(__name__)


class LaterChecks(QGroupBox):
    scheduleChanged = Signal()  # a job was installed or removed (or could not be)

    def __init__(self, ctx: WizardContext) -> None:
        super().__init__()
        self.setTitle(self.tr("Later checks"))
        self.ctx = ctx
        self.remember = QCheckBox(self.tr("&Remember me on this computer, for later checks"))
        self.remember.setAccessibleName(self.tr("Remember me on this computer, for later checks"))
        self.remember.setAccessibleDescription(
            self.tr(
                "Keeps your LinkedIn session, never your password, in your computer's "
                "password store."
            )
        )
        self.remember.toggled.connect(self._remember_toggled)
        remember_help = QLabel(
            self.tr(
                "Keeps your LinkedIn session (never your password) in your computer's password "
                "store (its keyring), so the check can run again later without signing in. "
                "Nothing is kept anywhere else."
            )
        )
        remember_help.setWordWrap(True)
        self.details = Details(parent=self)  # the terminal command: for those who use one
        self.details.set_text(self.tr("From a terminal, the same check: optout-wizard verify"))
        self.forget_button = QPushButton(self.tr("F&orget me"))
        self.forget_button.setAccessibleName(self.tr("Forget me: delete the remembered session"))
        self.forget_button.clicked.connect(self.forget)
        self.keyring_status = QLabel()
        self.keyring_status.setWordWrap(True)
        self.keyring_status.setAccessibleName(self.tr("Password store status"))
        forget_row = QHBoxLayout()
        forget_row.addWidget(self.forget_button)
        forget_row.addWidget(self.keyring_status, 1)

        self.monthly = QCheckBox(self.tr("Check again every &month"))
        self.monthly.setAccessibleName(self.tr("Check again every month"))
        self.monthly.setAccessibleDescription(
            self.tr(
                "Runs the check once a month and shows a notification if a setting is not off. "
                "Needs the session remembered."
            )
        )
        self.monthly.setEnabled(False)
        self.monthly.toggled.connect(self._monthly_toggled)
        self.tomorrow = QCheckBox(self.tr("Check again &tomorrow"))
        self.tomorrow.setAccessibleName(self.tr("Check again tomorrow"))
        self.tomorrow.setAccessibleDescription(
            self.tr(
                "LinkedIn says changes to ad settings may take up to 24 hours: checks once "
                "more a day from now. Needs the session remembered."
            )
        )
        self.tomorrow.setEnabled(False)
        self.tomorrow.hide()  # shown only when this run switched something off
        self.tomorrow.toggled.connect(self._tomorrow_toggled)
        if ctx.services.scheduler is None:
            self.monthly.hide()  # practice mode: nothing runs later
        self._monthly_greyed = GreyedReason(
            self.monthly,
            QLabel(),
            self.tr(
                "Greyed out until you tick “Remember me” above: the later check signs in "
                "with the remembered session."
            ),
        )
        self.schedule_status = QLabel()
        self.schedule_status.setWordWrap(True)
        self.schedule_status.setAccessibleName(self.tr("Monthly check status"))
        # Where the system's scheduler cannot run the check: a reminder to check by hand.
        self.reminder_button = QPushButton(self.tr("Add a monthly r&eminder to my calendar…"))
        self.reminder_button.setAccessibleName(self.tr("Add a monthly reminder to my calendar"))
        self.reminder_button.setAccessibleDescription(
            self.tr(
                "Saves a calendar file with a monthly reminder to check your settings, and "
                "opens it in your calendar."
            )
        )
        self.reminder_button.clicked.connect(self.save_reminder)
        self.reminder_button.hide()

        layout = QVBoxLayout(self)
        layout.addWidget(self.remember, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(remember_help)
        layout.addWidget(self.details)
        layout.addLayout(forget_row)
        layout.addWidget(self.monthly, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self._monthly_greyed.label)
        layout.addWidget(self.tomorrow, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.schedule_status)
        layout.addWidget(self.reminder_button, 0, Qt.AlignmentFlag.AlignLeft)
        self._call: Any = None
        self._scheduling: list[Any] = []  # one per box at most: a box waits, disabled
        self.monthly_allowed = False  # a session is remembered for the job to use
        self._account: str | None = None  # whose session the choices above are about
        self._forgot = False  # the session this run signed in with was forgotten
        if ctx.services.scheduler is not None and ctx.services.scheduler.installed():
            self.monthly_allowed = True  # it was set up with a session remembered
            self.monthly.setEnabled(True)

    def refresh(self) -> None:
        """The Done screen opens: offer the re-check after LinkedIn's delay if this
        run switched something off. Another account starts unremembered."""
        account = self.ctx.account_name()
        if another_account(self._account, account) and not self.busy():
            self._set_checked(self.remember, False)
            self.keyring_status.clear()
            self._forgot = False
        self._account = account
        self._offer_forget()
        self.tomorrow.setVisible(self.rules().tomorrow_shown)
        self._look_at_the_job()

    def _look_at_the_job(self) -> None:
        """The monthly job as it really is, asked off the GUI thread (systemctl)."""
        from wizard.gui.background import BackgroundCall

        scheduler = self.ctx.services.scheduler
        if scheduler is None or not scheduler.installed() or self.busy():
            return
        runs = self.ctx.services.later_runs

        def look() -> tuple[JobStatus, LaterRun | None]:
            return scheduler.status(), runs.last() if runs is not None else None

        self.monthly.setEnabled(False)
        self.schedule_status.setText(self.tr("Looking at the monthly check…"))
        call = BackgroundCall(look, self)
        call.done.connect(self._job_seen)
        call.failed.connect(lambda error: self._job_seen((None, None)))
        self._scheduling = [c for c in self._scheduling if c.running()] + [call]
        call.start()

    def _job_seen(self, seen: tuple[JobStatus | None, LaterRun | None]) -> None:
        status, last = seen
        working = status is not None and status.working
        self._set_checked(self.monthly, working)
        self.monthly.setEnabled(self.rules().monthly_offered)
        words = status.sentence() if status is not None else ""
        if working and last is not None:
            words += " " + self.tr("Last time: {what}").format(what=last.sentence)
        self.schedule_status.setText(words)
        self.reminder_button.setVisible(status is not None and status.answered is not True)
        self.scheduleChanged.emit()

    def save_reminder(self) -> None:
        """A monthly reminder for the member's calendar (.ics), saved where they say,
        then opened (their calendar takes it from there)."""
        from pathlib import Path

        from wizard.proof.schedule import save_reminder

        default = str(Path.home() / "linkedin-optout-check.ics")
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save a monthly reminder"),
            default,
            self.tr("Calendar files (*.ics)"),
        )
        if not path:
            return
        try:
            saved = save_reminder(Path(path))
        except OSError as exc:
            self.schedule_status.setText(
                self.tr("The reminder could not be saved: {why}").format(why=exc.strerror or exc)
            )
            return
        self.schedule_status.setText(
            self.tr("Saved {path}. Open it to add the reminder to your calendar.").format(
                path=saved
            )
        )
        self.ctx.services.open_external(QUrl.fromLocalFile(str(saved)))

    def rules(self) -> LaterChecksState:
        """What the later checks' rules (engine/laterchecks.py) are told now."""
        services = self.ctx.services
        return LaterChecksState(
            remember_ticked=self.remember.isChecked(),
            signed_in_as=self.ctx.record.signed_in_as,
            forgot=self._forgot,
            session_remembered=self.monthly_allowed,
            switched_off=frozenset(self.ctx.record.switched),
            has_monthly_scheduler=services.scheduler is not None,
            has_once_scheduler=services.once_scheduler is not None,
        )

    def _offer_forget(self) -> None:
        """ "Forget me" only when something is remembered: ticked in this run, or the
        session this run signed in with came from the keyring. Greyed out, it says why."""
        remembered = self.rules().forget_offered
        self.forget_button.setEnabled(remembered and not self.busy())
        self.forget_button.setToolTip(
            "" if remembered else self.tr("Nothing was remembered for this account in this run.")
        )
        self.forget_button.setAccessibleDescription(self.forget_button.toolTip())

    def busy(self) -> bool:
        return any(c is not None and c.running() for c in (self._call, *self._scheduling))

    def shutdown(self) -> None:
        for call in (self._call, *self._scheduling):
            if call is not None:
                call.wait()

    @staticmethod
    def _set_checked(box: QCheckBox, checked: bool) -> None:
        box.blockSignals(True)
        box.setChecked(checked)
        box.blockSignals(False)

    # The keyring

    def _keyring(self, fn: Any, done: Any, doing: str) -> None:
        from wizard.gui.background import keyring_call

        controls = [self.remember, self.forget_button]
        self._call = keyring_call(
            self, fn, done, self._keyring_failed, self.keyring_status, doing, controls
        )

    def _idle(self) -> None:
        if self._call is not None:
            self._call.wait()
        self.remember.setEnabled(True)
        self._offer_forget()

    def _remember_toggled(self, checked: bool) -> None:
        from wizard.secrets import credentials

        if not checked:
            self.forget()
            return
        session = self.ctx.session.as_session() if self.ctx.has_session() else None
        if session is None:
            self._set_checked(self.remember, False)
            self.keyring_status.setText(self.tr("Nothing to remember: you are not signed in."))
            return
        site, account = self.ctx.site, self.ctx.account_name()
        self._keyring(
            lambda: credentials.remember(site, session, account),
            self._remembered,
            self.tr("Remembering"),
        )

    def _remembered(self, _result: object) -> None:
        self._idle()
        self.keyring_status.setText(
            self.tr("Remembered in your computer's password store. “Forget me” deletes it again.")
        )
        self.monthly_allowed = True
        rules = self.rules()
        self.monthly.setEnabled(rules.monthly_offered)
        self.tomorrow.setEnabled(rules.tomorrow_offered)

    def forget(self) -> None:
        from wizard.secrets import credentials

        site, account = self.ctx.site, self.ctx.account_name()

        def forget() -> tuple[bool, int]:
            return credentials.forget(site, account), len(credentials.accounts(site))

        self._keyring(forget, self._forgotten, self.tr("Forgetting"))

    def _forgotten(self, outcome: tuple[bool, int]) -> None:
        removed, remaining = outcome
        self._forgot = True
        self._set_checked(self.remember, False)
        self._idle()
        self.keyring_status.setText(
            self.tr("Forgotten: your session was deleted from the password store.")
            if removed
            else self.tr("Nothing was remembered, so there was nothing to delete.")
        )
        if remaining:
            return  # the later checks go on for the other accounts remembered
        self.monthly_allowed = False
        for box in (self.monthly, self.tomorrow):
            if box.isChecked():
                box.setChecked(False)  # it cannot run without the session
            box.setEnabled(False)

    def _keyring_failed(self, error: object) -> None:
        from wizard.secrets import credentials

        self._set_checked(self.remember, False)
        self._idle()
        if isinstance(error, credentials.KeyringProblem):
            log.warning("not remembered: %s", credentials.described(error))
            self.keyring_status.setText(
                f"{error} " + self.tr("The wizard goes on without remembering you.")
            )
        elif isinstance(error, ValueError):
            self.keyring_status.setText(self.tr("Nothing to remember: you are not signed in."))
        else:
            self.keyring_status.setText(
                self.tr("The password store could not be used: {why}").format(why=error)
            )

    # The monthly check

    def _monthly_toggled(self, checked: bool) -> None:
        self._schedule(self.monthly, self.ctx.services.scheduler, checked, None)

    def _tomorrow_toggled(self, checked: bool) -> None:
        # A day after now, on the minute: LinkedIn's "up to 24 hours" has passed.
        when = (datetime.now() + timedelta(days=1, minutes=1)).replace(second=0, microsecond=0)
        self._schedule(self.tomorrow, self.ctx.services.once_scheduler, checked, when)

    def _schedule(
        self, box: QCheckBox, scheduler: Scheduler | None, checked: bool, when: datetime | None
    ) -> None:
        """Install or remove a job off the GUI thread: systemctl, launchctl and
        schtasks can each take seconds (systemctl waits up to 30 s on a busy bus)."""
        from wizard.gui.background import BackgroundCall

        if scheduler is None:
            return
        site, extras, lang = self.ctx.site, sorted(self.ctx.extras), self.ctx.services.lang

        def change() -> Scheduled:
            # The job speaks the member's language: its notifications, its history.
            return scheduler.install(site, when, extras, lang) if checked else scheduler.remove()

        box.setEnabled(False)
        self.schedule_status.setText(
            self.tr("Setting up the next check…") if checked else self.tr("Cancelling the check…")
        )
        call = BackgroundCall(change, self)
        call.done.connect(lambda outcome: self._scheduled(box, checked, when, outcome))
        call.failed.connect(lambda error: self._schedule_failed(box, checked, error))
        self._scheduling = [c for c in self._scheduling if c.running()] + [call]
        call.start()

    def _schedule_failed(self, box: QCheckBox, checked: bool, error: object) -> None:
        box.setEnabled(self._can_schedule(box))
        self._set_checked(box, not checked)
        self.schedule_status.setText(
            self.tr("The monthly check could not be changed: {why}").format(why=error)
        )
        self.scheduleChanged.emit()

    def _can_schedule(self, box: QCheckBox) -> bool:
        rules = self.rules()
        return rules.monthly_offered if box is self.monthly else rules.tomorrow_offered

    def _scheduled(
        self, box: QCheckBox, checked: bool, when: datetime | None, outcome: Scheduled
    ) -> None:
        box.setEnabled(self._can_schedule(box))
        self._set_checked(box, outcome.installed)
        if when is not None and outcome.installed:
            self.schedule_status.setText(
                self.tr("The check runs once more on {when}.").format(when=long_date_time(when))
            )
        elif when is not None and not checked:
            self.schedule_status.setText(self.tr("The check tomorrow is cancelled."))
        else:
            self.schedule_status.setText(outcome.message)
        # Nothing could be set up: the calendar is the way left.
        self.reminder_button.setVisible(checked and not outcome.installed)
        self.scheduleChanged.emit()
