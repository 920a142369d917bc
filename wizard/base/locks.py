"""One writer at a time, across processes: an advisory lock on a file beside what it
guards.

Two copies of the app are normal (a window and a scheduled check, two timers catching
up after a boot), and each reads, changes and writes the same shared state (the
keyring's list of accounts, the history). The lock file holds nothing: its presence
means nothing, only the lock held on it does, and the system drops the lock when its
process ends, however it ends.
"""

from __future__ import annotations

import contextlib
import os
import sys
import time
from collections.abc import Iterator
from pathlib import Path

# Long enough for any honest writer (a keyring call waiting on a busy D-Bus); a lock
# held longer than this is a stuck process, said as such rather than waited on.
WAIT_S = 30.0
_POLL_S = 0.02


class LockTimeout(OSError):
    """Another copy of the app held the lock for longer than WAIT_S."""


def beside(path: Path) -> Path:
    """The lock file that guards path: hidden, in the same folder."""
    return path.with_name(f".{path.name}.lock")


@contextlib.contextmanager
def held(path: Path, wait_s: float = WAIT_S) -> Iterator[None]:
    """Hold the exclusive lock on path (made if missing) for the block."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        _acquire(fd, path, wait_s)
        try:
            yield
        finally:
            _release(fd)
    finally:
        os.close(fd)


if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _try(fd: int) -> bool:
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _release(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def _release(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)


def try_hold(path: Path) -> int | None:
    """The lock on path for as long as this process lives (its file descriptor, kept
    open), or None when another process holds it now."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    if _try(fd):
        return fd
    os.close(fd)
    return None


def _acquire(fd: int, path: Path, wait_s: float) -> None:
    # Polled rather than blocking: a blocking flock cannot be given up on, and a
    # process stuck while holding it must not stop every later check for good.
    deadline = time.monotonic() + wait_s
    while not _try(fd):
        if time.monotonic() > deadline:
            raise LockTimeout(f"another copy of the app kept {path.name} busy for {wait_s:g} s")
        time.sleep(_POLL_S)
