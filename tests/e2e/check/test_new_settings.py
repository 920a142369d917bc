"""A setting LinkedIn adds is noticed: every check also reads LinkedIn's lists of
settings (Data privacy, Advertising data) and names each row with a state that the
catalog does not know. On the practice site the `newsetting` fault adds one, on, as
LinkedIn added the generative-AI switch in 2024 (on for everyone, announced later).

It never changes the exit status of the known settings, never reports a row as On or
Off unless the row said so, and a list page that cannot be read says so."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

from tests.helpers.verifying import sign_in_lines, verify_command
from wizard.proof.history import History

NEW_TITLE = "Data for AI-powered features"
NEW_PATH = "/mypreferences/d/settings/data-for-ai-powered-features"


def check(site, email: str, history: History, **options):
    return verify_command(site.url, sign_in_lines(email), history=history, **options)


def test_a_setting_linkedin_adds_is_named_with_its_state(site, new_email, tmp_path):
    email = new_email("newsetting")
    site.set_all(email, False)
    site.store.save(email, "ai-features", True)  # the known settings off, the new one on
    run = check(site, email, History(tmp_path / "history.jsonl"), as_json=True)
    assert run.status == 0, run.stderr  # the known settings decide the exit status
    document = run.json()
    assert document["listing_problems"] == []
    [row] = document["new_settings"]
    assert row["title"] == NEW_TITLE and row["state"] == "ON" and row["new"] is True
    assert row["url"] == site.url + NEW_PATH
    assert datetime.fromisoformat(row["first_seen"]) <= datetime.now(UTC)


def test_the_row_says_off_when_linkedin_shows_it_off(site, new_email, tmp_path):
    email = new_email("newsetting")
    site.store.save(email, "ai-features", False)
    run = check(site, email, History(tmp_path / "history.jsonl"), as_json=True)
    [row] = run.json()["new_settings"]
    assert row["state"] == "OFF"  # as the row said; still named, still unknown


def test_without_a_new_setting_nothing_is_flagged(site, new_email, tmp_path):
    """Every row the practice lists show with a state is a catalog entry (the six);
    the rows without a state are not read as settings."""
    run = check(site, new_email(), History(tmp_path / "history.jsonl"), as_json=True)
    assert run.json()["new_settings"] == []
    assert run.json()["listing_problems"] == []


def test_a_day_later_it_is_listed_since_the_first_check_and_not_new(site, new_email, tmp_path):
    email = new_email("newsetting")
    history = History(tmp_path / "history.jsonl")
    first = check(site, email, history, as_json=True)
    assert first.json()["new_settings"][0]["new"] is True
    # A day passes: the first check moves back a day in the history.
    yesterday = datetime.now(UTC) - timedelta(days=1)
    entry = json.loads(history.path.read_text())
    entry["checked_at"] = entry["new_settings"][0]["first_seen"] = yesterday.isoformat()
    history.path.write_text(json.dumps(entry) + "\n")

    again = check(site, email, history, as_json=True)
    [row] = again.json()["new_settings"]
    assert row["new"] is False
    assert datetime.fromisoformat(row["first_seen"]) == yesterday.replace(microsecond=0)
    table = check(site, email, history)
    assert "LinkedIn lists settings this app does not know yet:" in table.stdout
    assert f"On   {NEW_TITLE}" in table.stdout
    assert "Listed since" in table.stdout and "New since this check" not in table.stdout


def test_the_terminal_table_names_it_and_says_what_to_do(site, new_email, tmp_path):
    email = new_email("newsetting")
    run = check(site, email, History(tmp_path / "history.jsonl"))
    assert run.status == 1  # the two known settings are still on: that, not the new row
    lines = run.stdout.splitlines()
    at = lines.index("LinkedIn lists settings this app does not know yet:")
    assert lines[at + 1] == f"  On   {NEW_TITLE}"
    assert "New since this check." in lines[at + 2] and NEW_PATH in lines[at + 2]
    assert lines[at + 3].startswith("What to do: open it")


def test_a_list_page_that_fails_says_so_and_the_settings_are_still_checked(
    site, new_email, tmp_path
):
    email = new_email("listerror")
    site.set_all(email, False)
    run = check(site, email, History(tmp_path / "history.jsonl"), as_json=True)
    assert run.status == 0  # the known settings were read: they decide
    assert run.states() == {"ai-training": "OFF", "affiliate-sharing": "OFF"}
    problems = run.json()["listing_problems"]
    assert len(problems) == 2  # Data privacy and Advertising data, each its sentence
    for problem in problems:
        assert problem.startswith("Could not list LinkedIn's settings at ")
        assert "HTTP 500" in problem
    assert run.json()["new_settings"] == []


def test_signed_out_lists_are_a_sentence_never_an_empty_list(site, new_email, tmp_path):
    """An expired session: the settings say SIGNED_OUT, and the lists say they could
    not be read, rather than "nothing new"."""
    email = new_email("expired")
    run = check(site, email, History(tmp_path / "history.jsonl"), as_json=True)
    problems = run.json().get("listing_problems", [])
    assert run.states() == {"ai-training": "SIGNED_OUT", "affiliate-sharing": "SIGNED_OUT"}
    assert len(problems) == 2 and all("sign in again" in p for p in problems)
