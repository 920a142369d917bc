"""The keyring a later check meets: locked, missing, one session damaged, its list of
accounts damaged, two copies of the app writing at once. Each with a real Secret
Service (GNOME Keyring on a private D-Bus), the app in a process of its own."""

from __future__ import annotations

import json
import subprocess
import sys
import time

import keyring
import pytest

from tests.helpers.engines import practice_cookies
from tests.helpers.faults import lock_keyring, secret_items
from tests.helpers.secretservice import unlock
from tests.helpers.verifying import app_process
from wizard.base.site import Site
from wizard.secrets import credentials
from wizard.secrets.session import Session


@pytest.fixture
def homes(tmp_path):
    """The child's own data, state and config folders: its history and notes are read
    back by the test."""
    env = {
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "XDG_STATE_HOME": str(tmp_path / "state"),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
    }
    return env


def history_lines(homes) -> list[dict]:
    path = f"{homes['XDG_DATA_HOME']}/linkedin-optout-wizard/history.jsonl"
    try:
        with open(path, encoding="utf-8") as lines:
            return [json.loads(line) for line in lines if line.strip()]
    except FileNotFoundError:
        return []


def remember(site, email, name=None) -> str:
    """A session of this practice account, remembered in this test's keyring under the
    name its pages show (as the wizard and `verify --remember` keep it)."""
    name = name or site.account(email).display_name
    credentials.remember(Site(site.url), Session.of(practice_cookies(site, email)), name)
    return name


def verify(service, homes, site, *more: str, stdin: str = "") -> subprocess.CompletedProcess:
    return app_process(
        "verify", "--site", site.url, "--json", *more, stdin=stdin, env={**service.env(), **homes}
    )


def test_a_locked_keyring_is_said_as_locked_never_as_signed_out(
    own_keyring, homes, site, new_email
):
    email = new_email()
    site.set_all(email, False)
    name = remember(site, email)
    lock_keyring()
    try:
        locked = verify(own_keyring, homes, site, "--notify")
    finally:
        unlock(own_keyring)

    assert locked.returncode == 2, locked.stderr
    assert "Traceback" not in locked.stderr
    document = json.loads(locked.stdout)
    assert document["cause"] == "keyring-locked"
    assert {r["state"] for r in document["results"]} == {"ERROR"}
    reason = document["results"][0]["reason"]
    assert "keyring is locked" in reason and "Unlock" in reason, reason
    assert "SIGNED_OUT" not in locked.stdout
    assert "sign in first" not in locked.stdout + locked.stderr
    assert "Not off" not in locked.stderr  # nothing was read on or off
    # The history keeps that the check could not run, and why; never a sign-out.
    kept = history_lines(homes)
    assert [line.get("cause") for line in kept] == ["keyring-locked"]
    assert {r["state"] for line in kept for r in line["results"]} == {"ERROR"}

    # Unlocked, the same session is still there and checks as before.
    again = verify(own_keyring, homes, site)
    assert again.returncode == 0, again.stderr
    assert json.loads(again.stdout)["account"] == name


def test_a_missing_keyring_is_said_as_missing_when_no_sign_in_is_given(homes, site):
    """No password store at all (keyring's fail backend), run as a scheduled job runs:
    no one to type a password. The cause is the keyring, not a sign-out."""
    proc = app_process("verify", "--site", site.url, "--json", env={**homes}, stdin="")
    assert proc.returncode == 2, proc.stderr
    document = json.loads(proc.stdout)
    assert document["cause"] == "keyring-missing"
    assert {r["state"] for r in document["results"]} == {"ERROR"}
    assert "password store" in document["results"][0]["reason"]
    assert "SIGNED_OUT" not in proc.stdout


def test_one_damaged_session_is_named_and_the_other_accounts_are_checked(
    real_keyring, homes, site, new_email
):
    alex, sam = new_email(), new_email()
    site.set_all(alex, False)
    site.set_all(sam, True)
    here = Site(site.url)
    credentials.forget(here)
    alex_name, sam_name = remember(site, alex), remember(site, sam)
    key = credentials.session_key(here, alex_name)
    entry = json.loads(keyring.get_password(credentials.SERVICE, key))
    for cookie in entry["cookies"]:
        cookie["expires"] = 1e308  # stored by a buggy older copy, or bit rot
    keyring.set_password(credentials.SERVICE, key, json.dumps(entry))
    try:
        proc = verify(real_keyring, homes, site)
        assert proc.returncode == 2, proc.stderr
        results = {r["account"]: r for r in json.loads(proc.stdout)}
        assert {c["state"] for c in results[sam_name]["results"]} == {"ON"}
        damaged = results[alex_name]
        assert {c["state"] for c in damaged["results"]} == {"ERROR"}
        assert damaged["cause"] == "session-damaged"
        reason = damaged["results"][0]["reason"]
        assert f"The session remembered for {alex_name} is damaged" in reason
        assert "sign in again" in reason
        assert "stopped working" not in proc.stdout  # one account's fault stays its own

        entry["cookies"][0]["expires"] = float("nan")
        keyring.set_password(credentials.SERVICE, key, json.dumps(entry))
        nan = verify(real_keyring, homes, site)
        assert {r["account"]: r.get("cause") for r in json.loads(nan.stdout)} == {
            alex_name: "session-damaged",
            sam_name: None,
        }
    finally:
        credentials.forget(here)


