"""The path beside the screens: every step in order, each with its mark."""

from __future__ import annotations

from wizard.engine.steps import Mark, PageId, Steps, optout_page_id

IDS = ("ai-training", "affiliate-sharing", "research")


def test_the_path_holds_the_chosen_settings_in_catalog_order():
    steps = Steps(IDS)
    assert steps.path(["research", "ai-training"]) == [
        PageId.WELCOME,
        PageId.SIGN_IN,
        optout_page_id(0),
        optout_page_id(2),
        PageId.VERIFY,
        PageId.DONE,
    ]


def test_marks_follow_where_the_member_is_and_what_was_skipped():
    steps = Steps(IDS)
    chosen = ["ai-training", "affiliate-sharing"]
    visited = [PageId.WELCOME, PageId.SIGN_IN, optout_page_id(0), optout_page_id(1)]
    marks = dict(steps.marks(chosen, optout_page_id(1), visited, skipped=["ai-training"]))
    assert marks == {
        PageId.WELCOME: Mark.DONE,
        PageId.SIGN_IN: Mark.DONE,
        optout_page_id(0): Mark.SKIPPED,
        optout_page_id(1): Mark.HERE,
        PageId.VERIFY: Mark.TO_COME,
        PageId.DONE: Mark.TO_COME,
    }


def test_a_step_not_yet_visited_is_to_come_even_behind_the_member():
    steps = Steps(IDS)
    marks = dict(steps.marks(["ai-training"], PageId.VERIFY, [PageId.WELCOME, PageId.VERIFY]))
    assert marks[PageId.SIGN_IN] is Mark.TO_COME  # signed in already: Welcome skipped it
    assert marks[PageId.WELCOME] is Mark.DONE


def test_signing_in_again_for_the_check_leads_straight_back_to_it():
    steps = Steps(IDS)
    assert steps.after(PageId.SIGN_IN, IDS, True) == optout_page_id(0)
    assert steps.after(PageId.SIGN_IN, IDS, True, back_to_check=True) == PageId.VERIFY


def test_a_screens_setting():
    steps = Steps(IDS)
    assert steps.optout_id(optout_page_id(2)) == "research"
    assert steps.optout_id(PageId.VERIFY) is None
