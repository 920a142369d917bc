"""Done's "New on LinkedIn": a setting LinkedIn's lists show and the app does not
know, with its state as the list said it, and its page opened in the wizard (the
same session: the member reads it and decides there)."""

from __future__ import annotations

from html import unescape

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from wizard.gui.web.pagewindow import PageWindow
from wizard.reading.result import State

pytestmark = pytest.mark.gui

NEW_TITLE = "Data for AI-powered features"
NEW_PATH = "/mypreferences/d/settings/data-for-ai-powered-features"


def test_a_new_setting_is_shown_and_opened_in_the_wizard(person, site, new_email):
    person.to_done(new_email("newsetting"))
    report = person.ctx.record.report
    [row] = report.listing.unknown
    assert (row.title, row.state) == (NEW_TITLE, State.ON)
    assert report.all_done()  # the known settings are off: the new one changes nothing
    section = person.window.done_screen.new_on_linkedin
    assert section.isVisible() and not section.nothing.isVisible()
    [holder] = section.holders
    words = holder.findChildren(type(section.nothing))
    text = unescape(" ".join(w.text() for w in words))
    assert f"“{NEW_TITLE}” — it is On" in text
    assert "New since this check." in text
    button = section.open_buttons[site.url + NEW_PATH]
    person.press(button)

    def opened() -> list[PageWindow]:
        return [w for w in QApplication.topLevelWidgets() if isinstance(w, PageWindow)]

    person.qtbot.waitUntil(lambda: bool(opened()) and opened()[0].isVisible(), timeout=10_000)
    window = opened()[0]

    def shows_its_switch() -> None:
        result: list = []
        window.page.runJavaScript(
            "document.querySelector('[aria-labelledby=allowDataForAIFeatures]') !== null",
            0,
            result.append,
        )
        person.qtbot.waitUntil(lambda: bool(result), timeout=5_000)
        assert result[0] is True, window.page.url().toString()

    person.qtbot.waitUntil(shows_its_switch, timeout=20_000)  # signed in: the same session
    assert window.page.url().toString() == site.url + NEW_PATH
    person.qtbot.keyClick(window.view.focusProxy() or window, Qt.Key.Key_Escape)
    person.qtbot.waitUntil(lambda: not window.isVisible(), timeout=5_000)


def test_nothing_new_is_said_plainly(person, new_email):
    person.to_done(new_email())
    section = person.window.done_screen.new_on_linkedin
    assert section.isVisible() and section.holders == []
    assert section.nothing.isVisible()
    assert not section.problems.isVisible()


def test_lists_that_could_not_be_read_say_so(person, new_email):
    person.to_done(new_email("listerror"))
    section = person.window.done_screen.new_on_linkedin
    assert section.problems.isVisible()
    assert "Could not list LinkedIn's settings" in unescape(section.problems.text())
    assert not section.nothing.isVisible()  # unread is never "nothing new"
