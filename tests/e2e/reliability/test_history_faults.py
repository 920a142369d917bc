"""The history is whole or nothing: a full data folder leaves it as it was and leaves
no litter; two saves at once (two timers catching up after a boot) keep both, even
while a damaged line is being set aside. Real processes, a real full file system."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

from tests.helpers.faults import files_in, full_folder

# One save, as a later check's process makes it: the report from a JSON file.
KEEP = """
import json, sys, time
from pathlib import Path
from wizard.proof.history import History
from wizard.reading.result import Report
history, report = History(Path(sys.argv[1])), Report.from_json(json.loads(sys.argv[2]))
go = Path(sys.argv[3]) if len(sys.argv) > 3 else None
while go is not None and not go.exists():
    time.sleep(0.001)
try:
    history.keep(report)
except OSError as exc:
    print("not kept:", exc.strerror or exc, file=sys.stderr)
    sys.exit(3)
"""


# The history, and the lock file that lets one writer at a time change it.
KEPT = {"history.jsonl", ".history.jsonl.lock"}


def report(account: str, reason_length: int = 100) -> dict:
    """A verification as the history keeps it; a long reason makes one line longer
    than a memory page, so it cannot slip into the last page's slack."""
    return {
        "site": "https://www.linkedin.com",
        "checked_at": "2026-12-07T10:00:00Z",
        "browser": "test",
        "account": account,
        "results": [
            {
                "id": "ai-training",
                "title": "Data for Generative AI Improvement",
                "state": "OFF",
                "reason": "x" * reason_length,
                "url": None,
                "checked_at": "2026-12-07T10:00:00Z",
            }
        ],
    }


def keep(path: Path, entry: dict, go: Path | None = None, preexec=None) -> subprocess.Popen:
    args = [sys.executable, "-c", KEEP, str(path), json.dumps(entry)]
    return subprocess.Popen(
        [*args, *([str(go)] if go else [])],
        stderr=subprocess.PIPE,
        text=True,
        preexec_fn=preexec,
        env=os.environ.copy(),
    )


def test_a_full_data_folder_leaves_the_history_as_it_was_and_no_litter(tmp_path):
    first = json.dumps(report("Alex")) + "\n"

    def prepare(folder: Path) -> None:
        (folder / "history.jsonl").write_text(first, encoding="utf-8")

    with full_folder(tmp_path / "data", prepare) as full:
        path = full.path / "history.jsonl"
        for _ in range(3):  # every later try, too
            child = keep(path, report("Alex", reason_length=20_000), preexec=full.preexec())
            _, err = child.communicate(timeout=60)
            assert child.returncode == 3, err
            assert path.read_text(encoding="utf-8") == first  # no torn line
            assert files_in(full.path) <= KEPT  # no temporary file left


def test_setting_a_damaged_line_aside_on_a_full_disk_leaves_no_empty_file(tmp_path):
    good = json.dumps(report("Alex")) + "\n"
    damaged = '{"site": "https://www.linkedin.com", "results": [' + "x" * 9000 + "\n"

    def prepare(folder: Path) -> None:
        (folder / "history.jsonl").write_text(good + damaged, encoding="utf-8")

    with full_folder(tmp_path / "data", prepare) as full:
        path = full.path / "history.jsonl"
        for _ in range(3):
            child = keep(path, report("Alex", reason_length=20_000), preexec=full.preexec())
            child.communicate(timeout=60)
            assert files_in(full.path) <= KEPT, "litter beside the history"
            assert path.read_text(encoding="utf-8") == good + damaged


def test_two_saves_at_once_keep_both_while_a_damaged_line_is_set_aside(tmp_path):
    for round_ in range(10):
        folder = tmp_path / f"round-{round_}"
        folder.mkdir()
        path = folder / "history.jsonl"
        path.write_text(json.dumps(report("Old")) + "\n" + "{damaged\n", encoding="utf-8")
        go = folder / "go"
        children = [keep(path, report(name), go) for name in ("Alex", "Sam")]
        time.sleep(0.3)  # both waiting on the same moment
        go.touch()
        for child in children:
            _, err = child.communicate(timeout=60)
            assert child.returncode == 0, err
        accounts = [json.loads(line)["account"] for line in path.read_text().splitlines()]
        assert sorted(accounts) == ["Alex", "Old", "Sam"], f"round {round_}: {accounts}"
        aside = [p for p in folder.iterdir() if ".damaged-" in p.name]
        assert {p.name for p in folder.iterdir()} - {a.name for a in aside} <= KEPT | {"go"}
        assert len(aside) == 1 and aside[0].read_text() == "{damaged\n"
