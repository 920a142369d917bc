"""The run's record and what the window asks of it, without a window."""

from __future__ import annotations

from wizard.engine.run import RunRecord, StepOutcome
from wizard.reading.result import Check, Report, State

AI, PARTNERS, RESEARCH = "ai-training", "affiliate-sharing", "research"


def report(**states: State) -> Report:
    checks = tuple(Check(i.replace("_", "-"), s, "why") for i, s in states.items())
    return Report(site="https://www.linkedin.com", browser="test", checks=checks)


def test_nothing_is_confirmed_off_before_anything_happened():
    assert RunRecord().not_confirmed_off([AI, PARTNERS]) == [AI, PARTNERS]


def test_a_screen_left_off_counts_until_the_check_says_otherwise():
    record = RunRecord()
    record.left(AI, StepOutcome.OFF)
    record.left(PARTNERS, StepOutcome.SKIPPED)
    assert record.not_confirmed_off([AI, PARTNERS]) == [PARTNERS]
    record.report = report(ai_training=State.ON, affiliate_sharing=State.OFF)
    assert record.not_confirmed_off([AI, PARTNERS]) == [AI]  # the check outranks the screen


def test_not_found_and_errors_are_never_confirmed_off():
    record = RunRecord()
    record.left(AI, StepOutcome.NOT_FOUND)
    assert record.not_confirmed_off([AI]) == [AI]
    record.report = report(ai_training=State.ERROR)
    assert record.not_confirmed_off([AI]) == [AI]


def test_entering_a_screen_again_forgets_how_it_was_left():
    record = RunRecord()
    record.left(AI, StepOutcome.SKIPPED)
    assert record.skipped(AI)
    record.entered(AI)
    assert not record.skipped(AI) and record.outcome(AI) is None


def test_the_check_holds_only_for_the_settings_it_checked():
    record = RunRecord()
    assert not record.check_holds_for([AI, PARTNERS])
    record.report = report(ai_training=State.OFF, affiliate_sharing=State.OFF)
    assert record.check_holds_for([PARTNERS, AI])
    assert not record.check_holds_for([AI, PARTNERS, RESEARCH])  # an extra was added
    assert record.all_done()
    record.forget_check()
    assert not record.all_done() and record.report is None


def test_all_done_needs_every_checked_setting_off_or_not_offered():
    record = RunRecord(report=report(ai_training=State.OFF, affiliate_sharing=State.NOT_FOUND))
    assert not record.all_done()  # not found: LinkedIn may have moved it
    checks = (
        Check(AI, State.OFF, "why"),
        Check(PARTNERS, State.NOT_FOUND, "not offered here", not_offered=True),
    )
    record.report = Report(site="https://www.linkedin.com", browser="test", checks=checks)
    assert record.all_done()
    assert record.not_confirmed_off([AI, PARTNERS]) == []
    assert record.report.exit_status() == 0


def test_a_setting_not_offered_on_its_screen_counts_as_done():
    record = RunRecord()
    record.left(AI, StepOutcome.NOT_OFFERED)
    record.left(PARTNERS, StepOutcome.NOT_FOUND)
    assert record.not_confirmed_off([AI, PARTNERS]) == [PARTNERS]


def test_choices_keep_the_mission_and_add_extras_in_catalog_order(catalog):
    import pytest

    from wizard.engine.run import Choices

    choices = Choices(catalog)
    assert [o.id for o in choices.chosen()] == [AI, PARTNERS]
    assert choices.choose("measure-ad-success", True) is True
    assert choices.choose(RESEARCH, True) is True
    assert choices.choose(RESEARCH, True) is False  # no change
    assert [o.id for o in choices.chosen()] == [AI, PARTNERS, RESEARCH, "measure-ad-success"]
    assert choices.choose(RESEARCH, False) is True
    with pytest.raises(ValueError, match="always in"):
        choices.choose(AI, False)
    with pytest.raises(KeyError, match="nope"):
        choices.choose("nope", True)
