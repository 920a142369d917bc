"""The remembered session lives in the OS keyring and nowhere else; insecure or
locked keyrings store nothing; logs never show a secret."""

from __future__ import annotations

import io
import json
import logging
import subprocess
import sys

import keyring
import pytest
from keyring.backends import chainer, fail

from tests.helpers.engines import practice_cookies
from tests.helpers.secretservice import unlock
from tests.helpers.verifying import app_process, verify
from wizard.base.site import Site
from wizard.reading.result import State
from wizard.secrets import credentials
from wizard.secrets.logs import REDACTED, Redactor, keep_secret, setup_logging
from wizard.secrets.session import Cookie, Session


def site_of(site) -> Site:
    return Site(site.url)


# A real Secret Service.


def test_remember_load_verify_forget_with_a_real_secret_service(
    real_keyring, site, new_email, catalog
):
    email = new_email()
    site.store.account(email).settings["ai-training"] = False
    cookies = practice_cookies(site, email)
    credentials.remember(site_of(site), Session.of(cookies))

    loaded = credentials.load(site_of(site))
    assert loaded is not None
    assert {(c.name, c.value) for c in loaded.cookies} == {(c.name, c.value) for c in cookies}

    report = verify(site.url, catalog, cookies=loaded.cookies, identity=loaded.identity)
    assert {c.optout_id: c.state for c in report.checks} == {
        "ai-training": State.OFF,
        "affiliate-sharing": State.ON,
    }

    assert credentials.forget(site_of(site)) is True
    assert credentials.load(site_of(site)) is None
    assert credentials.forget(site_of(site)) is False


def test_only_the_session_cookies_are_kept(real_keyring, site):
    cookies = [
        Cookie("li_at", "session-value", "127.0.0.1"),
        Cookie("JSESSIONID", '"ajax:1"', "127.0.0.1"),
        Cookie("tracking", "not-needed", "127.0.0.1"),
        Cookie("li_at", "other-site", "example.org"),
    ]
    credentials.remember(site_of(site), Session.of(cookies))
    try:
        raw = keyring.get_password(credentials.SERVICE, site.url + "#")
        assert "not-needed" not in raw
        assert "other-site" not in raw
        assert "session-value" in raw
    finally:
        credentials.forget(site_of(site))


def test_several_accounts_are_kept_apart(real_keyring, site, new_email):
    """Each account's session under its own entry; the site's entry lists only names."""
    alex, sam = new_email(), new_email()
    alex_cookies, sam_cookies = practice_cookies(site, alex), practice_cookies(site, sam)
    here = site_of(site)
    credentials.remember(here, Session.of(alex_cookies), "Alex Member")
    credentials.remember(here, Session.of(sam_cookies), "Sam Admin")
    credentials.remember(
        here, Session.of(alex_cookies), "Alex Member"
    )  # again: replaced, not listed twice
    try:
        assert credentials.accounts(here) == ["Alex Member", "Sam Admin"]
        index = keyring.get_password(credentials.SERVICE, site.url)
        assert index == '{"v":2,"accounts":["Alex Member","Sam Admin"]}'  # names, no secret
        alex_li_at = next(c.value for c in alex_cookies if c.name == "li_at")
        sam_li_at = next(c.value for c in sam_cookies if c.name == "li_at")
        assert alex_li_at in {c.value for c in credentials.load(here, "Alex Member").cookies}
        assert sam_li_at in {c.value for c in credentials.load(here, "Sam Admin").cookies}
        assert credentials.load(here, "Nobody") is None

        assert credentials.forget(here, "Alex Member") is True
        assert credentials.accounts(here) == ["Sam Admin"]
        assert credentials.load(here, "Alex Member") is None
        assert credentials.load(here, "Sam Admin") is not None
    finally:
        credentials.forget(here)
    assert credentials.accounts(here) == []
    assert keyring.get_password(credentials.SERVICE, site.url) is None
    assert keyring.get_password(credentials.SERVICE, site.url + "#Sam Admin") is None


def test_an_earlier_single_session_becomes_an_unnamed_account(real_keyring, site, new_email):
    here = site_of(site)
    cookies = practice_cookies(site, new_email())
    legacy = json.dumps({"v": 1, "cookies": [c.to_dict() for c in cookies]})
    keyring.set_password(credentials.SERVICE, site.url, legacy)
    try:
        assert credentials.accounts(here) == [""]
        assert credentials.load(here, "") is not None
        assert "cookies" not in keyring.get_password(credentials.SERVICE, site.url)
    finally:
        credentials.forget(here)


