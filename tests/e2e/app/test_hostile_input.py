"""Hostile and broken input against the promises the README makes.

--site: one strict rule, and never a value we take for this computer that Chromium
would send elsewhere (a generated fuzz, compared with Chromium's own URL parser).
"""

from __future__ import annotations

import json
import random

import pytest

from tests.helpers.verifying import app_process
from wizard.base.site import LINKEDIN, SiteError, parse_site
from wizard.reading.result import State
from wizard.secrets.session import Session

# (value, what we take it for: an origin, or None for refused)
SITE_VALUES = [
    ("http://127.0.0.1:8080", "http://127.0.0.1:8080"),
    ("http://127.0.0.1:8080/", "http://127.0.0.1:8080"),
    ("https://localhost", "https://localhost"),
    ("HTTP://LocalHost:9", "http://localhost:9"),
    ("http://[::1]:18777", "http://[::1]:18777"),
    ("http://127.255.0.254", "http://127.255.0.254"),
    ("https://www.linkedin.com", LINKEDIN.origin),
    # Chromium ends the host at a backslash: these go to evil.*, never loopback.
    ("http://evil.localhost:18777\\[::1]", None),
    ("http://evil.localhost:18777%5C[::1]", None),
    ("https://evil.test\\[::1]", None),
    ("http://evil.test\\@127.0.0.1", None),
    ("http://127.0.0.1@evil.test", None),
    ("http://user:pass@127.0.0.1", None),
    ("http://127.0.0.1.evil.test", None),
    ("http://localhost.evil.test", None),
    ("http://localhost.", None),
    ("http://127.1", None),
    ("http://2130706433", None),
    ("http://0x7f.0.0.1", None),
    ("http://127.000.0.1", None),
    ("http://[::ffff:127.0.0.1]", None),
    ("http://[[::1]]", None),
    ("http://[::1", None),
    ("http://127.0.0.1:018801", None),
    ("http://127.0.0.1:0", None),
    ("http://127.0.0.1:65536", None),
    ("http://127.0.0.1:", None),
    ("http://127.0.0.1/path", None),
    ("http://127.0.0.1?q", None),
    ("http://127.0.0.1#f", None),
    ("http://loc\talhost", None),
    ("http://local\nhost", None),
    ("ftp://127.0.0.1", None),
    ("//127.0.0.1", None),
    ("127.0.0.1:8080", None),
    ("javascript:alert(1)//127.0.0.1", None),
    ("https://www.linkedin.com.evil.test", None),
    ("https://www.linkedin.com@evil.test", None),
    ("", None),
]


@pytest.mark.parametrize(("value", "taken_as"), SITE_VALUES, ids=[v for v, _ in SITE_VALUES])
def test_site_values_are_taken_by_one_strict_rule(value, taken_as):
    if taken_as is None:
        with pytest.raises(SiteError) as refused:
            parse_site(value)
        assert "Traceback" not in str(refused.value)
    else:
        assert parse_site(value).origin == taken_as


@pytest.mark.parametrize(
    "value", ["http://[[::1]]", "http://[::1", "http://127.0.0.1:018801", "http://a\\[::1]"]
)
def test_a_refused_site_is_bad_usage_in_a_sentence(value):
    from tests.helpers.verifying import app_process as run_cli

    proc = run_cli("verify", "--site", value)
    assert proc.returncode == 64
    assert "Traceback" not in proc.stderr
    assert "only this computer's own addresses" in proc.stderr


