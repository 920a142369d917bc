"""The desktop the screen-reader tests stand on is a member's: one accessibility bus,
and the registry that turns a screen reader's typing into keys knows the screen.

Seen in CI (stop 43): under load, the test's own question for the accessibility bus
reached the session bus before the bus launcher the test had started had taken its
name, so D-Bus started a second launcher from its service file, with the session
bus's environment, which had no DISPLAY. Its registry could not reach the screen:
every key a test typed was lost, and the test failed as "the field holds ''"."""

from __future__ import annotations

from pathlib import Path

from tests.helpers.atspi import accessibility_bus, accessible_desktop
from tests.helpers.dbus import environ, owner, started_for

REGISTRY = "at-spi2-registryd"
LAUNCHER = "at-spi-bus-launcher"


def _ours(name: str, bus_address: str) -> list[int]:
    """The processes of that name started for this desktop's session bus."""
    return [pid for pid in started_for(bus_address) if _name(pid) == name[:15]]


def _name(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/comm").read_text().strip()
    except OSError:  # ended meanwhile
        return ""


def test_whatever_the_session_bus_starts_knows_the_screen_and_there_is_one_registry():
    with accessible_desktop() as desktop:
        bus = desktop.env["DBUS_SESSION_BUS_ADDRESS"]
        display = desktop.env["DISPLAY"]
        # Another question for the accessibility bus, as the app's and the screen
        # reader's are: answered by the one launcher, never a second one started.
        assert accessibility_bus(desktop.env).startswith("unix:")
        launchers = _ours(LAUNCHER, bus)
        assert len(launchers) == 1, f"{len(launchers)} accessibility bus launchers"
        assert environ(launchers[0]).get("DISPLAY") == display
        # The registry starts when first asked for; a screen reader asks at once.
        with desktop.screen_reader():
            registries = _ours(REGISTRY, bus)
        assert len(registries) == 1, f"{len(registries)} registries"
        assert environ(registries[0]).get("DISPLAY") == display, (
            "the registry a screen reader types through does not know the screen"
        )
        # The session bus's own environment is what it starts services with (on a
        # member's desktop the login puts DISPLAY there): a service it starts later
        # knows the screen as well.
        daemon = owner(bus, "org.freedesktop.DBus")
        assert daemon is not None, "the session bus did not say its process"
        assert environ(daemon).get("DISPLAY") == display
    assert not _ours(LAUNCHER, bus) and not _ours(REGISTRY, bus), "left running"
