"""Signing in as a person does, on the practice site's sign-in page and in the
wizard's sign-in window: opening a provider, typing into its page, reading it."""

from __future__ import annotations

import contextlib
import json

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.exceptions import TimeoutError as QtTimeout

from tests.helpers.driving import Person
from wizard.engine.steps import PageId
from wizard.gui.web.identitywindow import IdentityWindow


def watch_main_view(person: Person) -> list[str]:
    """Every address the main view showed from now on."""
    seen: list[str] = []
    person.pane.page.urlChanged.connect(lambda url: seen.append(url.toString()))
    return seen


def open_provider_popup(person: Person) -> IdentityWindow:
    return open_provider(person, "#practice-id-popup")


def open_provider(person: Person, selector: str) -> IdentityWindow:
    """Click a way to sign in ("Continue with Practice ID", a link to a provider); click
    again if the first click came before the page took input (a person clicks again
    when nothing happens)."""
    for _ in range(3):
        person.click_in_page(selector)
        with contextlib.suppress(QtTimeout):  # nothing opened yet
            return provider_window(person, timeout=3_000)
    return provider_window(person)


def provider_window(person: Person, timeout: int = 20_000) -> IdentityWindow:
    """The sign-in window now shown (an earlier test's may wait for deletion, hidden)."""

    def shown() -> list[IdentityWindow]:
        return [
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, IdentityWindow) and w.isVisible()
        ]

    person.qtbot.waitUntil(lambda: bool(shown()), timeout=timeout)
    return shown()[0]


def sign_in_at_provider(person: Person, window: IdentityWindow, email: str) -> None:
    """Type the email into the provider's page and press Continue, as a person does."""
    qtbot = person.qtbot

    def field_ready() -> None:
        box = js(person, window, "JSON.stringify(document.getElementById('idp-email') ? 1 : 0)")
        assert box == "1"

    qtbot.waitUntil(field_ready, timeout=20_000)
    rect = js(
        person,
        window,
        "(() => { const r = document.getElementById('idp-email').getBoundingClientRect();"
        " return JSON.stringify([r.x + r.width / 2, r.y + r.height / 2]); })()",
    )
    x, y = json.loads(rect)
    proxy = window.view.focusProxy()
    qtbot.mouseClick(proxy, Qt.MouseButton.LeftButton, pos=QPoint(int(x), int(y)))
    qtbot.waitUntil(lambda: js(person, window, "(document.activeElement || {}).id") == "idp-email")
    qtbot.keyClicks(proxy, email)
    qtbot.keyClick(proxy, Qt.Key.Key_Return)


def js(person: Person, window: IdentityWindow, code: str):
    result: list = []
    window.page.runJavaScript(code, 0, result.append)
    person.qtbot.waitUntil(lambda: bool(result), timeout=10_000)
    return result[0]


def at_sign_in(person: Person) -> None:
    person.next()
    person.wait_page(PageId.SIGN_IN)
    person.wait_for_element("#practice-id-popup")
    # Drawn and its script run, as a person sees it before clicking.
    person.qtbot.waitUntil(lambda: person.js("document.readyState") == "complete", timeout=20_000)


def click_in_window(person: Person, window: IdentityWindow, selector: str) -> None:
    """A person's click on an element of the sign-in window's page."""
    qtbot = person.qtbot

    def there() -> None:
        assert js(person, window, f"!!document.querySelector({json.dumps(selector)})")

    qtbot.waitUntil(there, timeout=20_000)
    rect = js(
        person,
        window,
        f"(() => {{ const r = document.querySelector({json.dumps(selector)})"
        ".getBoundingClientRect(); return JSON.stringify([r.x + r.width / 2,"
        " r.y + r.height / 2]); })()",
    )
    x, y = json.loads(rect)
    proxy = window.view.focusProxy()
    qtbot.mouseClick(proxy, Qt.MouseButton.LeftButton, pos=QPoint(int(x), int(y)))
