"""Keyboard alone, screen readers, large text and dark mode."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from tests.helpers.driving import MISSION_OFF, Person, make_window
from wizard.engine.livestate import Live, LiveView, live_view, looking
from wizard.engine.steps import PageId, optout_page_id
from wizard.gui.statusstrip import TONES, StatusStrip
from wizard.gui.style import edge
from wizard.reading.result import State

pytestmark = pytest.mark.gui


def key(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier):
    target = QApplication.focusWidget() or QApplication.activeWindow()
    assert target is not None, "no window has the keyboard"
    qtbot.keyClick(target, key, modifier)


def test_the_whole_wizard_by_keyboard_alone(qtbot, site, catalog, new_email, monkeypatch):
    window = make_window(qtbot, site.url, catalog)
    person = Person(qtbot, window)

    def no_mouse(*_args, **_kwargs):
        raise AssertionError("a keyboard-only run used the mouse")

    # No mouse event can be sent by this test (an app-wide event filter in Python
    # recurses in PySide 6.11 when QtWebEngine creates objects, so the guard is here).
    for name in ("mouseClick", "mousePress", "mouseRelease", "mouseDClick", "mouseMove"):
        monkeypatch.setattr(qtbot, name, no_mouse)
    email = new_email()
    try:
        key(qtbot, Qt.Key.Key_Return)  # Next, the default button
        person.wait_page(PageId.SIGN_IN)
        person.wait_for_element("#username")

        def typing_lands_in_the_form() -> None:
            assert person.pane.view.focusProxy().hasFocus()
            assert person.js("document.activeElement && document.activeElement.id") == "username"

        qtbot.waitUntil(typing_lands_in_the_form, timeout=20_000)
        qtbot.keyClicks(QApplication.focusWidget(), email)
        key(qtbot, Qt.Key.Key_Tab)
        qtbot.waitUntil(
            lambda: person.js("document.activeElement.id") == "password", timeout=10_000
        )
        qtbot.keyClicks(QApplication.focusWidget(), "keyboard-only")
        key(qtbot, Qt.Key.Key_Return)  # submits LinkedIn's form

        for index in (0, 1):
            person.wait_page(optout_page_id(index))
            person.wait_live(index, Live.ON)
            key(qtbot, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)  # &Switch it off for me
            person.wait_live(index, Live.OFF)
            key(qtbot, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)  # &Next

        person.wait_page(PageId.VERIFY)
        key(qtbot, Qt.Key.Key_V, Qt.KeyboardModifier.AltModifier)  # &Verify my settings

        def verified() -> None:
            assert person.ctx.record.report is not None
            assert not window.verify_screen.running()

        qtbot.waitUntil(verified, timeout=60_000)
        assert {c.state for c in person.ctx.record.report.checks} == {State.OFF}
        key(qtbot, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)
        person.wait_page(PageId.DONE)
        assert site.settings_of(email) == MISSION_OFF
    finally:
        window.close()
        window.shutdown()


def tab_reachable(window: QWidget) -> list[QWidget]:
    found, widget = [], window.nextInFocusChain()
    while widget is not window and widget not in found:
        if (
            widget.isVisible()
            and widget.isEnabled()
            and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
        ):
            found.append(widget)
        widget = widget.nextInFocusChain()
    return found


def accessible_name(widget: QWidget) -> str:
    face = QAccessible.queryAccessibleInterface(widget)
    name = face.text(QAccessible.Text.Name) if face is not None else ""
    return (name or widget.accessibleName()).strip()


def test_every_tab_stop_has_an_accessible_name(qtbot, site, catalog, new_email):
    window = make_window(qtbot, site.url, catalog)
    person = Person(qtbot, window)
    nameless: dict[str, list[str]] = {}

    def walk(screen: str) -> None:
        reachable = tab_reachable(window)
        assert reachable, screen
        for widget in reachable:
            if not accessible_name(widget):
                nameless.setdefault(screen, []).append(
                    f"{type(widget).__name__} {widget.objectName()!r}"
                )

    try:
        walk("welcome")
        person.next()
        person.sign_in(new_email())
        walk("sign in")
        for index in (0, 1):
            person.wait_page(optout_page_id(index))
            person.wait_live(index, Live.ON)
            screen = person.screen(index)
            screen.way_button.setChecked(True)
            screen._ask_skip()  # every control of the screen visible at once
            walk(f"step {index + 1}")
            screen._cancel_skip()
            person.press(screen.switch_button)
            person.wait_live(index, Live.OFF)
            person.next()
        person.verify()
        walk("verify")
        person.next()
        person.wait_page(PageId.DONE)
        walk("done")
    finally:
        window.close()
        window.shutdown()
    assert nameless == {}


def test_state_is_told_in_words_and_symbols_not_colour_alone(qtbot, catalog):
    strip = StatusStrip()
    qtbot.addWidget(strip)
    strip.show()
    qtbot.waitExposed(strip)
    optout = catalog.get("ai-training")
    views = [
        looking(),
        live_view(
            {"found": True, "ready": True, "checked": False, "matchedBy": "id"}, True, optout
        ),
        live_view({"found": True, "ready": True, "checked": True, "matchedBy": "id"}, True, optout),
        live_view(
            {"found": True, "ready": False, "loading": "busy", "matchedBy": "id"}, True, optout
        ),
        live_view({"signedOut": True}, True, optout),
        live_view({"challenge": True}, True, optout),
        live_view({"notOffered": True}, True, optout),
        live_view({"found": False}, True, optout),
    ]
    seen: dict[str, Live] = {}
    for view in views:
        strip.show_view(view)
        # The symbol wears its state's colour (it kept the first state's before).
        assert strip.symbol.palette().color(QPalette.ColorRole.WindowText).name() == edge(
            TONES[view.live]
        ), view.live
        assert strip.symbol.text()
        assert strip.headline.text()
        assert view.headline in strip.accessibleName()
        seen[strip.headline.text()] = view.live
    assert len(seen) == len(views)  # no two states share their words


def contrast(a: QColor, b: QColor) -> float:
    def lum(c: QColor) -> float:
        def chan(v: float) -> float:
            return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

        return 0.2126 * chan(c.redF()) + 0.7152 * chan(c.greenF()) + 0.0722 * chan(c.blueF())

    hi, lo = sorted((lum(a), lum(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
@pytest.mark.parametrize("live", list(Live))
def test_the_strips_edge_and_symbol_read_in_light_and_dark(live, dark):
    """The strip's text is the palette's own; its edge (a cue) reads at 3:1 against the
    strip, and its coloured symbol at 4.5:1, in a light and in a dark palette."""
    palette = dark_palette() if dark else QPalette(QColor("#efefef"))
    if not dark:
        palette.setColor(QPalette.ColorRole.Base, QColor("white"))
    colour = QColor(edge(TONES[live], palette))
    assert contrast(colour, palette.color(QPalette.ColorRole.Base)) >= 4.5


def test_practice_marker_contrast():
    assert contrast(QColor("white"), QColor("#7a4b06")) >= 4.5


def dark_palette() -> QPalette:
    palette = QPalette()
    for role, colour in (
        (QPalette.ColorRole.Window, "#202124"),
        (QPalette.ColorRole.WindowText, "#e8eaed"),
        (QPalette.ColorRole.Base, "#121212"),
        (QPalette.ColorRole.Text, "#e8eaed"),
        (QPalette.ColorRole.Button, "#303134"),
        (QPalette.ColorRole.ButtonText, "#e8eaed"),
    ):
        palette.setColor(role, QColor(colour))
    return palette


def clipped_labels(window: QWidget) -> list[str]:
    out = []
    for label in window.findChildren(QLabel):
        shown = label.isVisible() and not label.wordWrap() and label.text()
        if shown and label.sizeHint().width() > label.width() + 1:
            out.append(label.text()[:40])
    return out


def test_layouts_hold_at_twice_the_text_size_and_in_dark_mode(qtbot, site, catalog, new_email):
    app = QApplication.instance()
    font, palette = app.font(), app.palette()
    big = QFont(font)
    big.setPointSizeF(font.pointSizeF() * 2)
    app.setFont(big)
    app.setPalette(dark_palette())
    try:
        window = make_window(qtbot, site.url, catalog)
        window.resize(1600, 1100)
        person = Person(qtbot, window)
        problems: dict[str, object] = {}

        def look(screen: str) -> None:
            qtbot.waitExposed(window)
            hint = window.minimumSizeHint()
            if hint.width() > 1920 or hint.height() > 1200:
                problems[screen] = f"needs {hint.width()}×{hint.height()}"
            clipped = clipped_labels(window)
            if clipped:
                problems[f"{screen} clipped"] = clipped

        look("welcome")
        person.next()
        person.sign_in(new_email())
        person.wait_page(optout_page_id(0))
        person.wait_live(0, Live.ON)
        look("step 1")
        person.press(person.screen(0).skip_button)
        look("step 1, skip warning")
        window.close()
        window.shutdown()
    finally:
        app.setFont(font)
        app.setPalette(palette)
    assert problems == {}, json.dumps(problems, ensure_ascii=False)


def test_strip_takes_the_focus_when_the_state_changes(qtbot, site, catalog, new_email):
    window = make_window(qtbot, site.url, catalog)
    person = Person(qtbot, window)
    try:
        person.next()
        person.sign_in(new_email())
        person.wait_page(optout_page_id(0))
        person.wait_live(0, Live.ON)
        strip = person.screen(0).strip
        qtbot.waitUntil(lambda: strip.hasFocus(), timeout=10_000)
        window.button(window.WizardButton.NextButton).setFocus()
        strip.show_view(LiveView(Live.NOT_KEPT, "Still on", "Try again.", "●"))
        assert strip.hasFocus()  # a screen reader announces the new state
    finally:
        window.close()
        window.shutdown()


def test_each_screens_title_is_set_as_a_title(person, new_email):
    """The type scale: a screen's title at about 1.6 times the body text, on every
    screen (QWizard's own header draws it at body size)."""
    from PySide6.QtWidgets import QApplication as App

    body = App.font().pointSizeF()

    def title_size() -> float:
        page = person.window.currentPage()
        labels = [
            label
            for label in person.window.findChildren(QLabel)
            if label.text() == page.title() and label.isVisible()
        ]
        assert labels, f"no title shown for {page.title()!r}"
        return max(label.font().pointSizeF() for label in labels)

    assert title_size() >= 1.5 * body
    person.next()
    person.wait_page(PageId.SIGN_IN)
    assert title_size() >= 1.5 * body


def test_the_sign_in_window_says_its_address_to_a_screen_reader(person):
    """The address is the cue against a look-alike page: a screen reader hears it as
    the label's name and the page's, secure or not, not only as bold text."""
    from tests.helpers.signing_in import open_provider_popup

    person.next()
    person.wait_page(PageId.SIGN_IN)
    window = open_provider_popup(person)
    host = window.page.url().host()

    def said() -> None:
        assert host in window.address.accessibleName()
        assert "not secure" in window.address.accessibleName()  # the practice ID is http
        assert host in window.view.accessibleName()

    person.qtbot.waitUntil(said, timeout=20_000)
    window.reject()
