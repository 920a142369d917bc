"""The wizard looks like what it says: an answer's colour, symbol and headline agree
with it (measured in the drawn pixels), the fix is the primary action when a setting
is on, a screen opens at its top, the list does not move under the pointer, "New on
LinkedIn" is in the headline and read again after a visit, and leaving settings on
for another account is asked about, as closing is."""

from __future__ import annotations

import json
from html import unescape

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QWidget, QWizard

from tests.helpers.driving import Person, words
from wizard.engine.livestate import Live
from wizard.engine.steps import PageId, optout_page_id
from wizard.gui.style import Tone, edge
from wizard.gui.web.pagewindow import PageWindow
from wizard.reading.result import State

pytestmark = pytest.mark.gui

NEW_TITLE = "Data for AI-powered features"
NEW_PATH = "/mypreferences/d/settings/data-for-ai-powered-features"


def tinted(widget: QWidget, tone: Tone) -> int:
    """How many of the widget's drawn pixels are (nearly) the tone's colour."""
    want = QColor(edge(tone, widget.palette()))
    picture = widget.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    data = memoryview(picture.constBits()).cast("I")  # type: ignore[arg-type]
    close = 0
    for pixel in set(data):
        colour = QColor.fromRgb(pixel)
        if (
            abs(colour.red() - want.red())
            + abs(colour.green() - want.green())
            + abs(colour.blue() - want.blue())
            <= 40
        ):
            close += sum(1 for p in data if p == pixel)
    return close


def sign_in_and(person: Person, email: str, *, switch_off: tuple[int, ...]) -> None:
    """Through the steps: the listed ones switched off, the others skipped (left on)."""
    person.next()
    person.sign_in(email)
    for index in (0, 1):
        screen = person.screen(index)
        person.wait_page(optout_page_id(index))
        person.wait_live(index, Live.ON)
        if index in switch_off:
            person.press(screen.switch_button)
            person.wait_live(index, Live.OFF)
            person.next()
        else:
            person.press(screen.skip_button)
            person.press(screen.skip_confirm)


def test_an_answer_with_a_setting_on_looks_like_one(person, new_email):
    """One setting left on: its row and the headline in the 'on' colour, the other row
    in the 'off' colour, its Fix this the primary action (Next is not), and Done's mark
    the 'on' symbol, not the shield."""
    sign_in_and(person, new_email(), switch_off=(1,))
    report = person.verify()
    assert [c.state for c in report.checks] == [State.ON, State.OFF]
    screen = person.window.verify_screen
    ai, partners = (screen.rows[c.optout_id] for c in report.checks)
    assert tinted(ai.state, Tone.BAD) >= 30, "the On row is not drawn in the 'on' colour"
    assert tinted(ai.state, Tone.GOOD) == 0
    assert tinted(partners.state, Tone.GOOD) >= 30, "the Off row is not drawn as 'off'"
    assert tinted(screen.headline, Tone.BAD) >= 10
    assert words(screen.headline).startswith("● 1 setting is still on.")
    assert ai.fix.property("primary") and not partners.fix.property("primary")
    next_button = person.window.button(QWizard.WizardButton.NextButton)
    assert not next_button.property("primary"), "Next competes with Fix this"
    assert person.window.focusWidget() is ai.fix  # Enter fixes it, not opens Details

    person.next()
    person.wait_page(PageId.DONE)
    done = person.window.done_screen
    assert done.mark.pixmap().isNull(), "the shield stands above '1 setting is still on'"
    assert done.mark.text() == "●" and tinted(done.mark, Tone.BAD) >= 30
    assert tinted(done.headline, Tone.BAD) >= 10


def test_a_screen_opens_at_its_top(person, new_email):
    """Left scrolled to its end, a screen opens again at its headline."""
    sign_in_and(person, new_email(), switch_off=(0, 1))
    person.verify()
    # Enter goes on: the focus left Cancel for Next, not for Details.
    assert person.window.focusWidget() is person.window.button(QWizard.WizardButton.NextButton)
    person.next()
    person.wait_page(PageId.DONE)
    done = person.window.done_screen
    person.window.resize(760, 480)  # small enough for Done to scroll
    bar = done.scroller.verticalScrollBar()
    person.qtbot.waitUntil(lambda: bar.maximum() > 0)
    bar.setValue(bar.maximum())
    person.window.back()
    person.wait_page(PageId.VERIFY)
    person.next()
    person.wait_page(PageId.DONE)
    assert bar.value() == 0
    top = done.headline.mapTo(done.scroller.viewport(), QPoint(0, 0))
    assert 0 <= top.y() < done.scroller.viewport().height()


def test_ticking_a_related_setting_does_not_move_the_list(person):
    """Each box stays under the pointer as it is ticked and unticked; a chosen one
    has its card once More options is folded."""
    window = person.window
    welcome = window.welcome_screen
    window.resize(900, 600)
    person.press(welcome.more_button)
    for box in welcome.extras.values():
        for _ in range(2):  # ticked, then unticked
            before = box.mapTo(window, QPoint(0, 0))
            ticked = box.isChecked()
            person.qtbot.mouseClick(box, Qt.MouseButton.LeftButton)
            person.qtbot.waitUntil(lambda b=box, t=ticked: b.isChecked() != t)
            QApplication.processEvents()
            assert box.mapTo(window, QPoint(0, 0)) == before, box.text()
    first = next(iter(welcome.extras.values()))
    person.qtbot.mouseClick(first, Qt.MouseButton.LeftButton)  # one chosen: no card yet
    assert next(iter(welcome.extras)) not in welcome.card_widgets
    person.press(welcome.more_button)  # folded: the chosen one has its card
    assert welcome.card_widgets[next(iter(welcome.extras))].isVisible()


