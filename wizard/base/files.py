"""Writing the app's files so a full disk or a failed write never leaves half a file.

A report, a repaired history, a stored catalog: each is written to a temporary file
beside its place, flushed to the disk, then renamed over the old one. A line added to
the history is one write at its end, cut back if the disk filled part-way. A write
that fails raises OSError and leaves the old file (if any) as it was, with nothing
beside it.
"""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from pathlib import Path


def _write_all(fd: int, data: bytes) -> None:
    """Every byte, or OSError: os.write may write only part (a disk filling up)."""
    view = memoryview(data)
    while view:
        written = os.write(fd, view)
        if written <= 0:  # pragma: no cover - the kernel raises ENOSPC rather
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        view = view[written:]


def write_atomically(path: Path, data: bytes, durable: bool = True) -> None:
    """path now holds data, whole, or (OSError) is as it was before.

    durable=False skips the flush to the disk: for files of one run only (the
    evidence pictures), where a power cut may lose them but never half-write them."""
    folder = path.parent
    folder.mkdir(parents=True, exist_ok=True)
    fd, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    try:
        try:
            _write_all(fd, data)
            if durable:
                os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise


def create_new(folder: Path, stem: str, data: bytes) -> Path:
    """A new file named stem (or stem-2, stem-3, …: never one that exists) holding data,
    whole; or OSError and no file (never an empty or half one left behind)."""
    folder.mkdir(parents=True, exist_ok=True)
    for number in range(1, 10_000):
        candidate = folder / (stem if number == 1 else f"{stem}-{number}")
        try:
            # Exclusive: two in the same second differ.
            fd = os.open(candidate, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:
            continue
        try:
            try:
                _write_all(fd, data)
                os.fsync(fd)
            finally:
                os.close(fd)
        except BaseException:
            candidate.unlink(missing_ok=True)
            raise
        return candidate
    raise FileExistsError(f"no free name for {stem} in {folder}")


def append_whole(path: Path, data: bytes) -> None:
    """data added at the end of path, whole, or (OSError) the file as it was: one
    write at the end, cut back to its old length if the disk filled part-way. The
    caller holds the file's lock (base/locks.py): this is one writer's append."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
    try:
        size = os.fstat(fd).st_size
        try:
            _write_all(fd, data)
            os.fsync(fd)
        except BaseException:
            with contextlib.suppress(OSError):
                os.ftruncate(fd, size)  # no torn line for the next reader
            raise
    finally:
        os.close(fd)
