"""Signing in from the terminal (`verify --sign-in`): the site's own form in a
headless browser, a PIN check answered from standard input, and the ways it can
end without a session, each with a reason a person can act on."""

from __future__ import annotations

from tests.helpers.verifying import sign_in_lines, verify_command

AI, PARTNERS = "ai-training", "affiliate-sharing"


def test_pin_check_answered_from_standard_input(site, new_email):
    email = new_email("pin")
    site.account(email)
    site.set_all(email, False)
    run = verify_command(site.url, sign_in_lines(email, "424242"), as_json=True)
    assert run.status == 0, run.stdout + run.stderr
    assert run.states() == {AI: "OFF", PARTNERS: "OFF"}


def test_wrong_pin_gives_a_clear_message(site, new_email):
    email = new_email("pin")
    run = verify_command(site.url, sign_in_lines(email, "000000"), as_json=True)
    assert run.status == 2
    for r in run.json()["results"]:
        assert r["state"] == "CHALLENGE"
        assert "did not accept the code" in r["reason"]


def test_pin_asked_but_not_given(site, new_email):
    run = verify_command(site.url, sign_in_lines(new_email("pin")), as_json=True)
    assert run.status == 2
    assert set(run.states().values()) == {"CHALLENGE"}
    assert "none was given" in run.json()["results"][0]["reason"]


def test_empty_input_every_setting_signed_out_exit_2(site, real_keyring):
    """A keyring that works and holds nothing for the site, and no sign-in given."""
    run = verify_command(site.url, "", as_json=True)
    assert run.status == 2
    assert run.states() == {AI: "SIGNED_OUT", PARTNERS: "SIGNED_OUT"}
    assert "No session is remembered and no sign-in was given" in run.stderr


def test_empty_input_and_no_keyring_says_the_keyring(site):
    """No keyring at all (the tests' own fail backend) and no sign-in: the true cause."""
    run = verify_command(site.url, "", as_json=True)
    assert run.status == 2
    assert run.states() == {AI: "ERROR", PARTNERS: "ERROR"}
    assert run.json()["cause"] == "keyring-missing"
    assert "Could not read the remembered sessions" in run.stderr


def test_wrong_password_is_signed_out_with_a_message(catalog, real_keyring):
    """The practice site takes any password; a site that refuses answers with its form."""
    from wizard.practice import practice_site

    with practice_site() as other:
        run = verify_command(other.url, "\n\n", as_json=True)  # blank email: nothing to try
    assert run.status == 2
    assert set(run.states().values()) == {"SIGNED_OUT"}


def test_sign_in_behind_a_cookie_banner_refuses_the_cookies_and_goes_on(catalog):
    from wizard.practice import Faults, practice_site

    with practice_site(Faults(banner=True)) as banner_site:
        email = "banner.member@practice.test"
        run = verify_command(banner_site.url, sign_in_lines(email), as_json=True)
    assert run.status == 1, run.stderr
    assert set(run.states().values()) == {"ON"}
    submitted = [r for r in banner_site.requests if r.path == "/checkpoint/lg/login-submit"]
    assert "li_gc=reject" in submitted[0].headers.get("cookie", "")


def test_sign_in_covered_by_what_cannot_be_closed_says_so_quickly(catalog, monkeypatch):
    """No refusing button the catalog knows: a named state at once, no traceback, and
    nothing of the member's in the output."""
    import dataclasses
    import time

    import wizard.commands
    from wizard.practice import Faults, practice_site

    no_words = dataclasses.replace(
        catalog, sign_in=dataclasses.replace(catalog.sign_in, consent_reject=())
    )
    monkeypatch.setattr(wizard.commands, "load_catalog", lambda _console: no_words)
    with practice_site(Faults(banner=True)) as banner_site:
        email = "covered.member@practice.test"
        started = time.monotonic()
        run = verify_command(banner_site.url, sign_in_lines(email), as_json=True)
        took = time.monotonic() - started
    assert run.status == 2
    assert set(run.states().values()) == {"ERROR"}
    assert "covered the form" in run.json()["results"][0]["reason"]
    assert "Traceback" not in run.stderr and email not in run.stderr + run.stdout
    assert took < 20  # not the 30 s a blocked click waits by default


def test_a_member_without_a_password_is_told_how_to_check_in_one_line(site, new_email):
    """An account that signs in only with a provider: the terminal cannot type into
    Google or Apple, so it says, in one line, to sign in once in the wizard."""
    run = verify_command(site.url, f"{new_email('idp')}\nany\n", as_json=True)
    assert run.status == 2
    reasons = {r["reason"] for r in run.json()["results"]}
    assert all("Sign in once in the wizard and tick “Remember me”" in r for r in reasons), reasons
