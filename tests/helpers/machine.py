"""What this machine has, for tests: CI or not, root or not, and how a test that
needs a system part the machine lacks says so (in CI that is a failure)."""

from __future__ import annotations

import os

import pytest

IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")
IS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0
MISSING = "missing system part: "


def skip_missing(what: str) -> None:
    """Skip because of something the machine lacks; in CI this is a failure."""
    pytest.skip(MISSING + what)
