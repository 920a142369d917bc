"""What each live state offers the member, how a screen is left in it, and which
readings of the embedded page count: rules without a window."""

from __future__ import annotations

import pytest

from wizard.engine.livestate import Heard, Live, Tracker, from_this_load
from wizard.engine.run import StepOutcome
from wizard.reading.reading import Reading

OFFERS = {
    # live: (switch off for me, sign in, reload, the way, Next, outcome)
    Live.LOOKING: (False, False, False, False, False, None),
    Live.ON: (True, False, False, False, False, None),
    Live.OFF: (False, False, False, False, True, StepOutcome.OFF),
    Live.CONFIRMING: (False, False, False, False, False, None),
    Live.NOT_KEPT: (True, False, True, False, False, None),
    Live.NOT_FOUND: (False, False, False, True, True, StepOutcome.NOT_FOUND),
    Live.NOT_OFFERED: (False, False, False, False, True, StepOutcome.NOT_OFFERED),
    Live.SIGNED_OUT: (False, True, False, False, False, None),
    Live.CHALLENGE: (False, False, False, False, False, None),
    Live.PAGE_ERROR: (False, False, False, False, False, None),
    Live.NOT_READY: (False, False, True, False, False, None),
}


def test_every_state_is_in_the_table():
    assert set(OFFERS) == set(Live)


@pytest.mark.parametrize("live", list(Live))
def test_what_each_state_offers(live):
    switch, sign_in, reload, way, next_ok, outcome = OFFERS[live]
    assert live.offers_switch_off is switch
    assert live.offers_sign_in is sign_in
    assert live.offers_reload is reload
    assert live.shows_the_way is way
    assert live.lets_you_continue is next_ok
    assert live.outcome is outcome


def test_an_on_switch_never_lets_the_member_go_on():
    assert not Live.ON.lets_you_continue and Live.ON.outcome is None


OWN = "/mypreferences/d/settings/data-for-ai-improvement"


@pytest.mark.parametrize(
    ("reading", "heard"),
    [
        (Reading(doc_start=1000.0, path=OWN, found=True), Heard.HERE),
        (Reading(doc_start=1000.0, path=OWN + "/", found=False), Heard.HERE),
        (Reading(doc_start=1000.0, path="/mypreferences/d/categories/privacy"), Heard.ELSEWHERE),
        (Reading(doc_start=1000.0, path="/login", signed_out=True), Heard.HERE),
        (Reading(doc_start=1000.0, path="/checkpoint/challenge/x", challenge=True), Heard.HERE),
        (
            Reading(doc_start=1000.0, path=None, found=False),
            Heard.HERE,
        ),  # an engine that says no path
    ],
)
def test_where_a_reading_was_made(catalog, reading, heard):
    """The page being left is the pane's to drop (from_this_load, below): here only
    the setting's own page, or one that says something anywhere, counts."""
    assert Tracker(catalog.get("ai-training")).where(reading) is heard


@pytest.mark.parametrize(
    ("doc_start", "url", "counts"),
    [
        (1000.0, "https://x.test/login", True),  # started after the load: a redirect, ours
        (970.0, "https://x.test" + OWN, True),  # within the slack, at the address asked
        (970.0, "https://x.test" + OWN + "#top", True),
        (970.0, "https://x.test/login", False),  # the load asked a moment before this one
        (900.0, "https://x.test" + OWN, False),  # the page being left
        (None, "https://x.test" + OWN, False),
    ],
)
def test_a_document_from_a_moment_before_counts_only_at_the_address_asked(doc_start, url, counts):
    """A remembered session moves the wizard on while the Sign in screen's own page is
    still arriving: that sign-in page must not be read as the setting's "signed out"."""
    reading = Reading(doc_start=doc_start, url=url, signed_out=url.endswith("/login"))
    assert from_this_load(reading, 1000.0, "https://x.test" + OWN) is counts
