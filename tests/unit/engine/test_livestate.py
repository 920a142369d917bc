"""The live strip's rules, without a screen: what each reading shows, and that an Off
is shown only once a fresh read from the server agrees. Milliseconds per test."""

from __future__ import annotations

import pytest

from wizard.engine.livestate import (
    CONFIRM_DELAY_MS,
    CONFIRM_RETRY_DELAY_MS,
    Live,
    Tracker,
    live_view,
)

AI = "ai-training"


def reading(checked: bool | None, ready: bool = True, **more: object) -> dict:
    return {
        "found": True,
        "matchedBy": "id",
        "label": "Use my data for training content creation AI models",
        "checked": checked,
        "ready": ready,
        **more,
    }


OFF, ON = reading(False), reading(True)


@pytest.fixture
def tracker(catalog) -> Tracker:
    return Tracker(catalog.get(AI))


def test_a_first_off_is_confirmed_at_once_never_shown_before(tracker):
    step = tracker.reading(OFF, True)
    assert step.view.live is Live.CONFIRMING
    assert step.confirm_in_ms == 0  # a fresh page: no save to wait for
    assert tracker.reading(OFF, True).view is None  # already asking: nothing new
    done = tracker.confirmed(OFF)
    assert done.view.live is Live.OFF
    assert not done.switched  # it was off already: nothing switched in this run


def test_a_flip_waits_for_the_save_then_counts_as_switched(tracker):
    assert tracker.reading(ON, True).view.live is Live.ON
    step = tracker.reading(OFF, True)
    assert step.view.live is Live.CONFIRMING and step.confirm_in_ms == CONFIRM_DELAY_MS
    assert step.cancel
    done = tracker.confirmed(OFF)
    assert done.view.live is Live.OFF and done.switched
    assert tracker.reading(OFF, True).view.live is Live.OFF  # the server agrees: shown


def test_a_slow_save_gets_one_more_look_then_says_not_kept(tracker):
    tracker.reading(ON, True)
    tracker.reading(OFF, True)
    again = tracker.confirmed(ON)
    assert again.view is None and again.confirm_in_ms == CONFIRM_RETRY_DELAY_MS
    assert tracker.confirmed(ON).view.live is Live.NOT_KEPT
    assert not tracker.view.live.lets_you_continue


def test_a_read_that_timed_out_is_not_confirmed_and_never_off(tracker):
    tracker.reading(OFF, True)
    assert tracker.confirmed(None).view.live is Live.NOT_READY


def test_a_new_document_forgets_what_the_last_one_said(tracker):
    tracker.reading(OFF, True)
    tracker.confirmed(OFF)
    step = tracker.fresh_page()
    assert step.view.live is Live.LOOKING and step.cancel
    assert tracker.reading(OFF, True).view.live is Live.CONFIRMING  # asked again


def test_redrawing_during_a_confirmation_changes_nothing(tracker):
    tracker.reading(ON, True)
    tracker.reading(OFF, True)
    assert tracker.reading({"found": False}, False).view is None
    assert tracker.view.live is Live.CONFIRMING


@pytest.mark.parametrize(
    ("raw", "settled", "live"),
    [
        (OFF, False, Live.LOOKING),  # not an answer yet
        (reading(False, ready=False), True, Live.NOT_READY),  # a placeholder, at the limit
        (None, True, Live.LOOKING),
        ({"signedOut": True}, True, Live.SIGNED_OUT),
        ({"challenge": True}, True, Live.CHALLENGE),
        ({"found": False, "notOffered": True}, True, Live.NOT_OFFERED),
        ({"found": False}, True, Live.NOT_FOUND),
        (reading(None), True, Live.NOT_FOUND),  # found, state unreadable
        (reading(False, matchedBy="guess"), True, Live.NOT_FOUND),  # no known rule
    ],
)
def test_what_each_reading_shows_and_none_of_them_is_off(catalog, raw, settled, live):
    assert live_view(raw, settled, catalog.get(AI)).live is live


def test_only_off_and_nothing_to_do_let_the_member_go_on():
    assert {v for v in Live if v.lets_you_continue} == {
        Live.OFF,
        Live.NOT_FOUND,
        Live.NOT_OFFERED,
    }
