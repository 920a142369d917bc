"""Runs the whole app with sentinel secrets, in a child process whose HOME, XDG_* and
TMPDIR are fresh folders (tests/e2e/app/test_nothing_on_disk.py then searches them).

The wizard: sign in (password and PIN typed into the page), both switches, Verify,
Remember me, Forget me. Then the terminal: `verify --sign-in --remember`, `forget`.
Prints one JSON line with what it saw.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections.abc import Callable


def another_account(window) -> None:
    """Do this for another account; this account's settings stay on here, so the
    wizard asks first: go on, as a member who means it does."""
    window.another_account()
    question = window.another_question
    if question is not None and question.isVisible():
        window.another_anyway.click()


def main() -> int:
    sentinel = json.loads(sys.argv[1])
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication, QWizard

    from wizard.base.site import Site
    from wizard.catalog.model import load_catalog
    from wizard.engine.livestate import Live
    from wizard.engine.steps import PageId
    from wizard.gui.context import Services, WizardContext
    from wizard.gui.qtsetup import prepare_qt, webengine_args
    from wizard.gui.window import OptOutWizard
    from wizard.practice import practice_site
    from wizard.secrets import credentials
    from wizard.secrets.logs import setup_logging

    setup_logging()
    prepare_qt()
    app = QApplication(webengine_args([sys.argv[0], "--webEngineArgs", "--disable-gpu"]))

    def until(check: Callable[[], bool], what: str, timeout_s: float = 60) -> None:
        deadline = time.monotonic() + timeout_s
        while not check():
            if time.monotonic() > deadline:
                raise TimeoutError(f"gave up waiting for {what}")
            loop = QEventLoop()
            QTimer.singleShot(20, loop.quit)
            loop.exec()

    def in_page(code: str) -> None:
        ctx.pane().page.runJavaScript(code)

    seen: dict[str, object] = {}
    email = "nothing.on.disk+pin@practice.test"
    with practice_site(pin=sentinel["pin"]) as site:
        site.store.queue_tokens(sentinel["li_at"], sentinel["csrf"])
        # As the app makes it: the practice site's own provider is a known one.
        provider_host = site.identity_url.split("://", 1)[1]
        here = Site(site.url, practice=True, identity_hosts=(provider_host,))
        ctx = WizardContext(here, Services.make(load_catalog()))
        window = OptOutWizard(ctx)  # geometry is remembered: that file is searched too
        window.show()
        window.next()
        pane = ctx.pane()
        until(
            lambda: pane.page.url().path() == "/login" and not pane.progress.isVisible(), "sign-in"
        )
        in_page(
            f"document.querySelector('#username').value = {json.dumps(email)};"
            f"document.querySelector('#password').value = {json.dumps(sentinel['password'])};"
            "document.querySelector('button[type=submit]').click();"
        )
        until(lambda: pane.page.url().path().startswith("/checkpoint/challenge/"), "PIN page")
        until(lambda: not pane.progress.isVisible(), "PIN page loaded")
        in_page(
            f"document.querySelector('input[name=pin]').value = {json.dumps(sentinel['pin'])};"
            "document.querySelector('#email-pin-submit-button').click();"
        )
        for index, page_id in enumerate(window.step_ids()):
            screen = window.page(page_id)
            until(lambda s=screen: window.currentPage() is s, f"step {index + 1}")
            until(lambda s=screen: s.view.live is Live.ON, "the switch on")
            screen.switch_off()
            until(lambda s=screen: s.view.live is Live.OFF, "the switch off")
            window.next()
        until(lambda: window.currentId() == PageId.VERIFY, "verify")
        window.verify_screen.start()
        until(lambda: ctx.record.report is not None and not window.verify_screen.running(), "check")
        seen["wizard_states"] = [c.state.value for c in ctx.record.report.checks]
        seen["wizard_reasons"] = [c.reason for c in ctx.record.report.checks]
        seen["cookie_in_session"] = any(c.value == sentinel["li_at"] for c in ctx.session.cookies())
        window.button(QWizard.WizardButton.NextButton).click()
        done = window.done_screen.later
        done.remember.setChecked(True)
        until(lambda: "Remembered" in done.keyring_status.text(), "remembered", 30)
        stored = credentials.load(Site(site.url), ctx.account_name())
        seen["remembered"] = bool(stored) and any(
            c.value == sentinel["li_at"] for c in stored.cookies
        )
        done.forget_button.click()
        until(lambda: "Forgotten" in done.keyring_status.text(), "forgotten", 30)
        seen["forgotten"] = credentials.load(Site(site.url), ctx.account_name()) is None

        # Another account, signed in with the practice identity provider's popup.
        site.store.queue_code(sentinel["provider_code"])
        site.store.queue_tokens(sentinel["li_at_3"], sentinel["csrf_3"])
        another_account(window)
        pane = ctx.pane()
        until(
            lambda: pane.page.url().path() == "/login" and not pane.progress.isVisible(),
            "sign-in again",
        )
        flows = window.sign_in_screen.flows
        from PySide6.QtCore import QPoint, Qt
        from PySide6.QtTest import QTest

        answer: list = []
        pane.page.runJavaScript(
            "(() => { const r = document.getElementById('practice-id-popup')"
            ".getBoundingClientRect();"
            " return JSON.stringify([r.x + r.width / 2, r.y + r.height / 2]); })()",
            0,
            answer.append,
        )
        until(lambda: bool(answer), "the provider's button")
        x, y = json.loads(answer[0])
        for _ in range(5):  # a click before the page takes input does nothing: again
            # A person's click (a page may open a popup only on one).
            QTest.mouseClick(
                pane.view.focusProxy(), Qt.MouseButton.LeftButton, pos=QPoint(int(x), int(y))
            )
            try:
                until(lambda: flows.window is not None, "the provider's window", 3)
                break
            except TimeoutError:
                pass
        provider = flows.window.page
        until(lambda: provider.url().path() == "/authorize", "the provider's page")
        until(lambda: not provider.isLoading(), "the provider's page loaded")
        provider.runJavaScript(
            "document.getElementById('idp-email').value = "
            + json.dumps(sentinel["provider_email"] + "@practice.test")
            + "; document.getElementById('idp-continue').click();"
        )
        until(ctx.has_session, "signed in with the provider")
        seen["provider_signed_in"] = any(
            c.value == sentinel["li_at_3"] for c in ctx.session.cookies()
        )

        # One more account, the Apple way: the provider's answer is a form POST.
        site.store.queue_code(sentinel["post_code"])
        site.store.queue_tokens(sentinel["li_at_4"], sentinel["csrf_4"])
        another_account(window)
        pane = ctx.pane()
        until(
            lambda: pane.page.url().path() == "/login" and not pane.progress.isVisible(),
            "sign-in once more",
        )
        flows = window.sign_in_screen.flows
        answers: list = []

        def link_shown() -> bool:
            if answers and answers[-1] is True:
                return True
            if not answers or answers[-1] is False:  # ask (again) once answered
                answers.append(None)
                pane.page.runJavaScript(
                    "!!document.getElementById('practice-id-form-post')",
                    0,
                    lambda shown: answers.__setitem__(-1, shown is True),
                )
            return False

        until(link_shown, "the Apple way's link")
        pane.page.runJavaScript("document.getElementById('practice-id-form-post').click()")
        until(lambda: flows.window is not None, "the provider's window for the POST way")
        provider = flows.window.page
        until(lambda: provider.url().path() == "/authorize", "the provider's page")
        until(lambda: not provider.isLoading(), "the provider's page loaded")
        provider.runJavaScript(
            "document.getElementById('idp-email').value = "
            + json.dumps(sentinel["post_email"] + "@practice.test")
            + "; document.getElementById('idp-continue').click();"
        )
        until(ctx.has_session, "signed in by the provider's POST")
        seen["form_post_signed_in"] = any(
            c.value == sentinel["li_at_4"] for c in ctx.session.cookies()
        )
        window.close()
        window.shutdown()

        site.store.queue_tokens(sentinel["li_at_2"], sentinel["csrf_2"])
        evidence = os.path.join(os.environ["TMPDIR"], "evidence")
        command = subprocess.run(
            [
                sys.executable,
                "-m",
                "wizard",
                "verify",
                "-v",
                "--site",
                site.url,
                "--sign-in",
                "--remember",
                "--json",
                "--evidence",
                evidence,
            ],
            input=f"{email}\n{sentinel['password']}\n{sentinel['pin']}\n",
            capture_output=True,
            text=True,
            timeout=120,
        )
        seen["command_status"] = command.returncode
        seen["command_states"] = [r["state"] for r in json.loads(command.stdout)["results"]]
        seen["command_output_clean"] = not any(
            value in command.stdout + command.stderr for value in sentinel.values()
        )
        forget = subprocess.run(
            [sys.executable, "-m", "wizard", "forget", "--site", site.url],
            capture_output=True,
            text=True,
            timeout=60,
        )
        seen["forget_output"] = forget.stdout.strip()
    del app
    print(json.dumps(seen))
    return 0


if __name__ == "__main__":
    sys.exit(main())
