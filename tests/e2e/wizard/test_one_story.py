"""The wizard tells one story: what one part of the window says, no other part
contradicts. Reported: the strip said Off while Close listed the same setting as
"not confirmed off"; a setting LinkedIn does not offer got a "Fix this"; the path
kept a ✓ for a setting the check then found on; Finish closed without a word."""

from __future__ import annotations

import pytest

from tests.helpers.driving import Person, words
from wizard.engine.livestate import Live
from wizard.engine.steps import Mark, PageId, optout_page_id
from wizard.reading.result import State

pytestmark = pytest.mark.gui

AI, PARTNERS = "ai-training", "affiliate-sharing"
AI_TITLE = "Data for Generative AI Improvement"
PARTNERS_TITLE = "Share data with affiliates and partners"


def start(person: Person, email: str) -> None:
    person.next()
    person.sign_in(email)
    person.wait_page(optout_page_id(0))


def switch_off(person: Person, index: int) -> None:
    person.wait_live(index, Live.ON)
    person.press(person.screen(index).switch_button)
    person.wait_live(index, Live.OFF)


def path_marks(person: Person) -> dict[str, str]:
    return {line.title: line.mark for line in person.window.path.lines}


def ask_to_close(person: Person) -> str:
    """Close pressed; the question's words (empty when the window closed at once)."""
    person.window.reject()
    question = person.window.close_question
    if question is None or not question.isVisible():
        return ""
    return question.text()


def test_a_switch_the_strip_shows_off_is_not_listed_as_not_off_on_close(person, new_email):
    """Off on its screen, Next not yet pressed: Close lists only the other setting."""
    start(person, new_email())
    switch_off(person, 0)
    assert person.screen(0).strip.headline.text() == "Off — you are opted out"
    asked = ask_to_close(person)
    assert PARTNERS_TITLE in asked
    assert AI_TITLE not in asked
    person.press(person.window.stay)
    assert person.window.isVisible()


def test_settings_linkedin_does_not_offer_are_done_everywhere(person, site, new_email):
    email = new_email("region")  # LinkedIn offers neither setting to this account
    start(person, email)
    for index in (0, 1):
        person.wait_live(index, Live.NOT_OFFERED)
        assert person.screen(index).isComplete()
        assert not person.screen(index).switch_button.isEnabled()
        assert not person.screen(index).skip_button.isVisible(), "nothing to skip"
        left = [o.id for o in person.window.not_confirmed_off()]
        assert left == [PARTNERS] if index == 0 else left == [], "not offered is done"
        person.next()
    report = person.verify()
    for setting in (AI, PARTNERS):
        check = report.check(setting)
        assert check.state is State.NOT_FOUND and check.not_offered
        row = person.window.verify_screen.rows[setting]
        assert words(row.state).endswith("Not offered")
        assert row.fix.isHidden(), "nothing to fix in a setting LinkedIn does not offer"
    assert path_marks(person)[PARTNERS_TITLE] == Mark.DONE
    assert report.exit_status() == 0
    assert words(person.window.verify_screen.headline).startswith(
        "✓ LinkedIn does not offer you any of these settings."
    ), "not 'every setting offered to you is off' when none is offered"
    person.next()
    person.wait_page(PageId.DONE)
    assert path_marks(person)["Verify"] == Mark.DONE
    done = person.window.done_screen
    assert "Every setting LinkedIn offers you is off" in done.summary.text()
    assert "Not offered" in done.summary.text()
    assert "Not everything is off" not in done.summary.text()


def test_the_path_marks_a_setting_the_check_found_on(person, site, new_email):
    """Off on its screen, then on again at LinkedIn before the check: the path's ✓
    becomes "!", the check's step is not done, and Finish asks before closing."""
    email = new_email()
    start(person, email)
    switch_off(person, 0)
    person.next()
    switch_off(person, 1)
    marks = path_marks(person)
    assert marks[AI_TITLE] == Mark.DONE
    site.store.save(email, PARTNERS, True)  # switched on again elsewhere
    person.next()
    report = person.verify()
    assert report.check(PARTNERS).state is State.ON
    marks = path_marks(person)
    assert marks[PARTNERS_TITLE] == Mark.NOT_DONE
    assert marks[AI_TITLE] == Mark.DONE
    row = person.window.verify_screen.rows[PARTNERS]
    assert row.fix.isVisible()
    person.next()
    person.wait_page(PageId.DONE)
    assert path_marks(person)["Verify"] == Mark.NOT_DONE
    assert "Not everything is off yet" in person.window.done_screen.summary.text()
    # Finish (the last screen's button) asks, as Close does.
    person.window.accept()
    question = person.window.close_question
    assert question is not None and question.isVisible()
    assert PARTNERS_TITLE in question.text()
    assert AI_TITLE not in question.text()
    person.press(person.window.stay)
    assert person.window.isVisible()


def test_finish_closes_without_a_question_when_all_is_off(person, site, new_email):
    start(person, new_email())
    for index in (0, 1):
        switch_off(person, index)
        person.next()
    person.verify()
    person.next()
    person.wait_page(PageId.DONE)
    assert set(path_marks(person).values()) == {Mark.DONE, Mark.HERE}
    person.window.accept()
    assert person.window.close_question is None
    assert not person.window.isVisible()
