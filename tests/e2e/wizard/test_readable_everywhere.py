"""Every word on every screen reads, in a light and in a dark desktop: measured on
the drawn window, as a member's eye gets it (not from the colours we meant to set).

Text: the colour of each label's and button's glyphs against the background under
them reads at 4.5:1 or better (WCAG 2.1 AA). The keyboard focus: what changes when
a control takes the focus changes by 3:1 or better over at least the control's
outline (WCAG 2.2's focus appearance)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QLabel,
    QScrollArea,
    QStyle,
    QStyleOptionButton,
    QWidget,
)

from tests.helpers.driving import Person, make_window
from wizard.engine.livestate import Live
from wizard.engine.steps import PageId, optout_page_id
from wizard.gui.style import MIN_FOCUS_CONTRAST, MIN_TEXT_CONTRAST, contrast
from wizard.reading.objection import FormState

pytestmark = pytest.mark.gui


def light_palette() -> QPalette:
    palette = QPalette(QColor("#efefef"))
    palette.setColor(QPalette.ColorRole.Base, QColor("white"))
    return palette


def dark_palette() -> QPalette:
    palette = QPalette()
    for role, colour in (
        (QPalette.ColorRole.Window, "#202124"),
        (QPalette.ColorRole.WindowText, "#e8eaed"),
        (QPalette.ColorRole.Base, "#121212"),
        (QPalette.ColorRole.Text, "#e8eaed"),
        (QPalette.ColorRole.Button, "#303134"),
        (QPalette.ColorRole.ButtonText, "#e8eaed"),
        (QPalette.ColorRole.Highlight, "#8ab4f8"),
    ):
        palette.setColor(role, QColor(colour))
    return palette


@pytest.fixture(params=["light", "dark"])
def desktop(request) -> Iterator[str]:
    app = QApplication.instance()
    palette, sheet = app.palette(), app.styleSheet()
    app.setPalette(light_palette() if request.param == "light" else dark_palette())
    app.setProperty("optoutStyledFor", None)  # the window styles the app for this palette
    yield request.param
    app.setPalette(palette)
    app.setStyleSheet(sheet)
    app.setProperty("optoutStyledFor", None)


def colours(picture: QImage) -> Counter[int]:
    picture = picture.convertToFormat(QImage.Format.Format_RGB32)
    data = memoryview(picture.constBits()).cast("I")  # type: ignore[arg-type]
    return Counter(data)


def text_contrast(picture: QImage) -> tuple[float, str]:
    """The glyphs' contrast with the ground: the commonest colour is the ground, the
    one furthest from it the ink (anti-aliased edges lie between)."""
    seen = colours(picture)
    ground = QColor.fromRgb(seen.most_common(1)[0][0])
    ink = max((QColor.fromRgb(c) for c in seen), key=lambda c: contrast(c, ground))
    return contrast(ink, ground), f"{ink.name()} on {ground.name()}"


def rect_in(widget: QWidget, window: QWidget, ratio: float) -> QRect:
    """Where the widget's words are drawn: inside a button's frame, beside a box's
    tick."""
    corner = widget.mapTo(window, QPoint(0, 0))
    inner = widget.contentsRect()
    if isinstance(widget, QCheckBox):
        metric = widget.style().pixelMetric
        skip = metric(QStyle.PixelMetric.PM_IndicatorWidth)
        skip += metric(QStyle.PixelMetric.PM_CheckBoxLabelSpacing)
        inner = inner.adjusted(skip, 0, 0, 0)
    elif isinstance(widget, QAbstractButton):
        inner = inner.adjusted(4, 4, -4, -4)
    return QRect(
        int((corner.x() + inner.x()) * ratio),
        int((corner.y() + inner.y()) * ratio),
        int(inner.width() * ratio),
        int(inner.height() * ratio),
    )


def shown_words(window: QWidget) -> Iterator[QWidget]:
    for widget in window.findChildren(QWidget):
        if widget.window() is not window or not widget.isVisible():
            continue
        if (isinstance(widget, QLabel) and widget.text().strip() and widget.pixmap().isNull()) or (
            isinstance(widget, QAbstractButton) and widget.text().strip()
        ):
            yield widget


def scrolled_into_view(widget: QWidget) -> bool:
    """Scroll the screen to the widget, as the member would to read it; True if the
    view moved (a widget scrolled out of the screen's view is not drawn at all)."""
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QScrollArea):
        parent = parent.parentWidget()
    if parent is None:
        return False
    bars = (parent.verticalScrollBar().value(), parent.horizontalScrollBar().value())
    parent.ensureWidgetVisible(widget, 0, 0)
    QCoreApplication.sendPostedEvents()
    return bars != (parent.verticalScrollBar().value(), parent.horizontalScrollBar().value())


def faint_words(window: QWidget) -> list[str]:
    picture = window.grab().toImage()
    ratio = picture.devicePixelRatio()
    faint = []
    for widget in shown_words(window):
        if scrolled_into_view(widget):
            picture = window.grab().toImage()
        area = rect_in(widget, window, ratio)
        if area.width() < 2 or area.height() < 2:
            continue
        measured, which = text_contrast(picture.copy(area))
        if measured < MIN_TEXT_CONTRAST:
            text = widget.text()[:50]
            faint.append(f"{type(widget).__name__} {text!r}: {measured:.2f}:1, {which}")
    return faint


