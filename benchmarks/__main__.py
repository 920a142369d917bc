"""`make bench`: every figure, a table (figure, ours, floor, ratio), and JSON.

python -m benchmarks [--repeat N] [--json PATH] [--only NAME ...]
"""

from __future__ import annotations

import argparse
import compileall
import json
import platform
import sys
from datetime import UTC, datetime
from pathlib import Path

from benchmarks import bench_cold, bench_embedded, bench_memory, bench_start, bench_verify
from benchmarks.common import ROOT, Figure

BENCHES = {
    "start": bench_start,
    "cold": bench_cold,
    "embedded": bench_embedded,
    "verify": bench_verify,
    "memory": bench_memory,
}


def table(figures: list[Figure]) -> str:
    head = f"{'figure':<38} {'ours':>10} {'floor':>10} {'ratio':>7} {'target':>8}  met"
    lines = [head, "-" * len(head)]
    for f in figures:
        floor = f"{f.floor:.3f}" if f.floor is not None else "—"
        ratio = f"{f.ratio:.2f}" if f.ratio is not None else "—"
        target = f"≤{f.target:g}" + ("" if f.floor is not None else f" {f.unit}")
        lines.append(
            f"{f.name:<38} {f.ours:>8.3f}{f.unit:>2} {floor:>10} {ratio:>7} {target:>8}  "
            + ("yes" if f.met else "NO")
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__)
    parser.add_argument("--repeat", type=int, default=5, help="runs per figure (median)")
    parser.add_argument("--json", type=Path, default=ROOT / "bench-results" / "latest.json")
    parser.add_argument("--only", nargs="*", choices=sorted(BENCHES), default=sorted(BENCHES))
    args = parser.parse_args(argv)
    # An installed app starts from bytecode (pip and PyInstaller compile it); a checkout
    # run with PYTHONDONTWRITEBYTECODE set would compile every module at each start.
    compileall.compile_dir(ROOT / "wizard", quiet=1)
    figures: list[Figure] = []
    for name in sorted(args.only, key=list(BENCHES).index):
        print(f"measuring: {name}…", file=sys.stderr, flush=True)
        figures.extend(BENCHES[name].run(args.repeat))
    print(table(figures))
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(
        json.dumps(
            {
                "measured_at": datetime.now(UTC).isoformat(timespec="seconds"),
                "repeat": args.repeat,
                "machine": {
                    "python": platform.python_version(),
                    "cpus": __import__("os").cpu_count(),
                    "platform": platform.platform(),
                },
                "figures": [f.row() for f in figures],
            },
            indent=2,
        )
    )
    print(f"\nwritten: {args.json}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
