"""`optout-wizard install-browser`: Playwright's headless shell installed into the cache
the check then looks in, from a loopback stand-in for Playwright's download server (no
download in tests: Debian's headless shell zipped in Playwright's layout, see
packaging/linux/local-browser-copy.py). The bundle's own run of this is in
`make test-package`."""

from __future__ import annotations

import functools
import json
import subprocess
import sys
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import playwright
import pytest

from tests.helpers import ROOT
from tests.helpers.machine import skip_missing
from tests.helpers.verifying import app_process

pytestmark = pytest.mark.browser

PACKAGE = Path(playwright.__file__).parent / "driver" / "package"


def _field(name: str, key: str) -> str:
    browsers = json.loads((PACKAGE / "browsers.json").read_text())["browsers"]
    return str(next(b[key] for b in browsers if b["name"] == name))


def test_install_browser_installs_into_the_cache_the_check_uses(tmp_path):
    if not Path("/usr/lib/chromium/chromium-headless-shell").is_file():
        skip_missing("Debian's chromium-headless-shell (the local copy is made from it)")
    serve = tmp_path / "serve"
    made = subprocess.run(
        [
            sys.executable,
            str(ROOT / "packaging" / "linux" / "local-browser-copy.py"),
            str(serve),
            _field("chromium-headless-shell", "browserVersion"),
            _field("ffmpeg", "revision"),
        ],
        capture_output=True,
        text=True,
    )
    assert made.returncode == 0, made.stderr

    class Quiet(SimpleHTTPRequestHandler):
        def log_message(self, format: str, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Quiet, directory=serve))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    cache = tmp_path / "cache"
    try:
        run = app_process(
            "install-browser",
            env={
                "PLAYWRIGHT_DOWNLOAD_HOST": f"http://127.0.0.1:{server.server_port}",
                "PLAYWRIGHT_BROWSERS_PATH": str(cache),
            },
            timeout=300,
        )
    finally:
        server.shutdown()
        server.server_close()
    assert run.returncode == 0, run.stdout + run.stderr
    assert any(cache.glob("chromium_headless_shell-*/chrome-headless-shell-linux64/*"))
    assert "The check will use: Chromium headless shell installed by Playwright" in run.stdout


def test_install_browser_says_so_when_the_download_fails(tmp_path):
    """Nothing answers at the download address: a plain sentence and exit 1."""
    run = app_process(
        "install-browser",
        env={
            "PLAYWRIGHT_DOWNLOAD_HOST": "http://127.0.0.1:9",
            "PLAYWRIGHT_BROWSERS_PATH": str(tmp_path / "cache"),
        },
        timeout=300,
    )
    assert run.returncode == 75  # EX_TEMPFAIL
    assert "The browser could not be installed" in run.stderr
    assert "The check will use" not in run.stdout
