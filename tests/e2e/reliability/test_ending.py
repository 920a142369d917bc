"""How a check ends, whatever ends it: exit statuses that never lie, Ctrl-C and SIGTERM
with the same cleanup as a normal end, output that cannot be written, a browser that
never starts, and nothing left in the temp folder. The app runs in a process of its
own, in a session of its own (as a terminal's job or a systemd unit does)."""

from __future__ import annotations

import os
import signal
import time
from pathlib import Path

import pytest

from tests.helpers.faults import (
    browser_that_never_starts,
    files_in,
    full_folder,
    private_temp,
    running_app,
    wait_until_gone,
)
from tests.helpers.verifying import app_process
from wizard.practice.accounts import Faults

# The two settings' pages: once both were asked for, the check is reading them.
SETTING_PAGES = (
    "/mypreferences/d/settings/data-for-ai-improvement",
    "/mypreferences/s/settings/share-data-with-trusted-partners",
)


def signed_in(email: str) -> str:
    return f"{email}\npw\n"


def test_a_terminal_that_cannot_show_every_character_still_gets_the_answer(site, new_email):
    email = new_email()
    site.set_all(email, False)
    proc = app_process(
        "verify",
        "--site",
        site.url,
        "--sign-in",
        stdin=signed_in(email),
        env={"PYTHONIOENCODING": "ascii"},
    )
    assert proc.returncode == 0, proc.stderr
    assert "Traceback" not in proc.stderr
    assert "All settings are off." in proc.stdout


def test_output_to_a_full_disk_ends_with_status_3_and_words(tmp_path, site, new_email):
    email = new_email()
    site.set_all(email, False)
    with full_folder(tmp_path / "full") as full:
        import subprocess
        import sys

        # Without a tmpfs, /dev/full: a file limit would stop the browser's writes too.
        target = full.path / "out.txt" if full.how == "tmpfs" else Path("/dev/full")
        with target.open("w") as stdout:
            proc = subprocess.run(
                [sys.executable, "-m", "wizard", "verify", "--site", site.url, "--sign-in"],
                input=signed_in(email),
                stdout=stdout,
                stderr=subprocess.PIPE,
                text=True,
                timeout=120,
            )
    assert proc.returncode == 3, proc.stderr
    assert "Traceback" not in proc.stderr
    assert "could not be written" in proc.stderr


def test_an_unexpected_error_ends_in_words_with_its_own_status(monkeypatch, capsys):
    """A bug the project does not know of yet (stood in for by a command that raises):
    words and status 70 (EX_SOFTWARE), never 1, which says a setting is on."""
    from wizard import cli, commands

    def broken(*_args, **_kwargs):
        raise RuntimeError("something nobody expected")

    monkeypatch.setattr(commands, "run_verify", broken)
    assert cli.main(["verify", "--site", "http://127.0.0.1:9"]) == 70
    err = capsys.readouterr().err
    assert "Traceback" not in err
    assert "unexpected" in err and "--verbose" in err
    assert cli.main(["verify", "--site", "http://127.0.0.1:9", "--verbose"]) == 70
    assert "Traceback" in capsys.readouterr().err  # the details, when asked for


@pytest.mark.parametrize(
    ("how", "status"), [("ctrl-c", 130), ("sigterm", 143)], ids=["ctrl-c", "sigterm"]
)
def test_cancelled_mid_check_ends_as_cancelled_and_leaves_nothing(
    how, status, site, new_email, tmp_path
):
    email = new_email()
    site.configure(email, Faults(lazy_ms=60_000))  # the switch drawn long after
    report = tmp_path / "report.html"
    # The site serves the whole session: only this check's requests count.
    before = {path: len(site.requests_to(path)) for path in SETTING_PAGES}
    with (
        private_temp() as temp,
        running_app(
            "verify",
            "--site",
            site.url,
            "--sign-in",
            "--report",
            str(report),
            "--timeout",
            "90",
            env={"TMPDIR": str(temp)},
            stdin=signed_in(email),
        ) as proc,
    ):
        deadline = time.monotonic() + 60
        while not all(len(site.requests_to(p)) > n for p, n in before.items()):
            assert proc.poll() is None, proc.communicate()
            assert time.monotonic() < deadline, "the check never reached the settings"
            time.sleep(0.05)  # the pages are being read: now is mid-check
        if how == "ctrl-c":
            os.killpg(proc.pid, signal.SIGINT)  # the terminal sends it to the whole job
        else:
            proc.send_signal(signal.SIGTERM)  # `kill PID`, or systemd stopping the job
        _out, err = proc.communicate(timeout=60)
        assert proc.returncode == status, err
        assert err.strip().splitlines()[-1].startswith("Cancelled")
        assert "Traceback" not in err and "WARNING" not in err and "never retrieved" not in err
        assert wait_until_gone(proc.pid) == []  # no browser or driver left running
        assert files_in(temp) == set()  # pictures, profiles, Playwright's folders: gone
        assert not report.exists()


def test_a_normal_check_leaves_nothing_in_the_temp_folder(site, new_email, tmp_path):
    email = new_email()
    report = tmp_path / "report.html"
    with private_temp() as temp:
        proc = app_process(
            "verify",
            "--site",
            site.url,
            "--sign-in",
            "--report",
            str(report),
            stdin=signed_in(email),
            env={"TMPDIR": str(temp)},
        )
        assert proc.returncode == 1, proc.stderr
        assert report.exists()
        assert files_in(temp) == set()


