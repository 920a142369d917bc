"""An objection is a request, not a setting: kept beside the history, carried into
later reports with its date and case, offered again after a year, and never part of
a verdict or an exit status."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest

from tests.helpers.proofs import fixed_report
from wizard.catalog.model import CatalogError, default_catalog_path, load_catalog
from wizard.engine.steps import Mark, PageId, Steps
from wizard.proof.aftercheck import after_check
from wizard.proof.history import History
from wizard.reading.objection import FormReading, FormState, Objection
from wizard.reading.result import Report, State

SITE = "https://www.linkedin.com"
DECEMBER = datetime(2026, 12, 7, 10, 0, tzinfo=UTC)


def objection(account: str | None = "Alex Member", **changes) -> Objection:
    sent = Objection(DECEMBER, SITE, account, "261207-000123", "We received your request")
    return replace(sent, **changes)


def test_it_reads_as_sent_with_its_date_and_case_and_what_comes_next():
    sent = objection()
    assert sent.word() == "Sent"
    assert sent.sentence("en") == "Objection sent on Monday, 7 December 2026, case 261207-000123."
    assert "answers by e-mail" in sent.next_step()
    no_case = objection(case_number=None)
    assert "no case number was shown" in no_case.sentence("en")


def test_kept_and_read_back_per_site_and_account(tmp_path):
    history = History(tmp_path / "history.jsonl")
    history.keep_objection(objection())
    history.keep_objection(objection(account="Someone Else", case_number="261207-000124"))
    history.keep_objection(objection(sent_at=DECEMBER + timedelta(days=1), case_number="2"))
    assert history.objections_path.name == "objections.jsonl"
    assert not history.path.exists()  # the verifications' file is not touched
    mine = history.objections(SITE, "Alex Member")
    assert [o.case_number for o in mine] == ["261207-000123", "2"]
    assert all(o.carried and o.evidence is None for o in mine)
    assert history.last_objection(SITE, "Alex Member").case_number == "2"
    assert history.last_objection("https://other.example", "Alex Member") is None


def test_a_damaged_line_is_never_taken_for_a_request_sent(tmp_path):
    history = History(tmp_path / "history.jsonl")
    history.objections_path.write_text(
        '{"sent_at": "yesterday", "site": "x"}\nnot json\n{"site": 3}\n', encoding="utf-8"
    )
    assert history.objections() == []
    history.keep_objection(objection())
    assert len(history.objections()) == 1


def test_later_checks_carry_the_last_one_and_it_changes_no_verdict(tmp_path):
    history = History(tmp_path / "history.jsonl")
    history.keep_objection(objection())
    base = fixed_report(tmp_path)
    on = replace(base, checks=(replace(base.checks[0], state=State.ON), *base.checks[1:]))
    done = after_check(on, history)
    assert done.report.objection is not None
    assert done.report.objection.case_number == "261207-000123"
    # The switch on still says so, exactly as without the objection.
    assert done.report.exit_status() == on.exit_status() != 0
    assert done.report.tone() == on.tone() == "bad"
    assert done.report.verdict() == on.verdict()
    assert [c.optout_id for c in done.report.checks] == [c.optout_id for c in on.checks]
    # The history line holds it too: read back, it is still the request, carried.
    line = json.loads(history.path.read_text(encoding="utf-8").splitlines()[-1])
    assert line["objection"]["case"] == "261207-000123"
    assert Report.from_json(line).objection.carried
    assert "Data Processing Objection: Sent." in done.report.table()
    # Another account's check carries nothing of it.
    other = after_check(replace(base, account="Someone Else"), history)
    assert other.report.objection is None


def test_a_damaged_objection_in_a_kept_report_leaves_the_check_whole(tmp_path):
    raw = fixed_report(tmp_path).to_json()
    raw["objection"] = {"sent_at": 12}
    report = Report.from_json(raw)
    assert report.objection is None and len(report.checks) == len(raw["results"])


def test_offered_again_only_after_a_year():
    assert not objection().due_again(DECEMBER + timedelta(days=364))
    assert objection().due_again(DECEMBER + timedelta(days=365))


def test_the_page_reader_answers_are_taken_only_as_said():
    sent = FormReading.parse({"kind": "sent", "caseNumber": "261207-000001", "said": "x" * 999})
    assert sent.state is FormState.SENT and sent.case_number == "261207-000001"
    assert len(sent.said) == 240
    odd = FormReading.parse({"kind": "off", "invalid": "2", "caseNumber": ""})
    assert odd.state is FormState.OTHER and odd.invalid == 0 and odd.case_number is None


def test_the_step_comes_after_the_check_and_is_done_only_once_sent():
    steps = Steps(("ai-training", "affiliate-sharing"))
    chosen = ["ai-training", "affiliate-sharing"]
    assert steps.after(PageId.VERIFY, chosen, True) == PageId.DONE
    assert steps.after(PageId.VERIFY, chosen, True, objection=True) == PageId.OBJECTION
    assert steps.after(PageId.OBJECTION, chosen, True, objection=True) == PageId.DONE
    assert steps.path(chosen, objection=True)[-2:] == [PageId.OBJECTION, PageId.DONE]
    visited = steps.path(chosen, objection=True)[:-1]
    for sent, mark in ((True, Mark.DONE), (False, Mark.SKIPPED)):
        marks = dict(steps.marks(chosen, PageId.DONE, visited, objection=sent))
        assert marks[PageId.OBJECTION] is mark
    assert PageId.OBJECTION not in dict(steps.marks(chosen, PageId.DONE, visited))


def test_the_catalog_knows_the_form_in_ten_languages(catalog):
    form = catalog.objection
    assert form is not None and form.path == "/help/linkedin/ask/TS-DPRO"
    for table in (form.suggested, form.confirmation, form.unavailable, form.topic):
        assert set(table) == {"en", "de", "fr", "es", "it", "nl", "pl", "pt", "sv", "zh_Hant"}
    assert form.suggestion("xx") == form.suggestion("en")  # English where a language lacks
    import re

    assert re.fullmatch(form.case_number, "261207-000123")
    assert not re.fullmatch(form.case_number, "2026")


@pytest.mark.parametrize(
    ("bad", "message"),
    [
        ('case_number = "[0-9"', "not a regular expression"),
        ('case_number = "[0-9]*"', "matches nothing at all"),
    ],
    ids=["broken", "empty-match"],
)
def test_a_broken_case_pattern_is_named(tmp_path, bad, message):
    text = default_catalog_path().read_text(encoding="utf-8")
    shipped = 'case_number = "[0-9]{6}-[0-9]{6}|[0-9]{8,12}"'
    assert shipped in text
    path = tmp_path / "optouts.toml"
    path.write_text(text.replace(shipped, bad), encoding="utf-8")
    with pytest.raises(CatalogError, match=message):
        load_catalog(path)


def test_a_catalog_without_the_form_offers_no_step(tmp_path):
    text = default_catalog_path().read_text(encoding="utf-8")
    path = tmp_path / "optouts.toml"
    path.write_text(text.split("\n[objection]\n")[0] + "\n", encoding="utf-8")
    catalog = load_catalog(path)
    assert catalog.objection is None
    from wizard.engine.run import Choices

    choices = Choices(catalog)
    assert not choices.choose_objection(True) and not choices.objection
