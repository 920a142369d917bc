"""`verify --sign-in` when LinkedIn asks the member to approve the sign-in in its app:
it says what to do on the phone and waits, up to --timeout, as a person would."""

from __future__ import annotations

import time

from tests.helpers.verifying import sign_in_lines, verify_command


def test_an_approval_on_the_phone_is_waited_for_and_signs_in(site, new_email):
    run = verify_command(site.url, sign_in_lines(new_email("approve=3000")), as_json=True)
    assert run.status == 1, run.stderr  # signed in, both read: on
    assert set(run.states().values()) == {"ON"}
    assert "Approve the sign-in in your LinkedIn app" in run.stderr


def test_an_approval_that_never_comes_ends_as_a_check_with_its_reason_in_time(site, new_email):
    started = time.monotonic()
    run = verify_command(
        site.url, sign_in_lines(new_email("approvenever")), as_json=True, timeout_s=6
    )
    took = time.monotonic() - started
    assert run.status == 2
    assert set(run.states().values()) == {"CHALLENGE"}
    reason = run.json()["results"][0]["reason"]
    assert "approve" in reason.lower() and "6 seconds" in reason, reason
    assert took < 25, f"took {took:.0f} s with --timeout 6"
