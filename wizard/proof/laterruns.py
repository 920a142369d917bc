"""What the scheduled checks found, kept for the app to say at its next start.

A monthly check runs with nobody watching. Its notification may never be seen (no
notification service, the member away), and a run that could not check at all (a
locked keyring, no network) must not pass silently. So every scheduled run writes here
what it found, in the member's language, and whether it needs them; the app shows the
last one that does when it next opens, once. Nothing secret is kept: dates, setting
titles, reasons, account names as LinkedIn shows them.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path

from wizard.base import locks
from wizard.base.files import write_atomically
from wizard.base.i18n import long_date, translate
from wizard.base.paths import APP_DIR_NAME
from wizard.reading.result import Report, State

FILE_NAME = "later-runs.json"
KEPT = 12  # a year of monthly runs


def default_path() -> Path:
    from platformdirs import user_state_dir

    return Path(user_state_dir(APP_DIR_NAME, appauthor=False)) / FILE_NAME


@dataclass(frozen=True)
class LaterRun:
    """One scheduled run: when, what it found in a sentence, whether the member must
    act (a setting on, one that could not be checked, a new setting on), and whether
    the app has shown it."""

    at: datetime
    sentence: str
    needs_member: bool
    seen: bool = False

    def to_json(self) -> dict[str, object]:
        return {
            "at": self.at.astimezone(UTC).isoformat(timespec="seconds"),
            "sentence": self.sentence,
            "needs_member": self.needs_member,
            "seen": self.seen,
        }

    @classmethod
    def from_json(cls, raw: object) -> LaterRun:
        if not isinstance(raw, dict):
            raise ValueError("a run is a table")
        at = datetime.fromisoformat(str(raw["at"]))
        if at.tzinfo is None:
            raise ValueError("a time without its time zone")
        return cls(
            at, str(raw["sentence"]), raw.get("needs_member") is True, raw.get("seen") is True
        )


def found(reports: Sequence[Report], at: datetime | None = None) -> LaterRun:
    """What one scheduled run found, for every account it checked, in the language
    installed now (the job's --lang)."""
    moment = at or datetime.now(UTC)
    date = long_date(moment)
    lines: list[str] = []
    needs = False
    for report in reports:
        whose = f"{report.account}: " if report.account and len(reports) > 1 else ""
        line, worrying = _one(report, date)
        lines.append(whose + line)
        needs = needs or worrying
    return LaterRun(moment, "\n".join(lines), needs)


def _one(report: Report, date: str) -> tuple[str, bool]:
    titles = report.titles
    on = [titles.get(c.optout_id, c.optout_id) for c in report.checks if c.state is State.ON]
    unknown = [c for c in report.checks if c.state.could_not_tell and not c.done]
    added = report.listing.new_and_on() if report.listing is not None else ()
    if report.cause is not None or (unknown and len(unknown) == len(report.checks)):
        why = unknown[0].reason if unknown else ""
        return (
            translate("LaterRuns", "The check on {date} could not run: {why}").format(
                date=date, why=why
            ),
            True,
        )
    parts: list[str] = []
    if on:
        parts.append(
            translate("LaterRuns", "The check on {date} found these settings on: {titles}.").format(
                date=date, titles=", ".join(on)
            )
        )
    if unknown:
        parts.append(
            translate("LaterRuns", "It could not check {titles}: {why}").format(
                titles=", ".join(titles.get(c.optout_id, c.optout_id) for c in unknown),
                why=unknown[0].reason,
            )
        )
    if added:
        parts.append(
            translate("LaterRuns", "LinkedIn added a setting that is on: {titles}.").format(
                titles=", ".join(f"“{row.title}”" for row in added)
            )
        )
    if not parts:
        return translate("LaterRuns", "The check on {date} found every setting off.").format(
            date=date
        ), False
    if not on and unknown:
        parts.insert(0, translate("LaterRuns", "The check on {date}:").format(date=date))
    return " ".join(parts), True


class LaterRuns:
    """The file (the user's state folder), read and written whole under its lock."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or default_path()

    def runs(self) -> list[LaterRun]:
        """Oldest first; a damaged file reads as none (it only ever repeats news)."""
        try:
            raw = json.loads(self.path.read_text(encoding="utf-8"))
            return [LaterRun.from_json(r) for r in raw["runs"]]
        except (OSError, ValueError, KeyError, TypeError):
            return []

    def last(self) -> LaterRun | None:
        runs = self.runs()
        return runs[-1] if runs else None

    def unseen(self) -> LaterRun | None:
        """The last run, if it needs the member and the app has not shown it yet."""
        last = self.last()
        return last if last is not None and last.needs_member and not last.seen else None

    def add(self, run: LaterRun) -> None:
        """OSError if it could not be written (the caller says so)."""
        with locks.held(locks.beside(self.path)):
            self._write([*self.runs(), run][-KEPT:])

    def mark_seen(self) -> None:
        try:
            with locks.held(locks.beside(self.path)):
                runs = self.runs()
                if runs:
                    self._write([*runs[:-1], replace(runs[-1], seen=True)])
        except OSError:
            pass  # said again at the next start: better twice than never

    def _write(self, runs: list[LaterRun]) -> None:
        data = json.dumps({"v": 1, "runs": [r.to_json() for r in runs]}, ensure_ascii=False)
        write_atomically(self.path, data.encode("utf-8"))
