"""Verify: the independent check, run in a worker thread, with live progress per
setting, Cancel, and per setting its state, reason and picture."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QWizard,
)

from wizard.base.i18n import browser_locale
from wizard.catalog.model import OptOut
from wizard.check.progress import Progress
from wizard.gui.announce import announce
from wizard.gui.context import WizardContext
from wizard.gui.screen import COLUMN_WIDTH, Screen
from wizard.gui.style import SECTION, mark_primary, scaled
from wizard.gui.widgets import (
    Details,
    Thumbnail,
    headline_label,
    report_headline,
    show_badge,
    show_headline,
)
from wizard.reading.result import Check, Report, State

if TYPE_CHECKING:  # loaded when the check first runs
    from wizard.check.verify import OnAnswer, OnProgress, Verification
    from wizard.gui.browserinstall import BrowserInstaller
    from wizard.gui.verifyworker import VerifyWorker


class ResultRow(QFrame):
    """One setting: its progress while checking, then its state, reason and picture."""

    def __init__(self, optout: OptOut, on_fix: Callable[[str, Check | None], None]) -> None:
        super().__init__()
        self.optout = optout
        self.setObjectName("resultRow")
        self.setStyleSheet(
            "#resultRow { border: 1px solid palette(mid); border-radius: 6px;"
            " background: palette(base); }"
        )
        self.title = QLabel(optout.title)
        self.title.setWordWrap(True)
        scaled(self.title, SECTION)
        self.state = QLabel(self.tr("Not checked yet"))
        self.state.setAccessibleName(self.tr("{title}: result").format(title=optout.title))
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setMaximumWidth(160)
        self.busy.setAccessibleName(self.tr("{title}: checking").format(title=optout.title))
        self.busy.hide()
        self.reason = QLabel()
        self.reason.setWordWrap(True)
        self.reason.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # The picture at its own size (a switch and its label), shrunk only to fit the
        # column; a click shows it whole.
        self.picture = Thumbnail(
            self.tr("{title}: picture of the switch").format(title=optout.title),
            max_width=COLUMN_WIDTH - 48,
            max_height=180,
        )
        # No access key: one such button per setting, each named for its setting.
        self.fix = QPushButton(self.tr("Fix this"))
        self.fix.setAccessibleName(self.tr("Fix this: {title}").format(title=optout.title))
        self.fix.clicked.connect(lambda: on_fix(optout.id, self.check))
        self.fix.hide()
        grid = QGridLayout(self)
        grid.setContentsMargins(16, 16, 16, 16)
        grid.setSpacing(8)
        grid.addWidget(self.title, 0, 0, 1, 3)
        grid.addWidget(self.state, 1, 0)
        grid.addWidget(self.busy, 1, 1)
        grid.addWidget(self.fix, 1, 2)
        grid.addWidget(self.reason, 2, 0, 1, 3)
        grid.addWidget(self.picture, 3, 0, 1, 3, Qt.AlignmentFlag.AlignLeft)
        grid.setColumnStretch(0, 1)
        self.check: Check | None = None

    def step(self, step: str) -> None:
        words = {
            "waiting": self.tr("Waiting…"),
            "opening": self.tr("Opening the page…"),
            "reading": self.tr("Reading the switch…"),
            "done": self.tr("Done"),
        }
        self.busy.setVisible(step != "done")
        show_badge(self.state, None)
        self.state.setText(words.get(step, step))

    def waiting(self) -> None:
        self.check = None
        self.step("waiting")
        self.reason.clear()
        self.picture.hide()
        self.fix.hide()

    def clear(self) -> None:
        """Nothing checked (another account's run begins)."""
        self.waiting()
        self.busy.hide()
        self.state.setText(self.tr("Not checked yet"))
        self.state.setAccessibleDescription("")

    def show_check(self, check: Check, final: bool = True) -> None:
        self.check = check
        self.busy.hide()
        show_badge(self.state, check)
        self.state.setAccessibleDescription(check.reason)
        self.reason.setText(check.reason)
        title = self.optout.title
        if check.state is State.CHALLENGE:
            # LinkedIn wants a person: the member finishes it in the wizard's own view.
            self.fix.setText(self.tr("Finish the security check"))
            self.fix.setAccessibleName(
                self.tr("Finish the security check in the wizard: {title}").format(title=title)
            )
        else:
            self.fix.setText(self.tr("Fix this"))
            self.fix.setAccessibleName(self.tr("Fix this: {title}").format(title=title))
        # Nothing to fix when it is done (off, or not offered); signed out: one "Sign in
        # again" for the whole check, not one per setting.
        self.fix.setVisible(final and not check.done and check.state is not State.SIGNED_OUT)
        self.picture.describe(check, title)
        self.picture.show_file(check.evidence)


class VerifyScreen(Screen):
    def __init__(self, ctx: WizardContext) -> None:
        super().__init__(ctx, expanding=True, column=True)
        self.setTitle(self.tr("Verify my settings"))
        self.setSubTitle(self.tr("An independent check of each setting, with a picture as proof."))
        about = QLabel(
            self.tr(
                "The check starts by itself: it opens each setting's page again, on its own, "
                "reads the switch, and keeps a picture of it as proof."
            )
        )
        about.setWordWrap(True)
        self.verify_button = QPushButton(self.tr("&Verify my settings"))
        self.verify_button.setAccessibleName(self.tr("Verify my settings"))
        self.verify_button.clicked.connect(self.start)
        self.cancel_button = QPushButton(self.tr("Cancel c&heck"))
        self.cancel_button.setAccessibleName(self.tr("Cancel the check"))
        self.cancel_button.clicked.connect(self.cancel)
        self.cancel_button.setEnabled(False)
        self.install_button = QPushButton(self.tr("&Install a browser for the check"))
        self.install_button.setAccessibleName(self.tr("Install a browser for the check"))
        self.install_button.clicked.connect(self.install_browser)
        self.install_button.hide()
        self.sign_in_button = QPushButton(self.tr("&Sign in again and check again"))
        self.sign_in_button.setAccessibleName(self.tr("Sign in again and check again"))
        self.sign_in_button.clicked.connect(self.sign_in_again)
        self.sign_in_button.hide()
        self.install_progress = QProgressBar()
        self.install_progress.setRange(0, 100)
        self.install_progress.setAccessibleName(self.tr("Browser download"))
        self.install_progress.hide()
        # How far the check has come: settings done, of those chosen.
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("The check's progress"))
        self.progress.setTextVisible(False)
        self.progress.hide()
        buttons = QHBoxLayout()
        buttons.addWidget(self.verify_button)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.install_button)
        buttons.addWidget(self.sign_in_button)
        buttons.addStretch()

        self.headline = headline_label()  # the answer, in one large sentence
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("Check summary"))
        self.details = Details()  # the browser used: for the technically curious
        self.details.hide()
        self.rows = {o.id: ResultRow(o, self.fix) for o in ctx.catalog.optouts}

        layout = self.body
        layout.addWidget(about)
        layout.addLayout(buttons)
        layout.addWidget(self.install_progress)
        layout.addWidget(self.progress)
        layout.addWidget(self.headline)
        layout.addWidget(self.summary)
        layout.addWidget(self.details)
        for row in self.rows.values():
            layout.addWidget(row)
        layout.addStretch()
        # Shown or hidden only once in the layout: a row without a parent made visible
        # is a window of its own (it took the keyboard from the wizard's).
        ctx.choiceChanged.connect(self._show_chosen)
        self._show_chosen()
        self._done: set[str] = set()
        self._listing = False  # the check is reading LinkedIn's lists too
        self.worker: VerifyWorker | None = None
        self.installer: BrowserInstaller | None = None

    def _show_chosen(self) -> None:
        """Rows for the settings in this run only; a changed choice needs a new check."""
        chosen = {o.id for o in self.ctx.chosen()}
        for optout_id, row in self.rows.items():
            row.setVisible(optout_id in chosen)
        record = self.ctx.record
        if record.report is not None and not record.check_holds_for(chosen):
            record.forget_check()
            self.completeChanged.emit()

    def initializePage(self) -> None:
        self.verify_button.setDefault(True)
        self.verify_button.setFocus()
        if self.ctx.record.report is None and not self.running():
            self._clear()  # another account, or a choice changed: nothing shown is current
            # As the screen says: the check starts by itself (once the screen is drawn).
            QTimer.singleShot(0, self._start_when_shown)

    def _start_when_shown(self) -> None:
        if self.current() and self.ctx.record.report is None:
            self.start()
            self.cancel_button.setFocus()

    def _clear(self) -> None:
        for row in self.rows.values():
            row.clear()
        self._mark_fix(None)
        self.summary.clear()
        self.headline.clear()
        self.details.hide()
        self.install_button.hide()
        self.sign_in_button.hide()
        self.verify_button.setText(self.tr("&Verify my settings"))
        self.verify_button.setAccessibleName(self.tr("Verify my settings"))

    def isComplete(self) -> bool:
        return self.ctx.record.report is not None and not self.running()

    def running(self) -> bool:
        return self.worker is not None and self.worker.running()

    def start(self) -> None:
        from wizard.check.verify import Verification
        from wizard.gui.verifyworker import VerifyWorker

        if self.running():
            return
        # The session as LinkedIn knows it: its cookies and the browser they belong to.
        session = self.ctx.session.as_session() if self.ctx.has_session() else None
        evidence = self.ctx.evidence_dir()
        chosen = self.ctx.chosen()
        if self.ctx.has_session():
            self.ctx.pane().rest()

        def make(progress: OnProgress, answered: OnAnswer) -> Verification:
            return Verification(
                self.ctx.site,
                self.ctx.catalog,
                chosen,
                cookies=session.cookies if session else (),
                identity=session.identity if session else None,
                evidence_dir=evidence,
                progress=progress,
                on_answer=answered,
                locale=browser_locale(self.ctx.lang),
                gpc=self.ctx.gpc,
                **self.ctx.services.verify_options,
            )

        self.ctx.record.forget_check()
        for optout in chosen:
            self.rows[optout.id].waiting()
        self._mark_fix(None)
        self._done = set()
        self._listing = False
        self.progress.setRange(0, len(chosen))
        self.progress.setValue(0)
        self.progress.show()
        self.summary.setText(self.tr("Starting the check…"))
        self.worker = worker = VerifyWorker(make, self)
        worker.progress.connect(self._progress)
        worker.answered.connect(self._answered)
        worker.finished.connect(self._finished)
        worker.failed.connect(self._failed)
        worker.cancelled.connect(self._cancelled)
        self.verify_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self.install_button.hide()
        self.sign_in_button.hide()
        self.completeChanged.emit()
        worker.start()

    def cancel(self) -> None:
        if self.worker is not None:
            self.cancel_button.setEnabled(False)
            self.summary.setText(self.tr("Cancelling…"))
            self.worker.cancel()

    def _progress(self, optout_id: str, step: str) -> None:
        if optout_id in self.rows:
            row = self.rows[optout_id]
            if row.check is None:  # its answer, once come, stays shown
                row.step(step)
            if step == Progress.DONE:
                self._done.add(optout_id)
            chosen = self.ctx.chosen()
            self.progress.setValue(len(self._done))
            working = [o for o in chosen if o.id not in self._done]
            if not working and self._listing:
                self.summary.setText(self._listing_words())
            if working:
                # "Checking 2 of 6: Ads off LinkedIn…", as the settings are reached.
                here = next((o for o in working if o.id == optout_id), working[0])
                self.summary.setText(
                    self.tr("Checking {n} of {count}: {title}…").format(
                        n=len(self._done) + 1, count=len(chosen), title=here.title
                    )
                )
        elif step == Progress.BROWSER:
            self.summary.setText(self.tr("Starting the browser for the check…"))
        elif step == Progress.LISTING:
            # Beside the settings: said once they are all read, if it is still going.
            self._listing = True
            if self._done >= {o.id for o in self.ctx.chosen()}:
                self.summary.setText(self._listing_words())

    def _answered(self, check: Check) -> None:
        """A setting's answer, shown as soon as it is read (its picture too): the report,
        which may still wait for LinkedIn's lists, confirms it. What to fix is offered
        with the report."""
        row = self.rows.get(check.optout_id)
        if row is not None and self.running():
            row.show_check(check, final=False)

    def _listing_words(self) -> str:
        return self.tr("Reading LinkedIn's lists of settings, to notice any it added…")

    def _finished(self, report: Report) -> None:
        from wizard.proof.aftercheck import after_check

        assert self.worker is not None
        self.worker.wait()
        done = after_check(report, self.ctx.services.history, self.worker.output_problems())
        self.ctx.record.keep(done)
        for check in report.checks:
            if check.optout_id in self.rows:
                self.rows[check.optout_id].show_check(check)
        self._mark_fix(report)
        show_headline(self.headline, report)
        self.summary.setText("\n".join((*done.notices, *done.problems)))
        self.details.set_text(self.tr("Browser: {browser}").format(browser=report.browser))
        # No browser could be started: offer to install Playwright's own.
        self.install_button.setVisible(report.browser == "none" and self.ctx.has_session())
        self.sign_in_button.setVisible(done.signed_out)
        self._idle()
        if done.signed_out:
            self.sign_in_button.setDefault(True)
            self.sign_in_button.setFocus()  # the focus moves: the button is read
            self.ctx.signedOut.emit()  # a remembered session used for this run has ended
        else:
            self._focus_what_follows()
            announce(self.headline, report_headline(report))  # the answer, said

    def _focus_what_follows(self) -> None:
        """The focus was on Cancel, now hidden: it goes to what the answer asks for
        (the first Fix this, or Next), not to whatever follows in the tab order
        (Details, which Enter then opened)."""
        first = next((row.fix for row in self.rows.values() if row.fix.property("primary")), None)
        wizard = self.wizard()
        if first is not None:
            first.setFocus()
        elif wizard is not None and self.current():
            wizard.button(QWizard.WizardButton.NextButton).setFocus()

    def _failed(self, message: str) -> None:
        if self.worker is not None:
            self.worker.wait()
        self.summary.setText(message)
        for row in self.rows.values():
            row.busy.hide()
            row.state.setText(self.tr("Not checked"))
        self._idle()

    def _cancelled(self) -> None:
        if self.worker is not None:
            self.worker.wait()
        self.summary.setText(
            self.tr("Cancelled: nothing was checked. Press “Verify again” to start over.")
        )
        for row in self.rows.values():
            row.busy.hide()
            row.state.setText(self.tr("Not checked"))
        self._idle()

    def _mark_fix(self, report: Report | None) -> None:
        """A setting still on: its "Fix this" is the one thing to do (the first such),
        not Next."""
        first = None
        if report is not None:
            first = next(
                (
                    self.rows[c.optout_id].fix
                    for c in report.checks
                    if c.state is State.ON and c.optout_id in self.rows
                ),
                None,
            )
        for row in self.rows.values():
            mark_primary(row.fix, row.fix is first)
        self.completeChanged.emit()  # the window marks Next again

    def has_primary_action(self) -> bool:
        return any(bool(row.fix.property("primary")) for row in self.rows.values())

    def _idle(self) -> None:
        self.progress.hide()
        self.verify_button.setEnabled(True)
        self.verify_button.setText(self.tr("Verify &again"))
        self.verify_button.setAccessibleName(self.tr("Verify again"))
        self.cancel_button.setEnabled(False)
        self.completeChanged.emit()

    def fix(self, optout_id: str, check: Check | None = None) -> None:
        if check is not None and check.state is State.CHALLENGE and check.url:
            self.finishSecurityCheck.emit(optout_id, check.url)
        else:
            self.goToSetting.emit(optout_id)

    def sign_in_again(self) -> None:
        self.signInAndCheckAgain.emit()

    # No browser: install Playwright's own.

    def install_browser(self) -> None:
        from wizard.gui.browserinstall import BrowserInstaller

        self.installer = installer = BrowserInstaller(self.ctx.services.install_command, self)
        installer.progress.connect(self.install_progress.setValue)
        installer.finished.connect(self._installed)
        self.install_progress.setValue(0)
        self.install_progress.show()
        self.install_button.setEnabled(False)
        self.verify_button.setEnabled(False)
        self.summary.setText(self.tr("Downloading a browser for the check (about 100 MB)…"))
        installer.start()

    def _installed(self, ok: bool, message: str) -> None:
        self.summary.setText(message + (" " + self.tr("Press “Verify again”.") if ok else ""))
        self.install_button.setEnabled(True)
        self.install_button.setVisible(not ok)
        self.install_progress.setVisible(not ok and self.install_progress.value() > 0)
        self.verify_button.setEnabled(True)

    def shutdown(self) -> None:
        """Closing the window: stop the check and the download, and wait for the thread."""
        if self.worker is not None and self.worker.running():
            self.worker.cancel()
            self.worker.wait()
        if self.installer is not None:
            self.installer.cancel()
