"""The objection step (#39): LinkedIn's Data Processing Objection form in the wizard's
own view, driven as a person does (clicks and typing into the practice form), with
LinkedIn's confirmation recognised and kept as proof, and never taken for a switch
that is off."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage
from PySide6.QtWidgets import QWizard

from tests.helpers.driving import Person, make_window, words
from wizard.engine.steps import PageId
from wizard.practice import Faults
from wizard.proof.history import History
from wizard.proof.reporthtml import render_html
from wizard.reading.objection import FormState, Objection
from wizard.reading.result import EXIT_ALL_OFF, State

pytestmark = pytest.mark.gui

FORM_WAIT_MS = 20_000


@pytest.fixture
def history(tmp_path) -> History:
    return History(tmp_path / "history.jsonl")


@pytest.fixture
def windows():
    """Each window closed as the app closes it (pages before their profile)."""
    made: list = []
    yield made
    for window in made:
        window.close()
        window.shutdown()


def start(qtbot, site, catalog, history: History, windows: list) -> Person:
    """A wizard that keeps its history (the practice default keeps none)."""
    window = make_window(qtbot, site.url, catalog, history=history)
    windows.append(window)
    return Person(qtbot, window)


def choose_the_step(person: Person) -> None:
    """Welcome → More options → the objection box, as a member ticks it."""
    welcome = person.window.welcome_screen
    person.press(welcome.more_button)
    box = welcome.objection
    assert box is not None and box.isVisible()
    assert "LinkedIn decides; it answers by e-mail." in box.accessibleDescription()
    person.qtbot.mouseClick(box, Qt.MouseButton.LeftButton)
    person.qtbot.waitUntil(lambda: person.ctx.objection_chosen)
    assert PageId.OBJECTION in [line.page_id for line in person.window.path.lines]


def to_the_form(person: Person, email: str) -> object:
    """Both switches off, the check, then Next: the objection screen shows the form."""
    person.switch_both_off(email)
    person.verify()
    person.next()
    person.wait_page(PageId.OBJECTION)
    return person.window.objection_screen


def wait_form(person: Person, screen, *states: FormState) -> None:
    def shows() -> None:
        assert screen.reading.state in states, (screen.reading, screen.strip.text())

    person.qtbot.waitUntil(shows, timeout=FORM_WAIT_MS)


def retype_in_page(person: Person, selector: str, text: str) -> None:
    """Click into a field that holds text, select it all, type over it."""
    person.click_in_page(selector)
    proxy = person.pane.view.focusProxy()
    person.qtbot.waitUntil(
        lambda: person.js(f"document.activeElement === document.querySelector('{selector}')"),
        timeout=FORM_WAIT_MS,
    )
    person.qtbot.keyClick(proxy, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    person.qtbot.keyClicks(proxy, text)
    person.qtbot.waitUntil(
        lambda: person.js(f"document.querySelector('{selector}').value") == text,
        timeout=FORM_WAIT_MS,
    )


def fill_in(person: Person, screen, email: str) -> None:
    """Name, e-mail, the topic by keyboard, the suggested text copied and pasted."""
    person.type_in_page("#ask-name", "Alex Member")
    person.type_in_page("#ask-email", email)
    proxy = person.pane.view.focusProxy()
    person.qtbot.keyClick(proxy, Qt.Key.Key_Tab)  # on to "What do you object to?"
    person.qtbot.waitUntil(
        lambda: person.js("document.activeElement.id") == "ask-topic", timeout=FORM_WAIT_MS
    )
    person.qtbot.keyClick(proxy, Qt.Key.Key_U)  # the first choice that starts with "U"
    person.qtbot.waitUntil(
        lambda: person.js("document.querySelector('#ask-topic').value") == "ai",
        timeout=FORM_WAIT_MS,
    )
    person.press(screen.copy_button)
    suggestion = screen.suggestion.toPlainText()
    assert QGuiApplication.clipboard().text() == suggestion
    assert "Copied" in screen.copied.text()
    person.click_in_page("#ask-details")
    person.qtbot.waitUntil(
        lambda: person.js("document.activeElement.id") == "ask-details", timeout=FORM_WAIT_MS
    )
    person.qtbot.keyClick(proxy, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    person.qtbot.waitUntil(
        lambda: person.js("document.querySelector('#ask-details').value") == suggestion,
        timeout=FORM_WAIT_MS,
    )


def test_a_member_objects_and_the_confirmation_is_kept_as_proof(
    qtbot, site, catalog, new_email, history, windows
):
    email = new_email("objectionlate=1500")  # LinkedIn draws its answer late
    person = start(qtbot, site, catalog, history, windows)
    choose_the_step(person)
    screen = to_the_form(person, email)
    wait_form(person, screen, FormState.FORM)
    assert "Fill in the form" in screen.strip.text()
    next_button = person.window.button(QWizard.WizardButton.NextButton)
    assert not next_button.property("primary")  # what to do is in the page, not Next
    topic = catalog.objection.topic_in("en")
    assert topic in words(screen.explanation)

    seen: list[FormState] = []
    person.pane.bridge.formChanged.connect(lambda raw: seen.append(FormState(raw["kind"])))
    fill_in(person, screen, "alex@")  # an address LinkedIn will not take
    person.click_in_page("#ask-submit")
    person.qtbot.waitUntil(lambda: screen.reading.invalid > 0, timeout=FORM_WAIT_MS)
    assert "shows what to correct" in screen.strip.text()
    assert "Nothing has been sent" in screen.strip.text()
    assert person.ctx.record.objection is None
    assert site.account(email).objections == []  # only the member's own press sends it

    retype_in_page(person, "#ask-email", "alex@example.org")
    person.click_in_page("#ask-submit")
    person.qtbot.waitUntil(lambda: person.ctx.record.objection is not None, timeout=FORM_WAIT_MS)
    assert FormState.BUSY in seen  # "Sending…" was not taken for the answer
    objection = person.ctx.record.objection
    sent = site.account(email).objections
    assert len(sent) == 1 and sent[0]["email"] == "alex@example.org"
    assert sent[0]["details"] == catalog.objection.suggestion("en")
    assert objection.case_number == sent[0]["case"]
    assert "We received your request" in objection.said
    assert next_button.property("primary")  # sent: going on is what is left
    strip = screen.strip.text()
    assert "Sent." in strip and sent[0]["case"] in strip and "e-mail" in strip

    # The picture shows LinkedIn's confirmation as drawn, not the "Sending…" before it
    # (the view's frame arrives after the page's word that it is there): once kept,
    # it is what the view shows now that the page is still.
    assert objection.evidence is not None and objection.evidence.is_file()
    person.qtbot.waitUntil(screen.picture_settled, timeout=FORM_WAIT_MS)
    shown = person.pane.view.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    kept = QImage(str(objection.evidence)).convertToFormat(QImage.Format.Format_RGB32)
    assert kept.size() == shown.size() and kept == shown, "the picture is not the page as drawn"
    picture = QImage(str(objection.evidence))
    assert picture.width() > 200 and picture.height() > 100
    colours = {picture.pixel(x, y) for x in range(0, picture.width(), 7) for y in range(0, 200, 7)}
    assert len(colours) > 3

    # History: kept at once, with the date and the case.
    kept = history.objections(objection.site, objection.account)
    assert [o.case_number for o in kept] == [objection.case_number]

    # The report names it, in its own word; the verdict is the switches' alone.
    report = person.ctx.record.report
    assert report.objection is not None and report.objection.case_number == objection.case_number
    assert report.exit_status() == EXIT_ALL_OFF and report.tone() == "good"
    assert [c.optout_id for c in report.checks] == ["ai-training", "affiliate-sharing"]
    assert all(c.state is State.OFF for c in report.checks)
    assert json.loads(report.dumps())["objection"]["case"] == objection.case_number
    page = render_html(report)
    assert "Data Processing Objection" in page and objection.case_number in page
    assert "Sent" in page

    person.next()
    person.wait_page(PageId.DONE)
    done = person.window.done_screen
    card = words(done.objection_text)
    assert "Data Processing Objection: Sent" in card and objection.case_number in card
    assert not done.objection_button.isVisible()  # sent today: nothing to offer again
    assert done.objection_picture.isVisible()  # the proof, beside the switches' pictures
    marks = {line.page_id: line.mark for line in person.window.path.lines}
    assert marks[PageId.OBJECTION] == "✓"


def test_the_form_not_offered_in_the_region_is_said_plainly(
    qtbot, site, catalog, new_email, history, windows
):
    person = start(qtbot, site, catalog, history, windows)
    choose_the_step(person)
    screen = to_the_form(person, new_email("objectionregion"))
    wait_form(person, screen, FormState.UNAVAILABLE)
    said = screen.strip.text()
    assert "does not offer this form in your region" in said
    assert person.window.button(QWizard.WizardButton.NextButton).property("primary")
    assert "Nothing was sent" in said
    assert person.ctx.record.objection is None
    assert history.objections() == []
    person.next()  # the step is optional: Next goes on
    person.wait_page(PageId.DONE)
    assert person.ctx.record.report.objection is None
    marks = {line.page_id: line.mark for line in person.window.path.lines}
    assert marks[PageId.OBJECTION] == "–"  # passed over, never "done"


def test_signed_out_before_sending_nothing_is_recorded_and_the_member_gets_back(
    qtbot, site, catalog, new_email, history, windows
):
    email = new_email("objectionsignout")
    person = start(qtbot, site, catalog, history, windows)
    choose_the_step(person)
    screen = to_the_form(person, email)
    wait_form(person, screen, FormState.FORM)
    fill_in(person, screen, "alex@example.org")
    person.click_in_page("#ask-submit")
    wait_form(person, screen, FormState.SIGNED_OUT)
    said = screen.strip.text()
    assert "signed you out before the form was sent" in said and "nothing was sent" in said
    assert person.ctx.record.objection is None and site.account(email).objections == []
    # Signing in again in the page leads back to the form.
    site.configure(email, faults=Faults())  # the member signs in again: nothing ends it now
    person.type_in_page("#username", email)
    person.type_in_page("#password", "sentinel-password")
    person.click_in_page("button[type=submit]")
    wait_form(person, screen, FormState.FORM)
    assert person.ctx.record.objection is None
    # LinkedIn fails to answer: said on the step too; the page's Retry brings it back.
    site.configure(email, faults=Faults(error_500=True))
    person.press(screen.again_button)
    person.qtbot.waitUntil(lambda: "could not be opened" in screen.strip.text(), timeout=20_000)
    assert "HTTP 500" in screen.strip.text() and "Nothing was sent" in screen.strip.text()
    site.configure(email, faults=Faults())
    person.press(person.pane.retry_button)
    wait_form(person, screen, FormState.FORM)
    assert "Fill in the form" in screen.strip.text()


def test_done_offers_the_objection_again_after_a_year(
    qtbot, site, catalog, new_email, history, windows
):
    email = new_email()
    name = site.account(email).display_name
    from wizard.base.site import Site

    old = Objection(
        sent_at=datetime.now(UTC) - timedelta(days=400),
        site=Site(site.url).origin,
        account=name,
        case_number="241102-000042",
        said="We received your request",
    )
    history.keep_objection(old)
    person = start(qtbot, site, catalog, history, windows)
    person.to_done(email)
    report = person.ctx.record.report
    assert report.objection is not None and report.objection.case_number == "241102-000042"
    assert report.exit_status() == EXIT_ALL_OFF  # carried, and changes no verdict
    done = person.window.done_screen
    assert "241102-000042" in words(done.objection_text)
    assert "over a year ago" in words(done.objection_text)
    assert done.objection_button.isVisible()
    person.press(done.objection_button)
    person.wait_page(PageId.OBJECTION)
    wait_form(person, person.window.objection_screen, FormState.FORM)
