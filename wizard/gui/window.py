"""The wizard window: the screens in order, the branching between them, and a
clean close (check stopped, pages deleted before their profile)."""

from __future__ import annotations

import threading
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QEvent, QObject, QSettings, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QLabel,
    QWidget,
    QWizard,
    QWizardPage,
)

from wizard.catalog.model import OptOut
from wizard.engine.steps import PageId, Steps
from wizard.gui import style
from wizard.gui.context import WizardContext
from wizard.gui.fit import place
from wizard.gui.screen import Screen
from wizard.gui.steppath import StepPath, step_titles
from wizard.gui.style import TITLE, mark_primary, scaled
from wizard.gui.welcomescreen import WelcomeScreen
from wizard.gui.widgets import composed_from_the_start, practice_marker

if TYPE_CHECKING:  # made after the first paint (build_rest): Welcome does not need them
    from PySide6.QtGui import QCloseEvent
    from PySide6.QtWidgets import QMessageBox

    from wizard.gui.about import AboutDialog
    from wizard.gui.donescreen import DoneScreen
    from wizard.gui.objectionscreen import ObjectionScreen
    from wizard.gui.optoutscreen import OptOutScreen
    from wizard.gui.signinscreen import SignInScreen
    from wizard.gui.verifyscreen import VerifyScreen