def test_nothing_to_remember_without_a_session(real_keyring, site):
    with pytest.raises(ValueError, match="no signed-in session"):
        credentials.remember(site_of(site), Session.of([Cookie("JSESSIONID", "x", "127.0.0.1")]))


def test_locked_keyring_that_is_not_unlocked_stores_nothing(own_keyring, site, new_email):
    import secretstorage

    bus = secretstorage.dbus_init()
    collection = secretstorage.get_default_collection(bus)
    collection.lock()
    try:
        # The unlock prompt cannot be shown here: exactly like a person declining it.
        with pytest.raises(credentials.KeyringLocked, match="locked and was not unlocked"):
            credentials.remember(site_of(site), Session.of(practice_cookies(site, new_email())))
    finally:
        unlock(own_keyring)
    assert credentials.load(site_of(site)) is None


# Insecure stores are refused, and nothing is written.


def test_fail_backend_is_refused_with_the_backend_named(site, new_email):
    keyring.set_keyring(fail.Keyring())
    with pytest.raises(credentials.KeyringUnavailable) as info:
        credentials.remember(site_of(site), Session.of(practice_cookies(site, new_email())))
    message = str(info.value)  # the member's words: no class names
    assert "keyring.backends" not in message
    assert "keyring.backends.fail.Keyring" in credentials.described(info.value)  # a terminal's
    assert "Nothing was stored" in message
    assert "GNOME Keyring" in message and "Windows Credential Manager" in message


def test_plain_text_backend_is_refused_and_writes_no_file(site, new_email, tmp_path):
    from keyrings.alt.file import PlaintextKeyring

    store = PlaintextKeyring()
    store.file_path = str(tmp_path / "keyring_pass.cfg")
    keyring.set_keyring(store)
    try:
        with pytest.raises(credentials.KeyringUnavailable) as info:
            credentials.remember(site_of(site), Session.of(practice_cookies(site, new_email())))
        assert "keyrings.alt.file.PlaintextKeyring" in info.value.technical
    finally:
        keyring.set_keyring(fail.Keyring())
    assert list(tmp_path.iterdir()) == []


def test_chainer_of_only_insecure_backends_is_refused(site, new_email, tmp_path, monkeypatch):
    from keyrings.alt.file import PlaintextKeyring

    plain = PlaintextKeyring()
    plain.file_path = str(tmp_path / "keyring_pass.cfg")
    monkeypatch.setattr(chainer.ChainerBackend, "backends", [plain, fail.Keyring()])
    keyring.set_keyring(chainer.ChainerBackend())
    try:
        with pytest.raises(
            credentials.KeyringUnavailable,
            match="No password store on this computer keeps secrets safely",
        ):
            credentials.remember(site_of(site), Session.of(practice_cookies(site, new_email())))
    finally:
        keyring.set_keyring(fail.Keyring())
    assert list(tmp_path.iterdir()) == []


def test_chainer_uses_only_its_secure_member(real_keyring, tmp_path, monkeypatch, site, new_email):
    from keyring.backends import SecretService
    from keyrings.alt.file import PlaintextKeyring

    plain = PlaintextKeyring()
    plain.file_path = str(tmp_path / "keyring_pass.cfg")
    secure = SecretService.Keyring()
    monkeypatch.setattr(chainer.ChainerBackend, "backends", [plain, secure])
    keyring.set_keyring(chainer.ChainerBackend())
    try:
        credentials.remember(site_of(site), Session.of(practice_cookies(site, new_email())))
        assert credentials.load(site_of(site)) is not None
        assert credentials.forget(site_of(site)) is True
    finally:
        keyring.set_keyring(fail.Keyring())
    assert list(tmp_path.iterdir()) == []


# The commands, in a child process using the test Secret Service.


def run_cli(args, stdin, service):
    return app_process(*args, stdin=stdin, env=service.env())


def test_verify_sign_in_remember_then_verify_uses_it_then_expiry_removes_it(
    secret_service, site, new_email
):
    email = new_email()
    site.account(email)
    site.set_all(email, False)
    first = run_cli(
        ["verify", "--site", site.url, "--sign-in", "--remember", "--json"],
        f"{email}\nsecret-pw\n",
        secret_service,
    )
    assert first.returncode == 0, first.stderr
    assert "remembered in the system keyring" in first.stderr

    again = run_cli(["verify", "--site", site.url, "--json"], "", secret_service)
    assert again.returncode == 0, again.stderr
    assert "Email" not in again.stderr  # nothing asked: the remembered session was used

    site.expire_sessions(email)
    expired = run_cli(["verify", "--site", site.url, "--json"], "", secret_service)
    assert expired.returncode == 2
    assert '"SIGNED_OUT"' in expired.stdout
    assert "had expired; it was removed from the keyring" in expired.stderr

    forget = run_cli(["forget", "--site", site.url], "", secret_service)
    assert forget.returncode == 0
    assert "Nothing to forget" in forget.stdout