_PIECES = {
    "scheme": ["http", "https", "HTTP", "hTTps", "ftp", "ws", "", "http:", "javascript"],
    "sep": ["://", ":/", ":\\\\", ":///", "://\\", ":", "//", ":\\/"],
    "user": ["", "", "", "u@", "evil.test@", "127.0.0.1@", "a:b@", "@"],
    "host": [
        "localhost",
        "LOCALHOST",
        "localhost.",
        "127.0.0.1",
        "127.1",
        "127.0.0.01",
        "0x7f.0.0.1",
        "2130706433",
        "[::1]",
        "[0:0:0:0:0:0:0:1]",
        "[::ffff:127.0.0.1]",
        "evil.test",
        "evil.localhost",
        "127.0.0.1.evil.test",
        "localhost.evil.test",
        "127.0.0.1%2e",
        "loc%61lhost",
        "xn--localhost",
        "",
    ],
    "port": ["", "", ":80", ":8080", ":018801", ":65535", ":65536", ":0", ":", ":8080x", ":+80"],
    "tail": [
        "",
        "",
        "/",
        "\\",
        "\\[::1]",
        "%5C[::1]",
        "#frag",
        "?q",
        "/path",
        "@evil.test",
        "\\@evil.test",
        "\t",
        "\n",
        " ",
        "%00",
        ".",
        "./",
    ],
}
_NOISE = ["\\", "@", "%5C", "%40", "\t", "\n", "[", "]", ":", "/", ".", "%", "#", "?", " "]

PARSE_IN_CHROMIUM = """(values) => values.map((value) => {
  try {
    const url = new URL(value);
    return [url.protocol, url.hostname, url.port];
  } catch (e) {
    return null;
  }
})"""


# The plain form of each piece: most generated values are one piece away from it.
_PLAIN = {
    "scheme": ["http", "https"],
    "sep": ["://"],
    "user": [""],
    "host": ["localhost", "127.0.0.1", "[::1]"],
    "port": ["", ":8080", ":18777"],
    "tail": ["", "/"],
}


def generated_site_values(count: int, seed: int = 20261201) -> list[str]:
    rng = random.Random(seed)
    values = set()
    while len(values) < count:
        odd = {rng.choice(list(_PIECES)) for _ in range(rng.choice([0, 1, 1, 2, 3]))}
        value = "".join(
            rng.choice(_PIECES[part] if part in odd else _PLAIN[part]) for part in _PIECES
        )
        if rng.random() < 0.3:  # and noise where a parser may disagree
            at = rng.randrange(len(value) + 1)
            value = value[:at] + rng.choice(_NOISE) + value[at:]
        values.add(value)
    return sorted(values)


def chromium_loopback(parsed: list | None) -> bool:
    if parsed is None:
        return False
    _protocol, host, _port = parsed
    return host in ("localhost", "[::1]") or host.startswith("127.")


def test_never_loopback_by_us_and_elsewhere_by_chromium(playwright_browser):
    """For thousands of generated values, whatever parse_site takes for this computer,
    Chromium's own URL parser reads as the very same origin on this computer."""
    values = generated_site_values(6000)
    page = playwright_browser.new_page()
    try:
        parsed = page.evaluate(PARSE_IN_CHROMIUM, values)
    finally:
        page.close()
    accepted = 0
    for value, chromium in zip(values, parsed, strict=True):
        try:
            ours = parse_site(value)
        except SiteError:
            continue
        accepted += 1
        assert chromium is not None, value
        protocol, host, port = chromium
        assert chromium_loopback(chromium), (value, chromium)
        default = {"http:": "80", "https:": "443"}[protocol]
        theirs = f"{protocol}//{host}" + (f":{port}" if port else "")
        assert ours.origin in (theirs, f"{theirs}:{default}"), (value, ours.origin, chromium)
    refused_loopback = sum(
        1 for value, chromium in zip(values, parsed, strict=True) if chromium_loopback(chromium)
    )
    assert accepted > 50, "the generator reaches values that are taken"
    assert refused_loopback > accepted, "and many that Chromium reads as loopback are refused"


# A QtWebEngine page started as the app starts one (prepare_qt, the allowed
# --webEngineArgs), with hostile switches asking for a DevTools port; with "bare",
# Qt is started as a plain program would be, to show the probe finds such a port.
DEVTOOLS_DRIVER = """
import sys
from PySide6.QtCore import QTimer
mode, port = sys.argv[1], sys.argv[2]
args = [sys.argv[0], "--webEngineArgs", "--disable-gpu", "-remote-debugging-port=" + port]
if mode == "app":
    from wizard.gui.qtsetup import prepare_qt, webengine_args
    prepare_qt()
    args = webengine_args(args)
from PySide6.QtWidgets import QApplication
app = QApplication(args)
from PySide6.QtWebEngineWidgets import QWebEngineView
view = QWebEngineView()
view.loadFinished.connect(lambda ok: print("LOADED", flush=True))
view.setHtml("<p>signed-in page</p>")
view.show()
import threading
from PySide6.QtCore import QMetaObject, Qt
def wait_for_the_test():
    sys.stdin.readline()
    QMetaObject.invokeMethod(app, "quit", Qt.ConnectionType.QueuedConnection)
threading.Thread(target=wait_for_the_test, daemon=True).start()
QTimer.singleShot(30000, app.quit)
app.exec()
del view
"""


