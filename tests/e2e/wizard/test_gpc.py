"""Global Privacy Control: sent at the byte level by both engines when on, not when
off; the practice site acts on it for US members; and it never counts as proof."""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator

import pytest

from tests.helpers.driving import Person, make_window
from tests.helpers.engines import practice_cookies
from tests.helpers.verifying import verify
from wizard.engine.livestate import Live
from wizard.engine.steps import optout_page_id
from wizard.reading.result import State
from wizard.secrets.session import Cookie

HEADER = b"\r\nSec-GPC: 1\r\n"


class RawServer:
    """A loopback server that keeps every byte it receives: what was really sent."""

    def __init__(self) -> None:
        self.sock = socket.create_server(("127.0.0.1", 0))
        self.url = f"http://127.0.0.1:{self.sock.getsockname()[1]}"
        self.received: list[bytes] = []
        self._stop = False
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def _serve(self) -> None:
        while not self._stop:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            with conn:
                conn.settimeout(5)
                data = b""
                while b"\r\n\r\n" not in data:
                    chunk = conn.recv(65536)
                    if not chunk:
                        break
                    data += chunk
                self.received.append(data)
                body = b"<!DOCTYPE html><main>raw page</main>"
                conn.sendall(
                    b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nConnection: close\r\n"
                    + f"Content-Length: {len(body)}\r\n\r\n".encode()
                    + body
                )

    def requests_for(self, path: bytes) -> list[bytes]:
        return [r for r in self.received if r.split(b"\r\n", 1)[0].split(b" ")[1:2] == [path]]

    def close(self) -> None:
        self._stop = True
        self.sock.close()


@pytest.fixture
def raw_server() -> Iterator[RawServer]:
    server = RawServer()
    yield server
    server.close()


@pytest.mark.parametrize("on", [True, False], ids=["on", "off"])
def test_embedded_view_sends_the_header_and_sets_navigator(qtbot, qapp, raw_server, on):
    from PySide6.QtCore import QUrl
    from PySide6.QtWebEngineWidgets import QWebEngineView

    from wizard.base.site import Site
    from wizard.gui.web.websession import WebSession

    session = WebSession(Site(raw_server.url), gpc=on)
    page = session.new_page()
    view = QWebEngineView()
    view.setPage(page)
    try:
        with qtbot.waitSignal(page.loadFinished, timeout=20_000):
            page.load(QUrl(raw_server.url + "/gpc-page"))
        sent = raw_server.requests_for(b"/gpc-page")
        assert sent, raw_server.received
        assert (HEADER in sent[0]) is on, sent[0]
        with qtbot.waitCallback() as seen:
            page.runJavaScript("navigator.globalPrivacyControl === true", 0, seen)
        assert seen.args[0] is on
    finally:
        view.close()
        del view
        session.close()


@pytest.mark.parametrize("on", [True, False], ids=["on", "off"])
def test_verifier_sends_the_same_signal(raw_server, catalog, on):
    cookies = [Cookie("li_at", "raw-session", "127.0.0.1")]
    report = verify(raw_server.url, catalog, cookies=cookies, gpc=on, timeout_s=15)
    assert {c.state for c in report.checks} == {State.NOT_FOUND}  # a page without switches
    sent = [r for r in raw_server.received if b"/mypreferences/" in r.split(b"\r\n", 1)[0]]
    assert len(sent) >= 2
    for request in sent:
        assert (HEADER in request) is on, request


def test_us_member_is_opted_out_of_sharing_by_the_signal_and_it_is_read(site, catalog, new_email):
    email = new_email("us")
    report = verify(site.url, catalog, cookies=practice_cookies(site, email), gpc=True)
    assert site.account(email).gpc_seen
    assert site.settings_of(email)["affiliate-sharing"] is False
    assert report.check("affiliate-sharing").state is State.OFF  # read off the page
    assert report.check("ai-training").state is State.ON  # GPC does not touch AI training


def test_signal_never_counts_as_proof(site, catalog, new_email):
    """Outside the US the signal changes nothing, and the check says so."""
    email = new_email()
    report = verify(site.url, catalog, cookies=practice_cookies(site, email), gpc=True)
    assert site.account(email).gpc_seen
    assert {c.state for c in report.checks} == {State.ON}


def test_without_the_signal_a_us_member_keeps_sharing(site, catalog, new_email):
    email = new_email("us")
    report = verify(site.url, catalog, cookies=practice_cookies(site, email), gpc=False)
    assert not site.account(email).gpc_seen
    assert report.check("affiliate-sharing").state is State.ON


def test_wizard_turns_it_off_from_the_welcome_screen(qtbot, site, catalog, new_email):
    window = make_window(qtbot, site.url, catalog)
    person = Person(qtbot, window)
    try:
        checkbox = window.welcome_screen.gpc
        assert checkbox.isChecked()  # on by default
        person.press(window.welcome_screen.more_button)  # under More options
        person.press(checkbox)
        assert window.ctx.gpc is False
        email = new_email("us")
        person.next()
        person.sign_in(email)
        person.wait_page(optout_page_id(0))
        person.wait_live(0, Live.ON)
        assert not site.account(email).gpc_seen
        assert site.settings_of(email)["affiliate-sharing"] is True
    finally:
        window.close()
        window.shutdown()


def test_wizard_sends_it_by_default_and_reads_the_result(qtbot, site, catalog, new_email):
    window = make_window(qtbot, site.url, catalog)
    person = Person(qtbot, window)
    try:
        email = new_email("us")
        person.next()
        person.sign_in(email)
        person.wait_page(optout_page_id(0))
        person.wait_live(0, Live.ON)
        assert site.account(email).gpc_seen
        person.press(person.screen(0).switch_button)
        person.wait_live(0, Live.OFF)
        person.next()
        person.wait_live(1, Live.OFF)  # the signal did it; the switch says so
        person.next()
        report = person.verify()
        assert {c.state for c in report.checks} == {State.OFF}
    finally:
        window.close()
        window.shutdown()
