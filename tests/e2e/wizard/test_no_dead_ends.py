"""What a member met as dead ends or misleading words, each driven by its real
buttons and keys: About, closing with a setting still on, a save LinkedIn dropped,
following the way through the menus, and the check that starts by itself."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QWizard

from tests.helpers.driving import Person, words
from tests.helpers.engines import practice_cookies
from wizard.engine.livestate import Live
from wizard.engine.steps import PageId, optout_page_id
from wizard.gui.about import AboutDialog

pytestmark = pytest.mark.gui

AI, PARTNERS = "ai-training", "affiliate-sharing"


def about_dialogs(window) -> list[AboutDialog]:
    return [d for d in window.findChildren(AboutDialog) if d.isVisible()]


def test_about_opens_by_click_and_by_its_access_key(person):
    window = person.window
    person.press(window.button(QWizard.WizardButton.CustomButton1))
    person.qtbot.waitUntil(lambda: len(about_dialogs(window)) == 1, timeout=5_000)
    for dialog in about_dialogs(window):
        dialog.close()
    person.qtbot.waitUntil(lambda: not about_dialogs(window), timeout=5_000)
    window.activateWindow()
    person.qtbot.keyClick(window, Qt.Key.Key_U, Qt.KeyboardModifier.AltModifier)  # Abo&ut…
    person.qtbot.waitUntil(lambda: len(about_dialogs(window)) == 1, timeout=5_000)
    assert about_dialogs(window)[0].update_button.isEnabled()  # the newer catalog is reachable


def test_close_asks_first_while_a_setting_is_on_and_names_it(person):
    window = person.window
    person.press(window.button(QWizard.WizardButton.CancelButton))
    question = window.close_question
    person.qtbot.waitUntil(lambda: question.isVisible(), timeout=5_000)
    assert "Data for Generative AI Improvement" in question.text()
    assert "Share data with affiliates and partners" in question.text()
    assert window.isVisible()
    person.press(window.stay)
    assert window.isVisible() and not question.isVisible()
    person.qtbot.keyClick(window, Qt.Key.Key_Escape)  # Escape asks too
    person.qtbot.waitUntil(lambda: window.close_question.isVisible(), timeout=5_000)
    person.press(window.close_anyway)
    person.qtbot.waitUntil(lambda: not window.isVisible(), timeout=5_000)


def test_nothing_is_asked_once_every_setting_is_confirmed_off(person, site, new_email):
    email = new_email()
    site.set_all(email, False)
    person.next()
    person.wait_page(PageId.SIGN_IN)
    person.ctx.session.set_cookies(practice_cookies(site, email))
    for index in (0, 1):
        person.wait_page(optout_page_id(index))
        person.wait_live(index, Live.OFF)
        person.next()
    person.verify()
    assert person.window.not_confirmed_off() == []
    person.qtbot.keyClick(person.window, Qt.Key.Key_Escape)
    person.qtbot.waitUntil(lambda: not person.window.isVisible(), timeout=5_000)
    assert person.window.close_question is None


def signed_in_on_first_setting(person: Person, site, email: str) -> None:
    person.next()
    person.wait_page(PageId.SIGN_IN)
    person.ctx.session.set_cookies(practice_cookies(site, email))
    person.wait_page(optout_page_id(0))


def test_a_dropped_save_reloads_the_page_and_offers_the_switch_again(person, site, new_email):
    """LinkedIn dropped the save: the page is read again, shows the switch as LinkedIn
    has it (on), and "Switch it off for me" works again."""
    email = new_email("dropsave")
    signed_in_on_first_setting(person, site, email)
    screen = person.screen(0)
    person.wait_live(0, Live.ON)
    loads = []
    person.ctx.pane().loaded.connect(lambda *_: loads.append(1))
    person.press(screen.switch_button)
    person.wait_live(0, Live.NOT_KEPT)
    person.qtbot.waitUntil(lambda: bool(loads), timeout=20_000)  # the page was read afresh

    def offered_again() -> None:
        assert screen.view.live is Live.NOT_KEPT
        assert screen.switch_button.isEnabled()
        result = person.ctx.pane().bridge.last_result
        assert result is not None and result.checked is True

    person.qtbot.waitUntil(offered_again, timeout=20_000)
    assert "Try again" in screen.strip.detail.text()
    site.configure(email, faults=replace(site.account(email).faults, dropped_saves=False))
    person.press(screen.switch_button)
    person.wait_live(0, Live.OFF)
    assert site.settings_of(email)[AI] is False


def test_following_the_way_keeps_a_confirmed_off(person, site, new_email):
    """ "Show me the way" → "Open Settings & Privacy": the menu page has no switch, and
    that says nothing about this setting; the confirmed Off stays, Next stays allowed."""
    email = new_email()
    site.set_all(email, False)
    signed_in_on_first_setting(person, site, email)
    screen = person.screen(0)
    person.wait_live(0, Live.OFF)
    person.press(screen.way_button)
    bridge = person.ctx.pane().bridge
    person.press(screen.menu_button)

    def on_the_menu_and_read() -> None:
        result = bridge.last_result
        assert result is not None and result.path == person.ctx.catalog.pages.settings_hub
        assert bridge.last_settled

    person.qtbot.waitUntil(on_the_menu_and_read, timeout=20_000)
    assert screen.view.live is Live.OFF
    assert screen.isComplete()
    assert "menus" in screen.route_note.text()


def test_the_check_starts_by_itself_when_its_screen_opens(person, site, new_email):
    email = new_email()
    site.set_all(email, False)
    signed_in_on_first_setting(person, site, email)
    for index in (0, 1):
        person.wait_page(optout_page_id(index))
        person.wait_live(index, Live.OFF)
        person.next()
    person.wait_page(PageId.VERIFY)
    screen = person.window.verify_screen
    person.qtbot.waitUntil(lambda: person.ctx.record.report is not None, timeout=60_000)
    assert not screen.running()
    assert words(screen.headline).startswith("✓ All settings are off.")


def test_an_evidence_picture_never_pushes_the_next_setting_out_of_view(person, site, new_email):
    email = new_email("redesign")  # no switch: the whole view is the evidence
    signed_in_on_first_setting(person, site, email)
    for index in (0, 1):
        person.wait_page(optout_page_id(index))
        person.qtbot.waitUntil(
            lambda i=index: person.screen(i).view.live.lets_you_continue, timeout=30_000
        )
        person.next()
    person.wait_page(PageId.VERIFY)
    person.qtbot.waitUntil(lambda: person.ctx.record.report is not None, timeout=60_000)
    screen = person.window.verify_screen
    QApplication.processEvents()
    pictures = [r.picture for r in screen.rows.values() if r.isVisible() and r.picture.isVisible()]
    assert len(pictures) == 2  # a whole-page picture for each setting without its switch
    assert all(p.height() <= 200 for p in pictures), [p.height() for p in pictures]


def test_about_says_who_made_it_and_links_to_help_and_source(person):
    """Who stands behind an app that asks to see a member's LinkedIn account is the
    first question a careful member asks: the About box answers it."""
    from wizard import HELP_URL, SOURCE_URL, __version__

    dialog = person.window.show_about()
    person.qtbot.waitExposed(dialog)
    words = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert "not made, endorsed or supported by LinkedIn" in dialog.independence.text()
    assert f"Version {__version__}" in words
    assert "GNU General Public License" in words
    assert any(not label.pixmap().isNull() for label in dialog.findChildren(QLabel))  # the icon
    person.press(dialog.help_button)
    person.press(dialog.source_button)
    assert [url.toString() for url in person.ctx.opened_externally] == [HELP_URL, SOURCE_URL]
    person.qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    person.qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5_000)