def _free_port() -> int:
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _devtools_answers(ports: list[int], seconds: float) -> bool:
    """Whether any of the ports lists pages (DevTools opens its port at start-up,
    before the first page has loaded)."""
    import time
    import urllib.request

    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        for port in ports:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/json/list", timeout=1) as r:
                    return r.status == 200
            except OSError:
                pass
        time.sleep(0.2)
    return False


def _run_devtools_driver(mode: str, env_flags: str) -> bool:
    import os
    import subprocess
    import sys

    from tests.helpers.machine import IS_ROOT

    ports = [_free_port(), _free_port()]
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "QTWEBENGINE_CHROMIUM_FLAGS": env_flags.format(port=ports[1]),
    }
    if IS_ROOT:
        env["QTWEBENGINE_DISABLE_SANDBOX"] = "1"
    proc = subprocess.Popen(
        [sys.executable, "-c", DEVTOOLS_DRIVER, mode, str(ports[0])],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        env=env,
        text=True,
    )
    try:
        assert proc.stdout is not None
        assert proc.stdout.readline().strip() == "LOADED"
        return _devtools_answers(ports, 2)
    finally:
        proc.communicate("\n", timeout=30)


@pytest.mark.parametrize(
    "env_flags",
    [
        "-remote-debugging-port={port}",
        "--remote-debugging-port={port} --remote-debugging-address=127.0.0.1",
        "--lang=de '-remote-debugging-port={port}'",
        "--REMOTE-DEBUGGING-PORT={port}",
    ],
)
def test_no_devtools_port_opens_whatever_is_asked(env_flags):
    assert _run_devtools_driver("app", env_flags) is False


def test_the_devtools_probe_finds_a_port_a_plain_program_would_open():
    assert _run_devtools_driver("bare", "-remote-debugging-port={port}") is True


LINKS = {
    "smb": "smb://fileserver/share",
    "vscode": "vscode://file/etc/passwd",
    "file": "file:///etc/passwd",
    "custom": "zoommtg://zoom.us/join",
    "http": "http://example.org/",
    "blob": None,  # made by the page's script
}
WEB = "https://example.org/help"
MAIL = "mailto:privacy@example.org"


@pytest.mark.gui
def test_only_web_and_mail_links_reach_the_system(person, site):
    """Clicked as a person clicks them in the embedded page: https and mailto go to
    the system (browser, mail); smb:, vscode:, file:, an app's own scheme, plain http
    and blob: never do. (Chromium itself lets a page try only one unknown scheme per
    run, and no file: from a web page: the first refusal is said in a note; a web
    link clicked after the rest shows each click was taken and went nowhere.)"""
    anchors = "".join(
        f'<p><a id="{name}" href="{href or "#"}">{name} link</a></p>'
        for name, href in {**LINKS, "web": WEB, "mail": MAIL}.items()
    )
    site.add_page(
        "/hostile/links",
        f"<!DOCTYPE html><html><body>{anchors}<script>"
        "document.getElementById('blob').href = "
        "URL.createObjectURL(new Blob(['<p>x</p>'], {type: 'text/html'}));"
        "</script></body></html>",
    )
    person.next()  # the Sign in screen shows the embedded page
    person.wait_pane()  # and has asked for its own page first
    opened = person.ctx.opened_externally
    notes = []
    person.pane.page.refused.connect(notes.append)
    for name in LINKS:
        with person.qtbot.waitSignal(person.pane.page.loadFinished, timeout=10_000):
            person.pane.load(site.url + "/hostile/links")
        person.click_in_page(f"#{name}")
    person.click_in_page("#web")
    person.qtbot.waitUntil(lambda: len(opened) == 1, timeout=10_000)
    person.click_in_page("#mail")
    person.qtbot.waitUntil(lambda: len(opened) == 2, timeout=10_000)
    assert [u.toString() for u in opened] == [WEB, MAIL]
    # Which of them Chromium still let through to ask depends on what ran before in
    # this process; every one it did ask about was refused, with the note.
    assert all("was not opened" in n for n in notes), notes
    assert person.pane.page.url().toString().startswith(site.url)  # the view stayed


