"""'Switch it off for me' is the member's own click: a real mouse press and release
at the switch's visible centre, which the page sees as trusted. A page that ignores
clicks no person made still switches off; a switch something covers is said, and left
outlined for the member's own click."""

from __future__ import annotations

import time

import pytest

from tests.e2e.wizard.test_live_strip import signed_in_at_step
from wizard.engine.livestate import Live

pytestmark = pytest.mark.gui

AI = "ai-training"


def test_a_page_that_ignores_clicks_no_person_made_is_switched_off(person, site, new_email):
    email = new_email("untrusted")
    signed_in_at_step(person, site, email)
    person.wait_live(0, Live.ON)
    person.press(person.screen(0).switch_button)
    person.wait_live(0, Live.OFF)
    assert site.settings_of(email)[AI] is False  # LinkedIn holds it off


def test_a_covered_switch_is_said_within_seconds_and_left_for_the_member(person, site, new_email):
    email = new_email("covered")
    signed_in_at_step(person, site, email)
    person.wait_live(0, Live.ON)
    screen = person.screen(0)
    pressed = time.monotonic()
    person.press(screen.switch_button)

    def said() -> None:
        assert "did not reach the switch" in screen.strip.detail.text()

    person.qtbot.waitUntil(said, timeout=8_000)
    assert time.monotonic() - pressed < 8
    assert screen.view.live is Live.ON
    assert site.settings_of(email)[AI] is True  # nothing was changed behind the member
    # Still outlined, for the member's own click.
    outline = person.js(
        "(() => { const s = document.querySelector('[aria-labelledby=allowDataForGenerativeAI]');"
        " return s ? getComputedStyle(s).outlineStyle : null; })()"
    )
    assert outline == "solid"
