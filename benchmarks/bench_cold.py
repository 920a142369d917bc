"""The two first waits a member sees, each measured in a new process (cold):

- first Next → sign-in page usable: Welcome shown and idle for IDLE_MS (a member
  reading it), then Next, until the sign-in form's email field is in the page's DOM;
  the browser engine starts in that time. Floor: a bare QWebEngineView, in a Qt
  application already running (its widgets loaded, as ours are), made and loading
  the same practice page until the same field is in its DOM.
- first Verify → answer: on the last setting's screen, Next (Verify starts its check
  by itself) until every setting has its answer; the first check of the process
  (Playwright's driver not yet started). Floor: bare Playwright, imported, launching
  the same browser with a session of the same site and reading both settings' pages
  (each until its switch is there), in a new process.

Both of ours come from one run of the wizard (the autopilot, as a member would go),
both floors from processes of their own; ours and the floors turn about.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from collections.abc import Callable
from typing import Any

from benchmarks.common import ROOT, Figure, alternate, gui_env, median, qt_args

IDLE_MS = 1000  # Welcome read before Next: at least this long, for anyone
FORM_FIELD = "#username"


def run(repeat: int) -> list[Figure]:
    from benchmarks.bench_verify import _launch_kwargs
    from wizard.base.site import Site
    from wizard.catalog.model import load_catalog
    from wizard.practice import practice_site
    from wizard.secrets.session import Cookie

    env = gui_env()
    launch, browser = _launch_kwargs()
    firsts: list[dict[str, float]] = []
    with practice_site() as site:
        host = Site(site.url).host
        catalog = load_catalog()
        cookies = [Cookie(k, v, host) for k, v in site.sign_in("floor@practice.test").items()]
        job = {
            "site": site.url,
            "paths": [o.path for o in catalog.required()],
            "cookies": [c.for_playwright() for c in cookies],
            "launch": launch,
        }
        ours_cmd = [sys.executable, "-m", "benchmarks.bench_cold", "ours", site.url]
        runs = iter(range(1_000))
        view_cmd = [sys.executable, "-m", "benchmarks.floors.first_page"]
        view_cmd += [site.url + catalog.sign_in.path]
        check_cmd = [sys.executable, "-m", "benchmarks.floors.first_check", json.dumps(job)]

        def ours() -> float:
            # A new member each time: the last one's switches are off already.
            firsts.append(_report([*ours_cmd, f"cold{next(runs)}@practice.test"], env))
            return firsts[-1]["next_s"]

        def floors() -> float:
            return _report(view_cmd, env)["elapsed_s"]

        _next_ours, next_floor = alternate(ours, floors, repeat)
        verify_floor = [_report(check_cmd, env)["elapsed_s"] for _ in range(repeat)]
    note = f"cold: a new process each; Next after Welcome was shown for {IDLE_MS} ms"
    return [
        Figure(
            "first Next to sign-in page usable",
            "s",
            median([f["next_s"] for f in firsts]),
            median(next_floor),
            1.2,
            repeat,
            note=note + "; floor: a bare QWebEngineView in a running Qt app, same page",
        ),
        Figure(
            "first Verify to answer",
            "s",
            median([f["verify_s"] for f in firsts]),
            median(verify_floor),
            1.2,
            repeat,
            note=f"cold: Playwright's first check in the process ({browser}); floor: bare "
            "Playwright imported, launching the same browser, reading both pages",
        ),
    ]


def _report(command: list[str], env: dict[str, str]) -> dict[str, Any]:
    proc = subprocess.run(command, env=env, cwd=ROOT, capture_output=True, text=True, timeout=300)
    lines = [line for line in proc.stdout.splitlines() if line.startswith("{")]
    if proc.returncode != 0 or not lines:
        raise RuntimeError(f"{' '.join(command[1:3])} failed:\n{proc.stderr[-2000:]}")
    return json.loads(lines[-1])


def until_in_dom(page: Callable[[], Any], selector: str, timeout_s: float = 60) -> float:
    """When (perf_counter) an element is first seen in the page's DOM, asked every 5 ms
    (the floor asks the same way)."""
    from PySide6.QtCore import QTimer

    from benchmarks.autopilot import until

    seen: list[float] = []
    script = f"!!document.querySelector({json.dumps(selector)})"

    def answer(found: object) -> None:
        if found and not seen:
            seen.append(time.perf_counter())

    def ask() -> None:
        current = page()
        if current is not None:
            current.runJavaScript(script, 0, answer)

    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(ask)
    timer.start()
    try:
        until(lambda: bool(seen), selector, timeout_s)
    finally:
        timer.stop()
    return seen[0]


def ours(site_url: str, email: str) -> int:
    from PySide6.QtWidgets import QApplication

    from benchmarks.autopilot import run_through, spin
    from wizard.base.site import Site
    from wizard.catalog.model import load_catalog
    from wizard.gui.context import Services, WizardContext
    from wizard.gui.qtsetup import prepare_qt, webengine_args
    from wizard.gui.window import OptOutWizard

    prepare_qt()
    app = QApplication(webengine_args(qt_args()))
    ctx = WizardContext(Site(site_url, practice=True), Services.make(load_catalog()))
    window = OptOutWizard(ctx, remember_geometry=False)
    window.show()
    spin(IDLE_MS)
    timings: dict[str, float] = {}

    def page() -> Any:
        # Asked only once the engine has started (the page is made with its session).
        return ctx.pane().page if ctx.browser.started() else None

    def first_next() -> None:
        started = time.perf_counter()
        window.next()
        timings["next_s"] = until_in_dom(page, FORM_FIELD) - started

    report = run_through(window, email=email, first_next=first_next, timings=timings)
    window.close()
    window.shutdown()
    del app
    print(json.dumps(timings), flush=True)
    return 0 if report.exit_status() == 0 else 1


if __name__ == "__main__":
    sys.exit(ours(sys.argv[2], sys.argv[3]) if sys.argv[1] == "ours" else 2)