@pytest.mark.gui
@pytest.mark.parametrize(
    "url", ["smb://server/share", "vscode://file/x", "blob:http://a/b", "http://example.org/"]
)
def test_a_link_to_another_scheme_is_refused_with_a_note(qtbot, url):
    """What the page asks when such a link is clicked: never a system hand-off."""
    from PySide6.QtCore import QUrl
    from PySide6.QtWebEngineCore import QWebEnginePage

    from wizard.base.site import Site
    from wizard.gui.web.websession import WebSession

    session = WebSession(Site("http://127.0.0.1:9", practice=True))
    page = session.new_page()
    try:
        handed, refused = [], []
        page.externalLink.connect(handed.append)
        page.refused.connect(refused.append)
        link = QWebEnginePage.NavigationType.NavigationTypeLinkClicked
        assert page.acceptNavigationRequest(QUrl(url), link, True) is False
        assert handed == []
        assert len(refused) == 1 and "was not opened" in refused[0]
        assert page.acceptNavigationRequest(QUrl("https://example.org/"), link, True) is False
        assert [u.toString() for u in handed] == ["https://example.org/"]
    finally:
        session.close()


def _descendants(pid: int) -> dict[int, str]:
    """Every process under pid (Linux /proc): pid -> its command name."""
    import os

    children: dict[int, list[int]] = {}
    names: dict[int, str] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", "rb") as stat:
                raw = stat.read()
        except OSError:
            continue
        name = raw[raw.index(b"(") + 1 : raw.rindex(b")")].decode(errors="replace")
        parent = int(raw.rsplit(b")", 1)[1].split()[1])
        children.setdefault(parent, []).append(int(entry))
        names[int(entry)] = name
    found: dict[int, str] = {}
    todo = list(children.get(pid, []))
    while todo:
        current = todo.pop()
        found[current] = names.get(current, "")
        todo.extend(children.get(current, []))
    return found


def _check_in_background(site, catalog, cookies, timeout_s):
    import threading

    from wizard.base.site import Site
    from wizard.check.verify import Verification

    box: dict = {}
    verification = Verification(Site(site.url), catalog, cookies=cookies, timeout_s=timeout_s)

    def run() -> None:
        try:
            box["report"] = verification.run()
        except BaseException as exc:  # handed to the test
            box["error"] = exc

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    return thread, box


def _wait_for(what, seconds: float = 20):
    import time

    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        found = what()
        if found:
            return found
        time.sleep(0.1)
    raise AssertionError("never came")


