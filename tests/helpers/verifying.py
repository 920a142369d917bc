"""Helpers for running the verifier and the `verify` command from tests.

The verifier runs asyncio in the thread that calls it, as in the app's worker
thread; tests call it from a thread of their own so it never meets the session's
Playwright (sync API) on the main thread.
"""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

from wizard.base.site import Site
from wizard.check.verify import Verification
from wizard.commands import Console, VerifyOptions, run_verify
from wizard.reading.result import Report

T = TypeVar("T")


def in_thread(fn: Callable[[], T], timeout: float = 120) -> T:
    box: dict[str, Any] = {}

    def target() -> None:
        try:
            box["value"] = fn()
        except BaseException as exc:  # handed back to the test's thread
            box["error"] = exc

    thread = threading.Thread(target=target, name="test-verifier")
    thread.start()
    thread.join(timeout)
    assert not thread.is_alive(), "the verifier did not finish"
    if "error" in box:
        raise box["error"]
    return box["value"]


def verify(site_url: str, catalog: Any, **kwargs: Any) -> Report:
    return in_thread(lambda: Verification(Site(site_url), catalog, **kwargs).run())


@dataclass
class CommandRun:
    status: int
    stdout: str
    stderr: str

    def json(self) -> dict:
        return json.loads(self.stdout)

    def states(self) -> dict[str, str]:
        return {r["id"]: r["state"] for r in self.json()["results"]}


def verify_command(site_url: str | None, stdin: str = "", **kwargs: Any) -> CommandRun:
    """`optout-wizard verify` with stdin that is not a terminal, as a pipe gives."""
    out, err = io.StringIO(), io.StringIO()
    console = Console(io.StringIO(stdin), out, err)
    site = Site(site_url) if site_url else None
    status = in_thread(lambda: run_verify(site, VerifyOptions(**kwargs), console))
    return CommandRun(status, out.getvalue(), err.getvalue())


def sign_in_lines(email: str, pin: str | None = None) -> str:
    """What a member types at `verify --sign-in`: email, password, perhaps a code."""
    return f"{email}\nsecret-password\n" + (f"{pin}\n" if pin else "")


def app_process(
    *args: str, stdin: str = "", env: dict[str, str] | None = None, timeout: float = 120
) -> subprocess.CompletedProcess:
    """`python -m wizard ARGS` in a process of its own, as a person runs it (for what
    only a real process shows: exit statuses, Qt on its main thread, the terminal)."""
    return subprocess.run(
        [sys.executable, "-m", "wizard", *args],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=timeout,
        env={**os.environ, **(env or {})},
    )