def test_forget_command_deletes_and_says_so(secret_service, site, new_email):
    run_cli(
        ["verify", "--site", site.url, "--sign-in", "--remember"],
        f"{new_email()}\npw\n",
        secret_service,
    )
    forget = run_cli(["forget", "--site", site.url], "", secret_service)
    assert forget.returncode == 0
    assert "Forgotten" in forget.stdout


def test_several_remembered_accounts_are_each_checked_or_one_by_name(
    secret_service, site, new_email, tmp_path
):
    """Two accounts signed in and remembered: both checked, each under its own name."""
    alex, sam = new_email(), new_email()
    site.set_all(alex, False)
    site.set_all(sam, True)
    alex_name, sam_name = site.account(alex).display_name, site.account(sam).display_name
    assert run_cli(["forget", "--site", site.url], "", secret_service).returncode == 0
    for email in (alex, sam):
        signed = run_cli(
            ["verify", "--site", site.url, "--sign-in", "--remember"],
            f"{email}\npw\n",
            secret_service,
        )
        assert signed.returncode in (0, 1), signed.stderr
        name = site.account(email).display_name
        assert f"The session of {name} is remembered" in signed.stderr

    evidence, report = tmp_path / "evidence", tmp_path / "report.html"
    both = run_cli(
        [
            "verify",
            "--site",
            site.url,
            "--json",
            "--evidence",
            str(evidence),
            "--report",
            str(report),
        ],
        "",
        secret_service,
    )
    assert both.returncode == 1, both.stderr  # the worst of the two: Sam's are on
    results = {r["account"]: r for r in json.loads(both.stdout)}
    assert set(results) == {alex_name, sam_name}
    for name in (alex_name, sam_name):  # each account's pictures and report apart
        part = name.replace(" ", "-")
        assert {p.name for p in (evidence / part).iterdir()} == {
            "ai-training.png",
            "affiliate-sharing.png",
        }
        assert name in (tmp_path / f"report-{part}.html").read_text(encoding="utf-8")
    assert {c["state"] for c in results[alex_name]["results"]} == {"OFF"}
    assert {c["state"] for c in results[sam_name]["results"]} == {"ON"}
    assert "Email" not in both.stderr  # nothing asked: the remembered sessions were used

    one = run_cli(
        ["verify", "--site", site.url, "--json", "--account", alex_name], "", secret_service
    )
    assert one.returncode == 0, one.stderr
    assert json.loads(one.stdout)["account"] == alex_name  # one account: one document

    table = run_cli(["verify", "--site", site.url], "", secret_service)
    assert f"Account: {alex_name}" in table.stdout
    assert f"Account: {sam_name}" in table.stdout

    unknown = run_cli(["verify", "--site", site.url, "--account", "Nobody"], "", secret_service)
    assert unknown.returncode == 64
    assert "No session is remembered for the account 'Nobody'" in unknown.stderr
    assert repr(alex_name) in unknown.stderr and repr(sam_name) in unknown.stderr

    site.expire_sessions(sam)
    expired = run_cli(["verify", "--site", site.url, "--json"], "", secret_service)
    assert expired.returncode == 2
    states = {r["account"]: {c["state"] for c in r["results"]} for r in json.loads(expired.stdout)}
    assert states == {alex_name: {"OFF"}, sam_name: {"SIGNED_OUT"}}
    assert f"The remembered session of {sam_name} had expired" in expired.stderr
    assert f"session of {alex_name} had expired" not in expired.stderr

    only_alex = run_cli(["verify", "--site", site.url, "--json"], "", secret_service)
    assert only_alex.returncode == 0, only_alex.stderr  # Sam's expired copy was removed
    assert json.loads(only_alex.stdout)["account"] == alex_name

    gone = run_cli(["forget", "--site", site.url, "--account", alex_name], "", secret_service)
    assert gone.returncode == 0
    assert f"Forgotten: the session of {alex_name!r}" in gone.stdout
    again = run_cli(["forget", "--site", site.url, "--account", alex_name], "", secret_service)
    assert "Nothing to forget" in again.stdout