def test_a_stopped_browser_ends_the_check_in_time_with_a_reason(site, catalog, new_email):
    """The browser is stopped (SIGSTOP) mid-check: verify --timeout 5 must not hang;
    every setting is an ERROR with a reason."""
    import os
    import signal
    import time

    from tests.helpers.engines import practice_cookies

    email = new_email("late=20000")
    before = len(site.requests_to("/mypreferences/", "GET"))
    others = set(_descendants(os.getpid()))  # this test process's own other browsers
    thread, box = _check_in_background(site, catalog, practice_cookies(site, email), 5)
    _wait_for(lambda: len(site.requests_to("/mypreferences/", "GET")) > before)  # pages open
    browsers = [
        p for p, n in _descendants(os.getpid()).items() if "chrom" in n.lower() and p not in others
    ]
    assert browsers
    for pid in browsers:
        os.kill(pid, signal.SIGSTOP)
    started = time.monotonic()
    try:
        thread.join(60)
        took = time.monotonic() - started
    finally:
        for pid in browsers:
            try:
                os.kill(pid, signal.SIGCONT)
                os.kill(pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
    assert not thread.is_alive(), "the check hung on a stopped browser"
    assert "error" not in box, box.get("error")
    assert {c.state for c in box["report"].checks} == {State.ERROR}
    assert took < 30


def test_a_killed_driver_is_an_error_with_a_reason_not_a_traceback(site, catalog, new_email):
    import os
    import signal

    from tests.helpers.engines import practice_cookies

    email = new_email("late=20000")
    before = len(site.requests_to("/mypreferences/", "GET"))
    others = set(_descendants(os.getpid()))  # the session's own Playwright stays
    thread, box = _check_in_background(site, catalog, practice_cookies(site, email), 20)
    _wait_for(lambda: len(site.requests_to("/mypreferences/", "GET")) > before)
    drivers = [
        p for p, n in _descendants(os.getpid()).items() if n.startswith("node") and p not in others
    ]
    assert drivers
    for pid in drivers:
        os.kill(pid, signal.SIGKILL)
    thread.join(60)
    assert not thread.is_alive()
    assert "error" not in box, box.get("error")
    report = box["report"]
    assert {c.state for c in report.checks} == {State.ERROR}
    assert all(c.reason for c in report.checks)


# ---- The keyring: only backends known to encrypt ----


def _plain_text_keyring_with_high_priority(tmp_path):
    from keyrings.alt.file import PlaintextKeyring

    class Loud(PlaintextKeyring):
        """A plain file that claims to be the best keyring there is."""

        priority = 99  # type: ignore[assignment]

    store = Loud()
    store.file_path = str(tmp_path / "keyring_pass.cfg")  # type: ignore[misc]
    return store


def test_a_plain_text_keyring_claiming_the_top_priority_is_refused(tmp_path, site, new_email):
    import keyring
    from keyring.backends import fail

    from tests.helpers.engines import practice_cookies
    from wizard.base.site import Site
    from wizard.secrets import credentials

    keyring.set_keyring(_plain_text_keyring_with_high_priority(tmp_path))
    try:
        with pytest.raises(credentials.KeyringUnavailable, match="does not keep secrets safely"):
            credentials.remember(
                Site(site.url), Session.of(practice_cookies(site, new_email())), "x"
            )
    finally:
        keyring.set_keyring(fail.Keyring())
    assert not (tmp_path / "keyring_pass.cfg").exists()


@pytest.mark.parametrize(
    "backend", ["no.such.module.Keyring", "keyring.backends.SecretService.NoSuchClass"]
)
def test_a_keyring_backend_that_cannot_start_is_a_sentence(backend, site, new_email):

    proc = app_process(
        "forget", "--site", site.url, env={"PYTHON_KEYRING_BACKEND": backend}, timeout=60
    )
    assert proc.returncode == 75  # EX_TEMPFAIL: never 1, which says a setting is on
    assert "Traceback" not in proc.stderr
    assert "password store could not be opened" in proc.stderr
    assert "keyring could not be started" in proc.stderr  # the part named, for a terminal


# ---- Damaged history lines: set aside, the rest kept ----

GOOD_LINE = (
    '{"site": "https://www.linkedin.com", "checked_at": "2026-11-01T10:00:00Z", '
    '"browser": "x", "account": null, "results": [{"id": "ai-training", "title": "AI", '
    '"state": "OFF", "reason": "off", "evidence": null, "url": null, '
    '"checked_at": "2026-11-01T10:00:00Z"}]}'
)
DAMAGED_LINES = {
    "a time without its time zone": GOOD_LINE.replace("10:00:00Z", "10:00:00"),
    "a number as the time": GOOD_LINE.replace('"2026-11-01T10:00:00Z"', "1730000000"),
    "deeply nested": "[" * 100_000 + "]" * 100_000,
    "not JSON": "not json at all",
    "a list": "[1, 2, 3]",
    "an unknown state": GOOD_LINE.replace('"OFF"', '"MAYBE"'),
    "results not a list": GOOD_LINE.replace('"results": [', '"results": {"x": [').replace(
        "]}", "]}}"
    ),
    "the account a number": GOOD_LINE.replace('"account": null', '"account": 7'),
}
DAMAGED_BYTES = {**{k: v.encode() for k, v in DAMAGED_LINES.items()}, "not UTF-8": b"\xff\xfe{"}


@pytest.mark.parametrize("damage", list(DAMAGED_BYTES))
def test_a_damaged_history_line_is_set_aside_and_the_rest_kept(tmp_path, damage):
    from wizard.proof.history import History

    path = tmp_path / "history.jsonl"
    good = GOOD_LINE.encode()
    path.write_bytes(good + b"\n" + DAMAGED_BYTES[damage] + b"\n" + good + b"\n")
    read = History(path).read()
    assert len(read.reports) == 2
    assert "damaged" in read.notice
    aside = list(tmp_path.glob("history.jsonl.damaged-*"))
    assert len(aside) == 1
    again = History(path).read()
    assert len(again.reports) == 2
    assert again.notice is None  # repaired


def test_a_damaged_history_does_not_stop_verify(site, new_email, tmp_path):
    """Every verify used to die on such a line, with a traceback and exit 1."""
    from tests.helpers.verifying import sign_in_lines, verify_command
    from wizard.proof.history import History

    path = tmp_path / "history.jsonl"
    path.write_text(GOOD_LINE + "\n" + DAMAGED_LINES["a time without its time zone"] + "\n")
    email = new_email()
    site.set_all(email, False)
    run = verify_command(
        site.url.replace("127.0.0.1", "localhost"),  # not the practice flag: history is kept
        sign_in_lines(email),
        as_json=True,
        history=History(path),
    )
    assert run.status == 0, run.stderr
    assert set(run.states().values()) == {"OFF"}
    assert "damaged" in run.stderr


def test_two_histories_set_aside_in_the_same_second_keep_both(tmp_path):
    from wizard.proof.history import History

    for _ in range(2):
        path = tmp_path / "history.jsonl"
        path.write_text("broken line\n")
        History(path).read()
    aside = sorted(tmp_path.glob("history.jsonl.damaged-*"))
    assert len(aside) == 2
    assert all(p.read_text() == "broken line\n" for p in aside)


# ---- Outputs on a full or read-only file system: the result printed, exit 3 ----


@pytest.fixture
def small_disk(tmp_path):
    """mount(folder, size, read_only=False): a real little file system (tmpfs), full
    after `size` bytes; read-only after its setup. Needs root (CI is)."""
    import os
    import shutil
    import subprocess

    from tests.helpers.machine import IS_ROOT, skip_missing

    if not IS_ROOT or shutil.which("mount") is None:
        skip_missing("a file system to fill: mounting a tmpfs needs root")
    mounted = []

    def mount(name: str, size: str = "64k", setup=None, read_only: bool = False):
        folder = tmp_path / name
        folder.mkdir()
        subprocess.run(
            ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)], check=True
        )
        mounted.append(folder)
        if setup is not None:
            setup(folder)
        if read_only:
            subprocess.run(["mount", "-o", "remount,ro", str(folder)], check=True)
        else:  # fill it, leaving a few blocks for a directory entry or two
            with open(folder / ".filler", "wb", buffering=0) as filler:
                try:
                    while True:
                        filler.write(b"\0" * 4096)
                except OSError:
                    pass
            os.truncate(folder / ".filler", max(0, (folder / ".filler").stat().st_size - 8192))
        return folder

    yield mount
    for folder in reversed(mounted):
        subprocess.run(["umount", "-l", str(folder)], check=False)


