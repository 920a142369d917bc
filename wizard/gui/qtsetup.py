"""What Qt needs before the QApplication exists, in one place for the app and tests."""

from __future__ import annotations

import os
import shlex
import sys
from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, Qt

# The only Chromium switches the embedded browser takes from outside (the
# environment's QTWEBENGINE_CHROMIUM_FLAGS, or --webEngineArgs): a list of what is
# harmless, not a list of what is known to be harmful. Chromium reads "-x" as "--x",
# and a DevTools port (--remote-debugging-port, -remote-debugging-port, a pipe…)
# would let any local program take over the signed-in session: nothing else passes.
ALLOWED_FLAGS = frozenset(
    {
        "disable-gpu",
        "disable-gpu-compositing",
        "force-device-scale-factor",
        "force-dark-mode",
        "lang",
        "enable-logging",
        "log-level",
        "disable-crash-reporter",
        "disable-breakpad",
    }
)
# The app's own: no crash reports (a signed-in renderer's memory in a file).
APP_FLAGS = ("--disable-crash-reporter", "--disable-breakpad")
_FLAGS_ENV = "QTWEBENGINE_CHROMIUM_FLAGS"


def allowed_flags(words: Iterable[str]) -> list[str]:
    """The words that are allowed switches, written as "--name[=value]"."""
    kept = []
    for word in words:
        if not word.startswith("-"):
            continue  # an argument of a switch that was dropped, or a URL
        name, sep, value = word.lstrip("-").partition("=")
        if name.lower() in ALLOWED_FLAGS:
            kept.append(f"--{name.lower()}{sep}{value}")
    return kept


def webengine_args(args: list[str]) -> list[str]:
    """A QApplication's arguments without a --webEngineArgs part: its allowed
    switches join the engine's flags instead (QtWebEngine ignores --webEngineArgs
    once QTWEBENGINE_CHROMIUM_FLAGS is set, and close_debugging_ports always sets it)."""
    if "--webEngineArgs" not in args:
        return list(args)
    at = args.index("--webEngineArgs")
    close_debugging_ports(extra=args[at + 1 :])
    return list(args[:at])


def close_debugging_ports(extra: Iterable[str] = ()) -> None:
    """No remote-debugging port, ever, whatever the environment asks for: the
    engine's flags are rebuilt from the allowed ones (and extra's), plus the app's."""
    os.environ.pop("QTWEBENGINE_REMOTE_DEBUGGING", None)
    try:
        asked = shlex.split(os.environ.get(_FLAGS_ENV, ""))
    except ValueError:  # unbalanced quotes: none of it is taken
        asked = []
    flags = [*allowed_flags([*asked, *extra]), *APP_FLAGS]
    os.environ[_FLAGS_ENV] = " ".join(dict.fromkeys(flags))


# Chromium's switch that builds each page's accessibility tree from the start.
SCREEN_READER_FLAG = "--force-renderer-accessibility"


def follow_screen_reader() -> None:
    """Call just before the browser engine starts (its first profile).

    QtWebEngine 6 turns Chromium's accessibility on only when Qt's accessibility
    *becomes* active (an activation observer). The wizard starts its engine late, after
    the first paint (a quick start), and by then a screen reader has long made Qt's
    accessibility active: the engine never heard it, and the page's tree stayed empty
    to AT-SPI (a node "LinkedIn page" with no children; measured under Xvfb with
    at-spi2-core: a view made after the window is shown has none, one made before
    has its document). So, where a screen reader is already there when the engine
    starts, the engine is told to build every page's tree from the start; a screen
    reader that comes later is the observer's, which works. Nobody else pays for it."""
    from PySide6.QtGui import QAccessible

    if not QAccessible.isActive():
        return
    flags = os.environ.get(_FLAGS_ENV, "")
    if SCREEN_READER_FLAG not in flags.split():
        os.environ[_FLAGS_ENV] = f"{flags} {SCREEN_READER_FLAG}".strip()


def quiet_engine() -> None:
    """Chromium's own log lines (sandbox, Vulkan, D-Bus) and Qt's messages about the
    graphics stack stay off the terminal unless asked for (--verbose): they go to the
    app's log at debug level, where --verbose shows them."""
    import logging

    from PySide6.QtCore import QtMsgType, qInstallMessageHandler

    flags = os.environ.get(_FLAGS_ENV, "")
    if "log-level" not in flags:
        os.environ[_FLAGS_ENV] = f"{flags} --log-level=3".strip()  # Chromium: fatal only
    log = logging.getLogger("qt")

    def to_log(kind: QtMsgType, _context: object, message: str) -> None:
        if kind == QtMsgType.QtFatalMsg:
            print(message, file=sys.stderr, flush=True)
        else:
            log.debug("%s", message)

    qInstallMessageHandler(to_log)


def prepare_qt() -> None:
    """Call before creating the QApplication.

    QtWebEngine is imported only when the first screen that needs it is shown (a
    quick start matters), so the OpenGL context sharing it requires is switched on
    here, as its import would otherwise do.
    """
    close_debugging_ports()
    QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_ShareOpenGLContexts)
    QCoreApplication.setOrganizationName("linkedin-optout-wizard")
    QCoreApplication.setApplicationName("LinkedIn opt-out wizard")
