"""`verify` cannot re-check an objection: it carries the last one's date and case into
its report (JSON and words), and the exit status stays the switches' alone."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

from tests.helpers.verifying import sign_in_lines, verify_command
from wizard.base.site import Site
from wizard.proof.history import History
from wizard.reading.objection import Objection


def test_verify_carries_the_last_objection_and_keeps_its_exit_status(site, new_email, tmp_path):
    email = new_email()
    site.set_all(email, False)
    history = History(tmp_path / "history.jsonl")
    name = site.account(email).display_name
    sent = datetime.now(UTC) - timedelta(days=40)
    history.keep_objection(
        Objection(sent, Site(site.url).origin, name, "261028-000007", "We received your request")
    )
    history.keep_objection(  # another member's: not this report's
        Objection(sent, Site(site.url).origin, "Someone Else", "261028-000008")
    )
    run = verify_command(site.url, sign_in_lines(email), history=history, as_json=True)
    assert run.status == 0, run.stderr
    document = json.loads(run.stdout)
    assert document["objection"]["case"] == "261028-000007"
    assert document["objection"]["sent_at"].startswith(sent.strftime("%Y-%m-%d"))
    assert {r["state"] for r in document["results"]} == {"OFF"}

    site.store.account(email).settings["ai-training"] = True  # LinkedIn turned it back on
    words = verify_command(site.url, sign_in_lines(email), history=history)
    assert words.status == 1  # an objection sent never makes a switch that is on count
    assert "Data Processing Objection: Sent. Objection sent on" in words.stdout
    assert "261028-000007" in words.stdout and "261028-000008" not in words.stdout
