"""Start-up: the Welcome screen comes first and fast, without QtWebEngine or
Playwright loaded (they are imported by the first screen or check that needs them);
and the app refuses what it must refuse before any window opens."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from tests.helpers.verifying import app_process


def run_app(*args: str, **env: str) -> subprocess.CompletedProcess:
    return app_process(*args, env={"QT_QPA_PLATFORM": "offscreen", **env})


def test_welcome_paints_without_qtwebengine_or_playwright():
    proc = run_app("--practice", OPTOUT_WIZARD_BENCH="first-paint")
    assert proc.returncode == 0, proc.stderr
    report = json.loads(proc.stdout.strip().splitlines()[-1])
    assert report["painted"] is True
    # Nor the screens after Welcome: they are made just after it paints.
    assert report["loaded"] == {"qtwebengine": False, "playwright": False, "later_screens": False}
    # The practice site starts just after the first paint, not before it.
    assert "Practice site" not in proc.stdout


def test_qts_own_arguments_reach_qt():
    """-platform and -style, as a launcher or a member passes them to any Qt app: the
    window paints on the platform asked for (no display here: only offscreen works)
    in the style asked for; our own options still read."""
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "DISPLAY")}
    proc = subprocess.run(
        [sys.executable, "-m", "wizard", "-platform", "offscreen", "--practice", "-style=Windows"],
        env={**env, "OPTOUT_WIZARD_BENCH": "first-paint"},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    report = json.loads(proc.stdout.strip().splitlines()[-1])
    assert report["painted"] is True and report["style"].lower() == "windows"


def test_qts_arguments_are_refused_outside_the_desktop_wizard():
    proc = run_app("verify", "-style", "fusion")
    assert proc.returncode == 64
    assert "for the desktop wizard only" in proc.stderr


@pytest.mark.skipif(os.geteuid() != 0, reason="the refusal is for root")
def test_root_may_not_open_linkedin_with_the_sandbox_off():
    proc = run_app(OPTOUT_WIZARD_BENCH="first-paint")
    assert proc.returncode == 1
    assert "will not run as the root user" in proc.stderr
    assert "painted" not in proc.stdout


def test_version_and_help():
    from wizard import __version__

    assert run_app("--version").stdout.strip() == f"optout-wizard {__version__}"
    help_text = run_app("--help").stdout
    for words in ("--practice", "--site", "verify", "forget"):
        assert words in help_text


@pytest.mark.parametrize(
    "url",
    ["https://example.com", "http://10.0.0.1:80", "http://127.0.0.1:80/path", "ftp://127.0.0.1"],
)
def test_site_must_be_loopback(url):
    proc = run_app("--site", url)
    assert proc.returncode == 64
    assert "--site" in proc.stderr


def test_a_quiet_start_the_engine_chatter_stays_off_the_terminal():
    """The Sign in page shown, so the browser engine really started: nothing of
    Chromium's or QtWebEngine's own logging reaches the terminal (unless --verbose);
    as root, the app says once that it turned the sandbox off, and why."""
    env = {k: v for k, v in os.environ.items() if k not in ("QT_LOGGING_RULES",)}
    env.pop("QTWEBENGINE_CHROMIUM_FLAGS", None)
    proc = subprocess.run(
        [sys.executable, "-m", "wizard", "--practice"],
        env={**env, "QT_QPA_PLATFORM": "offscreen", "OPTOUT_WIZARD_BENCH": "sign-in"},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    assert '"painted": true' in proc.stdout  # the Sign in page did load
    lines = [line for line in proc.stderr.splitlines() if line.strip()]
    if os.geteuid() == 0:
        assert sum("sandbox is off" in line for line in lines) == 1, lines
        lines = [line for line in lines if "sandbox is off" not in line]
    assert lines == [], lines
