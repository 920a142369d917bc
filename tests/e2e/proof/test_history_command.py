"""The terminal's `verify` says what changed since the account's last kept check."""

from __future__ import annotations

from tests.helpers.verifying import verify_command


def test_command_says_what_changed_since_the_last_check(site, new_email):
    email = new_email()
    site.set_all(email, False)
    first = verify_command(site.url, f"{email}\npw\n", as_json=True)
    assert first.status == 0
    site.store.account(email).settings["ai-training"] = True  # LinkedIn turned it back on
    again = verify_command(site.url, f"{email}\npw\n", as_json=True)
    assert again.status == 1
    assert "Warning, changed: Data for Generative AI Improvement: was Off on" in again.stderr
    assert "now On" in again.stderr
