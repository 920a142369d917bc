"""Run under a real X display with a window manager by tests/e2e/app/test_fits_the_screen.py:
the wizard on the practice site, every setting chosen, taken through every screen as
a member would (More options, About, Sign in, each setting On and then switched
off, the close question, Verify, Done). On each, every control that shows is
measured: is it on the screen, not cut by the window or by what holds it, and does
no screen overflow sideways. Prints one JSON line: the screen, the window, and the
problems found on each screen.

A control further down a screen's scrolling body counts as on screen: the body
scrolls (by wheel, keyboard and scroll bar); a control cut at the side, or below
the window, does not.
"""

from __future__ import annotations

import json
import os
import sys
from types import SimpleNamespace
from typing import Any

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QProgressBar,
    QScrollArea,
    QWidget,
    QWizard,
)
from pytestqt.qtbot import QtBot

from tests.helpers.driving import Person
from tests.helpers.signing_in import open_provider_popup
from wizard.base.site import Site
from wizard.catalog.model import load_catalog
from wizard.engine.livestate import Live
from wizard.engine.steps import PageId, optout_page_id
from wizard.gui import qtsetup
from wizard.gui.context import Services, WizardContext
from wizard.gui.language import install_translations
from wizard.gui.window import OptOutWizard
from wizard.practice import practice_site
from wizard.reading.objection import FormState

CONTROLS = (QAbstractButton, QLineEdit, QComboBox, QLabel, QProgressBar)
SLACK = 1  # pixels: rounding at fractional scales


def bot() -> QtBot:
    """pytest-qt's QtBot outside pytest: it asks its request only for two settings."""
    from pytestqt.qt_compat import qt_api

    qt_api.set_qt_api("pyside6")
    config = SimpleNamespace(getini=lambda name: True if name == "qt_default_raising" else None)
    return QtBot(SimpleNamespace(config=config, node=None))  # type: ignore[arg-type]


def box(widget: QWidget) -> QRect:
    return QRect(widget.mapToGlobal(QPoint(0, 0)), widget.size())


def within(inner: QRect, outer: QRect, across: bool = True, down: bool = True) -> bool:
    ok = True
    if across:
        ok &= inner.left() >= outer.left() - SLACK and inner.right() <= outer.right() + SLACK
    if down:
        ok &= inner.top() >= outer.top() - SLACK and inner.bottom() <= outer.bottom() + SLACK
    return ok


def name_of(widget: QWidget) -> str:
    text = ""
    if isinstance(widget, QAbstractButton | QLabel):
        text = widget.text()
    text = widget.accessibleName() or text or widget.objectName()
    return f"{type(widget).__name__} {text[:60]!r}"


def cut_by(widget: QWidget, top: QWidget) -> str | None:
    """The first thing that cuts the widget off: an ancestor it does not lie within
    (inside a scrolling body: at the sides only), the window, or the screen."""
    rect = box(widget)
    holder = widget.parentWidget()
    while holder is not None:
        area = box(holder)
        scrolls = isinstance(holder.parentWidget(), QAbstractScrollArea) and (
            holder is holder.parentWidget().viewport()  # type: ignore[union-attr]
        )
        if not within(rect, area, down=not scrolls):
            return f"cut by {type(holder).__name__} {holder.objectName()!r}"
        if scrolls:
            rect = area  # from here on, the scrolling body as a whole must be in view
        if holder is top:
            break
        holder = holder.parentWidget()
    if not within(rect, top.screen().availableGeometry()):
        return "off the screen"
    return None


def needs_more_room(widget: QWidget) -> bool:
    """A button or a one-line label narrower than its words: they are cut."""
    if isinstance(widget, QAbstractButton) and not isinstance(widget, QCheckBox):
        return widget.width() < widget.sizeHint().width() - SLACK
    if isinstance(widget, QLabel) and not widget.wordWrap() and widget.text():
        return widget.width() < widget.minimumSizeHint().width() - SLACK
    return False


def problems(top: QWidget) -> list[str]:
    """What a member could not see or reach on the window (or dialog) as it shows."""
    found: list[str] = []
    frame, free = top.frameGeometry(), top.screen().availableGeometry()
    if not within(frame, free):
        found.append(f"the window {frame.getRect()} is larger than the screen {free.getRect()}")
    for widget in top.findChildren(QWidget):
        if widget.window() is not top or not widget.isVisible() or widget.width() == 0:
            continue
        if isinstance(widget, QScrollArea):
            inner = widget.widget()
            bar = widget.horizontalScrollBar()
            if (inner is not None and inner.width() > widget.viewport().width() + SLACK) or (
                bar.isVisible()
            ):
                found.append(f"{name_of(widget)} overflows sideways")
        if not isinstance(widget, CONTROLS):
            continue
        if isinstance(widget, QLabel) and not (widget.text() or widget.pixmap()):
            continue
        where = cut_by(widget, top)
        if where:
            found.append(f"{name_of(widget)} is {where}")
        if needs_more_room(widget):
            found.append(f"{name_of(widget)} is too narrow for its words")
    return found


