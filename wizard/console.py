"""Where a terminal command reads and writes, and the catalog it speaks of. No Qt."""

from __future__ import annotations

import contextlib
import getpass
import io
import sys
from collections.abc import Callable
from dataclasses import dataclass
from typing import TextIO

from wizard.catalog.model import Catalog, CatalogError


@dataclass
class Console:
    """Where the command reads and writes; tests hand in their own streams."""

    stdin: TextIO
    stdout: TextIO
    stderr: TextIO
    ask_secret: Callable[[str], str] = getpass.getpass

    @classmethod
    def system(cls) -> Console:
        """The process's own streams; a closed one (`verify <&-`) reads as empty and
        writes nowhere, rather than failing."""
        return cls(
            sys.stdin if sys.stdin is not None else io.StringIO(""),
            sys.stdout if sys.stdout is not None else io.StringIO(),
            sys.stderr if sys.stderr is not None else io.StringIO(),
        )

    @property
    def interactive(self) -> bool:
        try:
            return self.stdin.isatty()
        except (ValueError, OSError):  # closed
            return False

    def note(self, text: str) -> None:
        with contextlib.suppress(OSError, ValueError):  # a closed or full stderr: nothing to say
            print(text, file=self.stderr, flush=True)

    def write(self, text: str) -> bool:
        """The result, on standard output; False (said on stderr) when it could not be
        written: a full disk, a closed pipe. Characters the terminal cannot show are
        replaced where the stream allows (ending._readable_output)."""
        try:
            self.stdout.write(text)
            self.stdout.flush()
        except (OSError, ValueError) as exc:
            why = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
            self.note(f"The result could not be written to standard output ({why}).")
            return False
        return True

    def ask(self, prompt: str, secret: bool) -> str:
        """A line from the person: prompted on a terminal, else the next line of input
        (none, when the input is closed or at its end)."""
        try:
            if self.interactive:
                if secret:
                    return self.ask_secret(prompt).strip()
                self.stderr.write(prompt)
                self.stderr.flush()
            return self.stdin.readline().strip()
        except (EOFError, ValueError, OSError):
            return ""


def load_catalog(console: Console) -> Catalog | None:
    try:
        from wizard.catalog.update import newest_catalog

        return newest_catalog()
    except CatalogError as exc:
        console.note(f"The app's settings catalog is broken: {exc}")
        return None