def _verify_cli(site, email, *args):
    from tests.helpers.verifying import app_process as run_cli
    from tests.helpers.verifying import sign_in_lines

    return run_cli("verify", "--site", site.url, "--json", *args, stdin=sign_in_lines(email))


@pytest.mark.parametrize("disk", ["full", "read-only"])
def test_evidence_that_cannot_be_written_is_said_and_the_result_printed(
    site, new_email, small_disk, disk
):
    email = new_email()
    site.set_all(email, False)
    if disk == "full":
        folder = small_disk("full")
    else:
        folder = small_disk("ro", setup=lambda f: (f / "pics").mkdir(), read_only=True)
    proc = _verify_cli(site, email, "--evidence", str(folder / "pics"))
    assert proc.returncode == 3, proc.stderr
    assert "Traceback" not in proc.stderr
    doc = json.loads(proc.stdout)
    assert {r["state"] for r in doc["results"]} == {"OFF"}  # both switches were read
    assert "could not be saved" in proc.stderr


@pytest.mark.parametrize("where", ["full.pdf", "full.html", "ro.pdf", "folder.pdf"])
def test_a_report_that_cannot_be_written_is_never_said_saved(
    site, new_email, small_disk, tmp_path, where
):
    email = new_email()
    site.set_all(email, False)
    kind, suffix = where.split(".")
    if kind == "full":
        target = small_disk("full", size="256k") / f"report.{suffix}"
    elif kind == "ro":
        target = small_disk("ro", read_only=True) / f"report.{suffix}"
    else:
        target = tmp_path / f"report.{suffix}"
        target.mkdir()
    proc = _verify_cli(site, email, "--report", str(target))
    assert proc.returncode == 3, proc.stderr
    assert "Report saved" not in proc.stderr
    assert "could not be saved" in proc.stderr
    assert "Traceback" not in proc.stderr
    assert {r["state"] for r in json.loads(proc.stdout)["results"]} == {"OFF"}
    if kind == "full":
        assert not target.exists()  # no half file left behind