def test_another_account_asks_before_leaving_settings_on(person, new_email):
    """As Close and Finish do: which are on, Stay the safe default; going on then
    starts over at sign-in."""
    sign_in_and(person, new_email(), switch_off=())
    person.verify()
    person.next()
    person.wait_page(PageId.DONE)
    done = person.window.done_screen
    person.press(done.another_button)
    question = person.window.another_question
    person.qtbot.waitUntil(lambda: question.isVisible(), timeout=5_000)
    text = unescape(question.text())
    assert "These are still on:" in text
    assert all(o.title in text for o in person.ctx.chosen())
    assert question.defaultButton() is person.window.another_stay
    person.press(person.window.another_stay)
    person.qtbot.waitUntil(lambda: not question.isVisible(), timeout=5_000)
    assert person.window.currentId() == PageId.DONE
    person.press(done.another_button)
    question = person.window.another_question
    person.qtbot.waitUntil(lambda: question.isVisible(), timeout=5_000)
    person.press(person.window.another_anyway)
    person.wait_page(PageId.SIGN_IN)


def test_new_on_linkedin_is_in_the_headline_and_read_again(person, site, new_email):
    """The known settings are off and LinkedIn lists a new one, on: no tick and no
    shield, the headline names it (on Verify too); after the member switches it off on
    its page, its card no longer says On, and Check again reads it afresh: Off."""
    sign_in_and(person, new_email("newsetting"), switch_off=(0, 1))
    report = person.verify()
    assert report.all_done()
    said = f"LinkedIn also lists a new setting, “{NEW_TITLE}”, and it is on."
    verify_headline = words(person.window.verify_screen.headline)
    assert said in verify_headline and not verify_headline.startswith("✓")
    person.next()
    person.wait_page(PageId.DONE)
    done = person.window.done_screen
    assert said in words(done.headline)
    assert words(done.headline).startswith("!")
    assert done.mark.pixmap().isNull(), "the shield stands above a new setting that is on"
    section = done.new_on_linkedin
    url = site.url + NEW_PATH
    person.press(section.open_buttons[url])

    def page_window() -> PageWindow:
        [window] = [w for w in QApplication.topLevelWidgets() if isinstance(w, PageWindow)]
        return window

    person.qtbot.waitUntil(lambda: page_window().isVisible(), timeout=10_000)
    window = page_window()
    switch = "[aria-labelledby=allowDataForAIFeatures]"
    box: dict = {}

    def its_switch() -> None:
        got: list = []
        window.page.runJavaScript(
            f"(() => {{ const e = document.querySelector('{switch}'); if (!e) return null;"
            " e.scrollIntoView({block: 'center'}); const r = e.getBoundingClientRect();"
            " return JSON.stringify({x: r.x + r.width / 2, y: r.y + r.height / 2,"
            " on: e.hasAttribute('aria-checked') ? e.getAttribute('aria-checked')"
            " : String(e.checked)}); })()",
            0,
            got.append,
        )
        person.qtbot.waitUntil(lambda: bool(got), timeout=5_000)
        assert got[0], "its switch is not on the page yet"
        box.update(json.loads(got[0]))

    person.qtbot.waitUntil(its_switch, timeout=20_000)
    assert box["on"] == "true"
    target = window.view.focusProxy()
    window.activateWindow()
    person.qtbot.waitUntil(window.isActiveWindow, timeout=5_000)
    person.qtbot.mouseClick(
        target, Qt.MouseButton.LeftButton, pos=QPoint(int(box["x"]), int(box["y"]))
    )

    def switched_off() -> None:
        its_switch()
        assert box["on"] == "false"

    person.qtbot.waitUntil(switched_off, timeout=10_000)
    person.qtbot.keyClick(target, Qt.Key.Key_Escape)
    person.qtbot.waitUntil(lambda: not window.isVisible(), timeout=5_000)

    card = unescape(section.cards[url].text())
    assert "it is On" not in card and "You opened the page" in card
    again = section.check_buttons[url]
    assert again.isVisible() and again.property("primary")
    person.qtbot.waitUntil(lambda: person.window.focusWidget() is again, timeout=5_000)
    person.press(again)
    person.wait_page(PageId.VERIFY)
    screen = person.window.verify_screen

    def read_again() -> None:
        assert not screen.running()
        assert person.ctx.record.report is not None

    person.qtbot.waitUntil(read_again, timeout=60_000)
    [row] = person.ctx.record.report.listing.unknown
    assert row.state is State.OFF
    assert words(screen.headline).startswith("✓ All settings are off.")


def test_about_opens_with_the_focus_on_close(person):
    dialog = person.window.show_about()
    person.qtbot.waitUntil(dialog.isVisible)
    close = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Close)
    assert dialog.focusWidget() is close
    dialog.close()


def test_a_button_keeps_its_size_as_it_becomes_the_one_to_press(person):
    """Next turning primary (or back) must not move the buttons beside it."""
    from wizard.gui.style import mark_primary

    for button in (
        person.window.button(QWizard.WizardButton.NextButton),
        person.window.welcome_screen.more_button,
    ):
        was = bool(button.property("primary"))
        before = button.sizeHint()
        mark_primary(button, not was)
        assert button.sizeHint() == before, button.text()
        mark_primary(button, was)
