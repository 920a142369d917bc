"""Peak memory over the whole wizard: the resident set of the app's process tree
(QtWebEngine's processes and the check's browser included) from start to Done,
against the two engines the design needs, bare and alive at once: a bare
QWebEngineView showing one page, and a bare Playwright check of the two pages on
the same browser (benchmarks/floors/two_engines.py)."""

from __future__ import annotations

import json
import sys

from benchmarks.bench_verify import _launch_kwargs
from benchmarks.common import ROOT, Figure, gui_env, median, peak_tree_memory
from wizard.base.site import Site
from wizard.catalog.model import load_catalog
from wizard.practice import practice_site
from wizard.secrets.session import Cookie


def run(repeat: int) -> list[Figure]:
    env = gui_env()
    ours_rss, ours_pss, floor_rss, floor_pss = [], [], [], []
    launch, _browser = _launch_kwargs()
    with practice_site() as site:
        host = Site(site.url).host
        cookies = [Cookie(k, v, host) for k, v in site.sign_in("floor@practice.test").items()]
        job = {
            "site": site.url,
            "paths": [o.path for o in load_catalog().required()],
            "cookies": [c.for_playwright() for c in cookies],
            "launch": launch,
        }
        ours_cmd = [sys.executable, "-m", "benchmarks.drive_wizard"]
        floor_cmd = [
            sys.executable,
            str(ROOT / "benchmarks" / "floors" / "two_engines.py"),
            site.url + "/login",
            json.dumps(job),
        ]
        for _ in range(repeat):
            rss, pss = peak_tree_memory(floor_cmd, env)
            floor_rss.append(rss)
            floor_pss.append(pss)
            rss, pss = peak_tree_memory(ours_cmd, env)
            ours_rss.append(rss)
            ours_pss.append(pss)
    note = "the check's own headless browser included; floor: both engines, bare"
    return [
        Figure(
            "peak memory, whole wizard (RSS)",
            "MiB",
            median(ours_rss),
            median(floor_rss),
            1.0,
            repeat,
            note=note,
        ),
        Figure(
            "peak memory, whole wizard (PSS)",
            "MiB",
            median(ours_pss),
            median(floor_pss),
            1.0,
            repeat,
            note=note + "; shared pages split between processes",
        ),
    ]
