"""Start to first painted window: `optout-wizard --practice` until the Welcome screen
paints, against a bare PySide6 script showing an empty QWizard."""

from __future__ import annotations

import sys

from benchmarks.common import ROOT, Figure, alternate, gui_env, median, time_until_line


def run(repeat: int) -> list[Figure]:
    env = gui_env() | {"OPTOUT_WIZARD_BENCH": "first-paint"}
    ours_cmd = [sys.executable, "-m", "wizard", "--practice"]
    floor_cmd = [sys.executable, str(ROOT / "benchmarks" / "floors" / "bare_wizard.py")]
    ours, floor = alternate(
        lambda: time_until_line(ours_cmd, '"painted"', env),
        lambda: time_until_line(floor_cmd, "painted", env),
        repeat,
    )
    return [Figure("start to first painted window", "s", median(ours), median(floor), 1.5, repeat)]
