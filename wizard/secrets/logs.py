"""Logging that cannot leak a secret.

Every record passes a redacting filter before any handler writes it: the secret
values this run has seen (cookie values, the password, a PIN) are replaced
wherever they appear, and so is anything shaped like a cookie or form secret
(`li_at=…`, `session_password=…`, `pin=…`), in the message, its arguments and a
traceback alike. Logs go to standard error only, never to a file.
"""

from __future__ import annotations

import logging
import re
import sys
import threading
from collections.abc import Iterable
from typing import TextIO

HANDLER_NAME = "optout-wizard"  # the app's own handler, replaced when set up again

REDACTED = "[redacted]"
MIN_SECRET = 4  # shorter values would blank ordinary words

_SHAPES = re.compile(
    r"(?i)\b(li_at|jsessionid|li_rm|liap|bcookie|bscookie|lidc|session_password|password|"
    r"pin|csrf-token)(\"?\s*[=:]\s*\"?)([^;\s\"&,}]+)"
)


class Redactor(logging.Filter):
    """Scrubs known secrets and secret-shaped text out of log records."""

    def __init__(self) -> None:
        super().__init__()
        self._lock = threading.Lock()
        self._secrets: set[str] = set()

    def add(self, values: Iterable[str | None]) -> None:
        with self._lock:
            for value in values:
                if value and len(value) >= MIN_SECRET:
                    self._secrets.add(value)
                    unquoted = value.strip('"')
                    if len(unquoted) >= MIN_SECRET:
                        self._secrets.add(unquoted)

    def scrub(self, text: str) -> str:
        with self._lock:
            secrets = sorted(self._secrets, key=len, reverse=True)
        for secret in secrets:
            text = text.replace(secret, REDACTED)
        return _SHAPES.sub(lambda m: f"{m.group(1)}{m.group(2)}{REDACTED}", text)

    def filter(self, record: logging.LogRecord) -> bool:
        record.msg = self.scrub(record.getMessage())
        record.args = None
        if record.exc_info:
            formatter = logging.Formatter()
            record.exc_text = self.scrub(formatter.formatException(record.exc_info))
            record.exc_info = None
        if record.stack_info:
            record.stack_info = self.scrub(record.stack_info)
        return True


# Logging is process-wide by nature; so is the list of secrets it must hide.
REDACTOR = Redactor()


def keep_secret(*values: str | None) -> None:
    """Tell the log filter about secret values (a password, a PIN, cookie values)."""
    REDACTOR.add(values)


def setup_logging(level: int = logging.WARNING, stream: TextIO | None = None) -> logging.Handler:
    """One handler on the root logger, to standard error, behind the redactor."""
    handler = logging.StreamHandler(stream or sys.stderr)
    handler.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
    handler.addFilter(REDACTOR)
    root = logging.getLogger()
    for old in [h for h in root.handlers if h.get_name() == HANDLER_NAME]:
        root.removeHandler(old)
    handler.set_name(HANDLER_NAME)
    root.addHandler(handler)
    root.setLevel(level)
    return handler
