"""When the later checks are offered."""

from __future__ import annotations

import pytest

from wizard.engine.laterchecks import LaterChecksState, another_account


def state(**given):
    base = {
        "remember_ticked": False,
        "signed_in_as": None,
        "forgot": False,
        "session_remembered": False,
        "has_monthly_scheduler": True,
        "has_once_scheduler": True,
    }
    return LaterChecksState(**(base | given))


@pytest.mark.parametrize(
    ("given", "offered"),
    [
        ({}, False),
        ({"remember_ticked": True}, True),
        ({"signed_in_as": "Alex"}, True),
        ({"signed_in_as": ""}, True),  # an account remembered without a name
        ({"signed_in_as": "Alex", "forgot": True}, False),
    ],
)
def test_forget_me_only_when_something_is_remembered(given, offered):
    assert state(**given).forget_offered is offered


def test_the_monthly_check_needs_a_remembered_session_and_a_scheduler():
    assert not state().monthly_offered
    assert state(session_remembered=True).monthly_offered
    assert not state(session_remembered=True, has_monthly_scheduler=False).monthly_offered


def test_tomorrow_is_shown_only_after_something_was_switched_off():
    assert not state(session_remembered=True).tomorrow_shown
    switched = state(switched_off=frozenset({"ai-training"}))
    assert switched.tomorrow_shown and not switched.tomorrow_offered
    assert state(switched_off=frozenset({"x"}), session_remembered=True).tomorrow_offered
    assert not state(switched_off=frozenset({"x"}), has_once_scheduler=False).tomorrow_shown


def test_another_account_is_told_apart():
    assert not another_account(None, "Alex")
    assert not another_account("Alex", "Alex")
    assert another_account("Alex", "account 2")
