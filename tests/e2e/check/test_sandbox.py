"""Where Chromium cannot build its sandbox (a chroot, a container, Ubuntu 24.04's
AppArmor rule), the check says so and what to do, not that no browser was found; and it
never falls back to a browser without the sandbox."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys

import pytest

from tests.helpers.machine import IS_ROOT, skip_missing
from tests.helpers.verifying import sign_in_lines
from wizard.check import browsers

pytestmark = pytest.mark.browser


def test_a_refused_sandbox_is_named_with_what_to_do(tmp_path):
    """A normal user inside a chroot: the kernel refuses the user namespaces Chromium's
    sandbox is made of. The chroot is of the whole system (a recursive bind of /), so the
    same browser and the same app run there; the user is uid 1000 in a user namespace of
    its own (root outside it, so it reads this checkout wherever it lies), with every
    capability dropped: to the app and to Chromium, an ordinary member."""
    if not IS_ROOT:
        skip_missing("root, to enter a chroot (CI runs as root)")
    for tool in ("unshare", "chroot", "setpriv"):
        if not shutil.which(tool):
            skip_missing(f"{tool} (util-linux, coreutils)")
    jail = tmp_path / "jail"
    jail.mkdir()
    member = [
        "setpriv", "--inh-caps=-all", "--ambient-caps=-all", "--bounding-set=-all", "--",
        "env", f"HOME={tmp_path}", "TMPDIR=/tmp", "PYTHONDONTWRITEBYTECODE=1",
        sys.executable, "-m", "wizard", "verify", "--practice", "--json",
    ]  # fmt: skip
    enter = 'mount --rbind / "$1" && exec chroot "$@"'
    command = [
        "unshare", "--map-user=1000", "--map-group=1000", "--keep-caps", "--mount",
        "--propagation", "private", "--", "sh", "-c", enter, "_", str(jail), *member,
    ]  # fmt: skip
    run = subprocess.run(
        command,
        input=sign_in_lines("member@example.com"),
        capture_output=True,
        text=True,
        timeout=120,
        cwd=os.getcwd(),
    )
    assert run.stdout, run.stderr
    doc = json.loads(run.stdout)
    assert doc["browser"] == "none (no sandbox)", doc
    assert {r["reason"] for r in doc["results"]} == {browsers.sandbox_message()}
    assert {r["state"] for r in doc["results"]} == {"ERROR"}
    assert "No browser for the check was found" not in run.stdout + run.stderr
    assert run.returncode != 0


def test_sandbox_words_are_told_apart_from_a_missing_browser():
    """What Chromium prints when the kernel refuses its sandbox, against what Playwright
    says of a browser that is not there."""
    refused = (
        "BrowserType.launch: Target page, context or browser has been closed\nBrowser logs:\n"
        "[FATAL:content/browser/zygote_host/zygote_host_impl_linux.cc:132] No usable sandbox! "
        "If you are running on Ubuntu 23.10+ or another Linux distro that has disabled "
        "unprivileged user namespaces with AppArmor, see https://chromium.googlesource.com/"
    )
    missing = "BrowserType.launch: Executable doesn't exist at /home/m/.cache/ms-playwright/x"
    assert browsers.sandbox_failure(refused)
    assert not browsers.sandbox_failure(missing)
    assert browsers.sandbox_message() != browsers.no_browser_message()
