"""A real Secret Service for tests: GNOME Keyring on its own D-Bus session.

Started from Debian's packages (`dbus`, `gnome-keyring`) under `dbus-run-session`,
with its keyring files in a folder of the test's own, and unlocked with a test
password. Nothing of the developer's own keyring is touched.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

from tests.helpers.dbus import owner

KEYRING_PASSWORD = "test-keyring-password"
SECRETS = "org.freedesktop.secrets"

# Inside the private bus: unlock (creating the "login" keyring), publish the bus
# address for the test, then keep the session alive until the test ends it.
_SESSION_SCRIPT = """
set -e
printf %s "$KEYRING_PASSWORD" | gnome-keyring-daemon --unlock --components=secrets \
    --daemonize > "$OUT/daemon.env"
printf %s "$DBUS_SESSION_BUS_ADDRESS" > "$OUT/address.tmp"
mv "$OUT/address.tmp" "$OUT/address"
exec sleep 86400
"""


class DaemonReplaced(UserWarning):
    """The test Secret Service's daemon had ended and a new one took its place."""


@dataclass
class SecretService:
    address: str
    home: Path
    process: subprocess.Popen
    daemon: int | None = None  # the process that holds the Secret Service's name

    def answers(self) -> bool:
        """Its own daemon still holds the name: not gone, and not one D-Bus started in
        its place (that one opens the keyring locked)."""
        return self.daemon is not None and owner(self.address, SECRETS) == self.daemon

    def log_tail(self, lines: int = 12) -> str:
        log = self.home / "secret-service" / "daemon.log"
        try:
            return "\n".join(log.read_text(errors="replace").splitlines()[-lines:])
        except OSError:
            return "(no daemon log)"

    @property
    def keyring_dir(self) -> Path:
        return self.home / ".local" / "share" / "keyrings"

    def env(self) -> dict[str, str]:
        """Environment for a child process that should use this Secret Service."""
        return {
            "DBUS_SESSION_BUS_ADDRESS": self.address,
            "PYTHON_KEYRING_BACKEND": "keyring.backends.SecretService.Keyring",
        }

    def stop(self) -> None:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(self.process.pid, signal.SIGTERM)
        self.process.wait(timeout=10)


def missing_tools() -> list[str]:
    tools = ("dbus-run-session", "dbus-send", "gnome-keyring-daemon")
    return [t for t in tools if shutil.which(t) is None]


def start(home: Path) -> SecretService:
    """Start a private bus and an unlocked GNOME Keyring whose files live under home."""
    out = home / "secret-service"
    out.mkdir(parents=True, exist_ok=True)
    env = {
        **os.environ,
        "HOME": str(home),
        "XDG_DATA_HOME": str(home / ".local" / "share"),
        "XDG_RUNTIME_DIR": str(out),
        "KEYRING_PASSWORD": KEYRING_PASSWORD,
        "OUT": str(out),
    }
    env.pop("DBUS_SESSION_BUS_ADDRESS", None)
    with (out / "daemon.log").open("wb") as log:  # why a daemon went away, if it does
        process = subprocess.Popen(
            ["dbus-run-session", "--", "sh", "-c", _SESSION_SCRIPT],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=log,
            start_new_session=True,  # one process group: the test ends it all at once
        )
    address_file = out / "address"
    deadline = time.monotonic() + 20
    while not address_file.exists():
        if process.poll() is not None:
            raise RuntimeError("the test Secret Service did not start (dbus-run-session exited)")
        if time.monotonic() > deadline:
            process.kill()
            raise RuntimeError("the test Secret Service did not start within 20 seconds")
        time.sleep(0.05)  # a child process starting: nothing to wait on but its file
    address = address_file.read_text().strip()
    return SecretService(address, home, process, owner(address, SECRETS))


def unlock(service: SecretService) -> None:
    """Unlock the test keyring again with its password, as the login screen would: a
    daemon in its place that reads the same keyring files (the same data folder)."""
    env = {
        **os.environ,
        **service.env(),
        "HOME": str(service.home),
        "XDG_DATA_HOME": str(service.home / ".local" / "share"),
        "XDG_RUNTIME_DIR": str(service.home / "secret-service"),
    }
    subprocess.run(
        ["gnome-keyring-daemon", "--replace", "--unlock", "--components=secrets", "--daemonize"],
        input=KEYRING_PASSWORD,
        text=True,
        env=env,
        capture_output=True,
        timeout=20,
        check=True,
    )
