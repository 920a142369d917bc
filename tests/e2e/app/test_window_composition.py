"""No black flash when the Sign in screen first shows its page.

The embedded page is drawn by a QQuickWidget. Where the platform draws through the
GPU, the first such widget in a window already on screen makes Qt switch the whole
window to GPU composition, which on X11 (and Wayland) destroys and re-creates the
native window: the member sees it go black for a moment. Under a real X server with
Mesa's OpenGL this is measured directly: the window's native id must not change
between the first show and the drawn sign-in page. The provider's sign-in window is
watched too (its page exists before the window does, so it is made right by itself)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator

import pytest

from tests.helpers.machine import skip_missing

pytestmark = pytest.mark.gui


@pytest.fixture(scope="module")
def x_display() -> Iterator[str]:
    """A real X server (Xvfb) of our own; its display name."""
    xvfb = shutil.which("Xvfb")
    if xvfb is None:
        skip_missing("Xvfb (Debian package xvfb), a real X server for the window test")
    read, write = os.pipe()
    server = subprocess.Popen(
        [xvfb, "-displayfd", str(write), "-screen", "0", "1280x1024x24", "-nolisten", "tcp"],
        pass_fds=(write,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    with os.fdopen(read) as answer:
        number = answer.readline().strip()
    try:
        assert number.isdigit(), "Xvfb gave no display number"
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(timeout=10)


def drive(x_display: str, **extra_env: str) -> dict:
    env = {**os.environ, "DISPLAY": x_display, "QT_QPA_PLATFORM": "xcb", **extra_env}
    for name in ("WAYLAND_DISPLAY", "QT_QUICK_BACKEND", "QSG_RHI_BACKEND"):
        env.pop(name, None)
    run = subprocess.run(
        [sys.executable, "-m", "tests.helpers.composition_driver"],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )
    lines = [line for line in run.stdout.splitlines() if line.startswith("{")]
    assert run.returncode == 0 and lines, run.stderr[-3000:]
    report = json.loads(lines[-1])
    assert report["page"] and report["loaded"] == [True], report
    assert report["dark"] < 0.3, f"the window is dark on screen: {report}"
    return report


def test_no_window_is_recreated_when_its_sign_in_page_appears(x_display):
    report = drive(x_display)
    for name in ("main", "provider"):  # the wizard, and the provider's sign-in window
        seen = report[name]
        assert seen, f"the {name} window was never shown: {report}"
        if seen[-1][0] != "OpenGLSurface":
            skip_missing(f"OpenGL on the X display (Mesa, libgl1-mesa-dri): {name} stayed {seen}")
        native = {window for _surface, window in seen}
        assert len(native) == 1, f"the {name} window was re-created (a black flash): {seen}"


def test_without_opengl_the_window_still_draws_and_the_page_opens(x_display):
    """An X server where no OpenGL context can be made (here: Mesa pointed at no
    driver). Without a software fallback the window stayed black, and the browser
    engine aborted when the Sign in page opened."""
    report = drive(x_display, LIBGL_DRIVERS_PATH="/nonexistent", __GLX_VENDOR_LIBRARY_NAME="none")
    for name in ("main", "provider"):
        seen = report[name]
        assert [surface for surface, _window in seen] == ["RasterSurface"], report
