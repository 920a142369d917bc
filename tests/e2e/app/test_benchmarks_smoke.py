"""The benchmarks still run (one repetition each): a smoke run, not a timing test.

Speed is judged by `make bench` (ratios against a floor measured in the same run),
never by a timed assertion here.
"""

from __future__ import annotations

import json
import subprocess
import sys


def test_every_benchmark_runs_once_and_writes_its_figures(tmp_path):
    out = tmp_path / "bench.json"
    proc = subprocess.run(
        [sys.executable, "-m", "benchmarks", "--repeat", "1", "--json", str(out)],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    figures = {f["name"]: f for f in json.loads(out.read_text())["figures"]}
    assert set(figures) == {
        "start to first painted window",
        "first Next to sign-in page usable",
        "first Verify to answer",
        "embedded page to live state",
        "switch flip to status update",
        "verify both settings",
        "verify both settings, absolute",
        "settle on a page already drawn",
        "verify a page without the switch",
        "verify with LinkedIn's lists of settings",
        "last setting answered, with the lists",
        "verify per account, 1 accounts",
        "verify per account, 3 accounts",
        "verify per account, 10 accounts",
        "time per account, 10 accounts against 1",
        "peak memory, whole wizard (RSS)",
        "peak memory, whole wizard (PSS)",
    }
    for figure in figures.values():
        assert figure["ours"] > 0
        assert figure["floor"] is None or figure["floor"] > 0
    assert "ratio" in proc.stdout.splitlines()[0]