class Tour:
    def __init__(self, qtbot: QtBot, window: OptOutWizard) -> None:
        self.qtbot = qtbot
        self.window = window
        self.person = Person(qtbot, window)
        self.seen: dict[str, list[str]] = {}

    def settle(self) -> None:
        """Until every layout has had its say: two looks in a row find the same places."""
        last: list[Any] = []

        def still() -> None:
            QApplication.processEvents()
            now = [box(w).getRect() for w in self.window.findChildren(QWidget) if w.isVisible()]
            same = now == last
            last[:] = now
            assert same

        self.qtbot.waitUntil(still, timeout=10_000)

    def look(self, name: str, top: QWidget | None = None) -> None:
        self.settle()
        self.seen[name] = problems(top or self.window)

    def whole_in_view(self, name: str) -> None:
        """A setting's screen shows whole without scrolling: its one thing to do, and
        the page (the body gives the page its spare room, and needs no scroll bar)."""
        page = self.window.currentPage()
        view = page.scroller.viewport()  # type: ignore[attr-defined]
        for part in (page.switch_button, self.person.pane):  # type: ignore[attr-defined]
            if not within(box(part), box(view)):
                self.seen[name].append(f"{name_of(part)} shows only after scrolling")
        if page.scroller.verticalScrollBar().maximum() > 0:  # type: ignore[attr-defined]
            self.seen[name].append("the screen scrolls")


def tour(window: OptOutWizard, qtbot: QtBot, email: str) -> dict[str, list[str]]:
    t = Tour(qtbot, window)
    person = t.person
    welcome = window.welcome_screen
    t.look("Welcome")
    person.press(welcome.more_button)
    for extra in welcome.extras.values():
        if not extra.isChecked():
            person.press(extra)
    if welcome.objection is not None and not welcome.objection.isChecked():
        person.press(welcome.objection)  # the objection step too
    t.look("Welcome, More options")
    about = window.show_about()
    qtbot.waitExposed(about)
    t.look("About", about)
    about.close()
    person.next()
    person.wait_page(PageId.SIGN_IN)
    person.wait_pane()
    t.look("Sign in")
    provider = open_provider_popup(person)
    qtbot.waitExposed(provider)
    t.look("Sign-in window", provider)
    qtbot.keyClick(provider.view.focusProxy() or provider, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not provider.isVisible(), timeout=10_000)
    person.sign_in(email)
    chosen = [window.ctx.catalog.ids().index(o.id) for o in window.ctx.chosen()]
    for number, index in enumerate(chosen, start=1):
        person.wait_page(optout_page_id(index))
        person.wait_live(index, Live.ON)
        screen = person.screen(index)
        name = f"Setting {number} of {len(chosen)}"
        t.look(f"{name}, on")
        t.whole_in_view(f"{name}, on")
        if number == 1:
            person.press(screen.way_button)
            t.look(f"{name}, the way shown")
            person.press(screen.way_button)
            person.press(screen.skip_button)
            t.look(f"{name}, skip asked")
            person.press(screen.skip_cancel)
            window.reject()  # Close, as the button or Escape asks
            question = window.close_question
            assert question is not None
            qtbot.waitExposed(question)
            t.look("Close question", question)
            person.press(window.stay)
        person.press(screen.switch_button)
        person.wait_live(index, Live.OFF)
        t.look(f"{name}, off")
        t.whole_in_view(f"{name}, off")
        person.next()
    person.verify()
    t.look("Verify")
    person.next()
    person.wait_page(PageId.OBJECTION)
    form = window.objection_screen
    assert form is not None
    qtbot.waitUntil(lambda: form.reading.state is FormState.FORM, timeout=20_000)
    t.look("Objection, the form")
    person.next()
    person.wait_page(PageId.DONE)
    t.look("Done")
    return t.seen


def main() -> None:
    os.environ.setdefault("QTWEBENGINE_DISABLE_SANDBOX", "1")  # CI runs as root
    lang = os.environ.get("FIT_LANG", "en")
    qtsetup.prepare_qt()
    app = QApplication(sys.argv[:1])
    scale = float(os.environ.get("FIT_TEXT_SCALE", "1"))
    if scale != 1:
        # Larger text, as a desktop's text scaling gives it (GNOME's "Large Text":
        # the font grows, the screen keeps its pixels).
        font = app.font()
        font.setPointSizeF(font.pointSizeF() * scale)
        app.setFont(font)
    install_translations(app, lang)
    qtbot = bot()
    with practice_site() as site:
        hosts = (site.identity_url.split("://", 1)[1],)
        services = Services.make(load_catalog(), lang=lang, open_external=lambda _url: None)
        ctx = WizardContext(Site(site.url, practice=True, identity_hosts=hosts), services)
        window = OptOutWizard(ctx, remember_geometry=False)
        window.show()
        qtbot.waitExposed(window)
        first = window.frameGeometry().getRect()
        report: dict[str, Any] = {
            "screen": window.screen().geometry().getRect(),
            "available": window.screen().availableGeometry().getRect(),
            "first_frame": first,
            "maximised": window.isMaximized(),
        }
        try:
            report["screens"] = tour(window, qtbot, "member-fit@practice.test")
        finally:
            report["button_row"] = box(window.button(QWizard.WizardButton.CancelButton)).getRect()
            print(json.dumps(report), flush=True)
            window.shutdown()
            window.close()


if __name__ == "__main__":
    main()
