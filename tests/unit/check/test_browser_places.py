"""Where a bundled app looks for the browser it installed (issue #30): the user's cache,
where Playwright's installer writes, unless the user chose a place."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from wizard.check import browsers


def test_a_bundle_looks_in_the_users_cache(monkeypatch, tmp_path):
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.delenv("PLAYWRIGHT_BROWSERS_PATH", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    browsers.use_user_cache()
    assert os.environ["PLAYWRIGHT_BROWSERS_PATH"] == str(tmp_path / "ms-playwright")


def test_a_place_the_user_chose_stays(monkeypatch):
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setenv("PLAYWRIGHT_BROWSERS_PATH", "/srv/browsers")
    browsers.use_user_cache()
    assert os.environ["PLAYWRIGHT_BROWSERS_PATH"] == "/srv/browsers"


def test_from_source_playwright_keeps_its_own_default(monkeypatch):
    monkeypatch.delattr(sys, "frozen", raising=False)
    monkeypatch.delenv("PLAYWRIGHT_BROWSERS_PATH", raising=False)
    browsers.use_user_cache()
    assert "PLAYWRIGHT_BROWSERS_PATH" not in os.environ


def test_the_cache_is_playwrights_own_default_place(monkeypatch, tmp_path):
    monkeypatch.delenv("XDG_CACHE_HOME", raising=False)
    monkeypatch.setenv("HOME", str(tmp_path))
    if sys.platform.startswith("linux"):
        assert browsers.playwright_cache() == Path(tmp_path) / ".cache" / "ms-playwright"


def test_the_installer_is_playwrights_driver_installing_the_headless_shell():
    command = browsers.install_command()
    assert command[-3:] == ["install", "--only-shell", "chromium"]
    assert Path(command[0]).exists()
    assert browsers.install_environment()["PLAYWRIGHT_SKIP_VALIDATE_HOST_REQUIREMENTS"] == "1"
