"""A desktop with a screen reader's bus, for tests: a private D-Bus session, the
accessibility bus on it (at-spi2-core's bus launcher and registry), a real X server
with a window manager, and a driver that reads the app only through AT-SPI
(tests/helpers/atspi_driver.py, under the system's Python with Debian's pyatspi).

The app runs in a process of its own with Qt's AT-SPI bridge on, as Orca's users run
it; the test asks the driver what a screen reader would hear and does what its user
would do (find by name, press, type).
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tests.helpers.dbus import started_for
from tests.helpers.machine import IS_ROOT, skip_missing
from tests.helpers.x11 import x_display

DRIVER = Path(__file__).with_name("atspi_driver.py")
SYSTEM_PYTHON = "/usr/bin/python3"
BUS_LAUNCHER = "/usr/libexec/at-spi-bus-launcher"
BUS_SERVICE = "/usr/share/dbus-1/services/org.a11y.Bus.service"  # how D-Bus starts it
APP_NAME = "LinkedIn opt-out wizard"


def _missing() -> list[str]:
    missing = [t for t in ("dbus-daemon",) if shutil.which(t) is None]
    if not Path(BUS_LAUNCHER).exists() or not Path(BUS_SERVICE).exists():
        missing.append("at-spi2-core")
    probe = (
        subprocess.run(
            [SYSTEM_PYTHON, "-c", "import gi; gi.require_version('Atspi', '2.0'); import pyatspi"],
            capture_output=True,
            check=False,
        )
        if Path(SYSTEM_PYTHON).exists()
        else None
    )
    if probe is None or probe.returncode != 0:
        missing.append("python3-pyatspi and gir1.2-atspi-2.0")
    return missing


@dataclass
class ScreenReader:
    """What the driver says, one command at a time."""

    process: subprocess.Popen
    heard: list[dict] = field(default_factory=list)

    def ask(self, **command: Any) -> dict:
        assert self.process.stdin is not None and self.process.stdout is not None
        self.process.stdin.write(json.dumps(command) + "\n")
        self.process.stdin.flush()
        line = self.process.stdout.readline()
        if not line:
            said = self.process.stderr.read() if self.process.stderr else ""
            raise AssertionError(f"the AT-SPI driver stopped: {said}")
        answer = json.loads(line)
        assert "error" not in answer, f"{command}: {answer['error']}"
        return answer

    def find(self, role: str, name: str | dict, timeout: float = 30) -> dict:
        return self.ask(op="find", role=role, name=name, timeout=timeout)

    def press(self, role: str, name: str | dict, timeout: float = 30) -> dict:
        return self.ask(op="press", role=role, name=name, timeout=timeout)

    def type(self, role: str, name: str | dict, text: str) -> dict:
        """Type into a field as the member does; the field holds what was typed (a
        password field as as many dots), or the keys were lost on the way."""
        answer = self.ask(op="type", role=role, name=name, text=text)
        shown = answer.get("text", "")
        assert shown == text or (role == "password text" and len(shown) == len(text)), (
            f"typed {len(text)} characters into {name!r}: it holds {shown!r}; the focus "
            f"on {answer.get('focused')}, the window {answer.get('window')}"
        )
        return answer

    def showing(self) -> list[dict]:
        return self.ask(op="showing")["objects"]

    def announced(self) -> list[dict]:
        return self.ask(op="announced")["announced"]


@dataclass
class AccessibleDesktop:
    env: dict[str, str]
    home: Path

    def start_app(self, *args: str) -> subprocess.Popen:
        return subprocess.Popen(
            [sys.executable, "-m", "wizard", *args],
            env=self.env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            start_new_session=True,
        )

    @contextlib.contextmanager
    def screen_reader(self, app_name: str = APP_NAME) -> Iterator[ScreenReader]:
        driver = subprocess.Popen(
            [SYSTEM_PYTHON, str(DRIVER), app_name],
            env=self.env,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        try:
            assert driver.stdout is not None
            ready = driver.stdout.readline()
            assert ready, driver.stderr.read() if driver.stderr else "no driver"
            yield ScreenReader(driver)
        finally:
            if driver.stdin is not None:
                driver.stdin.close()
            try:
                driver.wait(timeout=10)
            except subprocess.TimeoutExpired:
                driver.kill()
                driver.wait(timeout=10)
            for stream in (driver.stdout, driver.stderr):
                if stream is not None:
                    stream.close()


@contextlib.contextmanager
def accessible_desktop(width: int = 1366, height: int = 768) -> Iterator[AccessibleDesktop]:
    """An X display with a window manager, a private session bus that knows it, and
    the accessibility bus on that session bus; the app and the driver started from it
    share all three.

    The session bus starts with the display's environment, as a member's login leaves
    it: everything it starts (the accessibility bus launcher, and through it the
    registry that turns a screen reader's typing into the keys of this screen) knows
    the screen. The launcher is started by D-Bus itself, when first asked for, and
    only so: a launcher started by hand beside it raced D-Bus for the bus's name
    under load, and the one D-Bus started then had no display (every key lost)."""
    missing = _missing()
    if missing:
        skip_missing(f"{', '.join(missing)}: the accessibility bus a screen reader reads")
    home = Path(tempfile.mkdtemp(prefix="a11y-"))
    try:
        with x_display(width, height) as display:
            env = display.env(
                QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1",
                XDG_RUNTIME_DIR=str(home),
                NO_AT_BRIDGE="0",
            )
            env.pop("DBUS_SESSION_BUS_ADDRESS", None)
            env.pop("AT_SPI_BUS_ADDRESS", None)
            if IS_ROOT:
                env["QTWEBENGINE_DISABLE_SANDBOX"] = "1"  # practice pages only (tests)
            with _session_bus(env) as address:
                env["DBUS_SESSION_BUS_ADDRESS"] = address
                _wait_for_accessibility_bus(env)
                yield AccessibleDesktop(env, home)
    finally:
        shutil.rmtree(home, ignore_errors=True)


@contextlib.contextmanager
def _session_bus(env: dict[str, str]) -> Iterator[str]:
    """A session bus of this environment; its address. When it ends, what it started
    (the launcher, its bus, the registry) is waited for: each ends with the bus it
    hangs on, and none is left behind."""
    read, write = os.pipe()
    bus = subprocess.Popen(
        ["dbus-daemon", "--session", "--nofork", "--nopidfile", f"--print-address={write}"],
        env=env,
        pass_fds=(write,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    with os.fdopen(read) as answer:
        address = answer.readline().strip()
    try:
        assert address, "the session bus did not start"
        yield address
    finally:
        started = [pid for pid in started_for(address) if pid != os.getpid()]
        bus.terminate()
        bus.wait(timeout=10)
        _end(started)


def _end(pids: list[int], timeout_s: float = 10) -> None:
    """Until each has ended by itself (its bus gone); then ended for it."""
    deadline = time.monotonic() + timeout_s
    for pid in pids:
        while _running(pid) and time.monotonic() < deadline:
            time.sleep(0.05)  # another process's exit: nothing of ours to wait on
        if _running(pid):
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)


def _running(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return False
    return state != "Z"


def accessibility_bus(env: dict[str, str]) -> str:
    """The accessibility bus's address, as the session bus's launcher answers the app
    and the screen reader; "" when it has not (yet). The first question starts it."""
    asked = subprocess.run(
        [
            "dbus-send",
            "--session",
            "--print-reply",
            "--dest=org.a11y.Bus",
            "/org/a11y/bus",
            "org.a11y.Bus.GetAddress",
        ],
        env=env,
        capture_output=True,
        text=True,
        timeout=10,
        check=False,
    )
    return asked.stdout.split('"')[1] if "unix:" in asked.stdout else ""


def _wait_for_accessibility_bus(env: dict[str, str], timeout_s: float = 15) -> None:
    """Until the session bus answers with the accessibility bus's address."""
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if accessibility_bus(env):
            return
        time.sleep(0.1)  # another process starting: nothing to wait on but its answer
    raise AssertionError("the accessibility bus did not start")
