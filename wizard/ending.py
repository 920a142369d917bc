"""How the app's process ends, whatever ends it.

A later check runs with nobody watching, and its exit status is all a script or a
scheduler sees: 1 must only ever mean "a setting is on". So every end is one of the
documented statuses, after the same clean-up:

- the command's own status (0–3, 64);
- Ctrl-C: "Cancelled." and 130; SIGTERM (how systemd stops a job, and `kill`): the
  same clean-up, "Stopped." and 143. Both reach the running check as a cancellation,
  so its browser, its driver and its pictures go as after a normal end;
- a problem of the app's own: one sentence and 70 (EX_SOFTWARE); the traceback only
  with --verbose;
- output that cannot be written: characters the terminal cannot show are replaced,
  and a full disk or a closed pipe on standard output is said on standard error and
  ends with 3, never a traceback.

Everything the process and its children put in the temp folder (the browser's
profile, Playwright's folders, the report's pictures) goes in one private folder,
removed at the end: nothing is left behind, even by a browser that was killed.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import sys
import tempfile
import threading
import traceback
from collections.abc import Callable, Iterator
from types import FrameType

from wizard.reading.result import (
    EXIT_CANCELLED,
    EXIT_OUTPUT_FAILED,
    EXIT_SOFTWARE,
    EXIT_TERMINATED,
)

_terminated = threading.Event()
# Called on SIGTERM instead of interrupting the main thread (the desktop wizard's
# event loop quits by its own means).
_on_terminate: Callable[[], None] | None = None


def guarded(run: Callable[[], int], verbose: bool = False) -> int:
    """run() with every end mapped to a documented status (see the module's text)."""
    _readable_output()
    _terminated.clear()
    previous = _catch_terminate()
    status = EXIT_SOFTWARE
    try:
        with private_temp():
            status = run()
    except KeyboardInterrupt:
        status = EXIT_TERMINATED if _terminated.is_set() else EXIT_CANCELLED
        _say(
            "Cancelled: the app was asked to stop (SIGTERM)."
            if status == EXIT_TERMINATED
            else "Cancelled."
        )
    except SystemExit:
        raise
    except Exception:
        if verbose:
            _say(traceback.format_exc().rstrip())
        _say(
            "The app met an unexpected problem and stopped; nothing was changed. "
            "Run the same command with --verbose to see the details, and report them."
        )
        status = EXIT_SOFTWARE
    finally:
        _restore_terminate(previous)
    if not _output_written() and status < EXIT_OUTPUT_FAILED:
        status = EXIT_OUTPUT_FAILED
    return status


def on_terminate(callback: Callable[[], None] | None) -> None:
    """What SIGTERM does while the desktop wizard runs (None: interrupt, as Ctrl-C)."""
    global _on_terminate
    _on_terminate = callback


def terminated() -> bool:
    return _terminated.is_set()


def _say(text: str) -> None:
    with contextlib.suppress(OSError, ValueError):
        print(text, file=sys.stderr, flush=True)


def _readable_output() -> None:
    """A terminal that cannot show a character gets a '?' for it, not a traceback."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            with contextlib.suppress(ValueError, OSError):
                reconfigure(errors="replace")


def _output_written() -> bool:
    """Flush standard output; when it cannot take what is left (a full disk, a
    closed pipe), say so on standard error and point it at nothing, so the flush
    Python makes at exit cannot fail again with a traceback."""
    stdout = sys.stdout
    if stdout is None:
        return True
    try:
        stdout.flush()
    except (OSError, ValueError) as exc:
        why = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        _say(f"The result could not be written to standard output ({why}); exit status 3.")
        with contextlib.suppress(OSError, ValueError, AttributeError):
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, stdout.fileno())
            os.close(devnull)
        return False
    return True


def _catch_terminate() -> object:
    """SIGTERM becomes what Ctrl-C is, marked as SIGTERM; only the main thread may."""
    if threading.current_thread() is not threading.main_thread():
        return None
    try:
        return signal.signal(signal.SIGTERM, _terminate)
    except (ValueError, OSError):  # not the main interpreter
        return None


def _restore_terminate(previous: object) -> None:
    if previous is None:
        return
    with contextlib.suppress(ValueError, OSError, TypeError):
        signal.signal(signal.SIGTERM, previous)  # type: ignore[arg-type]  # a handler it had


def _terminate(signum: int, frame: FrameType | None) -> None:
    _terminated.set()
    if _on_terminate is not None:
        _on_terminate()
        return
    # Whatever Ctrl-C does now: asyncio.run's handler cancels the running check (its
    # clean-up then runs), Python's own raises KeyboardInterrupt here.
    handler = signal.getsignal(signal.SIGINT)
    if callable(handler):
        handler(signal.SIGINT, frame)
    else:
        raise KeyboardInterrupt


@contextlib.contextmanager
def private_temp() -> Iterator[str]:
    """A temp folder of this process's own, for it and its children (TMPDIR), removed
    at the end however the process ends short of a kill."""
    outer = tempfile.gettempdir()
    folder = tempfile.mkdtemp(prefix="optout-", dir=outer)
    before = os.environ.get("TMPDIR")
    os.environ["TMPDIR"] = folder
    tempfile.tempdir = folder
    try:
        yield folder
    finally:
        if before is None:
            os.environ.pop("TMPDIR", None)
        else:
            os.environ["TMPDIR"] = before
        tempfile.tempdir = None
        shutil.rmtree(folder, ignore_errors=True)
