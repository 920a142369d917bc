"""A listed setting seen in an earlier check is not new: the same row is the same page,
or else the same title written either way."""

from __future__ import annotations

from datetime import UTC, datetime

from wizard.reading.result import ListedSetting, Listing, State

MARCH = datetime(2026, 3, 3, tzinfo=UTC)
TODAY = datetime(2026, 12, 3, tzinfo=UTC)


def row(title: str, url: str, when: datetime = TODAY) -> ListedSetting:
    return ListedSetting(title, State.ON, url, when)


def test_a_row_an_earlier_check_showed_is_dated_by_it_and_not_new():
    earlier = Listing((row("Data for AI features", "https://x.test/s/ai", MARCH),), ())
    now = Listing((row("Data for AI features", "https://x.test/s/ai/"),), ()).since([earlier])
    assert now.unknown[0].first_seen == MARCH
    assert not now.unknown[0].new


def test_the_same_title_written_another_way_at_another_page_is_the_same_row():
    earlier = Listing((row("LinkedIn’s  AI Features", "https://x.test/old", MARCH),), ())
    now = Listing((row("linkedin's ai features", "https://x.test/new"),), ()).since([earlier])
    assert now.unknown[0].first_seen == MARCH and not now.unknown[0].new


def test_a_row_no_earlier_check_showed_is_new():
    earlier = Listing((row("Something else", "https://x.test/s/else", MARCH),), ())
    now = Listing((row("Data for AI features", "https://x.test/s/ai"),), ()).since([earlier])
    assert now.unknown[0].new and now.unknown[0].first_seen == TODAY
    assert now.new_and_on() == now.unknown
