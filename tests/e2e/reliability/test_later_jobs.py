"""The scheduled job stays alive, or the member is told: a job whose program moved is
set up again when the app starts; where the system's scheduler cannot be reached,
setting it up says so and offers a calendar reminder instead; a run that could not
check, or found something on, reaches the member at the app's next start even with no
notification service; a locked keyring arranges a retry at the next login."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.helpers.driving import Person, make_window
from tests.helpers.engines import practice_cookies
from tests.helpers.faults import (
    lock_keyring,
    running_app,
    stand_in_systemctl,
    systemctl_calls,
)
from tests.helpers.secretservice import unlock
from tests.helpers.verifying import app_process
from wizard.base.site import LINKEDIN, Site
from wizard.proof import schedule
from wizard.secrets import credentials
from wizard.secrets.session import Session


def unit(config: Path, name: str) -> str:
    return (config / "systemd" / "user" / name).read_text(encoding="utf-8")


@pytest.mark.parametrize("systemctl", ["unreachable", "absent"])
def test_where_the_scheduler_cannot_be_reached_nothing_is_called_set_up(systemctl, tmp_path):
    if systemctl == "unreachable":
        program = stand_in_systemctl(tmp_path, "unreachable")[0] / "systemctl"
    else:
        program = tmp_path / "no-such-systemctl"
    scheduler = schedule.SystemdScheduler(tmp_path / "units", systemctl=str(program))
    outcome = scheduler.install(LINKEDIN)
    assert not outcome.installed
    assert "could not be set up" in outcome.message
    assert "next login" not in outcome.message
    assert "calendar" in outcome.message  # what works instead
    assert not scheduler.installed()
    assert not any((tmp_path / "units").glob("*")) if (tmp_path / "units").exists() else True


def test_the_calendar_reminder_is_a_monthly_event_a_calendar_reads(tmp_path):
    path = schedule.save_reminder(tmp_path / "reminder.ics")
    text = path.read_bytes().decode("utf-8")  # as written: lines end in CRLF (RFC 5545)
    assert text.startswith("BEGIN:VCALENDAR\r\n") and "END:VCALENDAR" in text
    assert "RRULE:FREQ=MONTHLY" in text
    assert "optout-wizard" in text  # what to run: the wizard


def test_a_job_whose_program_moved_is_set_up_again_when_the_app_starts(tmp_path):
    """The venv or the tarball moved, or an upgrade changed the path: every monthly run
    would fail with nothing shown. The app, started from its new place, writes the
    job again for itself, keeping what it checks."""
    bin_dir, log = stand_in_systemctl(tmp_path)
    config = tmp_path / "config"
    old = tmp_path / "old-place" / "optout-wizard"
    units = config / "systemd" / "user"
    units.mkdir(parents=True)
    command = [str(old), "verify", "--scheduled", "--lang", "de", "--extra", "research"]
    for name, text in schedule.systemd_units(command).items():
        (units / name).write_text(text, encoding="utf-8")
    env = {
        "XDG_CONFIG_HOME": str(config),
        "PATH": f"{bin_dir}{os.pathsep}{os.environ['PATH']}",
    }
    with running_app("--practice", env=env) as app:  # the desktop wizard, offscreen
        deadline = time.monotonic() + 60
        reloaded = ["--user", "daemon-reload"]
        while str(old) in unit(config, f"{schedule.JOB}.service") or (
            reloaded not in systemctl_calls(log)
        ):
            assert app.poll() is None, app.communicate()
            assert time.monotonic() < deadline, "the job still names the old program"
            time.sleep(0.1)  # the app starting: nothing to wait on but the file
    service = unit(config, f"{schedule.JOB}.service")
    program = schedule.job_command(service)[0]
    assert Path(program).exists()
    assert "--lang de" in service and "--extra research" in service  # kept as chosen


def test_the_done_screen_shows_the_jobs_real_state(qtbot, site, catalog, new_email, tmp_path):
    """Unit files exist, but their program is gone and the scheduler does not answer:
    the box is not shown as a working monthly check."""

    bin_dir, _log = stand_in_systemctl(tmp_path, "unreachable")
    units = tmp_path / "units"
    units.mkdir()
    for name, text in schedule.systemd_units([str(tmp_path / "gone"), "verify"]).items():
        (units / name).write_text(text, encoding="utf-8")
    scheduler = schedule.SystemdScheduler(units, systemctl=str(bin_dir / "systemctl"))
    window = make_window(qtbot, site.url, catalog, scheduler=scheduler)
    try:
        Person(qtbot, window).to_done(new_email())
        later = window.done_screen.later
        qtbot.waitUntil(lambda: "cannot run" in later.schedule_status.text(), timeout=20_000)
        status = later.schedule_status.text()
        assert not later.monthly.isChecked(), status
        assert "runs again every month" not in status
        assert "does not answer" in status, status  # the true cause, of the two
        assert later.reminder_button.isVisibleTo(window)  # the calendar instead
    finally:
        window.close()
        window.shutdown()


def test_a_run_nobody_saw_is_said_at_the_apps_next_start(
    qtbot, secret_service, site, catalog, new_email, tmp_path
):
    """A scheduled run found a setting on, and no notification service answered (the
    test bus has none): the app says it when it next opens."""
    from wizard.proof.laterruns import LaterRuns

    email = new_email()
    site.set_all(email, True)
    state = tmp_path / "state"
    proc = app_process(
        "verify",
        "--site",
        site.url,
        "--scheduled",
        "--sign-in",
        stdin=f"{email}\npw\n",
        env={"DBUS_SESSION_BUS_ADDRESS": secret_service.address, "XDG_STATE_HOME": str(state)},
    )
    assert proc.returncode == 1, proc.stderr
    runs = LaterRuns(state / "linkedin-optout-wizard" / "later-runs.json")
    window = make_window(qtbot, site.url, catalog, later_runs=runs)
    try:
        notice = window.welcome_screen.later_notice
        assert notice.isVisibleTo(window)
        assert "found" in notice.text() and "on" in notice.text()
        assert "Data for Generative AI Improvement" in notice.text()
    finally:
        window.close()
        window.shutdown()
    assert runs.unseen() is None  # said once, not at every start


def test_a_locked_keyring_at_a_scheduled_run_arranges_a_retry_at_the_next_login(
    own_keyring, site, new_email, tmp_path
):
    bin_dir, log = stand_in_systemctl(tmp_path)
    config, state = tmp_path / "config", tmp_path / "state"
    email = new_email()
    site.set_all(email, False)
    credentials.remember(Site(site.url), Session.of(practice_cookies(site, email)), "Alex")
    env = {
        **own_keyring.env(),
        "XDG_CONFIG_HOME": str(config),
        "XDG_STATE_HOME": str(state),
        "PATH": f"{bin_dir}{os.pathsep}{os.environ['PATH']}",
    }
    lock_keyring()
    try:
        locked = app_process("verify", "--site", site.url, "--scheduled", env=env)
    finally:
        unlock(own_keyring)
    assert locked.returncode == 2, locked.stderr
    assert "next login" in locked.stdout
    retry = f"{schedule.RETRY_JOB}.timer"
    assert "OnStartupSec=" in unit(config, retry)
    enables = [c for c in systemctl_calls(log) if "enable" in c]
    assert ["--user", "enable", retry] in enables  # at the next login, not now

    # The retry, at the next login, with the keyring unlocked: it checks, and goes.
    again = app_process("verify", "--site", site.url, "--scheduled", env=env)
    assert again.returncode == 0, again.stderr
    assert not (config / "systemd" / "user" / retry).exists()


SINGLE = [sys.executable, "-m", "wizard", "--practice"]


def test_a_second_start_brings_the_first_window_to_the_front(tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    first = subprocess.Popen(
        SINGLE, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    try:
        deadline = time.monotonic() + 60
        while True:  # the first is up once its practice site says so
            line = first.stdout.readline() if first.stdout else ""
            if "Practice site" in line:
                break
            assert first.poll() is None and time.monotonic() < deadline, first.communicate()
        second = subprocess.run(SINGLE, env=env, capture_output=True, text=True, timeout=60)
        assert second.returncode == 0, second.stderr
        assert "already open" in second.stderr
        assert first.poll() is None  # the first goes on
    finally:
        first.terminate()
        _, err = first.communicate(timeout=30)
    assert "brought to the front" in err