def test_a_full_disk_keeps_the_catalog_stored_before(small_disk, release):
    """update-catalog on a full disk used to write the signature and then a truncated
    catalog, losing the newer one stored before."""
    from tests.helpers.catalogs import newer
    from wizard.catalog.update import UpdateRefused, newest_catalog, update_catalog

    stored = newer("2027.1.1")

    def store_the_earlier_one(folder):
        (folder / "optouts.toml").write_text(stored, encoding="utf-8")
        (folder / "optouts.toml.sig").write_bytes(release.sign(stored))

    store = small_disk("store", size="512k", setup=store_the_earlier_one)
    release.publish(newer("2027.2.2") + "\n# " + "x" * 300_000)
    with pytest.raises(UpdateRefused, match="could not be stored"):
        update_catalog(release.url, key=release.public, target=store)
    assert newest_catalog(key=release.public, stored=store).version == "2027.1.1"
    assert sorted(p.name for p in store.iterdir()) == [
        ".filler",
        "optouts.toml",
        "optouts.toml.sig",
    ]


def test_an_unwritable_data_folder_is_a_sentence(tmp_path):

    blocker = tmp_path / "data"
    blocker.write_text("a file where the folder would be")
    proc = app_process(
        "update-catalog",
        "http://127.0.0.1:9/optouts.toml",
        env={"XDG_DATA_HOME": str(blocker)},
        timeout=60,
    )
    assert proc.returncode == 75  # EX_TEMPFAIL
    assert "Traceback" not in proc.stderr
    assert "stays" in proc.stderr


def test_verify_with_its_input_closed(site):
    """`verify <&-`: no input at all is no sign-in; with no keyring either (the tests'
    own), the true cause is said (was AttributeError, then "signed out")."""
    import os
    import subprocess
    import sys

    proc = subprocess.run(
        [sys.executable, "-m", "wizard", "verify", "--site", site.url, "--json"],
        capture_output=True,
        text=True,
        timeout=60,
        preexec_fn=lambda: os.close(0),  # the point: no standard input at all
    )
    assert proc.returncode == 2, proc.stderr
    assert "Traceback" not in proc.stderr
    document = json.loads(proc.stdout)
    assert {r["state"] for r in document["results"]} == {"ERROR"}
    assert document["cause"] == "keyring-missing"


def test_a_sign_in_that_fails_in_the_browser_shows_nothing_of_the_member(catalog):
    """A sign-in page without its form: a named error, quickly, and neither the email
    nor a traceback on standard error."""
    from tests.helpers.verifying import sign_in_lines, verify_command
    from wizard.practice import practice_site

    with practice_site() as broken:
        broken.add_page("/login", "<!DOCTYPE html><html><body><p>Nothing here</p></body></html>")
        email = "private.member@practice.test"
        run = verify_command(broken.url, sign_in_lines(email), as_json=True, timeout_s=3)
    assert run.status == 2
    assert set(run.states().values()) == {"ERROR"}
    assert "did not respond" in run.json()["results"][0]["reason"]
    assert email not in run.stderr and "Traceback" not in run.stderr
