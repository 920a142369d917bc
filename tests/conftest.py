"""One place that decides how tests start Qt, browsers and the practice site.

In CI (CI=true) a test that would skip because a system part is missing fails
instead: a green run must mean every real part was really started.
"""

from __future__ import annotations

import atexit
import itertools
import os
import shutil
import tempfile
from collections.abc import Iterator
from typing import Any

import pytest

IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")
IS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0

# Qt reads these when the QApplication starts: set them before anything imports Qt.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
if IS_ROOT:
    # Chromium inside QtWebEngine refuses its sandbox as root. Tests only: the app
    # never turns the sandbox off for a normal user.
    os.environ["QTWEBENGINE_DISABLE_SANDBOX"] = "1"
# Chromium's logging of a missing system bus and GPU goes to stderr, not Qt's log.
os.environ.setdefault("QT_LOGGING_RULES", "qt.webenginecontext.debug=false")
# Never the developer's own folders: history, settings and caches go to a fresh place.
_XDG_ROOT = tempfile.mkdtemp(prefix="optout-tests-")
atexit.register(shutil.rmtree, _XDG_ROOT, True)
for _name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
    os.environ[_name] = os.path.join(_XDG_ROOT, _name.lower())
# Never the developer's own keyring: tests that need one start their own.
os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
os.environ.pop("DBUS_SESSION_BUS_ADDRESS", None)


@pytest.fixture(scope="session")
def qapp_args() -> list[str]:
    args = ["optout-wizard-tests"]
    if IS_ROOT or os.environ.get("QT_QPA_PLATFORM") == "offscreen":
        args += ["--webEngineArgs", "--disable-gpu"]  # the sandbox: QTWEBENGINE_DISABLE_SANDBOX
    from wizard.gui.qtsetup import webengine_args

    return webengine_args(args)


@pytest.fixture(scope="session")
def qapp_cls() -> type:
    from wizard.gui.qtsetup import prepare_qt

    prepare_qt()
    from PySide6.QtWidgets import QApplication

    return QApplication


MISSING = "missing system part: "


def skip_missing(what: str) -> None:
    """Skip because something the machine lacks; in CI this is a failure."""
    pytest.skip(MISSING + what)


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[Any]) -> Iterator[None]:
    outcome = yield
    report = outcome.get_result()
    missing = report.skipped and MISSING in str(report.longrepr)
    if IN_CI and missing and not hasattr(report, "wasxfail"):
        report.outcome = "failed"
        reason = report.longrepr[-1] if isinstance(report.longrepr, tuple) else report.longrepr
        report.longrepr = f"skipped in CI, which must run every test: {reason}"


# The practice site: one server for the session; each test takes fresh accounts.

_emails = itertools.count(1)


@pytest.fixture(scope="session")
def site() -> Iterator[Any]:
    from wizard.practice import practice_site

    with practice_site() as running:
        yield running


@pytest.fixture
def new_email() -> Any:
    """Makes unique practice accounts: new_email('pin') → 'member7+pin@practice.test'."""

    def make(*tags: str) -> str:
        suffix = "".join(f"+{t}" for t in tags)
        return f"member{next(_emails)}{suffix}@practice.test"

    return make


@pytest.fixture(scope="session")
def catalog() -> Any:
    from wizard.catalog.model import load_catalog

    return load_catalog()


# A real Chromium through Playwright.


@pytest.fixture(scope="session")
def playwright_browser() -> Iterator[Any]:
    from playwright.sync_api import Error, sync_playwright

    from wizard.check.browsers import candidates, launch_options, no_browser_message

    with sync_playwright() as pw:
        browser = None
        for candidate in candidates(pw.chromium.executable_path):
            try:
                browser = pw.chromium.launch(**launch_options(), **candidate.launch)
                break
            except Error:
                continue
        if browser is None:
            skip_missing(no_browser_message())
        yield browser
        browser.close()


# A real Secret Service (GNOME Keyring on a private D-Bus session).


@pytest.fixture(scope="session")
def secret_service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    from tests import secretservice

    missing = secretservice.missing_tools()
    if missing:
        skip_missing(f"no Secret Service for the keyring tests: install {', '.join(missing)}")
    service = secretservice.start(tmp_path_factory.mktemp("keyring-home"))
    yield service
    service.stop()


@pytest.fixture
def real_keyring(secret_service: Any, monkeypatch: pytest.MonkeyPatch) -> Iterator[Any]:
    """This process's keyring is the test Secret Service, for one test."""
    import keyring
    from keyring.backends import SecretService, fail

    for name, value in secret_service.env().items():
        monkeypatch.setenv(name, value)
    keyring.set_keyring(SecretService.Keyring())
    yield secret_service
    keyring.set_keyring(fail.Keyring())


@pytest.fixture
def person(qtbot: Any, site: Any, catalog: Any) -> Iterator[Any]:
    """A wizard window on the practice site, driven as a person would."""
    from tests.driving import Person, make_window

    window = make_window(qtbot, site.url, catalog, identity_url=site.identity_url)
    yield Person(qtbot, window)
    window.close()
    window.shutdown()


# A release location for signed catalog updates.


@pytest.fixture
def release(tmp_path: Any) -> Iterator[Any]:
    """A loopback 'release location' serving a folder, and a test signing key."""
    import base64
    import functools
    import threading
    from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer

    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    class Quiet(SimpleHTTPRequestHandler):
        def log_message(self, format: str, *args: Any) -> None:
            pass

    folder = tmp_path / "release"
    folder.mkdir()
    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Quiet, directory=folder))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    key = Ed25519PrivateKey.generate()

    class Release:
        url = f"http://127.0.0.1:{server.server_address[1]}/optouts.toml"
        public = key.public_key()
        store = tmp_path / "store"

        @staticmethod
        def sign(text: str) -> bytes:
            return base64.b64encode(key.sign(text.encode("utf-8")))

        @staticmethod
        def publish(text: str, signature: bytes | None = None) -> None:
            data = text.encode("utf-8")
            (folder / "optouts.toml").write_bytes(data)
            sig = signature if signature is not None else base64.b64encode(key.sign(data))
            (folder / "optouts.toml.sig").write_bytes(sig)

    yield Release
    server.shutdown()
    server.server_close()


# The fast lane (`make test-fast`): modules whose tests start no browser engine, no
# Qt window and no app process. Every other test is marked `browser`; a test in these
# modules that does start one says so with its own mark.
NO_BROWSER_MODULES = {
    "test_catalog",
    "test_catalog_update",
    "test_history",
    "test_identity",
    "test_livestate",
    "test_navigation",
    "test_passkey_checks",
    "test_practice_site",
    "test_schedule",
    "test_steps",
    "test_toolkit",
    "test_wording",
}


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    for item in items:
        if item.module is not None and item.module.__name__.split(".")[-1] in NO_BROWSER_MODULES:
            continue
        item.add_marker(pytest.mark.browser)
