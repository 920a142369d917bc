"""Widgets more than one screen shows, defined once."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QGuiApplication, QKeyEvent, QMouseEvent, QOpenGLContext, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from wizard.reading.result import Report, State, state_word


def practice_banner() -> QLabel:
    banner = QLabel(
        QCoreApplication.translate(
            "PracticeBanner",
            "Practice mode: this is a replica of LinkedIn on your computer. "
            "Nothing you do here touches your LinkedIn account. "
            "Tip: any email and password sign in.",
        )
    )
    banner.setObjectName("practiceBanner")
    banner.setWordWrap(True)
    banner.setStyleSheet(
        "#practiceBanner { background: #915907; color: white; padding: 6px; border-radius: 4px; }"
    )
    banner.setAccessibleName(QCoreApplication.translate("PracticeBanner", "Practice mode"))
    return banner


# A result as a badge: symbol, word and colour together, never colour alone. Dark
# text on light cue colours, whatever the system palette (4.5:1 and more).
_BADGE_COLOURS = {
    State.OFF: "#d7f0dc",
    State.ON: "#fde2dc",
    State.SIGNED_OUT: "#fff3cd",
    State.CHALLENGE: "#fff3cd",
    State.NOT_FOUND: "#fff3cd",
    State.ERROR: "#fde2dc",
}
SYMBOLS = {
    State.OFF: "✓",
    State.ON: "●",
    State.SIGNED_OUT: "!",
    State.CHALLENGE: "!",
    State.NOT_FOUND: "?",
    State.ERROR: "!",
}


def show_badge(label: QLabel, state: State | None) -> None:
    """Make `label` the big answer for one setting (None: no answer yet)."""
    if state is None:
        label.setStyleSheet("")
        return
    label.setText(f"{SYMBOLS[state]}  {state_word(state)}")
    label.setStyleSheet(
        f"QLabel {{ background: {_BADGE_COLOURS[state]}; color: #1d1d1d; font-weight: bold;"
        " font-size: 13pt; padding: 4px 10px; border-radius: 10px; }"
    )


def report_headline(report: Report) -> str:
    """The one sentence a Verify or Done screen opens with, symbol first."""
    states = {c.state for c in report.checks}
    symbol = "✓" if states == {State.OFF} else "●" if State.ON in states else "?"
    return QCoreApplication.translate("Headline", "{symbol} {summary} Checked just now.").format(
        symbol=symbol, summary=report.summary()
    )


def headline_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 1.5)
    font.setBold(True)
    label.setFont(font)
    label.setAccessibleName(QCoreApplication.translate("Headline", "Result"))
    return label


class Thumbnail(QLabel):
    """A picture small enough to keep what follows in view; a click, Enter or Space
    shows it whole."""

    def __init__(self, name: str, max_width: int = 480, max_height: int = 160) -> None:
        super().__init__()
        self._max = QSize(max_width, max_height)
        self._path: Path | None = None
        self.setAccessibleName(name)
        self.setAccessibleDescription(
            QCoreApplication.translate("Thumbnail", "Press Enter to see the picture whole.")
        )
        self.setToolTip(QCoreApplication.translate("Thumbnail", "Click to enlarge"))
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.enlarged: QDialog | None = None
        self.hide()

    def show_file(self, path: Path | None) -> bool:
        """Show the picture at `path`; False (and hidden) when there is none to show."""
        pixmap = QPixmap(str(path)) if path is not None and path.is_file() else QPixmap()
        if pixmap.isNull():
            self._path = None
            self.hide()
            return False
        self._path = path
        self.setPixmap(
            pixmap.scaled(
                self._max,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        )
        self.show()
        return True

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.enlarge()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.enlarge()
        else:
            super().keyPressEvent(event)

    def enlarge(self) -> QDialog | None:
        if self._path is None:
            return None
        dialog = QDialog(self.window())
        dialog.setWindowTitle(self.accessibleName())
        picture = QLabel()
        picture.setPixmap(QPixmap(str(self._path)))
        scroll = QScrollArea()
        scroll.setWidget(picture)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(dialog.reject)
        layout = QVBoxLayout(dialog)
        layout.addWidget(scroll)
        layout.addWidget(close)
        dialog.resize(1000, 700)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.enlarged = dialog
        return dialog


class Details(QWidget):
    """A "Details" disclosure: what only a technical reader needs, out of the way."""

    def __init__(self) -> None:
        super().__init__()
        self.toggle = QToolButton()
        self.toggle.setText(QCoreApplication.translate("Details", "&Details"))
        self.toggle.setAccessibleName(QCoreApplication.translate("Details", "Show the details"))
        self.toggle.setCheckable(True)
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toggle.setArrowType(Qt.ArrowType.RightArrow)
        self.body = QLabel()
        self.body.setWordWrap(True)
        self.body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.body.setAccessibleName(QCoreApplication.translate("Details", "Details"))
        self.body.hide()
        self.toggle.toggled.connect(self._toggled)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.toggle, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.body)

    def _toggled(self, shown: bool) -> None:
        self.toggle.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)
        self.body.setVisible(shown)

    def set_text(self, text: str) -> None:
        self.body.setText(text)
        self.setVisible(bool(text))


def composed_from_the_start(window: QWidget) -> None:
    """Call before a window that will hold a web view is first shown.

    A web page is drawn by a QQuickWidget. Where the platform draws through the GPU,
    the first such widget placed in a window already on screen switches the whole
    window to GPU composition, and on X11 and Wayland that destroys and re-creates
    the native window: it goes black for a moment (the flash when the Sign in screen
    first showed its page). A hidden QQuickWidget made now takes the same decision the
    page's will, so the window is made once, the right way
    (tests/e2e/app/test_window_composition.py).

    Qt Quick takes OpenGL on Linux even where no OpenGL context can be made (an X
    server without GLX or EGL, a broken driver); the window would then stay black and
    the browser engine abort at its first page (both measured). There, and only there,
    Qt Quick is told to draw in software first: one context made and dropped (the
    driver it loads is the one the window then uses).
    """
    from PySide6.QtQuickWidgets import QQuickWidget

    if needs_software_drawing():
        from PySide6.QtQuick import QQuickWindow, QSGRendererInterface

        QQuickWindow.setGraphicsApi(QSGRendererInterface.GraphicsApi.Software)
    seed = QQuickWidget(window)
    seed.setObjectName("composed-from-the-start")
    seed.hide()


def needs_software_drawing() -> bool:
    """A Linux desktop (X11 or Wayland) on which no OpenGL context can be made, while
    nobody chose Qt Quick's way of drawing (QT_QUICK_BACKEND, QSG_RHI_BACKEND)."""
    platform = QGuiApplication.platformName()
    if not sys.platform.startswith("linux") or not platform.startswith(("xcb", "wayland")):
        return False
    if os.environ.get("QT_QUICK_BACKEND") or os.environ.get("QSG_RHI_BACKEND"):
        return False
    return not QOpenGLContext().create()
