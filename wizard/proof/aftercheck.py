"""What follows every check, for the terminal and the wizard alike.

The history is kept per account and says what changed; a report, when asked for,
is saved whole or not at all; and a remembered session is forgotten only when a
page really said "signed out" (a keyring that could not be read is another thing,
and never costs the member a session). Each caller then says and does what it
should (print, show, call the keyring), but decides nothing of this itself.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path

from wizard.base.i18n import translate
from wizard.proof.history import Change, History
from wizard.reading.result import Report, State


@dataclass(frozen=True)
class AfterCheck:
    """One account's check, kept: what changed, the account's earlier checks, what
    to tell the member, what could not be written, and whether its remembered
    session has ended."""

    report: Report
    changes: tuple[Change, ...] = ()
    earlier: tuple[Report, ...] = ()
    notices: tuple[str, ...] = ()
    problems: tuple[str, ...] = field(default=())
    signed_out: bool = False
    report_saved: bool = False  # a report was asked for, and is saved

    @property
    def written(self) -> bool:
        """Everything that was to be written was written."""
        return not self.problems


def signed_out(report: Report) -> bool:
    """A page of this check said the session has ended (not: "could not be read")."""
    return any(c.state is State.SIGNED_OUT for c in report.checks)


def after_check(
    report: Report,
    history: History | None,
    picture_problems: tuple[str, ...] | list[str] = (),
    report_path: Path | None = None,
    practice: bool = False,
    lang: str = "en",
) -> AfterCheck:
    """Keep the check (history None: not kept, as in practice mode), save the report
    if asked, and say what follows."""
    problems = list(picture_problems)
    notices: list[str] = []
    changes: tuple[Change, ...] = ()
    earlier: tuple[Report, ...] = ()
    if history is not None and report.objection is None:
        # A request cannot be checked again: the last one's date and case go with
        # every later report, so the proof of it stays in one place.
        last = history.last_objection(report.site, report.account)
        if last is not None:
            report = replace(report, objection=last)
    if history is not None:
        try:
            kept = history.keep(report)
        except OSError as exc:
            problems.append(
                translate("History", "The result could not be added to the history: {why}").format(
                    why=exc.strerror or exc
                )
            )
        else:
            changes, earlier = kept.changes, kept.earlier
            report = kept.report or report
            if kept.notice:
                notices.append(kept.notice)
    report_saved = False
    if report_path is not None:
        problem = save(report, report_path, practice, lang)
        if problem:
            problems.append(problem)
        report_saved = problem is None
    return AfterCheck(
        report=report,
        changes=changes,
        earlier=earlier,
        notices=tuple(notices),
        problems=tuple(problems),
        signed_out=signed_out(report),
        report_saved=report_saved,
    )


def save(report: Report, path: Path, practice: bool = False, lang: str = "en") -> str | None:
    """Save the report (HTML or PDF by its ending); the sentence if it was not saved."""
    from wizard.proof.reportsave import save_report

    try:
        save_report(report, path, practice, lang)
    except OSError as exc:
        return translate("Proof", "The report could not be saved to {path}: {why}").format(
            path=path, why=exc.strerror or exc
        )
    return None