def test_account_and_sign_in_together_are_refused(site):
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "wizard",
            "verify",
            "--site",
            site.url,
            "--account",
            "A",
            "--sign-in",
        ],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode == 64
    assert "either --account" in proc.stderr


def test_remember_with_no_keyring_says_so_and_still_checks(site, new_email):
    proc = subprocess.run(
        [sys.executable, "-m", "wizard", "verify", "--site", site.url, "--sign-in", "--remember"],
        input=f"{new_email()}\npw\n",
        capture_output=True,
        text=True,
        timeout=120,
    )
    # The check ran (both on), but what was asked to be kept was not: 3 outranks 1.
    assert proc.returncode == 3
    assert "LinkedIn opt-out check" in proc.stdout
    assert "Not remembered" in proc.stderr
    assert "keyring.backends.fail.Keyring" in proc.stderr


# Logs never hold a secret.


def test_redactor_scrubs_known_secrets_and_secret_shapes():
    redactor = Redactor()
    redactor.add(["sentinel-password-1", '"ajax:sentinel-2"', "x"])
    text = redactor.scrub(
        "login with sentinel-password-1 and ajax:sentinel-2; Cookie: li_at=AQEDAR0x; "
        "session_password=hunter22&pin=123456 csrf-token: ajax:99"
    )
    for secret in (
        "sentinel-password-1",
        "sentinel-2",
        "AQEDAR0x",
        "hunter22",
        "123456",
        "ajax:99",
    ):
        assert secret not in text
    assert text.count(REDACTED) >= 6
    assert "x" in redactor.scrub("x marks")  # too short to be a secret: left alone


def test_log_records_and_tracebacks_are_scrubbed():
    stream = io.StringIO()
    handler = setup_logging(logging.DEBUG, stream)
    try:
        keep_secret("sentinel-in-a-traceback")
        try:
            raise RuntimeError("failed with sentinel-in-a-traceback")
        except RuntimeError:
            logging.getLogger("test").exception("problem: %s", "li_at=SENTINELCOOKIE")
    finally:
        logging.getLogger().removeHandler(handler)
    out = stream.getvalue()
    assert "problem" in out and "RuntimeError" in out
    assert "sentinel-in-a-traceback" not in out
    assert "SENTINELCOOKIE" not in out


@pytest.mark.parametrize("how", ["wrong pin", "site gone"])
def test_log_output_of_a_failing_sign_in_holds_no_sentinel(new_email, how):
    from wizard.practice import practice_site

    password, pin = "sentinel-password-5d2e", "sentinel-pin-77ab"
    with practice_site(pin="right-code") as running:
        url = running.url
        if how == "wrong pin":
            proc = subprocess.run(
                [sys.executable, "-m", "wizard", "verify", "-v", "--site", url, "--sign-in"],
                input=f"{new_email('pin')}\n{password}\n{pin}\n",
                capture_output=True,
                text=True,
                timeout=120,
            )
    if how == "site gone":
        proc = subprocess.run(
            [sys.executable, "-m", "wizard", "verify", "-v", "--site", url, "--sign-in"],
            input=f"{new_email()}\n{password}\n",
            capture_output=True,
            text=True,
            timeout=120,
        )
    assert proc.returncode == 2
    assert "DEBUG" in proc.stderr or "WARNING" in proc.stderr or "INFO" in proc.stderr
    for sentinel in (password, pin):
        assert sentinel not in proc.stdout
        assert sentinel not in proc.stderr


def test_a_test_keyring_daemon_that_ended_is_replaced_not_left_locked(
    shared_secret_service, request
):
    """The worker's test daemon killed between tests (seen once: D-Bus then started a
    locked one in its place, and every later keyring test failed): the next test gets
    a new daemon that answers, its keyring unlocked, and the run says so."""
    import os
    import signal

    from tests.helpers.secretservice import DaemonReplaced

    old = shared_secret_service[0]
    assert old.answers()
    os.kill(old.daemon, signal.SIGKILL)
    with pytest.warns(DaemonReplaced, match="had ended"):
        service = request.getfixturevalue("secret_service")
    assert service is not old and service.answers()
    env = {**os.environ, **service.env()}
    unlocked = subprocess.run(
        [
            sys.executable,
            "-c",
            "import secretstorage; c = secretstorage.dbus_init(); "
            "print(secretstorage.get_default_collection(c).is_locked())",
        ],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    assert unlocked.stdout.strip() == "False"
