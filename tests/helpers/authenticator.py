"""Chromium's virtual authenticator inside the app's own embedded view.

Chromium keeps a virtual security key for tests behind its DevTools protocol. The app
never opens a debugging port (tests/e2e/app/test_hostile_input.py proves it), so the tests
reach the protocol the way Qt's own inspector does: a DevTools front-end page attached
to the embedded page with QWebEnginePage.setDevToolsPage, whose DevToolsHost carries
protocol messages to the engine in this process. The keys it holds are the practice
site's (`PracticeSite.add_passkey`); the private halves live in this process only.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from itertools import count
from typing import Any

import shiboken6
from PySide6.QtWebEngineCore import QWebEnginePage

from wizard.practice.passkeys import Passkey

_HOOK = """(() => {
  if (window.__answers) return true;
  window.__answers = {};
  const deliver = DevToolsAPI.dispatchMessage.bind(DevToolsAPI);
  DevToolsAPI.dispatchMessage = (message) => {
    try {
      const parsed = JSON.parse(message);
      if (parsed.id >= 900000) { window.__answers[parsed.id] = parsed; return; }
    } catch (error) { /* not ours */ }
    return deliver(message);
  };
  return true;
})()"""

_ids = count(900_000)
# A USB security key that is touched whenever asked and knows its member.
VIRTUAL_KEY = {
    "protocol": "ctap2",
    "transport": "usb",
    "hasResidentKey": True,
    "hasUserVerification": True,
    "isUserVerified": True,
    "automaticPresenceSimulation": True,
}


class EmbeddedAuthenticator:
    def __init__(self, qtbot: Any, page: QWebEnginePage) -> None:
        self.qtbot = qtbot
        self.page = page
        self.front_end = QWebEnginePage(page.profile())
        with qtbot.waitSignal(self.front_end.loadFinished, timeout=20_000):
            page.setDevToolsPage(self.front_end)
        assert self._run(_HOOK) is True
        self.send("WebAuthn.enable", {"enableUI": False})
        added = self.send("WebAuthn.addVirtualAuthenticator", {"options": VIRTUAL_KEY})
        self.id = added["authenticatorId"]

    def _run(self, code: str) -> Any:
        with self.qtbot.waitCallback(timeout=10_000) as callback:
            self.front_end.runJavaScript(code, 0, callback)
        return callback.args[0]

    def send(self, method: str, params: dict[str, Any]) -> dict[str, Any]:
        """One protocol command; its result, or the engine's error as a failure."""
        number = next(_ids)
        message = json.dumps({"id": number, "method": method, "params": params})
        envelope = json.dumps(
            {"id": number, "method": "dispatchProtocolMessage", "params": [message]}
        )
        self._run(f"DevToolsHost.sendMessageToEmbedder({json.dumps(envelope)}); true")
        answer: dict[str, Any] = {}

        def answered() -> None:
            raw = self._run(f"JSON.stringify(window.__answers[{number}] || null)")
            assert raw != "null", f"{method}: no answer yet"
            answer.update(json.loads(raw))

        self.qtbot.waitUntil(answered, timeout=10_000)
        assert "error" not in answer, f"{method}: {answer['error']}"
        return answer["result"]

    def hold(self, key: Passkey) -> None:
        credential = key.virtual_credential()
        self.send("WebAuthn.addCredential", {"authenticatorId": self.id, "credential": credential})

    def close(self) -> None:
        self.send("WebAuthn.disable", {})
        self.page.setDevToolsPage(None)
        # Gone before the window's profile is released (Qt warns of a page left over).
        shiboken6.delete(self.front_end)


@contextmanager
def embedded_authenticator(qtbot: Any, page: QWebEnginePage, *keys: Passkey) -> Iterator[Any]:
    """A virtual security key holding these passkeys, on the embedded page."""
    authenticator = EmbeddedAuthenticator(qtbot, page)
    for key in keys:
        authenticator.hold(key)
    try:
        yield authenticator
    finally:
        authenticator.close()
