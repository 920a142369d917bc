"""The wizard window: the screens in order, the branching between them, and a
clean close (check stopped, pages deleted before their profile)."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QWidget, QWizard

from wizard.engine.steps import PageId, Steps
from wizard.gui.about import AboutDialog
from wizard.gui.context import WizardContext
from wizard.gui.donescreen import DoneScreen
from wizard.gui.optoutscreen import OptOutScreen
from wizard.gui.signinscreen import SignInScreen
from wizard.gui.verifyscreen import VerifyScreen
from wizard.gui.welcomescreen import WelcomeScreen


class OptOutWizard(QWizard):
    def __init__(
        self, ctx: WizardContext, remember_geometry: bool = True, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._remember_geometry = remember_geometry
        title = self.tr("LinkedIn opt-out wizard")
        self.setWindowTitle(
            self.tr("{title} — Practice").format(title=title) if ctx.practice else title
        )
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage)
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("&Close"))
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Next"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("&Back"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Finish"))
        self.setOption(QWizard.WizardOption.HaveCustomButton1)
        self.setButtonText(QWizard.WizardButton.CustomButton1, self.tr("Abo&ut…"))
        self.customButtonClicked.connect(self._custom_button)

        self.steps = Steps(ctx.catalog.ids())
        self.welcome_screen = WelcomeScreen(ctx)
        self.sign_in_screen = SignInScreen(ctx)
        self.setPage(PageId.WELCOME, self.welcome_screen)
        self.setPage(PageId.SIGN_IN, self.sign_in_screen)
        # A screen for each chosen setting, made when it is first chosen (the optional
        # ones cost start-up time otherwise); one no longer chosen is passed over
        # (nextId) and numbered out of the steps.
        self.optout_screens: dict[str, OptOutScreen] = {}
        ctx.choiceChanged.connect(self._number_steps)
        self._number_steps()
        # Not `self.done`/`self.verify`: a Python attribute named like a Qt virtual
        # (QDialog.done) shadows it, and Qt's close then calls a widget.
        self.verify_screen = VerifyScreen(ctx)
        self.done_screen = DoneScreen(ctx)
        self.setPage(PageId.VERIFY, self.verify_screen)
        self.setPage(PageId.DONE, self.done_screen)
        self.done_screen.anotherAccount.connect(self.another_account)
        self.setStartId(PageId.WELCOME)
        self.currentIdChanged.connect(self._entered)
        self.resize(1100, 860)
        if remember_geometry:
            self._restore_geometry()

    def nextId(self) -> int:
        chosen = [o.id for o in self.ctx.chosen()]
        return self.steps.after(self.currentId(), chosen, self.ctx.has_session())

    def step_ids(self) -> list[int]:
        """The page ids of the chosen settings' screens, in order."""
        return self.steps.settings(o.id for o in self.ctx.chosen())

    def _number_steps(self) -> None:
        chosen = self.ctx.chosen()
        for n, optout in enumerate(chosen, start=1):
            screen = self.optout_screens.get(optout.id)
            if screen is None:
                screen = self.optout_screens[optout.id] = OptOutScreen(self.ctx, optout)
                self.setPage(self.steps.of(optout.id), screen)
            screen.number(n, len(chosen))

    def _entered(self, page_id: int) -> None:
        """Screens that show a page take the shared browser pane whenever they become
        current: QWizard calls initializePage going forward only, not on Back."""
        page = self.page(page_id)
        enter = getattr(page, "enter", None)
        if enter is not None:
            enter()
        elif page_id == PageId.WELCOME:
            self.button(QWizard.WizardButton.NextButton).setFocus()  # Enter goes on

    def _custom_button(self, which: int) -> None:
        if which == QWizard.WizardButton.CustomButton1:
            self.show_about()

    def show_about(self) -> AboutDialog:
        dialog = AboutDialog(self.ctx, self)
        dialog.open()
        return dialog

    def go_to_optout(self, optout_id: str) -> None:
        """Fix this: back through the visited screens to that setting's screen."""
        target = self.steps.of(optout_id)
        if target not in self.visitedIds():
            return
        while self.currentId() != target:
            self.back()

    def go_to_sign_in(self) -> None:
        """The session ended: back to sign-in, or restart there if it was skipped."""
        if PageId.SIGN_IN in self.visitedIds():
            while self.currentId() != PageId.SIGN_IN:
                self.back()
        else:
            self.restart()

    def another_account(self) -> None:
        """Start over for another account, on a fresh profile, at the sign-in screen
        (the choices made on the Welcome screen stay)."""
        self.done_screen.shutdown()  # a keyring call in flight finishes first
        self.ctx.new_account()
        self.sign_in_screen.remembered.reset()
        self.restart()
        self.next()

    # Geometry only: the window remembers nothing sensitive.

    def _settings(self) -> QSettings:
        return QSettings("linkedin-optout-wizard", "window")

    def _restore_geometry(self) -> None:
        geometry = self._settings().value("geometry")
        if isinstance(geometry, QByteArray | bytes):
            self.restoreGeometry(geometry)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.verify_screen.shutdown()
        if self._remember_geometry:
            self._settings().setValue("geometry", self.saveGeometry())
        super().closeEvent(event)

    def shutdown(self) -> None:
        """After the window is closed: stop everything and free the web session."""
        self.verify_screen.shutdown()
        self.sign_in_screen.shutdown()
        self.done_screen.shutdown()
        self.ctx.close()
