"""Writing the app's files so a full disk or a failed write never leaves half a file.

A report, a repaired history, a stored catalog: each is written to a temporary file
beside its place, flushed to the disk, then renamed over the old one. A write that
fails raises OSError and leaves the old file (if any) as it was.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path


def write_atomically(path: Path, data: bytes, durable: bool = True) -> None:
    """path now holds data, whole, or (OSError) is as it was before.

    durable=False skips the flush to the disk: for files of one run only (the
    evidence pictures), where a power cut may lose them but never half-write them."""
    folder = path.parent
    folder.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            if durable:
                os.fsync(out.fileno())
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise


def create_new(folder: Path, stem: str, data: bytes) -> Path:
    """A new file named stem (or stem-2, stem-3, …: never one that exists) holding data."""
    folder.mkdir(parents=True, exist_ok=True)
    for number in range(1, 10_000):
        candidate = folder / (stem if number == 1 else f"{stem}-{number}")
        try:
            with candidate.open("xb") as out:  # exclusive: two in the same second differ
                try:
                    out.write(data)
                    out.flush()
                    os.fsync(out.fileno())
                except BaseException:
                    out.close()
                    candidate.unlink(missing_ok=True)
                    raise
        except FileExistsError:
            continue
        return candidate
    raise FileExistsError(f"no free name for {stem} in {folder}")
