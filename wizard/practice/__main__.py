"""`python -m wizard.practice`: run the practice site until Ctrl+C."""

from __future__ import annotations

import argparse
import sys

from wizard.practice.accounts import TAGS, Faults
from wizard.practice.server import practice_site


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m wizard.practice",
        description="Serve the practice site (a replica of LinkedIn's sign-in and "
        "opt-out pages) on 127.0.0.1. Any email and password sign in.",
    )
    parser.add_argument("--port", type=int, default=0, help="port to listen on (default: any free)")
    parser.add_argument(
        "--fault",
        action="append",
        default=[],
        metavar="NAME[=MS]",
        help="a fault for every account, repeatable: " + ", ".join(sorted(TAGS)),
    )
    args = parser.parse_args(argv)
    try:
        faults = Faults.parse(args.fault)
    except ValueError as exc:
        parser.error(str(exc))
    try:
        with practice_site(faults, port=args.port) as site:
            print(f"Practice site (not LinkedIn) at {site.url}/login", flush=True)
            if faults.tags():
                print("Faults for every account: " + ", ".join(faults.tags()), flush=True)
            print("Press Ctrl+C to stop.", flush=True)
            try:
                site.wait()
            except KeyboardInterrupt:
                print("\nStopped.")
    except OSError as exc:
        print(f"Could not start the practice site: {exc.strerror or exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
