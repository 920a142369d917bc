"""Starting the desktop wizard: Qt, the practice site when practising, the window."""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Callable, Sequence
from contextlib import ExitStack
from functools import partial
from typing import TYPE_CHECKING

from wizard.base.site import Site
from wizard.catalog.model import CatalogError

if TYPE_CHECKING:  # Qt loads in run_gui, after the arguments are read
    from PySide6.QtCore import QObject
    from PySide6.QtWidgets import QWidget

    from wizard.gui.context import WizardContext
    from wizard.gui.oneinstance import OneInstance
    from wizard.gui.window import OptOutWizard

ROOT_REFUSAL = (
    "The wizard's embedded browser will not run as the root user with its security "
    "sandbox on. Run the wizard as your normal user. (Practice mode, which shows only "
    "this computer's own replica pages, may run as root: optout-wizard --practice.)"
)
SANDBOX_NOTE = (
    "Running as root: the embedded browser's sandbox is off, because Chromium refuses "
    "it as root. That is safe only because practice mode shows nothing but this app's "
    "own replica site on this computer; for LinkedIn, run the wizard as your normal user."
)


# For benchmarks and the start-up test: print what is loaded at the first paint of
# the window, then quit.
BENCH_ENV = "OPTOUT_WIZARD_BENCH"


def after_first_paint(widget: QWidget, callback: Callable[[], object]) -> None:
    """Call callback once, just after the widget first paints."""
    from PySide6.QtCore import QEvent, QObject, QTimer

    class FirstPaint(QObject):
        seen = False

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and not self.seen:
                self.seen = True
                QTimer.singleShot(0, callback)
            return False

    widget.installEventFilter(FirstPaint(widget))


def _report_and_quit() -> None:
    import json

    from PySide6.QtCore import QCoreApplication

    loaded = {
        "qtwebengine": "PySide6.QtWebEngineCore" in sys.modules,
        "playwright": "playwright" in sys.modules,
        "later_screens": "wizard.gui.verifyscreen" in sys.modules,
    }
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    style = app.property("baseStyle") if isinstance(app, QApplication) else ""
    print(json.dumps({"painted": True, "loaded": loaded, "style": style}), flush=True)
    # exit(), not quit(): quit() closes the windows first as the member would, and
    # the wizard asks before closing with a setting still on.
    QCoreApplication.exit(0)


def _sign_in_page_then_quit(window: OptOutWizard) -> None:
    from PySide6.QtCore import QCoreApplication, QTimer

    _site = window.ctx.site  # the practice site, started now
    window.next()
    window.ctx.pane().loaded.connect(_report_and_quit)
    QTimer.singleShot(60_000, lambda: QCoreApplication.exit(1))


