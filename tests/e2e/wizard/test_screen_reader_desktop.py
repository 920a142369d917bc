"""The desktop the screen-reader tests stand on is a member's: one accessibility bus,
and the registry that turns a screen reader's typing into keys knows the screen.

Seen in CI (stop 43): under load, the test's own question for the accessibility bus
reached the session bus before the bus launcher the test had started had taken its
name, so D-Bus started a second launcher from its service file, with the session
bus's environment, which had no DISPLAY. Its registry could not reach the screen:
every key a test typed was lost, and the test failed as "the field holds ''"."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

from tests.helpers.atspi import accessible_desktop

REGISTRY = "at-spi2-registryd"
LAUNCHER = "at-spi-bus-launcher"


def _environ(pid: int) -> dict[str, str]:
    try:
        raw = Path(f"/proc/{pid}/environ").read_bytes()
    except OSError:  # gone while read
        return {}
    pairs = (item.split(b"=", 1) for item in raw.split(b"\0") if b"=" in item)
    return {key.decode(errors="replace"): value.decode(errors="replace") for key, value in pairs}


def _ours(name: str, bus_address: str) -> list[int]:
    """The processes of that name started for this desktop's session bus."""
    found = subprocess.run(["pgrep", "-x", name[:15]], capture_output=True, text=True, check=False)
    return [
        int(pid)
        for pid in found.stdout.split()
        if _environ(int(pid)).get("DBUS_SESSION_BUS_ADDRESS") == bus_address
    ]


def _bus_pid(env: dict[str, str]) -> int:
    """The session bus daemon's own process, as the bus says."""
    said = subprocess.run(
        [
            "dbus-send",
            "--session",
            "--print-reply",
            "--dest=org.freedesktop.DBus",
            "/org/freedesktop/DBus",
            "org.freedesktop.DBus.GetConnectionUnixProcessID",
            "string:org.freedesktop.DBus",
        ],
        env=env,
        capture_output=True,
        text=True,
        timeout=30,
        check=True,
    )
    return int(said.stdout.split()[-1])


def test_whatever_the_session_bus_starts_knows_the_screen_and_there_is_one_registry():
    with accessible_desktop() as desktop:
        bus = desktop.env["DBUS_SESSION_BUS_ADDRESS"]
        display = desktop.env["DISPLAY"]
        # Another question for the accessibility bus, as the app's and the screen
        # reader's are: answered by the one launcher, never a second one started.
        asked = subprocess.run(
            [
                "dbus-send",
                "--session",
                "--print-reply",
                "--dest=org.a11y.Bus",
                "/org/a11y/bus",
                "org.a11y.Bus.GetAddress",
            ],
            env=desktop.env,
            capture_output=True,
            text=True,
            timeout=30,
            check=False,
        )
        assert "unix:" in asked.stdout, asked.stderr
        launchers = _ours(LAUNCHER, bus)
        assert len(launchers) == 1, f"{len(launchers)} accessibility bus launchers"
        assert _environ(launchers[0]).get("DISPLAY") == display
        # The registry starts when first asked for; a screen reader asks at once.
        with desktop.screen_reader():
            registries = _ours(REGISTRY, bus)
        assert len(registries) == 1, f"{len(registries)} registries"
        assert _environ(registries[0]).get("DISPLAY") == display, (
            "the registry a screen reader types through does not know the screen"
        )
        # The session bus's own environment is what it starts services with (on a
        # member's desktop the login puts DISPLAY there): a service it starts later
        # knows the screen as well.
        assert _environ(_bus_pid(desktop.env)).get("DISPLAY") == display
    assert not _ours(LAUNCHER, bus) and not _ours(REGISTRY, bus), "left running"
    assert os.environ.get("DBUS_SESSION_BUS_ADDRESS") != bus
