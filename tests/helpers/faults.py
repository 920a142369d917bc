"""Faults a member's computer really has, made for real: a full folder (a small tmpfs,
or where the test may not mount one, a file-size limit), a private temp folder that
must end empty, a signal mid-check, a browser that never starts, a keyring locked or
damaged, and a stand-in for the user's systemd manager (which cannot run in a
container: `systemctl --user` here answers "Failed to connect to bus").
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import resource
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from tests.helpers.machine import IS_ROOT

# A full folder.


@dataclass
class FullFolder:
    """A folder that has no room left: `how` is "tmpfs" (a real full file system) or
    "limit" (children started with `preexec` can write no byte into any file: only
    for children that write nothing else, so not for a browser)."""

    path: Path
    how: str

    def preexec(self) -> Callable[[], None] | None:
        """For a child process: a file-size limit where there is no tmpfs."""
        if self.how == "tmpfs":
            return None

        def limit() -> None:
            signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # EFBIG, not a killed process
            resource.setrlimit(resource.RLIMIT_FSIZE, (0, 0))  # no byte more, anywhere

        return limit


def _fill(folder: Path) -> None:
    """Take every byte a file system has left (the last ones in small writes)."""
    with (folder / ".filler").open("wb", buffering=0) as out:
        for chunk in (1 << 16, 4096, 512, 1):
            while True:
                try:
                    out.write(b"\0" * chunk)
                except OSError as exc:
                    if exc.errno not in (errno.ENOSPC, errno.EFBIG):
                        raise
                    break


@contextlib.contextmanager
def full_folder(
    path: Path, prepare: Callable[[Path], None] = lambda _p: None
) -> Iterator[FullFolder]:
    """path as a tiny file system, prepared (files written while there is room), then
    filled to the last byte. As root: a 512 KB tmpfs mounted there. Otherwise a
    file-size limit for the child processes the test starts (FullFolder.preexec)."""
    path.mkdir(parents=True, exist_ok=True)
    if IS_ROOT and sys.platform.startswith("linux"):
        mounted = subprocess.run(
            ["mount", "-t", "tmpfs", "-o", "size=512k,mode=0755", "tmpfs", str(path)],
            capture_output=True,
            check=False,
        )
        if mounted.returncode == 0:
            try:
                prepare(path)
                _fill(path)
                yield FullFolder(path, "tmpfs")
            finally:
                subprocess.run(["umount", "-l", str(path)], check=False)
            return
    prepare(path)
    yield FullFolder(path, "limit")


def files_in(folder: Path) -> set[str]:
    """Every file and folder under folder, by relative name (the filler aside)."""
    return {str(p.relative_to(folder)) for p in folder.rglob("*") if p.name != ".filler"}


# A private temp folder, and a process that must leave nothing in it.


@contextlib.contextmanager
def private_temp() -> Iterator[Path]:
    """A short temp folder of the test's own (Chromium needs a short TMPDIR)."""
    folder = Path(tempfile.mkdtemp(prefix="t-", dir="/tmp"))
    try:
        yield folder
    finally:
        import shutil

        shutil.rmtree(folder, ignore_errors=True)


def session_processes(session_id: int) -> list[str]:
    """The processes still alive in a session (a child started with a new session
    leads it; its browser and driver stay in it)."""
    alive = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            text = stat.read_text()
        except OSError:
            continue
        fields = text[text.rindex(")") + 2 :].split()
        if int(fields[3]) == session_id and fields[0] != "Z":
            alive.append(text[text.index("(") + 1 : text.rindex(")")])
    return alive


def wait_until_gone(session_id: int, seconds: float = 10) -> list[str]:
    deadline = time.monotonic() + seconds
    while (left := session_processes(session_id)) and time.monotonic() < deadline:
        time.sleep(0.1)  # processes ending: nothing to wait on but /proc
    return left


@contextlib.contextmanager
def running_app(*args: str, env: dict[str, str], stdin: str = "") -> Iterator[subprocess.Popen]:
    """`python -m wizard ARGS` leading a session of its own, as a terminal's job or a
    systemd unit runs it; whatever the test found, nothing of it outlives the test."""
    with tempfile.TemporaryFile("w+") as given:
        given.write(stdin)
        given.seek(0)
        proc = subprocess.Popen(
            [sys.executable, "-m", "wizard", *args],
            stdin=given,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env={**os.environ, **env},
            start_new_session=True,
        )
    try:
        yield proc
    finally:
        if proc.poll() is None:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(proc.pid, signal.SIGKILL)
        proc.communicate(timeout=30)
        for alive in session_processes(proc.pid):
            del alive  # a browser the app left behind: the test has said so already
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGKILL)


# A browser that never starts.


def browser_that_never_starts(folder: Path) -> Path:
    """A program that takes a browser's arguments and never answers on its pipe, as a
    browser stuck at start (a hung GPU driver, a sandbox prompt) does."""
    program = folder / "stuck-browser"
    program.write_text("#!/bin/sh\nexec sleep 600\n")
    program.chmod(0o755)
    return program


# The user's systemd manager.


def stand_in_systemctl(folder: Path, answer: str = "ok") -> tuple[Path, Path]:
    """A `systemctl` that logs each call (one JSON list per line) and answers as a
    user manager would ("ok"), or as one that cannot be reached ("unreachable"). The
    real manager cannot run in a container. Returns (the bin folder for PATH, the log)."""
    bin_dir = folder / "bin"
    bin_dir.mkdir(parents=True, exist_ok=True)
    log = folder / "systemctl.log"
    fail = answer == "unreachable"
    program = bin_dir / "systemctl"
    program.write_text(
        f"#!{sys.executable}\n"
        "import json, sys\n"
        f"open({str(log)!r}, 'a').write(json.dumps(sys.argv[1:]) + '\\n')\n"
        + (
            "sys.stderr.write('Failed to connect to bus: No medium found\\n'); sys.exit(1)\n"
            if fail
            else "sys.exit(0)\n"
        )
    )
    program.chmod(0o755)
    return bin_dir, log


def systemctl_calls(log: Path) -> list[list[str]]:
    if not log.exists():
        return []
    return [json.loads(line) for line in log.read_text().splitlines() if line.strip()]


# The keyring.


def secret_items(service_name: str) -> list[dict[str, str]]:
    """Every item the app has in the Secret Service (this process's bus), by its
    attributes: what a keyring browser (Seahorse) would list."""
    import secretstorage

    bus = secretstorage.dbus_init()
    try:
        collection = secretstorage.get_default_collection(bus)
        return [
            dict(i.get_attributes()) for i in collection.search_items({"service": service_name})
        ]
    finally:
        bus.close()


def lock_keyring() -> None:
    import secretstorage

    bus = secretstorage.dbus_init()
    try:
        secretstorage.get_default_collection(bus).lock()
    finally:
        bus.close()
