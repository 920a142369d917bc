"""One place that decides how tests start Qt, browsers and the practice site.

In CI (CI=true) a test that would skip because a system part is missing fails
instead: a green run must mean every real part was really started.
"""

from __future__ import annotations

import atexit
import itertools
import os
import shutil
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.helpers.machine import IN_CI, IS_ROOT, MISSING, skip_missing

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


@pytest.fixture(scope="module")
def named_site() -> Iterator[Any]:
    """The practice site addressed by name (http://localhost:PORT), as passkeys need:
    a WebAuthn relying party is a domain, never an address."""
    from wizard.practice import practice_site

    with practice_site(name="localhost") as running:
        yield running


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


@pytest.fixture
def page(playwright_browser: Any) -> Iterator[Any]:
    """A fresh page in a context of its own, in the session's real Chromium."""
    context = playwright_browser.new_context()
    yield context.new_page()
    context.close()


# A real Secret Service (GNOME Keyring on a private D-Bus session).


@pytest.fixture(scope="session")
def shared_secret_service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[list[Any]]:
    """The worker's one Secret Service, in a box: it is replaced if its daemon ends."""
    from tests.helpers import secretservice

    missing = secretservice.missing_tools()
    if missing:
        skip_missing(f"no Secret Service for the keyring tests: install {', '.join(missing)}")
    box = [secretservice.start(tmp_path_factory.mktemp("keyring-home"))]
    yield box
    box[0].stop()


@pytest.fixture
def secret_service(
    shared_secret_service: list[Any],
    tmp_path_factory: pytest.TempPathFactory,
    request: pytest.FixtureRequest,
) -> Any:
    """The worker's Secret Service, its own daemon answering. Seen once in a full run
    (stop 43): the daemon had ended between tests, D-Bus started another in its place,
    which opens the keyring locked, and every keyring test after it on that worker
    failed as "locked". Then a new one is started for this test and the rest, and the
    run says so (a warning with the old daemon's log), rather than fail tests that
    are about the app, not about the test's daemon."""
    import warnings

    from tests.helpers import secretservice

    service = shared_secret_service[0]
    if not service.answers():
        warnings.warn(
            secretservice.DaemonReplaced(
                f"the test Secret Service's daemon (pid {service.daemon}) had ended before "
                f"{request.node.nodeid}; a new one was started. Its log:\n{service.log_tail()}"
            ),
            stacklevel=1,
        )
        service.stop()
        service = secretservice.start(tmp_path_factory.mktemp("keyring-home"))
        assert service.answers(), f"a new test Secret Service did not answer: {service.log_tail()}"
        shared_secret_service[0] = service
    return service


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
def own_keyring(monkeypatch: pytest.MonkeyPatch) -> Iterator[Any]:
    """A Secret Service of this test's own, for a test that locks it or replaces its
    daemon: the session-wide one stays as the other tests expect it."""
    import keyring
    from keyring.backends import SecretService, fail

    from tests.helpers import secretservice

    missing = secretservice.missing_tools()
    if missing:
        skip_missing(f"no Secret Service for the keyring tests: install {', '.join(missing)}")
    # A short folder: the daemon's control socket lies under it, and a Unix socket's
    # path must stay under 108 bytes (a test's own tmp_path is too long for it).
    home = Path(tempfile.mkdtemp(prefix="keyring-"))
    service = secretservice.start(home)
    for name, value in service.env().items():
        monkeypatch.setenv(name, value)
    keyring.set_keyring(SecretService.Keyring())
    yield service
    keyring.set_keyring(fail.Keyring())
    service.stop()
    shutil.rmtree(home, ignore_errors=True)


@pytest.fixture
def person(qtbot: Any, site: Any, catalog: Any) -> Iterator[Any]:
    """A wizard window on the practice site, driven as a person would."""
    from tests.helpers.driving import Person, make_window

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


# Lanes, by what a test uses. The fast lane (`make test-fast`) is tests/unit/ without
# a browser or a window: a test there that asks for one of these fixtures goes to the
# browser lane, and every test elsewhere is in it. A fast-lane test that starts a Qt
# application or a browser process anyway fails (the check below): the lane's promise
# is kept by the run, not by a list.
HEAVY_FIXTURES = frozenset(
    {
        "qapp",
        "qtbot",
        "person",
        "playwright_browser",
        "page",
        "engine",
        "secret_service",
        "real_keyring",
        "named_site",
    }
)
UNIT = Path(__file__).parent / "unit"


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    for item in items:
        heavy = HEAVY_FIXTURES & set(getattr(item, "fixturenames", ()))
        if heavy or UNIT not in item.path.parents or item.get_closest_marker("gui"):
            item.add_marker(pytest.mark.browser)


def _browser_processes() -> dict[int, str]:
    """Chromium, QtWebEngine or Playwright processes under this one (any depth)."""
    children: dict[int, list[tuple[int, str]]] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            text = stat.read_text()
        except OSError:
            continue
        name = text[text.index("(") + 1 : text.rindex(")")]
        ppid = int(text[text.rindex(")") + 2 :].split()[1])
        children.setdefault(ppid, []).append((int(stat.parent.name), name))
    found: dict[int, str] = {}
    todo = [os.getpid()]
    while todo:
        for pid, name in children.get(todo.pop(), []):
            todo.append(pid)
            if any(word in name.lower() for word in ("chrom", "qtwebengine", "headless", "node")):
                found[pid] = name
    return found


def _qt_application() -> bool:
    widgets = sys.modules.get("PySide6.QtWidgets")
    return widgets is not None and widgets.QApplication.instance() is not None


@pytest.fixture(autouse=True)
def _fast_lane_starts_no_browser_and_no_window(request: pytest.FixtureRequest) -> Iterator[None]:
    """What a fast-lane test started (compared with before it: a worker that ran
    browser-lane tests earlier still has their browser and application)."""
    fast = not request.node.get_closest_marker("browser") and sys.platform.startswith("linux")
    before_qt = _qt_application() if fast else True
    before = _browser_processes() if fast else {}
    yield
    if not fast:
        return
    started = [name for pid, name in _browser_processes().items() if pid not in before]
    if not before_qt and _qt_application():
        started.append("a Qt application")
    if started:
        pytest.fail(
            f"a fast-lane test started {', '.join(sorted(set(started)))}: it belongs in "
            "tests/e2e/, or asks for the fixture that says so (tests/conftest.py, "
            "HEAVY_FIXTURES)"
        )