def test_a_damaged_list_of_accounts_is_rebuilt_and_forget_forgets_them_all(
    real_keyring, homes, site, new_email
):
    alex, sam = new_email(), new_email()
    site.set_all(alex, False)
    site.set_all(sam, False)
    here = Site(site.url)
    credentials.forget(here)
    names = {remember(site, alex), remember(site, sam)}
    keyring.set_password(credentials.SERVICE, credentials.account_key(here), '{"v":2,"acc')

    checked = verify(real_keyring, homes, site)
    assert checked.returncode == 0, checked.stderr
    assert {r["account"] for r in json.loads(checked.stdout)} == names
    assert "it was made again from the sessions the store holds" in checked.stderr

    keyring.set_password(credentials.SERVICE, credentials.account_key(here), "\x00garbage")
    forget = app_process("forget", "--site", site.url, env={**real_keyring.env(), **homes})
    assert forget.returncode == 0, forget.stderr
    assert "Forgotten" in forget.stdout, forget.stdout
    left = [i for i in secret_items(credentials.SERVICE) if i["username"].startswith(site.url)]
    assert left == []


def test_forget_all_removes_every_entry_the_app_wrote(real_keyring, homes, site, new_email):
    other = Site("http://127.0.0.1:9")  # a second site the app once remembered
    remember(site, new_email())
    credentials.remember(other, Session.of(practice_cookies(site, new_email())), "Old")
    assert secret_items(credentials.SERVICE)
    gone = app_process("forget", "--all", env={**real_keyring.env(), **homes})
    assert gone.returncode == 0, gone.stderr
    assert secret_items(credentials.SERVICE) == []
    assert "Forgotten" in gone.stdout


REMEMBER_ONE = """
import sys, time
from pathlib import Path
from wizard.base.site import Site
from wizard.secrets import credentials
from wizard.secrets.session import Cookie, Session
site, name, go = Site(sys.argv[1]), sys.argv[2], Path(sys.argv[3])
session = Session.of([Cookie("li_at", "token-" + name, Site(sys.argv[1]).host)])
while not go.exists():
    time.sleep(0.001)
credentials.remember(site, session, name)
"""


def test_two_copies_remembering_at_once_keep_both_accounts(real_keyring, homes, tmp_path, site):
    """Two `--remember` (or two windows) at the same moment: the list of accounts is
    read, changed and written by each; without a lock one name is lost."""
    here = Site(site.url)
    env = {**real_keyring.env(), **homes}
    import os

    for round_ in range(8):
        credentials.forget(here)
        go = tmp_path / f"go-{round_}"
        names = [f"First {round_}", f"Second {round_}"]
        children = [
            subprocess.Popen(
                [sys.executable, "-c", REMEMBER_ONE, site.url, name, str(go)],
                env={**os.environ, **env},
                stderr=subprocess.PIPE,
                text=True,
            )
            for name in names
        ]
        time.sleep(0.3)  # both started and waiting on the same moment
        go.touch()
        for child in children:
            _, err = child.communicate(timeout=60)
            assert child.returncode == 0, err
        assert sorted(credentials.accounts(here)) == sorted(names), f"round {round_}"
    credentials.forget(here)


def test_remember_that_stored_nothing_ends_with_its_own_status(homes, site, new_email):
    """No keyring: the check runs, but what a script asked to keep was not kept, so it
    must not go on to schedule checks that can never run."""
    email = new_email()
    site.set_all(email, False)
    proc = app_process(
        "verify",
        "--site",
        site.url,
        "--sign-in",
        "--remember",
        stdin=f"{email}\npw\n",
        env=homes,
    )
    assert proc.returncode == 3, proc.stderr
    assert "Not remembered" in proc.stderr
    assert "Traceback" not in proc.stderr
