"""Peak memory over the whole wizard: the resident set of the app's process tree
(QtWebEngine's processes and the check's browser included) from start to Done,
against a bare QWebEngineView showing one page."""

from __future__ import annotations

import sys

from benchmarks.common import ROOT, Figure, gui_env, median, peak_tree_memory
from wizard.practice import practice_site


def run(repeat: int) -> list[Figure]:
    env = gui_env()
    ours_rss, ours_pss, floor_rss, floor_pss = [], [], [], []
    with practice_site() as site:
        ours_cmd = [sys.executable, "-m", "benchmarks.drive_wizard"]
        floor_cmd = [
            sys.executable,
            str(ROOT / "benchmarks" / "floors" / "bare_view.py"),
            site.url + "/login",
        ]
        for _ in range(repeat):
            rss, pss = peak_tree_memory(floor_cmd, env)
            floor_rss.append(rss)
            floor_pss.append(pss)
            rss, pss = peak_tree_memory(ours_cmd, env)
            ours_rss.append(rss)
            ours_pss.append(pss)
    note = "the check's own headless browser included"
    return [
        Figure(
            "peak memory, whole wizard (RSS)",
            "MiB",
            median(ours_rss),
            median(floor_rss),
            1.5,
            repeat,
            note=note,
        ),
        Figure(
            "peak memory, whole wizard (PSS)",
            "MiB",
            median(ours_pss),
            median(floor_pss),
            1.5,
            repeat,
            note=note + "; shared pages split between processes",
        ),
    ]
