"""What every screen of the wizard shares: its context, a body that scrolls inside
itself (so the window's own buttons stay in view on a small screen, at large text),
entering and leaving, the shared browser pane, and its way of asking the window to
go somewhere (by signal: a screen never calls the window, which alone knows the
order of the screens).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QPoint, Qt, Signal
from PySide6.QtWidgets import (
    QBoxLayout,
    QFrame,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from wizard.gui.context import WizardContext

# The smallest the embedded page may get before the screen scrolls instead; on a short
# screen (large text on a laptop: 1366×768 at 150 % is 911×512 to Qt) a share of the
# screen's height, but never so little that a page's switch has no room.
PANE_MIN_HEIGHT = 280
PANE_SMALLEST = 150
PANE_SHARE = 0.3
# Text reads best in a column: at most this wide, centred (screens without a page).
COLUMN_WIDTH = 700


# A screen this short (in Qt's pixels) folds what is said before the page: 1366×768 at
# 150 % text is 512 high; at 100 % (768) everything stays in view unfolded.
SHORT_SCREEN = 600


def short_screen(widget: QWidget) -> bool:
    screen = widget.screen()
    return screen is not None and screen.availableGeometry().height() < SHORT_SCREEN


def pane_min_height(widget: QWidget) -> int:
    """What the page view may shrink to on this screen (see PANE_MIN_HEIGHT)."""
    screen = widget.screen()
    if screen is None:
        return PANE_MIN_HEIGHT
    share = int(screen.availableGeometry().height() * PANE_SHARE)
    return max(PANE_SMALLEST, min(PANE_MIN_HEIGHT, share))


class Screen(QWizardPage):
    """A wizard screen. Subclasses lay out in `self.body`, a column inside a scroll
    area (narrow and centred when `column` is set), and may override `enter`/`leave`."""

    # Asked of the window, which knows how to get there.
    goToSetting = Signal(str)  # that setting's screen (Fix this)
    goToSignIn = Signal()  # the session ended: sign in again
    signInAndCheckAgain = Signal()  # ended during the check: sign in, then the check
    finishSecurityCheck = Signal(str, str)  # setting id, the page LinkedIn asked it on
    goOn = Signal()  # on to the next screen, as Next would

    def __init__(self, ctx: WizardContext, *, expanding: bool = False, column: bool = False):
        super().__init__()
        self.ctx = ctx
        if expanding:
            # QWizard gives spare height to a stretch below a page unless the page asks
            # for it: screens holding a page view or a list want all of it.
            self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        inner = QWidget()
        inner.setObjectName("screenBody")
        if column:
            inner.setMaximumWidth(COLUMN_WIDTH)
        self.body: QVBoxLayout = QVBoxLayout(inner)
        self.body.setContentsMargins(0, 0, 8, 0)
        self.body.setSpacing(8)
        self.scroller = QScrollArea()
        self.scroller.setWidgetResizable(True)
        self.scroller.setFrameShape(QFrame.Shape.NoFrame)
        self.scroller.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroller.setWidget(inner)
        # A tab stop of its own, so the keyboard can scroll what holds no control.
        self.scroller.setAccessibleName(self.tr("This screen's content"))
        if column:
            self.scroller.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.scroller)

    def enter(self) -> None:
        """Each time the screen becomes current (QWizard's initializePage runs going
        forward only)."""

    def leave(self) -> None:
        """Each time another screen becomes current: let go of what was only for here."""

    def keep_in_place(self, anchor: QWidget, change: Callable[[], None]) -> None:
        """Make a change above `anchor` without moving it under the pointer: the
        screen scrolls by what the change added or took away above it (as browsers'
        scroll anchoring does), so the next click lands where the member aims."""
        viewport = self.scroller.viewport()
        before = anchor.mapTo(viewport, QPoint(0, 0)).y()
        change()
        for _ in range(3):  # the body, then the scroll area's own sizes and range
            QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        bar = self.scroller.verticalScrollBar()
        bar.setValue(bar.value() + anchor.mapTo(viewport, QPoint(0, 0)).y() - before)

    def has_primary_action(self) -> bool:
        """The screen's own one thing to do is showing now (then Next is not marked)."""
        return False

    def current(self) -> bool:
        wizard = self.wizard()
        return wizard is not None and wizard.currentPage() is self

    def take_pane(self, layout: QBoxLayout | None = None, stretch: int = 1) -> None:
        """The one browser pane moves to this screen (one renderer, one session)."""
        pane = self.ctx.pane()
        pane.setMinimumHeight(pane_min_height(self))
        target = layout or self.body
        if target.indexOf(pane) < 0:
            target.addWidget(pane, stretch)
        pane.show()