def test_a_browser_that_never_starts_is_given_up_within_the_timeout(site, new_email, tmp_path):
    stuck = browser_that_never_starts(tmp_path)
    started = time.monotonic()
    proc = app_process(
        "verify",
        "--site",
        site.url,
        "--sign-in",
        "--timeout",
        "5",
        stdin=signed_in(new_email()),
        env={"OPTOUT_BROWSER": str(stuck)},
        timeout=90,
    )
    took = time.monotonic() - started
    assert proc.returncode == 2, proc.stderr
    assert took < 30, f"took {took:.0f} s with --timeout 5"
    assert "did not start within 5 seconds" in proc.stdout, proc.stdout
    assert "No browser for the check was found" not in proc.stdout


def closed_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


JARGON = ("Page.goto", "net::ERR", "Protocol error", "Call log")


def test_a_site_that_does_not_answer_is_said_in_plain_words():
    proc = app_process(
        "verify",
        "--site",
        f"http://127.0.0.1:{closed_port()}",
        "--sign-in",
        stdin="someone@example.org\npw\n",
    )
    assert proc.returncode == 2
    words = proc.stdout + proc.stderr
    assert not [j for j in JARGON if j in words], words
    assert "Could not reach 127.0.0.1" in words


@pytest.fixture
def looping_site():
    """A site whose every page sends the browser to itself, for ever."""
    import threading
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    class Loop(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            self.send_response(302)
            self.send_header("Location", self.path)
            self.end_headers()

        def log_message(self, *_args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Loop)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_a_page_that_redirects_for_ever_is_said_in_plain_words(looping_site, catalog):
    from tests.helpers.verifying import verify
    from wizard.secrets.session import Cookie

    signing_in = app_process(
        "verify", "--site", looping_site, "--sign-in", stdin="someone@example.org\npw\n"
    )
    words = signing_in.stdout + signing_in.stderr
    assert not [j for j in JARGON if j in words], words
    assert "kept sending the browser" in words

    report = verify(looping_site, catalog, cookies=[Cookie("li_at", "x", "127.0.0.1")])
    reasons = " ".join(c.reason for c in report.checks)
    assert not [j for j in JARGON if j in reasons], reasons
    assert "kept sending the browser" in reasons


def test_the_check_words_the_browsers_own_failures_plainly():
    """What Playwright raises, as the check met it, becomes the member's words."""
    from playwright.async_api import Error

    from wizard.base.site import Site
    from wizard.check.problems import browser_problem, network_problem

    site = Site("http://127.0.0.1:8080")
    for text in (
        "Protocol error (Network.setExtraHTTPHeaders): Target closed",
        "Page.goto: net::ERR_TOO_MANY_REDIRECTS at http://127.0.0.1:8080/x\nCall log: …",
        "Page.goto: net::ERR_ABORTED at http://127.0.0.1:8080/x",
        "Browser.newContext: Target page, context or browser has been closed",
    ):
        for said in (browser_problem(Error(text)), network_problem(Error(text), site)):
            assert not [j for j in JARGON if j in said], said
            assert said.strip()


def test_the_scheduled_job_speaks_the_members_language(tmp_path):
    from wizard.base.site import LINKEDIN
    from wizard.proof import schedule

    command = schedule.recheck_command(LINKEDIN, lang="de")
    assert command[command.index("--lang") + 1] == "de"


def test_nothing_left_when_the_report_cannot_be_written(site, new_email, tmp_path):
    """A report asked for into a full folder: exit 3, the folder as it was, and no
    half-written file beside it."""
    email = new_email()
    site.set_all(email, False)
    with full_folder(tmp_path / "full") as full, private_temp() as temp:
        import subprocess
        import sys

        if full.how != "tmpfs":
            from tests.helpers.machine import skip_missing

            skip_missing("a full file system: mounting a tmpfs needs root")
        proc = subprocess.run(
            [
                sys.executable,
                "-m",
                "wizard",
                "verify",
                "--site",
                site.url,
                "--sign-in",
                "--report",
                str(full.path / "report.html"),
            ],
            input=signed_in(email),
            capture_output=True,
            text=True,
            timeout=120,
            env={**os.environ, "TMPDIR": str(temp)},
        )
        assert proc.returncode == 3, proc.stderr
        assert files_in(full.path) == set()
        assert files_in(temp) == set()
    assert "Traceback" not in proc.stderr


@pytest.mark.parametrize(
    ("sent", "status"), [(signal.SIGINT, 130), (signal.SIGTERM, 143)], ids=["ctrl-c", "sigterm"]
)
def test_the_window_ends_on_a_signal_with_its_status(sent, status):
    """Ctrl-C in the terminal that started the wizard, or the session ending: the window
    closes as it would, and the status says why."""
    with running_app("--practice", env={"QT_QPA_PLATFORM": "offscreen"}) as proc:
        assert proc.stdout is not None
        deadline = time.monotonic() + 60
        while "Practice site" not in proc.stdout.readline():  # up, and painted
            assert proc.poll() is None and time.monotonic() < deadline, proc.communicate()
        proc.send_signal(sent)
        _out, err = proc.communicate(timeout=30)
        assert proc.returncode == status, err
        assert "Traceback" not in err
        assert wait_until_gone(proc.pid) == []  # the page's engine went with it
