"""Every verification's result, kept so a change shows ("was OFF on 3 March, now ON").

LinkedIn has turned such switches back on before. The history is a JSON Lines file
in the user's data folder: one verification per line, the same document the
`verify --json` command prints, without evidence paths (those pictures are
temporary) and never with anything secret (the report holds no cookies).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path

from wizard.base import locks
from wizard.base.files import append_whole, create_new, write_atomically
from wizard.base.i18n import long_date, translate
from wizard.base.paths import APP_DIR_NAME
from wizard.reading.objection import Objection
from wizard.reading.result import Report, State, state_word

FILE_NAME = "history.jsonl"
# Objections sent (reading/objection.py), one a line, beside the history: a request is
# not a verification, and an older wizard reading the history must not take one for
# a damaged line.
OBJECTIONS_NAME = "objections.jsonl"


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
            before=state_word(self.before),  # the member's words; codes stay in the JSON
            date=long_date(self.before_at),
            after=state_word(self.after),
        )


# What a damaged line can raise while it is read (deep nesting: RecursionError).
_DAMAGED = (ValueError, KeyError, TypeError, AttributeError, RecursionError, UnicodeDecodeError)


def _entry(line: bytes) -> Report:
    return Report.from_json(json.loads(line.decode("utf-8")))


@dataclass(frozen=True)
class Read:
    """What the file held: the verifications, and a notice if damaged lines had to
    be set aside (or the file could not be read)."""

    reports: tuple[Report, ...]
    notice: str | None = None


@dataclass(frozen=True)
class Kept:
    """One verification added: what changed since this account's last check, its
    earlier checks (oldest first, this one not among them), and any notice."""

    changes: tuple[Change, ...]
    earlier: tuple[Report, ...]
    notice: str | None = None
    report: Report | None = None  # the check as kept: its listed settings dated


class History:
    """The file, read and appended; a damaged line is set aside, never lost, and the
    good lines are kept. Runs are compared per site and per account: two accounts
    are never compared with each other (an account without a name only with itself).

    Every change (an entry added, damaged lines set aside) happens under the file's
    lock, from what the file holds at that moment: two saves at once (two timers
    catching up after a boot) both stay. An entry is one write at the end of the
    file, cut back if the disk fills part-way: whole or not at all."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or default_path()

    def read(self) -> Read:
        try:
            with locks.held(locks.beside(self.path)):
                return self._read()
        except OSError as exc:  # the folder cannot even hold the lock (read-only, full)
            return self._read(exc)

    def _read(self, unlocked: OSError | None = None) -> Read:
        """The file as it is now; damaged lines set aside unless `unlocked` says the
        lock could not be had (then they are left, and read past)."""
        try:
            data = self.path.read_bytes()
        except FileNotFoundError:
            return Read(())
        except OSError as exc:
            return Read(
                (),
                translate("History", "The history file {path} could not be read: {why}.").format(
                    path=self.path, why=exc.strerror or exc
                ),
            )
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
        notice = None
        if damaged:
            notice = self._set_aside(damaged, good) if unlocked is None else self._cannot(unlocked)
        return Read(tuple(reports), notice)

    def entries(self, site: str, account: str | None) -> list[Report]:
        """This site's and account's verifications, oldest first."""
        return [r for r in self.read().reports if _same_account(r, site, account)]

    def _set_aside(self, damaged: list[bytes], good: list[bytes]) -> str:
        """The damaged lines to a file of their own (never over an earlier one), the
        history rewritten with the good lines; the notice that says so. Only under
        the lock, from the file as read under it."""
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
        try:
            kept = create_new(
                self.path.parent, f"{self.path.name}.damaged-{stamp}", b"\n".join(damaged) + b"\n"
            )
        except OSError as exc:
            return self._cannot(exc)
        try:
            write_atomically(self.path, b"".join(line + b"\n" for line in good))
        except OSError as exc:
            kept.unlink(missing_ok=True)  # the lines are still in the history itself
            return self._cannot(exc)
        return translate(
            "History",
            "Some lines of the history file were damaged; they were kept as {name} and the "
            "rest of the history was kept.",
        ).format(name=kept.name)

    def _cannot(self, exc: OSError) -> str:
        return translate(
            "History", "The history file {path} could not be read or moved: {why}."
        ).format(path=self.path, why=exc.strerror or exc)

    def keep(self, report: Report) -> Kept:
        """Add one verification (evidence paths dropped: those pictures are temporary)
        and say what changed since this account's last one; OSError if not written
        (and then the file is as it was)."""
        with locks.held(locks.beside(self.path)):
            read = self._read()  # sets damaged lines aside before writing after them
            earlier = tuple(
                r
                for r in read.reports
                if _same_account(r, report.site, report.account)
                and r.checked_at < report.checked_at
            )
            if report.listing is not None:
                # A setting the lists showed before is not new: dated by its first check.
                before = [r.listing for r in earlier if r.listing is not None]
                report = replace(report, listing=report.listing.since(before))
            record = replace(report, checks=tuple(replace(c, evidence=None) for c in report.checks))
            line = json.dumps(record.to_json(), ensure_ascii=False) + "\n"
            append_whole(self.path, line.encode("utf-8"))
        found = changes(earlier, report)
        return Kept(found, earlier, read.notice, report)

    # Objections: kept when LinkedIn confirms one, read back into every later report.

    @property
    def objections_path(self) -> Path:
        return self.path.with_name(OBJECTIONS_NAME)

    def keep_objection(self, objection: Objection) -> None:
        """Add one objection, whole or not at all; OSError if not written."""
        line = json.dumps(objection.to_json(), ensure_ascii=False) + "\n"
        with locks.held(locks.beside(self.objections_path)):
            append_whole(self.objections_path, line.encode("utf-8"))

    def objections(self, site: str | None = None, account: str | None = None) -> list[Objection]:
        """The objections kept (this site's and account's when given), oldest first. A
        damaged line is read past: it cannot be taken for a request sent."""
        try:
            data = self.objections_path.read_bytes()
        except OSError:
            return []
        found = []
        for line in data.splitlines():
            try:
                objection = Objection.from_json(json.loads(line.decode("utf-8")))
            except (*_DAMAGED, json.JSONDecodeError):
                continue
            if site is None or (objection.site == site and objection.account == account):
                found.append(objection.as_carried())
        return sorted(found, key=lambda o: o.sent_at)

    def last_objection(self, site: str, account: str | None) -> Objection | None:
        found = self.objections(site, account)
        return found[-1] if found else None


def _same_account(report: Report, site: str, account: str | None) -> bool:
    return report.site == site and report.account == account


def changes(earlier: Sequence[Report], report: Report) -> tuple[Change, ...]:
    """What differs since this account's last reading of each setting (oldest first).

    A check that could not run (ERROR: a locked keyring, no network, no browser) read
    nothing: it is never a change, and the one after it is compared with the last
    reading that was made, so a month the check could not run hides no change."""
    found = []
    for check in report.checks:
        if check.state is State.ERROR:
            continue
        read = [
            (r, c)
            for r in earlier
            for c in r.checks
            if c.optout_id == check.optout_id and c.state is not State.ERROR
        ]
        if not read:
            continue
        last, old = read[-1]
        if old.state is not check.state:
            title = report.titles.get(check.optout_id, check.optout_id)
            found.append(Change(check.optout_id, title, old.state, last.checked_at, check.state))
    return tuple(found)
