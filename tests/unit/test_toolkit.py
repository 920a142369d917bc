"""Guards for the toolkit itself, where a release broke what the app relies on."""

from __future__ import annotations

import subprocess
import sys

EMITS = """
import sys
from PySide6.QtCore import QCoreApplication, QObject, Signal

app = QCoreApplication([])

class Source(QObject):
    changed = Signal(object, bool)

source = Source()
seen = []
source.changed.connect(lambda result, settled: seen.append(settled))
for _ in range(5000):
    source.changed.emit({"found": True, "checked": False}, True)
assert len(seen) == 5000
print("ok")
"""


def test_many_signal_emits_do_not_corrupt_the_interpreter():
    """PySide6 6.12.0 loses a reference to True on every emit; the live state strip
    emits for every page change, so the app would abort after a few hundred."""
    proc = subprocess.run([sys.executable, "-c", EMITS], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr[-500:]
    assert proc.stdout.strip() == "ok"
