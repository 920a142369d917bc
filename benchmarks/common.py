"""What every benchmark shares: figures, medians, process-tree memory, and the
practice site's session cookies.

Each figure is measured against the cheapest thing that could do the same job on
the same machine, in the same run (the "floor"), and reported as a ratio: the
machine's speed cancels out.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
IS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0


@dataclass
class Figure:
    name: str
    unit: str  # "s", "ms" or "MiB"
    ours: float
    floor: float | None  # None: an absolute figure
    target: float  # a ratio, or (absolute figures) a number in `unit`
    runs: int
    note: str = ""

    @property
    def ratio(self) -> float | None:
        return None if not self.floor else self.ours / self.floor

    @property
    def met(self) -> bool:
        value = self.ratio if self.floor is not None else self.ours
        return value is not None and value <= self.target

    def row(self) -> dict[str, Any]:
        return asdict(self) | {"ratio": self.ratio, "met": self.met}


def median(values: list[float]) -> float:
    return statistics.median(values)


def gui_env() -> dict[str, str]:
    """Offscreen Qt for child processes; as root, QtWebEngine needs --no-sandbox."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    if IS_ROOT:
        env["QTWEBENGINE_DISABLE_SANDBOX"] = "1"
    return env


def qt_args() -> list[str]:
    args = [sys.argv[0]]
    if IS_ROOT or os.environ.get("QT_QPA_PLATFORM") == "offscreen":
        args += ["--webEngineArgs", "--disable-gpu"]  # the sandbox: QTWEBENGINE_DISABLE_SANDBOX
    return args


def time_until_line(
    command: list[str], marker: str, env: dict[str, str], timeout: float = 120
) -> float:
    """Seconds from starting a process until it prints a line holding marker."""
    started = time.perf_counter()
    proc = subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env
    )
    try:
        assert proc.stdout is not None
        for line in proc.stdout:
            if marker in line:
                return time.perf_counter() - started
        raise RuntimeError(f"{command[-1]} ended without printing {marker!r}")
    finally:
        proc.wait(timeout=timeout)


def tree_memory_mib(pid: int) -> tuple[float, float]:
    """Resident memory of a process and all its descendants (Linux /proc), in MiB:
    the plain sum of resident sets (RSS), and the proportional set size (PSS), which
    counts a page shared by n processes as 1/n in each (fairer for multi-process
    browsers, whose processes share most of their code)."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", "rb") as stat:
                fields = stat.read().rsplit(b")", 1)[1].split()
            children.setdefault(int(fields[1]), []).append(int(entry))
        except (OSError, IndexError, ValueError):
            continue
    rss_kib = pss_kib = 0
    todo = [pid]
    while todo:
        current = todo.pop()
        todo.extend(children.get(current, []))
        rss_kib += _field_kib(f"/proc/{current}/status", "VmRSS:")
        pss_kib += _field_kib(f"/proc/{current}/smaps_rollup", "Pss:")
    return rss_kib / 1024, pss_kib / 1024


def _field_kib(path: str, name: str) -> int:
    try:
        with open(path) as lines:
            for line in lines:
                if line.startswith(name):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def peak_tree_memory(
    command: list[str], env: dict[str, str], timeout: float = 300
) -> tuple[float, float]:
    """Run a command to its end, sampling its process tree's memory every 50 ms;
    the peaks (RSS, PSS), in MiB."""
    proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    peak = [0.0, 0.0]
    stop = threading.Event()

    def sample() -> None:
        while not stop.is_set():
            rss, pss = tree_memory_mib(proc.pid)
            peak[0], peak[1] = max(peak[0], rss), max(peak[1], pss)
            stop.wait(0.05)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    try:
        code = proc.wait(timeout=timeout)
    finally:
        stop.set()
        sampler.join()
    if code != 0:
        raise RuntimeError(f"{' '.join(command[-2:])} failed with status {code}")
    return peak[0], peak[1]


def alternate(
    ours: Callable[[], float], floor: Callable[[], float], repeat: int
) -> tuple[list[float], list[float]]:
    """Measure ours and the floor turn about, so drift hits both alike."""
    a, b = [], []
    for _ in range(repeat):
        b.append(floor())
        a.append(ours())
    return a, b
