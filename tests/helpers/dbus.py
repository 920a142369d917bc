"""Asking a D-Bus session bus, and the processes it starts, what they are: for the
tests' own buses (the keyring's, the screen reader's desktop)."""

from __future__ import annotations

import subprocess
from pathlib import Path


def owner(address: str, name: str) -> int | None:
    """The process that holds the name on that bus, as the bus says; None when no one
    does. Asking never starts one (D-Bus activates only on a call to the name)."""
    said = subprocess.run(
        [
            "dbus-send",
            f"--bus={address}",
            "--print-reply",
            "--dest=org.freedesktop.DBus",
            "/org/freedesktop/DBus",
            "org.freedesktop.DBus.GetConnectionUnixProcessID",
            f"string:{name}",
        ],
        capture_output=True,
        text=True,
        timeout=30,
        check=False,
    )
    last = said.stdout.split()[-1:] if said.returncode == 0 else []
    return int(last[0]) if last and last[0].isdigit() else None


def environ(pid: int) -> dict[str, str]:
    """A process's environment as it started; empty when it has ended or is not ours."""
    try:
        raw = Path(f"/proc/{pid}/environ").read_bytes()
    except OSError:
        return {}
    pairs = (item.split(b"=", 1) for item in raw.split(b"\0") if b"=" in item)
    return {key.decode(errors="replace"): value.decode(errors="replace") for key, value in pairs}


def started_for(address: str) -> list[int]:
    """The processes running for this session bus: their environment names it (D-Bus
    gives it to what it starts)."""
    return [
        int(entry.name)
        for entry in Path("/proc").iterdir()
        if entry.name.isdigit()
        and environ(int(entry.name)).get("DBUS_SESSION_BUS_ADDRESS") == address
    ]
