"""Widgets more than one screen shows, defined once."""

from __future__ import annotations

import os
import sys
from html import escape
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSize, Qt
from PySide6.QtGui import (
    QGuiApplication,
    QIcon,
    QKeyEvent,
    QMouseEvent,
    QOpenGLContext,
    QPixmap,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from wizard.base.paths import resource
from wizard.gui.style import SYMBOLS, Tone, edge
from wizard.reading.result import Check, Report, State, check_phrase


def practice_marker() -> QLabel:
    """The one, slim sign that this is practice (beside the steps, and in the title)."""
    marker = QLabel(
        QCoreApplication.translate(
            "PracticeBanner",
            "Practice: a replica of LinkedIn on this computer. Any email and password work.",
        )
    )
    marker.setObjectName("practiceMarker")
    marker.setWordWrap(True)
    # White on this brown reads at 6.4:1.
    marker.setStyleSheet(
        "#practiceMarker { background: #7a4b06; color: white; padding: 4px 8px;"
        " border-radius: 4px; }"
    )
    marker.setAccessibleName(QCoreApplication.translate("PracticeBanner", "Practice mode"))
    return marker


def starting_placeholder(words: str) -> QWidget:
    """What shows at once while something slow starts: the words, and a busy bar."""
    holder = QWidget()
    holder.setObjectName("startingPlaceholder")
    label = QLabel(words)
    label.setWordWrap(True)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    busy = QProgressBar()
    busy.setRange(0, 0)
    busy.setMaximumWidth(320)
    busy.setAccessibleName(words)
    column = QVBoxLayout(holder)
    column.addStretch()
    column.addWidget(label)
    column.addWidget(busy, 0, Qt.AlignmentFlag.AlignCenter)
    column.addStretch()
    holder.hide()
    return holder


class Message(QFrame):
    """The one way a screen says something that needs attention: a symbol, the words,
    and a coloured edge by its tone (never colour alone). Hidden while it says nothing."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("message")
        self.symbol = QLabel()
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setAccessibleName(name)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.setSpacing(8)
        layout.addWidget(self.symbol, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.label, 1)
        self.tone = Tone.INFO
        self._show_when_placed = False
        self.hide()

    def say(self, text: str, tone: Tone = Tone.INFO) -> None:
        if not text:
            self.clear()
            return
        self.tone = tone
        colour = edge(tone, self.palette())
        self.symbol.setText(SYMBOLS[tone])
        self.symbol.setStyleSheet(f"color: {colour}; font-weight: bold;")
        self.label.setText(text)
        self.setStyleSheet(
            f"#message {{ border: 1px solid palette(mid); border-left: 5px solid {colour};"
            " border-radius: 4px; background: palette(base); }"
        )
        self.setAccessibleDescription(text)
        # Never shown without a parent: it would be a window of its own for a moment,
        # and take the activation from the wizard's. Shown once it has one.
        if self.parentWidget() is not None:
            self.show()
        else:
            self._show_when_placed = True

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ParentChange and self._show_when_placed:
            self._show_when_placed = False
            if self.parentWidget() is not None:
                self.show()
        return super().event(event)

    def clear(self) -> None:
        self.label.clear()
        self._show_when_placed = False
        self.hide()

    def text(self) -> str:
        """What it says now ("" while hidden)."""
        return self.label.text() if not self.isHidden() else ""


# A result as a badge: symbol, word and a coloured edge together, never colour alone;
# the words in the palette's own text colour, so they read in light and dark alike.
TONES = {
    State.OFF: Tone.GOOD,
    State.ON: Tone.BAD,
    State.SIGNED_OUT: Tone.WARN,
    State.CHALLENGE: Tone.WARN,
    State.NOT_FOUND: Tone.WARN,
    State.ERROR: Tone.ERROR,
}
SYMBOLS_BY_STATE = {
    State.OFF: "✓",
    State.ON: "●",
    State.SIGNED_OUT: "!",
    State.CHALLENGE: "!",
    State.NOT_FOUND: "?",
    State.ERROR: "!",
}


class GreyedReason(QObject):
    """Says, beside a control, why it is greyed out while it is: a member never has to
    guess why a box does not answer (and a screen reader reads it with the box)."""

    def __init__(self, control: QWidget, label: QLabel, why: str) -> None:
        super().__init__(control)
        self.control = control
        self.label = label
        self.why = why
        self.described = control.accessibleDescription()
        label.setText(why)
        label.setWordWrap(True)
        control.installEventFilter(self)
        self._show()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.EnabledChange, QEvent.Type.ShowToParent):
            self._show()
        elif event.type() == QEvent.Type.HideToParent:
            self.label.hide()
        return False

    def _show(self) -> None:
        greyed = not self.control.isEnabled() and not self.control.isHidden()
        self.label.setVisible(greyed)
        extra = f" {self.why}" if greyed else ""
        self.control.setAccessibleDescription(f"{self.described}{extra}".strip())


def tone_of(check: Check) -> Tone:
    return Tone.INFO if check.not_offered else TONES[check.state]


def show_badge(label: QLabel, check: Check | None) -> None:
    """Make `label` the big answer for one setting (None: no answer yet): the symbol in
    the result's colour, the words in the text's own (they carry the meaning), and a
    coloured edge; colour, symbol and words always agree."""
    if check is None:
        label.setStyleSheet("")
        label.setTextFormat(Qt.TextFormat.PlainText)
        return
    symbol = "–" if check.not_offered else SYMBOLS_BY_STATE[check.state]
    colour = edge(tone_of(check), label.palette())
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setText(
        f'<span style="color:{colour}">{escape(symbol)}</span>&nbsp;&nbsp;'
        f"<b>{escape(check_phrase(check))}</b>"
    )
    label.setAccessibleName(check_phrase(check))
    # The edge needs the border shorthand first: Qt draws no `border-left` alone.
    label.setStyleSheet(
        f"QLabel {{ border: 0px solid {colour}; border-left: 5px solid {colour};"
        " padding: 4px 10px; }"
    )


def report_tone(report: Report) -> Tone:
    """The whole answer's tone (Report.tone)."""
    return Tone(report.tone())


def report_headline(report: Report) -> str:
    """The one sentence a Verify or Done screen opens with, symbol first."""
    symbol = SYMBOLS[report_tone(report)]
    return QCoreApplication.translate("Headline", "{symbol} {summary} Checked just now.").format(
        symbol=symbol, summary=report.verdict()
    )


def show_headline(label: QLabel, report: Report) -> None:
    """The headline with its symbol in the answer's colour (the words stay the text's
    colour, and say it all on their own)."""
    tone = report_tone(report)
    plain = report_headline(report)
    symbol = SYMBOLS[tone]
    rest = plain.removeprefix(symbol)
    colour = edge(tone, label.palette())
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setText(f'<span style="color:{colour}">{escape(symbol)}</span>{escape(rest)}')
    label.setAccessibleDescription(plain)


def answer_mark(size: int) -> QLabel:
    """The Done screen's mark beside its headline: the shield when all is off, else
    the answer's symbol in its colour (a shield above "6 settings are still on" said
    the opposite of the words)."""
    label = QLabel()
    label.setFixedSize(size, size)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    return label


def show_answer_mark(label: QLabel, report: Report | None) -> None:
    size = label.width()
    if report is None or report_tone(report) is Tone.GOOD:
        label.setPixmap(QIcon(str(resource("icons/optout-wizard.svg"))).pixmap(QSize(size, size)))
        label.setAccessibleName(QCoreApplication.translate("WelcomeScreen", "The wizard's shield"))
        return
    tone = report_tone(report)
    colour = edge(tone, label.palette())
    label.setPixmap(QPixmap())
    font = label.font()
    font.setPixelSize(int(size * 0.8))
    font.setBold(True)
    label.setFont(font)
    label.setStyleSheet(f"QLabel {{ color: {colour}; }}")
    label.setText(SYMBOLS[tone])
    label.setAccessibleName(report.summary())


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
    shows it whole. It shrinks with its column (large text, a narrow window) rather
    than push the screen's content out sideways, under the scroll bar."""

    def __init__(self, name: str, max_width: int = 480, max_height: int = 160) -> None:
        super().__init__()
        self._max = QSize(max_width, max_height)
        self._path: Path | None = None
        self._picture = QPixmap()  # at its largest shown size
        self._caption = ""  # said above the enlarged picture (describe)
        self.setAccessibleName(name)
        self.setAccessibleDescription(
            QCoreApplication.translate("Thumbnail", "Press Enter to see the picture whole.")
        )
        self.setToolTip(QCoreApplication.translate("Thumbnail", "Click to enlarge"))
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setProperty("takesFocus", True)  # its focus ring: style.py
        policy = QSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.enlarged: QDialog | None = None
        self.hide()

    def describe(self, check: Check, title: str, account: str = "") -> None:
        """The enlarged picture's caption: which setting, its answer, where the
        picture was taken, when (written out in the member's language), for whom."""
        from wizard.base.i18n import long_date

        local = check.checked_at.astimezone()
        parts = [
            QCoreApplication.translate("Thumbnail", "{title}: {answer}.").format(
                title=title, answer=check_phrase(check)
            ),
            QCoreApplication.translate("Thumbnail", "Taken on {date} at {time}").format(
                date=long_date(check.checked_at), time=local.strftime("%H:%M")
            )
            + (
                QCoreApplication.translate("Thumbnail", ", on {address}").format(address=check.url)
                if check.url
                else ""
            )
            + ".",
        ]
        if account:
            parts.append(
                QCoreApplication.translate("Thumbnail", "Account: {account}.").format(
                    account=account
                )
            )
        self._caption = "\n".join(parts)

    def show_file(self, path: Path | None) -> bool:
        """Show the picture at `path`; False (and hidden) when there is none to show."""
        pixmap = QPixmap(str(path)) if path is not None and path.is_file() else QPixmap()
        if pixmap.isNull():
            self._path = None
            self._picture = QPixmap()
            self.hide()
            return False
        self._path = path
        self._picture = pixmap.scaled(
            self._max,
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
        self._fit(self._picture.width())
        self.updateGeometry()
        self.show()
        return True

    def _frame(self) -> int:
        margins = self.contentsMargins()
        return margins.left() + margins.right()

    def sizeHint(self) -> QSize:
        if self._picture.isNull():
            return super().sizeHint()
        return self._picture.size() + QSize(self._frame(), self._frame())

    def minimumSizeHint(self) -> QSize:
        if self._picture.isNull():
            return super().minimumSizeHint()
        width = min(96, self._picture.width())
        return QSize(width + self._frame(), self.heightForWidth(width + self._frame()))

    def hasHeightForWidth(self) -> bool:
        return not self._picture.isNull()

    def heightForWidth(self, width: int) -> int:
        if self._picture.isNull():
            return super().heightForWidth(width)
        inner = max(1, min(width - self._frame(), self._picture.width()))
        return round(self._picture.height() * inner / self._picture.width()) + self._frame()

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._fit(event.size().width() - self._frame())
        super().resizeEvent(event)

    def _fit(self, width: int) -> None:
        if self._picture.isNull():
            return
        width = max(1, min(width, self._picture.width()))
        if self.pixmap().isNull() or self.pixmap().width() != width:
            self.setPixmap(
                self._picture
                if width == self._picture.width()
                else self._picture.scaledToWidth(width, Qt.TransformationMode.SmoothTransformation)
            )

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
        pixmap = QPixmap(str(self._path))
        picture = QLabel()
        picture.setPixmap(pixmap)
        scroll = QScrollArea()
        scroll.setWidget(picture)
        scroll.setAlignment(Qt.AlignmentFlag.AlignCenter)
        caption = QLabel(self._caption or self.accessibleName())
        caption.setWordWrap(True)
        caption.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.caption = caption
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(dialog.reject)
        layout = QVBoxLayout(dialog)
        layout.addWidget(caption)
        layout.addWidget(scroll)
        layout.addWidget(close)
        # As large as the picture (and its caption), no larger than most of the screen.
        area = self.screen().availableGeometry()
        dialog.resize(
            min(pixmap.width() + 48, int(area.width() * 0.9)),
            min(pixmap.height() + 140, int(area.height() * 0.9)),
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.enlarged = dialog
        return dialog


class Details(QWidget):
    """A "Details" disclosure: what only a technical reader needs, out of the way."""

    def __init__(self, title: str = "", name: str = "", parent: QWidget | None = None) -> None:
        # A parent from the start where text comes before the layout: a widget without
        # one, made visible, is a window of its own (it takes the keyboard).
        super().__init__(parent)
        self.toggle = QToolButton()
        self.toggle.setText(title or QCoreApplication.translate("Details", "&Details"))
        self.toggle.setAccessibleName(
            name or QCoreApplication.translate("Details", "Show the details")
        )
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
    first showed its page). A hidden widget drawn through the GPU, made now, takes the
    same decision the page's will, so the window is made once, the right way
    (tests/e2e/app/test_window_composition.py). On Linux, Qt Quick draws through
    OpenGL, and a hidden QOpenGLWidget asks the window for the same: it costs about
    4 ms where Qt Quick's modules cost 16-20 ms before the first paint (they load
    with the page instead). Elsewhere (Direct3D, Metal) the seed is Qt Quick's own;
    on a platform that shows nothing (offscreen) there is nothing to compose.

    Qt Quick takes OpenGL on Linux even where no OpenGL context can be made (an X
    server without GLX or EGL, a broken driver); the window would then stay black and
    the browser engine abort at its first page (both measured). There, and only there,
    Qt Quick is told to draw in software first: one context made and dropped (the
    driver it loads is the one the window then uses).
    """
    platform = QGuiApplication.platformName()
    if platform in ("offscreen", "minimal"):
        return
    if needs_software_drawing():
        from PySide6.QtQuick import QQuickWindow, QSGRendererInterface

        QQuickWindow.setGraphicsApi(QSGRendererInterface.GraphicsApi.Software)
        seed: QWidget = _quick_seed(window)
    elif platform.startswith(("xcb", "wayland")):
        from PySide6.QtOpenGLWidgets import QOpenGLWidget

        seed = QOpenGLWidget(window)
    else:
        seed = _quick_seed(window)
    seed.setObjectName("composed-from-the-start")
    seed.hide()


def _quick_seed(window: QWidget) -> QWidget:
    from PySide6.QtQuickWidgets import QQuickWidget

    return QQuickWidget(window)


def needs_software_drawing() -> bool:
    """A Linux desktop (X11 or Wayland) on which no OpenGL context can be made, while
    nobody chose Qt Quick's way of drawing (QT_QUICK_BACKEND, QSG_RHI_BACKEND)."""
    platform = QGuiApplication.platformName()
    if not sys.platform.startswith("linux") or not platform.startswith(("xcb", "wayland")):
        return False
    if os.environ.get("QT_QUICK_BACKEND") or os.environ.get("QSG_RHI_BACKEND"):
        return False
    return not QOpenGLContext().create()


def shield(size: int) -> QLabel:
    """The app's own icon: a shield with a switch set to off."""
    label = QLabel()
    label.setPixmap(QIcon(str(resource("icons/optout-wizard.svg"))).pixmap(QSize(size, size)))
    label.setFixedSize(size, size)
    label.setAccessibleName(QCoreApplication.translate("WelcomeScreen", "The wizard's shield"))
    return label