def needed_when_focused(widget: QAbstractButton) -> QSize:
    """What a button or box needs, drawn as it is now (focused): its words and icon in
    its style's frame, computed as Qt computes a size hint, but for the state it is in
    (Qt does not measure a button again when only its pseudo-state changes)."""
    style = widget.style()
    metrics = widget.fontMetrics()
    text = metrics.size(Qt.TextFlag.TextShowMnemonic, widget.text())
    if isinstance(widget, QCheckBox):
        option = QStyleOptionButton()
        option.initFrom(widget)
        option.text = widget.text()
        return style.sizeFromContents(QStyle.ContentsType.CT_CheckBox, option, text, widget)
    option = QStyleOptionButton()
    option.initFrom(widget)
    option.text = widget.text()
    if not widget.icon().isNull():
        option.icon = widget.icon()
        option.iconSize = widget.iconSize()
        text = QSize(text.width() + widget.iconSize().width() + 4, max(text.height(), 16))
    return style.sizeFromContents(QStyle.ContentsType.CT_PushButton, option, text, widget)


def weak_focus(window: QWidget, qtbot, cut: list[str] | None = None) -> list[str]:
    """Each shown button and box takes the focus in turn; what changed is measured,
    and (into `cut`) each whose words no longer fit it once focused."""
    weak = []
    for widget in window.findChildren(QAbstractButton):
        if widget.window() is not window or not widget.isVisible() or not widget.isEnabled():
            continue
        if not widget.focusPolicy() & widget.focusPolicy().TabFocus:
            continue
        window.setFocus()
        qtbot.waitUntil(lambda w=widget: not w.hasFocus(), timeout=2_000)
        margin = 4
        area = widget.geometry().adjusted(-margin, -margin, margin, margin)
        holder = widget.parentWidget()
        before = holder.grab(area).toImage().convertToFormat(QImage.Format.Format_RGB32)
        widget.setFocus()
        qtbot.waitUntil(widget.hasFocus, timeout=2_000)
        after = holder.grab(area).toImage().convertToFormat(QImage.Format.Format_RGB32)
        needed = needed_when_focused(widget)
        if cut is not None and (
            needed.width() > widget.width() or needed.height() > widget.height()
        ):
            cut.append(
                f"{type(widget).__name__} {widget.text()!r}: needs {needed.width()}x"
                f"{needed.height()}, has {widget.width()}x{widget.height()}"
            )
        one = memoryview(before.constBits()).cast("I")  # type: ignore[arg-type]
        two = memoryview(after.constBits()).cast("I")  # type: ignore[arg-type]
        pairs = Counter((a, b) for a, b in zip(one, two, strict=True) if a != b)
        changed = sum(
            n
            for (a, b), n in pairs.items()
            if contrast(QColor.fromRgb(a), QColor.fromRgb(b)) >= MIN_FOCUS_CONTRAST
        )
        ratio = before.devicePixelRatio()
        outline = 2 * (widget.width() + widget.height()) * ratio
        if changed < outline:
            name = f"{type(widget).__name__} {widget.text()[:40]!r}"
            weak.append(f"{name}: {changed} of {outline:.0f}")
    return weak


def test_words_and_focus_read_on_every_screen(desktop, qtbot, site, catalog, new_email):
    window = make_window(qtbot, site.url, catalog, identity_url=site.identity_url)
    window.resize(1200, 900)
    person = Person(qtbot, window)
    faint: dict[str, list[str]] = {}
    weak: dict[str, list[str]] = {}
    cut: dict[str, list[str]] = {}

    def look(name: str) -> None:
        qtbot.waitExposed(window)
        found = faint_words(window)
        if found:
            faint[name] = found
        cut_here: list[str] = []
        found = weak_focus(window, qtbot, cut_here)
        if found:
            weak[name] = found
        if cut_here:
            cut[name] = cut_here

    try:
        person.press(window.welcome_screen.more_button)
        objection = window.welcome_screen.objection
        assert objection is not None
        qtbot.mouseClick(objection, Qt.MouseButton.LeftButton)  # the objection step too
        look("Welcome, More options")
        person.next()
        person.sign_in(new_email())
        person.wait_page(optout_page_id(0))
        person.wait_live(0, Live.ON)
        look("Setting, on")
        person.press(person.screen(0).skip_button)
        look("Setting, skip asked")
        person.press(person.screen(0).skip_cancel)
        for index in (0, 1):
            person.wait_live(index, Live.ON)
            person.press(person.screen(index).switch_button)
            person.wait_live(index, Live.OFF)
            if index == 0:
                look("Setting, off")
            person.next()
        person.verify()
        look("Verify")
        person.next()
        person.wait_page(PageId.OBJECTION)
        form = window.objection_screen
        qtbot.waitUntil(lambda: form.reading.state is FormState.FORM, timeout=20_000)
        look("Objection, the form")
        person.next()
        person.wait_page(PageId.DONE)
        look("Done")
    finally:
        window.close()
        window.shutdown()
    assert faint == {}, f"words too faint to read in the {desktop} desktop: {faint}"
    assert weak == {}, f"focus too faint to see in the {desktop} desktop: {weak}"
    # A focused button keeps its words whole ("ancel chec" was "Cancel check"): one box
    # in every state, only its colours change.
    assert cut == {}, f"words cut when focused in the {desktop} desktop: {cut}"
