"""Every screen fits the member's screen: on common laptop sizes, under a real X
server with a real window manager and a panel, as a member would see it.

The wizard is taken through every screen with all six settings chosen (the longest
run there is): every control showing must lie on the screen, inside the window and
uncut by what holds it; no screen may overflow sideways; Back, Next and Close stay
in view; a setting's own button shows without scrolling. Reported as a 1366×768
laptop had the window's buttons off the screen."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from tests.helpers.x11 import x_display

pytestmark = pytest.mark.gui

PANEL = 40  # a taskbar's height, kept free by the window manager
SCREENS = [
    "Welcome",
    "Welcome, More options",
    "About",
    "Sign in",
    "Sign-in window",
    "Setting 1 of 6, on",
    "Setting 1 of 6, the way shown",
    "Setting 1 of 6, skip asked",
    "Close question",
    "Setting 1 of 6, off",
    *[f"Setting {n} of 6, {state}" for n in range(2, 7) for state in ("on", "off")],
    "Verify",
    "Objection, the form",
    "Done",
]


def tour(width: int, height: int, **env: str) -> dict:
    with x_display(width, height, panel=PANEL) as display:
        run = subprocess.run(
            [sys.executable, "-m", "tests.helpers.fit_driver"],
            capture_output=True,
            text=True,
            timeout=300,
            env=display.env(**env),
        )
    lines = [line for line in run.stdout.splitlines() if line.startswith("{")]
    assert lines, run.stderr[-4000:]
    report = json.loads(lines[-1])
    assert run.returncode == 0 and "screens" in report, run.stderr[-4000:]
    return report


@pytest.mark.parametrize(
    ("width", "height", "env"),
    [
        pytest.param(1366, 768, {}, id="1366x768"),
        pytest.param(1280, 720, {}, id="1280x720"),
        pytest.param(1366, 768, {"FIT_LANG": "de"}, id="1366x768-german"),
        pytest.param(1920, 1080, {"QT_FONT_DPI": "144"}, id="1920x1080-text-150%"),
        pytest.param(
            1366, 768, {"QT_FONT_DPI": "144", "FIT_LANG": "de"}, id="1366x768-text-150%-german"
        ),
    ],
)
def test_every_screen_fits(width, height, env):
    report = tour(width, height, **env)
    free = report["available"]
    scale = height / report["screen"][3]  # 1.5 at 144 dpi: Qt counts in logical pixels
    assert round(free[3] * scale) == height - PANEL, f"the panel was not kept free: {report}"
    _x, y, _w, h = report["first_frame"]
    assert y + h <= free[1] + free[3], f"the window opened past the screen's foot: {report}"
    if height < 900:
        assert report["maximised"], "on a short screen the window opens maximised"
    _bx, by, _bw, bh = report["button_row"]
    assert by + bh <= free[1] + free[3], f"Close is below the screen's free area: {report}"
    assert list(report["screens"]) == SCREENS
    found = {name: problems for name, problems in report["screens"].items() if problems}
    assert not found, json.dumps(found, indent=1, ensure_ascii=False)
