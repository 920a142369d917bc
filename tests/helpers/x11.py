"""A real X server (Xvfb) of the tests' own, of a chosen size, with a real window
manager (Openbox) on it: windows are placed, decorated and maximised as on a
member's desktop, which offscreen Qt does not do."""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from tests.helpers.machine import skip_missing


@dataclass
class Display:
    name: str  # ":N"
    width: int
    height: int

    def env(self, **more: str) -> dict[str, str]:
        env = {**os.environ, "DISPLAY": self.name, "QT_QPA_PLATFORM": "xcb", **more}
        for name in ("WAYLAND_DISPLAY", "QT_QUICK_BACKEND", "QSG_RHI_BACKEND"):
            env.pop(name, None)
        return env


def _tools() -> dict[str, str]:
    found = {name: shutil.which(name) for name in ("Xvfb", "openbox", "xprop")}
    missing = [name for name, path in found.items() if path is None]
    if missing:
        skip_missing(
            f"{', '.join(missing)} (Debian packages xvfb, openbox, x11-utils): a real X "
            "server with a window manager"
        )
    return {name: str(path) for name, path in found.items()}


@contextmanager
def x_display(width: int, height: int, manager: bool = True, panel: int = 0) -> Iterator[Display]:
    """An X screen of this size; with a window manager unless told; `panel` pixels
    at the bottom kept free for windows, as a desktop's taskbar does."""
    tools = _tools()
    read, write = os.pipe()
    server = subprocess.Popen(
        [
            tools["Xvfb"],
            "-displayfd",
            str(write),
            "-screen",
            "0",
            f"{width}x{height}x24",
            "-nolisten",
            "tcp",
        ],
        pass_fds=(write,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    with os.fdopen(read) as answer:
        number = answer.readline().strip()
    wm = None
    try:
        assert number.isdigit(), "Xvfb gave no display number"
        display = Display(f":{number}", width, height)
        if manager:
            config = _config(panel)
            wm = subprocess.Popen(
                [tools["openbox"], "--sm-disable", "--config-file", config],
                env=display.env(),
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
            _wait_for_manager(display, tools["xprop"])
        yield display
    finally:
        if wm is not None:
            wm.terminate()
            wm.wait(timeout=10)
            os.unlink(config)
        server.terminate()
        server.wait(timeout=10)


def _wait_for_manager(display: Display, xprop: str, timeout_s: float = 15) -> None:
    """Until the window manager says it runs (EWMH: _NET_SUPPORTING_WM_CHECK)."""
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        seen = subprocess.run(
            [xprop, "-root", "_NET_SUPPORTING_WM_CHECK"],
            env=display.env(),
            capture_output=True,
            text=True,
            timeout=10,
        )
        if "window id" in seen.stdout:
            return
        time.sleep(0.1)  # a poll of another process, no Qt event loop to wait on
    raise AssertionError("the window manager did not start")


def _config(panel: int) -> str:
    """Openbox's settings, with the bottom margin a panel would take (the work area
    Qt reads as the screen's available geometry)."""
    base = "/etc/xdg/openbox/rc.xml"
    with open(base, encoding="utf-8") as f:
        text = f.read()
    text = text.replace("<bottom>0</bottom>", f"<bottom>{panel}</bottom>", 1)
    handle, path = tempfile.mkstemp(prefix="openbox-", suffix=".xml")
    with os.fdopen(handle, "w", encoding="utf-8") as f:
        f.write(text)
    return path
