"""The history: every check kept, per site and per account, and what changed."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import UTC, datetime, timedelta

from tests.helpers.proofs import fixed_report
from wizard.proof.history import History
from wizard.reading.result import Report, State


def at(report: Report, when: datetime, **states: State) -> Report:
    checks = tuple(
        replace(c, state=states.get(c.optout_id.replace("-", "_"), c.state)) for c in report.checks
    )
    return replace(report, checked_at=when, checks=checks)


def test_history_flags_a_change_since_the_last_check(tmp_path):
    history = History(tmp_path / "history.jsonl")
    base = fixed_report(tmp_path)
    march = datetime(2026, 3, 3, 9, 0, tzinfo=UTC)
    first = history.keep(at(base, march, ai_training=State.OFF, affiliate_sharing=State.OFF))
    assert first.changes == () and first.earlier == ()
    later = at(base, march + timedelta(days=30), ai_training=State.ON, affiliate_sharing=State.OFF)
    kept = history.keep(later)
    assert [(c.optout_id, c.before, c.after) for c in kept.changes] == [
        ("ai-training", State.OFF, State.ON)
    ]
    assert kept.changes[0].worse
    assert (
        kept.changes[0].sentence()
        == "Data for Generative AI Improvement: was Off on Tuesday, 3 March 2026, now On"
    )
    assert [r.checked_at for r in kept.earlier] == [march]
    assert len(history.entries(base.site, base.account)) == 2
    again = history.keep(
        at(base, march + timedelta(days=31), ai_training=State.ON, affiliate_sharing=State.OFF)
    )
    assert again.changes == ()


def test_history_keeps_no_evidence_paths_and_nothing_secret(tmp_path):
    history = History(tmp_path / "history.jsonl")
    history.keep(fixed_report(tmp_path))
    line = json.loads((tmp_path / "history.jsonl").read_text().splitlines()[0])
    assert set(line) == {"site", "checked_at", "browser", "account", "results"}
    assert all(r["evidence"] is None for r in line["results"])


def test_history_is_per_site(tmp_path):
    history = History(tmp_path / "history.jsonl")
    report = fixed_report(tmp_path)
    history.keep(replace(report, site="http://127.0.0.1:9"))
    later = replace(report, checked_at=report.checked_at + timedelta(days=1))
    assert history.keep(later).changes == ()


def test_two_accounts_are_never_compared_with_each_other(tmp_path):
    """Two accounts' runs were flagged as 'changed' against each other when one
    had no name the page showed."""
    history = History(tmp_path / "history.jsonl")
    base = fixed_report(tmp_path)
    day = datetime(2026, 3, 3, 9, 0, tzinfo=UTC)
    named = replace(at(base, day, ai_training=State.OFF), account="Alex Member")
    history.keep(named)
    unnamed = replace(at(base, day + timedelta(hours=1), ai_training=State.ON), account=None)
    kept = history.keep(unnamed)
    assert kept.changes == () and kept.earlier == ()
    other = replace(at(base, day + timedelta(hours=2), ai_training=State.ON), account="Sam Other")
    assert history.keep(other).changes == ()
    back = replace(at(base, day + timedelta(hours=3), ai_training=State.ON), account="Alex Member")
    assert [c.optout_id for c in history.keep(back).changes] == ["ai-training"]


def test_damaged_history_is_set_aside_with_a_message_and_the_rest_kept(tmp_path):
    path = tmp_path / "history.jsonl"
    path.write_text('{"site": "x"}\nnot json at all\n')
    history = History(path)
    kept = history.keep(fixed_report(tmp_path))
    assert "were damaged" in kept.notice
    aside = list(tmp_path.glob("history.jsonl.damaged-*"))
    assert len(aside) == 1
    assert aside[0].read_text().startswith('{"site": "x"}')
    assert len(History(path).read().reports) == 1


def test_dates_follow_each_language_grammar_and_one_chinese_region():
    """Month names from CLDR, not a translated list: Polish puts the month in the
    genitive, Chinese orders year-month-day; Traditional Chinese is zh-TW for pages,
    Accept-Language and dates alike (it was zh-HK for pages and zh_TW for dates)."""
    from wizard.base import i18n

    noon = datetime(2026, 3, 3, 12, 0, tzinfo=UTC)
    assert "3 marca 2026" in i18n.long_date(noon, "pl")
    assert "3. März 2026" in i18n.long_date(noon, "de")
    assert i18n.long_date(noon, "zh_Hant").startswith("2026年3月3日")
    assert i18n.browser_locale("zh_Hant") == "zh-TW"
    assert i18n.accept_language("zh_Hant") == "zh-TW,en;q=0.9"
    assert i18n.locale_name("zh_Hant") == "zh_TW"
    assert i18n.browser_locale("de") == "de" and i18n.accept_language("en") == "en"
