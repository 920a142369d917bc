"""Nothing on disk: the whole wizard and the `verify --sign-in` command run with
sentinel password, PIN and cookie values, with HOME, XDG_* and TMPDIR pointed at
fresh folders; afterwards no file under them holds any sentinel, apart from the
keyring's own encrypted store."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from urllib.parse import quote

import pytest

from tests.helpers import ROOT
from tests.helpers.machine import skip_missing

SENTINELS = {
    "password": "Sentinel-Pw-3e9b1c",
    "pin": "Sentinel-Pin-6d0f2a",
    "li_at": "Sentinel-LiAt-8a7c4e",
    "csrf": "ajax:Sentinel-Csrf-5f6e7d",
    "li_at_2": "Sentinel-LiAt2-1b2c3d",
    "csrf_2": "ajax:Sentinel-Csrf2-9e8d7c",
    # Signing in with the practice identity provider (its popup): what was typed
    # into the provider's form, its one-time code, and the session it gave.
    "provider_email": "sentinel-idp-4c5d6e",
    "provider_code": "Sentinel-Code-2f3a4b",
    "li_at_3": "Sentinel-LiAt3-7d8e9f",
    "csrf_3": "ajax:Sentinel-Csrf3-6c5b4a",
    # The Apple way: the provider answers with a form POST back to the site.
    "post_email": "sentinel-post-3a2b1c",
    "post_code": "Sentinel-PostCode-8e7f6a",
    "li_at_4": "Sentinel-LiAt4-5b6c7d",
    "csrf_4": "ajax:Sentinel-Csrf4-2e3f4a",
}


def forms(value: str) -> list[bytes]:
    """The ways a value could be written: as is, URL-encoded, UTF-16 (Chromium's
    stores use all three)."""
    return sorted({value.encode(), quote(value, safe="").encode(), value.encode("utf-16-le")})


def files_holding(roots: list[Path], skip: Path) -> dict[str, list[str]]:
    hits: dict[str, list[str]] = {}
    needles = {name: forms(value) for name, value in SENTINELS.items()}
    for root in roots:
        for path in root.rglob("*"):
            if not path.is_file() or path.is_symlink() or skip in path.parents:
                continue
            try:
                data = path.read_bytes()
            except OSError:
                continue
            for name, variants in needles.items():
                if any(v in data for v in variants):
                    hits.setdefault(name, []).append(str(path))
    return hits


@pytest.fixture
def fresh_dirs():
    # Short on purpose: Chromium puts a Unix socket in TMPDIR, and socket paths are
    # limited to 107 bytes (pytest's tmp_path is longer).
    tmp_path = Path(tempfile.mkdtemp(prefix="nod-", dir="/tmp"))
    home = tmp_path / "home"
    dirs = {
        "HOME": home,
        "XDG_CONFIG_HOME": tmp_path / "config",
        "XDG_DATA_HOME": home / ".local" / "share",  # the keyring daemon's files live here
        "XDG_CACHE_HOME": tmp_path / "cache",
        "XDG_STATE_HOME": tmp_path / "state",
        "XDG_RUNTIME_DIR": tmp_path / "runtime",
        "TMPDIR": tmp_path / "tmp",
    }
    for path in dirs.values():
        path.mkdir(parents=True, exist_ok=True)
    dirs["XDG_RUNTIME_DIR"].chmod(0o700)
    yield dirs
    shutil.rmtree(tmp_path, ignore_errors=True)


def test_no_secret_reaches_the_disk(fresh_dirs):
    from tests.helpers import secretservice

    missing = secretservice.missing_tools()
    if missing:
        skip_missing(f"needs {', '.join(missing)}")
    # The keyring daemon of this test keeps its files in the fresh HOME too.
    service = secretservice.start(fresh_dirs["HOME"])
    try:
        env = {
            **os.environ,
            **{k: str(v) for k, v in fresh_dirs.items()},
            **service.env(),
            "QT_QPA_PLATFORM": "offscreen",
        }
        proc = subprocess.run(
            [
                sys.executable,
                str(ROOT / "tests" / "helpers" / "nothing_on_disk_driver.py"),
                json.dumps(SENTINELS),
            ],
            env=env,
            capture_output=True,
            text=True,
            timeout=300,
        )
    finally:
        service.stop()
    assert proc.returncode == 0, proc.stderr[-3000:]
    seen = json.loads(proc.stdout.strip().splitlines()[-1])

    # The run really did everything, with the sentinels really in play.
    assert seen["wizard_states"] == ["OFF", "OFF"], seen["wizard_reasons"]
    assert seen["cookie_in_session"] is True
    assert seen["remembered"] is True
    assert seen["forgotten"] is True
    assert seen["command_status"] == 0
    assert seen["command_states"] == ["OFF", "OFF"]
    assert seen["command_output_clean"] is True
    assert seen["forget_output"].startswith("Forgotten")
    assert seen["provider_signed_in"] is True
    assert seen["form_post_signed_in"] is True
    for name, value in SENTINELS.items():
        assert value not in proc.stderr, f"the {name} sentinel reached the log"

    keyring_store = fresh_dirs["HOME"] / ".local" / "share" / "keyrings"
    roots = list({p for p in fresh_dirs.values()})
    assert any(any(root.rglob("*")) for root in roots), "the run wrote nothing at all?"
    assert files_holding(roots, skip=keyring_store) == {}
    # Neither browser keeps a crash-report store (a crash of a signed-in renderer
    # would put its memory there): the check's goes to a folder removed after it.
    crash_stores = [str(p) for root in roots for p in root.rglob("*") if "crash" in p.name.lower()]
    assert crash_stores == []


def test_the_search_finds_a_planted_sentinel(fresh_dirs):
    """The search itself works (a search that cannot find is no proof)."""
    planted = fresh_dirs["XDG_CACHE_HOME"] / "deep" / "file.bin"
    planted.parent.mkdir(parents=True)
    planted.write_bytes(b"\x00junk" + SENTINELS["pin"].encode("utf-16-le") + b"junk")
    (fresh_dirs["TMPDIR"] / "c").write_text("x=" + quote(SENTINELS["csrf"], safe=""))
    hits = files_holding(list(fresh_dirs.values()), skip=fresh_dirs["HOME"] / "nothing")
    assert hits == {"pin": [str(planted)], "csrf": [str(fresh_dirs["TMPDIR"] / "c")]}
