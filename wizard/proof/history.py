"""Every verification's result, kept so a change shows ("was OFF on 3 March, now ON").

LinkedIn has turned such switches back on before. The history is a JSON Lines file
in the user's data folder: one verification per line, the same document the
`verify --json` command prints, without evidence paths (those pictures are
temporary) and never with anything secret (the report holds no cookies).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path

from wizard.base.files import create_new, write_atomically
from wizard.base.i18n import translate
from wizard.base.paths import APP_DIR_NAME
from wizard.reading.result import Report, State

FILE_NAME = "history.jsonl"


def default_path() -> Path:
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_DIR_NAME, appauthor=False)) / FILE_NAME


@dataclass(frozen=True)
class Change:
    optout_id: str
    title: str
    before: State
    before_at: datetime
    after: State

    @property
    def worse(self) -> bool:
        return self.before is State.OFF and self.after is not State.OFF

    def sentence(self) -> str:
        return translate("History", "{title}: was {before} on {date}, now {after}").format(
            title=self.title,
            before=self.before.value,
            date=long_date(self.before_at),
            after=self.after.value,
        )


def long_date(moment: datetime) -> str:
    """'3 March 2026', in the person's language (month names are translated)."""
    months = (
        translate("History", "January"),
        translate("History", "February"),
        translate("History", "March"),
        translate("History", "April"),
        translate("History", "May"),
        translate("History", "June"),
        translate("History", "July"),
        translate("History", "August"),
        translate("History", "September"),
        translate("History", "October"),
        translate("History", "November"),
        translate("History", "December"),
    )
    local = moment.astimezone()
    return translate("History", "{day} {month} {year}").format(
        day=local.day, month=months[local.month - 1], year=local.year
    )


# What a damaged line can raise while it is read (deep nesting: RecursionError).
_DAMAGED = (ValueError, KeyError, TypeError, AttributeError, RecursionError, UnicodeDecodeError)


def _entry(line: bytes) -> Report:
    return Report.from_json(json.loads(line.decode("utf-8")))


class History:
    """The file, read and appended; a damaged line is set aside, never lost, and the
    good lines are kept."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or default_path()
        self.notice: str | None = None  # said once when lines had to be set aside

    def entries(self, site: str | None = None, account: str | None = None) -> list[Report]:
        """Every verification kept, oldest first (for one site and account, if given)."""
        reports = [
            r
            for r in self._read()
            if (site is None or r.site == site) and (account is None or r.account == account)
        ]
        return reports

    def _read(self) -> list[Report]:
        try:
            data = self.path.read_bytes()
        except FileNotFoundError:
            return []
        except OSError as exc:
            self.notice = translate(
                "History", "The history file {path} could not be read: {why}."
            ).format(path=self.path, why=exc.strerror or exc)
            return []
        reports: list[Report] = []
        good: list[bytes] = []
        damaged: list[bytes] = []
        for line in data.splitlines():
            if not line.strip():
                continue
            try:
                reports.append(_entry(line))
            except _DAMAGED:
                damaged.append(line)
                continue
            good.append(line)
        if damaged:
            self._set_aside(damaged, good)
        return reports

    def _set_aside(self, damaged: list[bytes], good: list[bytes]) -> None:
        """The damaged lines to a file of their own (never over an earlier one), the
        history rewritten with the good lines."""
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
        try:
            kept = create_new(
                self.path.parent, f"{self.path.name}.damaged-{stamp}", b"\n".join(damaged) + b"\n"
            )
            write_atomically(self.path, b"".join(line + b"\n" for line in good))
        except OSError as exc:
            self.notice = translate(
                "History", "The history file {path} could not be read or moved: {why}."
            ).format(path=self.path, why=exc.strerror or exc)
            return
        self.notice = translate(
            "History",
            "Some lines of the history file were damaged; they were kept as {name} and the "
            "rest of the history was kept.",
        ).format(name=kept.name)

    def append(self, report: Report) -> None:
        """Add one verification (evidence paths dropped: those pictures are temporary)."""
        self._read()  # sets damaged lines aside before writing after them
        record = replace(report, checks=tuple(replace(c, evidence=None) for c in report.checks))
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with self.path.open("a", encoding="utf-8") as out:
            out.write(json.dumps(record.to_json(), ensure_ascii=False) + "\n")

    def changes(self, report: Report) -> list[Change]:
        """What differs from the last earlier verification of the same site and account."""
        earlier = [
            r for r in self.entries(report.site, report.account) if r.checked_at < report.checked_at
        ]
        if not earlier:
            return []
        last = earlier[-1]
        before = {c.optout_id: c for c in last.checks}
        found = []
        for check in report.checks:
            old = before.get(check.optout_id)
            if old is not None and old.state is not check.state:
                title = report.titles.get(check.optout_id, check.optout_id)
                found.append(
                    Change(check.optout_id, title, old.state, last.checked_at, check.state)
                )
        return found