def run_gui(
    site: Site | None,
    lang: str | None = None,
    verbose: bool = False,
    qt_args: Sequence[str] = (),
) -> int:
    """Run the wizard until its window closes; site None means practice mode; qt_args
    are Qt's own command-line options (-style, -platform…), for Qt."""
    is_root = hasattr(os, "geteuid") and os.geteuid() == 0
    if is_root and site is not None and not site.practice:
        print(ROOT_REFUSAL, file=sys.stderr)
        return 1
    if is_root:
        # Practice pages are this app's own loopback replica, never the web: the
        # sandbox, which Chromium refuses as root, guards against hostile pages.
        os.environ.setdefault("QTWEBENGINE_DISABLE_SANDBOX", "1")
        print(SANDBOX_NOTE, file=sys.stderr)
    try:
        from wizard.catalog.update import newest_catalog

        catalog = newest_catalog()  # a downloaded, signed, newer catalog wins
    except CatalogError as exc:
        print(f"The app's settings catalog is broken: {exc}", file=sys.stderr)
        return 1

    from PySide6.QtWidgets import QApplication

    from wizard.gui.qtsetup import prepare_qt, quiet_engine

    if not verbose:
        quiet_engine()  # the browser engine's own chatter stays off the terminal
    prepare_qt()
    app = QApplication.instance() or QApplication([*sys.argv[:1], *qt_args])
    assert isinstance(app, QApplication)
    from wizard.gui.oneinstance import OneInstance

    one = OneInstance()
    if not one.claim():
        print("The wizard is already open; its window was brought to the front.", file=sys.stderr)
        return 0
    app.setProperty("baseStyle", app.style().name())  # before our style sheet wraps it
    from wizard.gui.language import choose_language, install_translations

    language = choose_language(lang)
    install_translations(app, language)
    from wizard.gui import style

    style.apply(app)  # before any widget: none is polished twice
    from PySide6.QtGui import QIcon

    from wizard.base.paths import resource

    app.setWindowIcon(QIcon(str(resource("icons/optout-wizard-256.png"))))
    app.setDesktopFileName("io.github.linkedin_optout_wizard")
    with ExitStack() as stack:

        def start_practice_site() -> Site:
            from wizard.practice import practice_site

            running = stack.enter_context(practice_site())
            print(f"Practice site (not LinkedIn) at {running.url}", flush=True)
            identity = running.identity_url.split("://", 1)[1]
            return Site(running.url, practice=True, identity_hosts=(identity,))

        from wizard.gui.context import Services, WizardContext
        from wizard.gui.window import OptOutWizard
        from wizard.proof.laterruns import LaterRuns

        if site is None:
            # Started just after the first paint: the Welcome screen does not need it.
            services = Services.make(catalog, language, later_runs=LaterRuns())
            ctx = WizardContext(None, services, start_site=start_practice_site)
        else:
            from wizard.proof.history import History
            from wizard.proof.schedule import ONCE_JOB, scheduler

            services = Services.make(
                catalog,
                language,
                history=History(),
                scheduler=scheduler(),
                once_scheduler=scheduler(ONCE_JOB),
                later_runs=LaterRuns(),
            )
            ctx = WizardContext(site, services)
        window = OptOutWizard(ctx)
        one.raised.connect(partial(_to_the_front, window))
        _quit_on_signals(app)
        if os.environ.get(BENCH_ENV) == "first-paint":
            after_first_paint(window, _report_and_quit)
        elif os.environ.get(BENCH_ENV) == "sign-in":  # the engine started, one page shown
            after_first_paint(window, partial(_sign_in_page_then_quit, window))
        else:
            after_first_paint(window, partial(_after_first_paint, ctx, one))
        window.show()
        status = app.exec()
        one.raised.disconnect()
        one.release()
        window.shutdown()
        del window
    return status


def _to_the_front(window: QWidget) -> None:
    """A second start of the app: this window, to the front, as the member asked."""
    if window.isMinimized():
        window.showNormal()
    window.raise_()
    window.activateWindow()
    print("Another start of the wizard: this window was brought to the front.", file=sys.stderr)


def _after_first_paint(ctx: WizardContext, one: OneInstance) -> None:
    one.listen()  # a later start now brings this window forward
    _site = ctx.site  # practice mode: its site starts now, Welcome did not need it
    _refresh_jobs()


def _refresh_jobs() -> None:
    """The scheduled checks, written again for this installation where the program
    they name has moved or changed (an upgrade, a moved folder): off the GUI thread
    (systemctl may wait on a busy bus), and never outliving the app."""
    import threading

    from wizard.proof.schedule import refresh_all

    threading.Thread(target=refresh_all, name="refresh-jobs", daemon=True).start()


def _quit_on_signals(app: QObject) -> None:
    """SIGTERM (the session ending, `kill`) and Ctrl-C in the terminal that started it
    end the wizard as closing it does (the window's own clean-up), with 143 or 130.
    Qt's event loop runs no Python between events: the signal's arrival is made an
    event (a byte on a socket Qt watches) so the handler runs at once."""
    import signal

    from PySide6.QtCore import QCoreApplication, QSocketNotifier

    if os.name == "posix":  # a pipe: the socket module is not loaded before the paint
        read_fd, write_fd = os.pipe()
        os.set_blocking(read_fd, False)
        os.set_blocking(write_fd, False)
        ends: tuple[object, ...] = (read_fd, write_fd)

        def drain() -> None:
            with contextlib.suppress(OSError):
                os.read(read_fd, 64)

        def close() -> None:
            os.close(read_fd)
            os.close(write_fd)

    else:  # Windows takes only a socket
        import socket

        reader, writer = socket.socketpair()
        reader.setblocking(False)
        writer.setblocking(False)
        read_fd, write_fd = reader.fileno(), writer.fileno()
        ends = (reader, writer)

        def drain() -> None:
            with contextlib.suppress(OSError):
                reader.recv(64)

        def close() -> None:
            reader.close()
            writer.close()

    try:
        signal.set_wakeup_fd(write_fd)
    except ValueError:  # not the main thread (a test's own application)
        close()
        return
    notifier = QSocketNotifier(read_fd, QSocketNotifier.Type.Read, app)
    notifier.activated.connect(lambda *_: drain())
    app.setProperty("signalSockets", ends)  # kept alive with the app

    def stop(signum: int, _frame: object) -> None:
        QCoreApplication.exit(128 + signum)

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
