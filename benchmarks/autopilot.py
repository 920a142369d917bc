"""Drives the wizard through the practice site without a person.

For the README's screenshots and the benchmarks, which need the real app going
through its real screens; it lives here, not in the `wizard` package, so it never
ships in the app. Practice sites only: it fills the practice sign-in
form by script, which the app never does on LinkedIn.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QWizard

from wizard.engine.livestate import Live
from wizard.engine.steps import PageId
from wizard.gui.window import OptOutWizard
from wizard.reading.objection import FormState
from wizard.reading.result import Report

PRACTICE_EMAIL = "alex.member@example.com"


def spin(ms: int) -> None:
    """Let Qt run for a while (the page and the check work meanwhile)."""
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def until(check: Callable[[], bool], what: str, timeout_s: float = 60) -> None:
    deadline = time.monotonic() + timeout_s
    while not check():
        if time.monotonic() > deadline:
            raise TimeoutError(f"gave up waiting for {what}")
        spin(10)


def run_through(
    window: OptOutWizard,
    on_screen: Callable[[str], None] | None = None,
    email: str = PRACTICE_EMAIL,
    first_next: Callable[[], None] | None = None,
    timings: dict[str, float] | None = None,
) -> Report:
    """Welcome → sign in → every switch off → Verify → (the objection form, when
    chosen: shown as "objection", never filled in) → Done; on_screen(name) at each.
    first_next replaces Welcome's Next (a bench times it); timings["verify_s"]: from
    the Next that opens Verify until every setting shows its answer (LinkedIn's lists
    may still be read)."""
    ctx = window.ctx
    if not ctx.practice:
        raise RuntimeError("the autopilot runs on the practice site only")
    shown = on_screen or (lambda _name: None)
    shown("01-welcome")
    (first_next or window.next)()
    pane = ctx.pane()
    until(lambda: pane.page.url().path() == "/login" and not pane.progress.isVisible(), "sign-in")
    shown("02-sign-in")
    pane.page.runJavaScript(
        f"document.querySelector('#username').value = {json.dumps(email)};"
        "document.querySelector('#password').value = 'practice';"
        "document.querySelector('form').submit();"
    )
    steps = window.step_ids()
    count = len(steps)
    for index, page_id in enumerate(steps):
        screen = window.page(page_id)
        until(lambda s=screen: window.currentPage() is s, f"step {index + 1}")
        until(lambda s=screen: s.view.live is Live.ON, "the switch")
        shown(f"{3 + index:02d}-step-{index + 1}")
        screen.switch_off()
        until(lambda s=screen: s.view.live is Live.OFF, "the switch off")
        started = time.perf_counter()
        window.next()
    until(lambda: window.currentId() == PageId.VERIFY, "verify")
    window.verify_screen.start()  # as the screen does by itself once drawn
    rows = [window.verify_screen.rows[o.id] for o in ctx.chosen()]
    until(lambda: all(row.check is not None for row in rows), "every setting's answer", 120)
    if timings is not None:
        timings["verify_s"] = time.perf_counter() - started
    until(lambda: ctx.record.report is not None and not window.verify_screen.running(), "check")
    shown(f"{3 + count:02d}-verify")
    window.button(QWizard.WizardButton.NextButton).click()
    if ctx.objection_chosen:
        until(lambda: window.currentId() == PageId.OBJECTION, "the objection step")
        form = window.objection_screen
        assert form is not None
        until(lambda: form.reading.state is FormState.FORM, "the objection form", 30)
        shown("objection")
        window.button(QWizard.WizardButton.NextButton).click()
    until(lambda: window.currentId() == PageId.DONE, "done")
    shown(f"{4 + count:02d}-done")
    assert ctx.record.report is not None
    return ctx.record.report
