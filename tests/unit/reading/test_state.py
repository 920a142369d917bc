"""The detector's answer, parsed, and turned into a state: only a switch found by a
known rule and read exactly off is OFF; anything malformed or half-read is not."""

from __future__ import annotations

import pytest

from wizard.practice.accounts import Faults
from wizard.reading.detect import state_from_result
from wizard.reading.reading import Box, Reading
from wizard.reading.result import State


@pytest.mark.parametrize(
    "raw",
    [
        None,
        "OFF",
        {},
        {"found": True, "checked": False},  # no match rule: not trusted
        {"found": True, "checked": 0, "matchedBy": "id"},  # falsy is not off
        {"found": True, "checked": None, "matchedBy": "id"},
        {"found": "yes", "checked": False, "matchedBy": "id"},
        {"found": False, "checked": False, "matchedBy": "id"},
        {"found": True, "checked": False, "matchedBy": "css-class"},
    ],
)
def test_malformed_answers_are_never_off(catalog, raw):
    state, reason = state_from_result(raw, catalog.get("ai-training"))
    assert state is not State.OFF
    assert reason


def test_signed_out_wins_over_a_switch(catalog):
    raw = {"found": True, "checked": False, "matchedBy": "id", "signedOut": True}
    assert state_from_result(raw, catalog.get("ai-training"))[0] is State.SIGNED_OUT


def test_faults_fixture_is_the_one_the_site_uses():
    assert Faults.parse(["german"]).relabelled


def test_the_parse_is_strict_about_what_it_trusts():
    reading = Reading.parse(
        {
            "found": 1,
            "ready": "true",
            "checked": "false",
            "matchedBy": "id",
            "box": {"x": 1, "y": 2, "width": 0.5, "height": 9},
            "unnamedSwitches": True,
        }
    )
    assert reading is not None
    assert reading.found is False and reading.ready is False  # only exactly true is true
    assert reading.checked is None  # neither on nor off: never off
    assert reading.box is None  # a box under a pixel shows nothing
    assert reading.unnamed_switches == 0  # a flag is no count
    assert Reading.parse("nothing") is None and Reading.parse(None) is None
    same = Reading(found=True)
    assert Reading.parse(same) is same


def test_a_box_is_read_whole_or_not_at_all():
    assert Box.parse({"x": 1, "y": 2, "width": 30, "height": 20}) == Box(1, 2, 30, 20)
    assert Box.parse({"x": 1, "y": 2, "width": "wide", "height": 20}) is None
    assert Box.parse({"x": 1}) is None


def test_a_switch_named_only_by_its_description_says_so(catalog):
    raw = {"found": True, "ready": True, "checked": True, "matchedBy": "label"}
    state, reason = state_from_result(
        {**raw, "nameFrom": "description"}, catalog.get("ai-training")
    )
    assert state is State.ON and "recognised by its description" in reason


def test_a_switch_with_no_name_at_all_is_not_said_to_be_loading(catalog):
    raw = {"found": True, "ready": False, "loading": "unnamed", "matchedBy": "id"}
    state, reason = state_from_result(raw, catalog.get("ai-training"))
    assert state is State.NOT_FOUND and "no name at all" in reason
    assert "loading" not in reason
