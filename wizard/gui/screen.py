"""What every screen of the wizard shares: its context, the practice marker, a size
that takes the height it is given, entering and leaving, the shared browser pane,
and its way of asking the window to go somewhere (by signal: a screen never calls
the window, which alone knows the order of the screens).
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QBoxLayout, QSizePolicy, QVBoxLayout, QWizardPage

from wizard.gui.context import WizardContext
from wizard.gui.widgets import practice_banner


class Screen(QWizardPage):
    """A wizard screen. Subclasses lay out below `self.body` (a column that starts
    with the practice marker when practising) and may override `enter`/`leave`."""

    # Asked of the window, which knows how to get there.
    goToSetting = Signal(str)  # that setting's screen (Fix this)
    goToSignIn = Signal()  # the session ended: sign in again
    signInAndCheckAgain = Signal()  # ended during the check: sign in, then the check
    finishSecurityCheck = Signal(str, str)  # setting id, the page LinkedIn asked it on
    goOn = Signal()  # on to the next screen, as Next would

    def __init__(self, ctx: WizardContext, *, expanding: bool = False) -> None:
        super().__init__()
        self.ctx = ctx
        if expanding:
            # QWizard gives spare height to a stretch below a page unless the page asks
            # for it: screens holding a page view or a list want all of it.
            self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        self.body: QVBoxLayout = QVBoxLayout(self)
        if ctx.practice:
            self.body.addWidget(practice_banner())

    def enter(self) -> None:
        """Each time the screen becomes current (QWizard's initializePage runs going
        forward only)."""

    def leave(self) -> None:
        """Each time another screen becomes current: let go of what was only for here."""

    def current(self) -> bool:
        wizard = self.wizard()
        return wizard is not None and wizard.currentPage() is self

    def take_pane(self, layout: QBoxLayout | None = None, stretch: int = 1) -> None:
        """The one browser pane moves to this screen (one renderer, one session)."""
        pane = self.ctx.pane()
        target = layout or self.body
        if pane.parent() is not self or target.indexOf(pane) < 0:
            target.addWidget(pane, stretch)
        pane.show()
