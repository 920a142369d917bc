"""The desktop notification a scheduled check shows when something is not off."""

from __future__ import annotations

import shutil
import subprocess
import time

import pytest

from tests.helpers.verifying import app_process


@pytest.fixture
def bus_monitor(secret_service):
    """dbus-monitor on the test session bus, watching Notify calls."""
    if shutil.which("dbus-monitor") is None:
        from tests.helpers.machine import skip_missing

        skip_missing("dbus-monitor (Debian package dbus-bin)")
    log = secret_service.home / f"monitor-{time.monotonic_ns()}.log"
    with log.open("w") as out:
        proc = subprocess.Popen(
            [
                "dbus-monitor",
                "--address",
                secret_service.address,
                "interface='org.freedesktop.Notifications'",
            ],
            stdout=out,
            stderr=subprocess.STDOUT,
        )
    yield secret_service, log
    proc.terminate()
    proc.wait(timeout=10)


def run_with_bus(service, args, stdin):
    return app_process(*args, stdin=stdin, env={"DBUS_SESSION_BUS_ADDRESS": service.address})


def test_notify_only_when_something_is_not_off(bus_monitor, site, new_email):
    service, log = bus_monitor
    on = new_email()
    proc = run_with_bus(service, ["verify", "--notify", "--site", site.url], f"{on}\npw\n")
    assert proc.returncode == 1
    off = new_email()
    site.set_all(off, False)
    proc = run_with_bus(service, ["verify", "--notify", "--site", site.url], f"{off}\npw\n")
    assert proc.returncode == 0
    # The monitor prints each call; give it the moment a pipe needs to flush.
    deadline = time.monotonic() + 10
    while "2 settings are still on" not in log.read_text() and time.monotonic() < deadline:
        time.sleep(0.1)
    text = log.read_text()
    assert text.count("member=Notify") == 1
    # Whose account it is, for members with several.
    name = site.account(on).display_name
    assert f"LinkedIn opt-out check ({name}): 2 settings are still on." in text


def test_notify_when_linkedin_added_a_setting_that_is_on(bus_monitor, site, new_email):
    """The known settings are off (exit 0), but LinkedIn lists a setting the app does
    not know, on: that alone is worth a notification."""
    service, log = bus_monitor
    email = new_email("newsetting")
    site.set_all(email, False)
    site.store.save(email, "ai-features", True)
    proc = run_with_bus(service, ["verify", "--notify", "--site", site.url], f"{email}\npw\n")
    assert proc.returncode == 0, proc.stderr
    deadline = time.monotonic() + 10
    while "added a setting" not in log.read_text() and time.monotonic() < deadline:
        time.sleep(0.1)
    text = log.read_text()
    assert text.count("member=Notify") == 1
    assert "LinkedIn added a setting that is on." in text
    assert "“Data for AI-powered features” — it is On." in text
