"""The wizard's step order, without a screen."""

from __future__ import annotations

from wizard.engine.steps import PageId, Steps, optout_page_id

IDS = ("ai-training", "affiliate-sharing", "research", "ads-off-linkedin")
MISSION = ("ai-training", "affiliate-sharing")


def test_the_path_through_the_mission():
    steps = Steps(IDS)
    order, page = [PageId.WELCOME], PageId.WELCOME
    while page != PageId.DONE:
        page = steps.after(page, MISSION, signed_in=False)
        order.append(page)
    assert order == [
        PageId.WELCOME,
        PageId.SIGN_IN,
        optout_page_id(0),
        optout_page_id(1),
        PageId.VERIFY,
        PageId.DONE,
    ]
    assert steps.after(PageId.DONE, MISSION, signed_in=False) == -1


def test_signed_in_already_skips_sign_in():
    assert Steps(IDS).after(PageId.WELCOME, MISSION, signed_in=True) == optout_page_id(0)


def test_an_extra_gets_its_place_in_catalog_order_and_its_number():
    steps = Steps(IDS)
    chosen = ("ai-training", "affiliate-sharing", "ads-off-linkedin")
    assert steps.after(optout_page_id(1), chosen, True) == optout_page_id(3)
    assert steps.number(optout_page_id(3), chosen) == (3, 3)
    assert steps.number(optout_page_id(2), chosen) is None  # not chosen
    assert steps.of("research") == optout_page_id(2)


def test_a_setting_no_longer_chosen_is_passed_over():
    steps = Steps(IDS)
    assert steps.after(optout_page_id(1), MISSION, True) == PageId.VERIFY
    assert steps.after(optout_page_id(2), MISSION, True) == PageId.VERIFY  # on it, unchosen
