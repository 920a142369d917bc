"""Driving the wizard as a person would: clicks and typing into the real embedded
page, buttons pressed with the mouse, and waits on signals and state, never sleeps."""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QWizard

from wizard.base.site import Site
from wizard.engine.livestate import Live
from wizard.engine.steps import PageId, optout_page_id
from wizard.gui.context import Services, WizardContext
from wizard.gui.window import OptOutWizard

WAIT_MS = 20_000
SUBMIT = "button[type=submit]"
EXTRAS = ("research", "ads-off-linkedin", "data-from-others", "measure-ad-success")
# The practice account after the mission's two were switched off and nothing else.
MISSION_OFF = {
    "ai-training": False,
    "affiliate-sharing": False,
    **dict.fromkeys(EXTRAS, True),
}


def words(label: Any) -> str:
    """What a label shows, as a person reads it (a rich-text label's markup gone, its
    no-break spaces plain)."""
    from PySide6.QtGui import QTextDocumentFragment

    text = label.text()
    if label.textFormat() == Qt.TextFormat.RichText:
        text = QTextDocumentFragment.fromHtml(text).toPlainText()
    return text.replace("\xa0", " ")


class Person:
    def __init__(self, qtbot: Any, window: OptOutWizard) -> None:
        self.qtbot = qtbot
        self.window = window
        self.ctx = window.ctx

    # The page

    @property
    def pane(self) -> Any:
        return self.ctx.pane()

    def wait_pane(self) -> None:
        """Until the embedded page is on screen, ready for input (the Sign in screen
        shows a placeholder first while the browser engine starts)."""

        def shown() -> None:
            assert self.ctx.browser.started()
            pane = self.ctx.pane()
            assert pane.isVisible() and pane.view.focusProxy() is not None

        self.qtbot.waitUntil(shown, timeout=WAIT_MS)

    def js(self, code: str, world: int = 0) -> Any:
        """Run code in the page (main world by default) and return its value."""
        with self.qtbot.waitCallback(timeout=WAIT_MS) as callback:
            self.pane.page.runJavaScript(code, world, callback)
        return callback.args[0]

    def wait_for_element(self, selector: str) -> dict:
        self.wait_pane()
        found: dict = {}

        def present() -> None:
            raw = self.js(
                f"(() => {{ const e = document.querySelector({json.dumps(selector)});"
                " if (!e) return null; e.scrollIntoView({block: 'center'});"
                " const r = e.getBoundingClientRect();"
                " return JSON.stringify({x: r.x, y: r.y, w: r.width, h: r.height}); })()"
            )
            assert raw, f"{selector} is not on the page yet"
            found.update(json.loads(raw))

        self.qtbot.waitUntil(present, timeout=WAIT_MS)
        return found

    def click_in_page(self, selector: str) -> None:
        box = self.wait_for_element(selector)
        target = self.pane.view.focusProxy()
        # A click into a window makes it the active one (the window manager does it);
        # Qt's offscreen platform hands activation to QtWebEngine's own hidden Quick
        # window when the view first shows, and a synthesised click does not take it back.
        window = target.window()
        if not window.isActiveWindow():
            window.activateWindow()
            self.qtbot.waitUntil(window.isActiveWindow, timeout=WAIT_MS)
        point = QPoint(int(box["x"] + box["w"] / 2), int(box["y"] + box["h"] / 2))
        self.qtbot.mouseClick(target, Qt.MouseButton.LeftButton, pos=point)

    def type_in_page(self, selector: str, text: str) -> None:
        """Click into a field and type, as a person does; check the page got it."""
        self.wait_pane()
        proxy = self.pane.view.focusProxy()
        self.click_in_page(selector)

        def focused() -> None:
            from PySide6.QtWidgets import QApplication

            assert proxy.hasFocus(), (
                "the page view does not have the keyboard focus: "
                f"{QApplication.focusWidget()!r} {QApplication.activeWindow()!r} "
                f"{QApplication.activeModalWidget()!r}"
            )
            assert self.js(
                f"document.activeElement === document.querySelector({json.dumps(selector)})"
            ), f"{selector} is not focused in the page"

        self.qtbot.waitUntil(focused, timeout=WAIT_MS)
        self.qtbot.keyClicks(proxy, text)

        def holds_text() -> None:
            value = self.js(f"document.querySelector({json.dumps(selector)}).value")
            assert value == text, f"typed {text!r} into {selector}, the page holds {value!r}"

        self.qtbot.waitUntil(holds_text, timeout=WAIT_MS)

    # The wizard

    def press(self, button: Any) -> None:
        assert button.isEnabled(), f"{button.text()} is not enabled"
        self.qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    def next(self) -> None:
        self.press(self.window.button(QWizard.WizardButton.NextButton))

    def wait_page(self, page_id: int) -> None:
        def there() -> None:
            assert self.window.currentId() == page_id

        self.qtbot.waitUntil(there, timeout=WAIT_MS)

    def screen(self, index: int) -> Any:
        return self.window.page(optout_page_id(index))

    def wait_live(self, index: int, *states: Live) -> None:
        screen = self.screen(index)

        def shows() -> None:
            assert screen.view.live in states, screen.view

        self.qtbot.waitUntil(shows, timeout=WAIT_MS)

    def sign_in(self, email: str, password: str = "sentinel-password") -> None:
        self.wait_page(PageId.SIGN_IN)
        self.type_in_page("#username", email)
        self.type_in_page("#password", password)
        self.click_in_page(SUBMIT)

    def switch_both_off(self, email: str) -> None:
        """From Welcome: Next, sign in, switch each setting off with the wizard's button;
        ends on its way to Verify."""
        self.next()
        self.sign_in(email)
        for index in (0, 1):
            self.wait_page(optout_page_id(index))
            self.wait_live(index, Live.ON)
            self.press(self.screen(index).switch_button)
            self.wait_live(index, Live.OFF)
            self.next()

    def to_done(self, email: str) -> None:
        """Both settings switched off, checked, and on to Done."""
        self.switch_both_off(email)
        self.verify()
        self.next()
        self.wait_page(PageId.DONE)

    def wait_words(self, label: Any, busy: Any, words: str, timeout: int = 30_000) -> None:
        """Until a status label says these words and its owner is no longer busy (a
        keyring call may wait on an unlock prompt)."""

        def says() -> None:
            assert words in label.text()
            assert not busy()

        self.qtbot.waitUntil(says, timeout=timeout)

    def verify(self) -> Any:
        self.wait_page(PageId.VERIFY)
        screen = self.window.verify_screen
        # The check starts by itself as the screen opens; press only if it has not.
        self.qtbot.waitUntil(
            lambda: screen.running() or self.ctx.record.report is not None, timeout=5_000
        )

        def finished() -> None:
            assert self.ctx.record.report is not None
            assert not screen.running()

        self.qtbot.waitUntil(finished, timeout=60_000)
        return self.ctx.record.report


def make_window(
    qtbot: Any, site_url: str, catalog: Any, identity_url: str = "", **ctx_options: Any
) -> OptOutWizard:
    opened: list = []
    services = Services.make(catalog, open_external=opened.append, **ctx_options)
    hosts = (identity_url.split("://", 1)[1],) if identity_url else ()
    ctx = WizardContext(Site(site_url, practice=True, identity_hosts=hosts), services)
    ctx.opened_externally = opened  # type: ignore[attr-defined]
    window = OptOutWizard(ctx, remember_geometry=False)
    qtbot.addWidget(window)
    with qtbot.waitActive(window):  # a context manager: waits on leaving the block
        window.show()
        window.activateWindow()
    return window