class OptOutWizard(QWizard):
    def __init__(
        self, ctx: WizardContext, remember_geometry: bool = True, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            style.apply(app)  # the type scale, focus ring and readable colours
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
        self.close_question: QMessageBox | None = None
        self.another_question: QMessageBox | None = None
        self._close_confirmed = False
        self._jump_to: int | None = None  # a setting's screen straight after Sign in
        self._here: Screen | None = None  # the screen entered last

        self.steps = Steps(ctx.catalog.ids())
        self.welcome_screen = WelcomeScreen(ctx)
        self._screen_added(self.welcome_screen)
        self.setPage(PageId.WELCOME, self.welcome_screen)
        # The other screens are made just after the first paint (a quick start: the
        # member reads Welcome meanwhile), or at once where something needs them first.
        # A screen for each chosen setting is made when it is first chosen (the optional
        # ones cost time otherwise); one no longer chosen is passed over (nextId) and
        # numbered out of the steps.
        self._rest: _Rest | None = None
        ctx.choiceChanged.connect(self._number_steps)
        self.installEventFilter(_AfterFirstPaint(self))
        composed_from_the_start(self)  # no black flash when the page first shows
        self.setStartId(PageId.WELCOME)
        # Every step, where the member is, what is done; practice says so once, here.
        self.path = StepPath(practice_marker() if ctx.practice else None)
        self.setSideWidget(self.path)
        self.currentIdChanged.connect(self._entered)
        self._title_label: QLabel | None = None  # the header's, scaled once found
        ctx.choiceChanged.connect(self.show_path)
        saved = self._saved_geometry() if remember_geometry else None
        place(self, saved)  # never larger than the screen (engine/fit.py)

    def build_rest(self) -> None:
        """Make the screens after Welcome, once (their modules load now too)."""
        if self._rest is not None:
            return
        from wizard.gui.donescreen import DoneScreen
        from wizard.gui.signinscreen import SignInScreen
        from wizard.gui.verifyscreen import VerifyScreen

        ctx = self.ctx
        rest = self._rest = _Rest(SignInScreen(ctx), VerifyScreen(ctx), DoneScreen(ctx))
        self._screen_added(rest.sign_in)
        self.setPage(PageId.SIGN_IN, rest.sign_in)
        self._number_steps()
        self._screen_added(rest.verify)
        self._screen_added(rest.done)
        self.setPage(PageId.VERIFY, rest.verify)
        self.setPage(PageId.DONE, rest.done)
        rest.done.anotherAccount.connect(self.another_account)
        rest.done.checkAgain.connect(self.check_again)
        rest.done.sendObjection.connect(self.send_objection)
        # While Welcome is read: the embedded browser's modules load (about 0.1 s, once),
        # so the first Next only starts the engine. Nothing runs: no engine, no page.
        QTimer.singleShot(0, _load_web_modules)

    def rest_built(self) -> bool:
        return self._rest is not None

    def _built(self) -> _Rest:
        self.build_rest()
        assert self._rest is not None
        return self._rest

    # The screens, made on first use. Not `self.done`/`self.verify`: a Python attribute
    # named like a Qt virtual (QDialog.done) shadows it, and Qt's close then calls a
    # widget.

    @property
    def sign_in_screen(self) -> SignInScreen:
        return self._built().sign_in

    @property
    def verify_screen(self) -> VerifyScreen:
        return self._built().verify

    @property
    def done_screen(self) -> DoneScreen:
        return self._built().done

    @property
    def optout_screens(self) -> dict[str, OptOutScreen]:
        return self._built().optouts

    @property
    def objection_screen(self) -> ObjectionScreen | None:
        """The objection form's screen, once the step was chosen."""
        return self._built().objection

    def page(self, page_id: int) -> QWizardPage:
        # A screen after Welcome asked for before it is made (a test, a bench): made now.
        if page_id != PageId.WELCOME:
            self.build_rest()
        return super().page(page_id)

    def validateCurrentPage(self) -> bool:
        # Next (QWizard.next) asks this before it looks the next screen up.
        self.build_rest()
        return super().validateCurrentPage()

    def nextId(self) -> int:
        if self._jump_to is not None and self.currentId() == PageId.SIGN_IN:
            return self._jump_to
        chosen = [o.id for o in self.ctx.chosen()]
        record = self.ctx.record
        return self.steps.after(
            self.currentId(),
            chosen,
            self.ctx.has_session(),
            record.back_to_check,
            self.ctx.objection_chosen,
        )

    def step_ids(self) -> list[int]:
        """The page ids of the chosen settings' screens, in order."""
        return self.steps.settings(o.id for o in self.ctx.chosen())

    def _number_steps(self) -> None:
        if self._rest is None:
            return  # build_rest numbers them
        from wizard.gui.optoutscreen import OptOutScreen

        chosen = self.ctx.chosen()
        screens = self._rest.optouts
        for n, optout in enumerate(chosen, start=1):
            screen = screens.get(optout.id)
            if screen is None:
                screen = screens[optout.id] = OptOutScreen(self.ctx, optout)
                self._screen_added(screen)
                self.setPage(self.steps.of(optout.id), screen)
            screen.number(n, len(chosen))
        if self.ctx.objection_chosen and self._rest.objection is None:
            from wizard.gui.objectionscreen import ObjectionScreen

            objection = self._rest.objection = ObjectionScreen(self.ctx)
            self._screen_added(objection)
            self.setPage(PageId.OBJECTION, objection)

    def show_path(self) -> None:
        titles = {**step_titles(), **{self.steps.of(o.id): o.title for o in self.ctx.chosen()}}
        chosen = [o.id for o in self.ctx.chosen()]
        record = self.ctx.record
        skipped = [i for i in chosen if record.skipped(i)]
        check_done = record.all_done() if record.report is not None else None
        sent = record.objection is not None if self.ctx.objection_chosen else None
        marks = self.steps.marks(
            chosen,
            self.currentId(),
            self.visitedIds(),
            skipped,
            record.done_by_setting(chosen),
            check_done,
            sent,
        )
        self.path.show_path([(page_id, titles[page_id], mark) for page_id, mark in marks])

    def _scale_header(self) -> None:
        """The screen's title at the type scale's size. QWizard's header has no API
        and its class is private: its title is the label outside the screens that
        shows the current screen's title (the same label for every screen)."""
        if self._title_label is not None:
            return
        page = self.currentPage()
        if page is None or not page.title():
            return
        for label in self.findChildren(QLabel):
            if label.text() == page.title() and not self._in_a_screen(label):
                scaled(label, TITLE)
                self._title_label = label
                # QWizard lays its header out again (room for the larger title) when
                # asked to change a format: the same one will do.
                self.setTitleFormat(self.titleFormat())
                return

    def _in_a_screen(self, widget: QWidget) -> bool:
        # Asked of Qt, not by walking the parents in Python: each private Qt class met
        # on the way is wrapped for Python the first time (13 ms before the first paint).
        return any(self.page(i).isAncestorOf(widget) for i in self.pageIds())

    def _mark_next(self) -> None:
        """Next (Finish, on the last screen) is the one thing to do once a screen is
        complete, unless the screen has its own (Switch it off for me)."""
        page = self.currentPage()
        own = isinstance(page, Screen) and page.has_primary_action()
        go_on = page is not None and page.isComplete() and not own
        for which in (QWizard.WizardButton.NextButton, QWizard.WizardButton.FinishButton):
            mark_primary(self.button(which), go_on)  # one of them shows

    def _screen_added(self, screen: Screen) -> None:
        """What a screen asks of the window (it never calls the window itself)."""
        screen.completeChanged.connect(self._mark_next)
        screen.completeChanged.connect(self.show_path)  # marks follow results at once
        screen.goToSetting.connect(self.go_to_optout)
        screen.goToSignIn.connect(self.go_to_sign_in)
        screen.signInAndCheckAgain.connect(self.sign_in_and_check_again)
        screen.finishSecurityCheck.connect(self.finish_security_check)
        screen.goOn.connect(self.next)

    def _entered(self, page_id: int) -> None:
        """The screen left lets go of what was only for it; the new one is entered
        (QWizard calls initializePage going forward only, not on Back)."""
        if page_id == PageId.VERIFY:
            self.ctx.record.back_to_check = False  # back at the check: done
        if page_id != PageId.SIGN_IN:
            self._jump_to = None
        if self._here is not None and self._here is not self.page(page_id):
            self._here.leave()
        self.show_path()
        self._scale_header()
        if page_id in self.step_ids():
            _load_check_modules()  # the check's modules, while the member works here
        page = self.page(page_id)
        self._here = page if isinstance(page, Screen) else None
        if self._here is not None:
            # A screen opens at its top, its headline in view, however far down it
            # was left (Done, after "Do this for another account").
            self._here.scroller.verticalScrollBar().setValue(0)
            self._here.scroller.horizontalScrollBar().setValue(0)
            self._here.enter()
        self._mark_next()
        if page_id == PageId.WELCOME:
            self.button(QWizard.WizardButton.NextButton).setFocus()  # Enter goes on

    def _custom_button(self, which: int) -> None:
        # PySide6 hands customButtonClicked a plain int, never equal to the enum member.
        if which == QWizard.WizardButton.CustomButton1.value:
            self.show_about()

    def show_about(self) -> AboutDialog:
        from wizard.gui.about import AboutDialog

        dialog = AboutDialog(self.ctx, self)
        dialog.open()
        return dialog

    def go_to_optout(self, optout_id: str) -> None:
        """Fix this: back through the visited screens to that setting's screen."""
        target = self.steps.of(optout_id)
        if target not in self.visitedIds():
            # Signed in again straight to the check: the setting's screen is reached
            # from Sign in, whose Next leads there once.
            if PageId.SIGN_IN not in self.visitedIds() or not self.ctx.has_session():
                return
            while self.currentId() != PageId.SIGN_IN:
                self.back()
            self._jump_to = target
            self.next()
            return
        while self.currentId() != target:
            self.back()

    def send_objection(self) -> None:
        """From Done: the objection form's step (chosen now if it was not), after the
        check as always; the check itself is not run again."""
        self.ctx.choose_objection(True)
        if self.objection_screen is None:
            return  # the catalog does not know the form
        while self.currentId() not in (PageId.VERIFY, PageId.OBJECTION, PageId.WELCOME):
            self.back()
        if self.currentId() == PageId.VERIFY:
            self.next()

    def sign_in_and_check_again(self) -> None:
        """LinkedIn ended the session during the check: sign in, then the check again."""
        self.ctx.record.back_to_check = True
        self.go_to_sign_in()

    def finish_security_check(self, optout_id: str, url: str) -> None:
        """LinkedIn asked the check for a security check: the member finishes it in the
        embedded view, on that setting's screen, which then reads the switch again."""
        screen = self.optout_screens.get(optout_id)
        if screen is not None:
            screen.open_next(url)
        self.go_to_optout(optout_id)

    def go_to_sign_in(self) -> None:
        """The session ended: back to sign-in, or restart there if it was skipped."""
        if PageId.SIGN_IN in self.visitedIds():
            while self.currentId() != PageId.SIGN_IN:
                self.back()
        else:
            self.restart()

    def check_again(self) -> None:
        """From Done: back to Verify, which checks afresh (LinkedIn's lists too)."""
        self.ctx.record.forget_check()
        while self.currentId() != PageId.VERIFY and self.currentId() != PageId.WELCOME:
            self.back()
        if self.currentId() == PageId.VERIFY:
            self.verify_screen.start()

    def another_account(self) -> None:
        """Start over for another account, on a fresh profile, at the sign-in screen
        (the choices made on the Welcome screen stay). With a setting of this account
        not confirmed off, it asks first, as Close and Finish do."""
        left = self.not_confirmed_off()
        if not left:
            self._another_account_now()
            return
        box, self.another_anyway, self.another_stay = self._leave_on_question(
            left,
            self.tr("Go on to another account?"),
            self.tr("&Go on to another account"),
        )
        box.buttonClicked.connect(
            lambda button: self._another_account_now() if button is self.another_anyway else None
        )
        self.another_question = box
        box.open()

    def _another_account_now(self) -> None:
        self.done_screen.shutdown()  # a keyring call in flight finishes first
        self.ctx.new_account()
        self.sign_in_screen.remembered.reset()
        self.restart()
        self.next()

    # Geometry only: the window remembers nothing sensitive.

    def _settings(self) -> QSettings:
        return QSettings("linkedin-optout-wizard", "window")

    def _saved_geometry(self) -> QByteArray | None:
        geometry = self._settings().value("geometry")
        if isinstance(geometry, bytes):
            return QByteArray(geometry)
        return geometry if isinstance(geometry, QByteArray) else None

    # Closing: never one keystroke away from leaving a setting on.

    def not_confirmed_off(self) -> list[OptOut]:
        """The chosen settings this run has not seen confirmed Off (engine/run.py)."""
        left = set(self.ctx.record.not_confirmed_off(o.id for o in self.ctx.chosen()))
        return [o for o in self.ctx.chosen() if o.id in left]

    def _ask_before_closing(self) -> bool:
        """True when a question is now open instead of closing; the answer closes."""
        if self._close_confirmed:
            return False
        left = self.not_confirmed_off()
        if not left:
            return False
        if self.close_question is not None and self.close_question.isVisible():
            return True
        box, self.close_anyway, self.stay = self._leave_on_question(
            left, self.tr("Close the wizard?"), self.tr("&Close anyway")
        )
        box.buttonClicked.connect(self._close_answered)
        self.close_question = box
        box.open()
        return True

    def _leave_on_question(
        self, left: list[OptOut], title: str, go: str
    ) -> tuple[QMessageBox, QAbstractButton, QAbstractButton]:
        """The question asked before leaving settings on (closing, finishing, another
        account): which ones, and that staying is the safe answer (Enter, Escape)."""
        from PySide6.QtWidgets import QMessageBox  # its class loads when first asked

        from wizard.reading.result import State

        names = "".join(f"<li>{escape(o.title)}</li>" for o in left)
        report = self.ctx.record.report
        found_on = report is not None and all(
            any(c.optout_id == o.id and c.state is State.ON for c in report.checks) for o in left
        )
        lead = self.tr("These are still on:") if found_on else self.tr("Not confirmed off yet:")
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(title)
        box.setTextFormat(Qt.TextFormat.RichText)
        box.setText(
            f"<p><b>{escape(lead)}</b></p><ul>{names}</ul><p>"
            + escape(
                self.tr(
                    "LinkedIn keeps using your data for these until they are off. "
                    "You can come back and finish at any time."
                )
            )
            + "</p>"
        )
        anyway = box.addButton(go, QMessageBox.ButtonRole.DestructiveRole)
        stay = box.addButton(self.tr("S&tay"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(stay)
        box.setEscapeButton(stay)
        return box, anyway, stay

    def _close_answered(self, button: object) -> None:
        if button is self.close_anyway:
            self._close_confirmed = True
            self.close()

    def reject(self) -> None:
        """Close (the Cancel button) and Escape ask first, as the window's own close does."""
        if not self._ask_before_closing():
            super().reject()

    def accept(self) -> None:
        """Finish asks first too, when a setting is not confirmed off."""
        if not self._ask_before_closing():
            super().accept()

    def closeEvent(self, event: QCloseEvent) -> None:
        # A close the member asked for (the title bar, Alt+F4) asks first; the app's
        # own closes (quitting after an answer, tests) do not.
        if event.spontaneous() and self._ask_before_closing():
            event.ignore()
            return
        if self._rest is not None:
            self._rest.verify.shutdown()
        if self._remember_geometry:
            self._settings().setValue("geometry", self.saveGeometry())
        super().closeEvent(event)

    def shutdown(self) -> None:
        """After the window is closed: stop everything and free the web session."""
        if self._rest is not None:
            self._rest.verify.shutdown()
            self._rest.sign_in.shutdown()
            self._rest.done.shutdown()
        self.ctx.close()


def _load_web_modules() -> None:
    import wizard.gui.web.browserpane  # noqa: F401  (QtWebEngine's modules with it)


def _load_check_modules() -> None:
    """Playwright's and the check's modules (about 0.25 s of imports), loaded beside
    the GUI once a setting's screen is open, so the first Verify does not wait for
    them. No Qt in them (a thread of its own may load them); nothing is started."""
    global _check_modules_asked
    if _check_modules_asked:
        return
    _check_modules_asked = True

    def load() -> None:
        import playwright.async_api  # noqa: F401

        import wizard.check.verify
        import wizard.proof.aftercheck  # noqa: F401

    threading.Thread(target=load, name="load-check-modules", daemon=True).start()


_check_modules_asked = False


class _Rest:
    """The screens after Welcome, made together (OptOutWizard.build_rest)."""

    def __init__(self, sign_in: SignInScreen, verify: VerifyScreen, done: DoneScreen) -> None:
        self.sign_in, self.verify, self.done = sign_in, verify, done
        self.optouts: dict[str, OptOutScreen] = {}
        self.objection: ObjectionScreen | None = None


class _AfterFirstPaint(QObject):
    """The rest of the window is made just after its first paint, not before it."""

    def __init__(self, window: OptOutWizard) -> None:
        super().__init__(window)
        self._window = window

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self._window.removeEventFilter(self)
            QTimer.singleShot(0, self._window.build_rest)
        return False
