"""One account's run through the wizard, and the rules that read it: how each setting
was left, what the check found, what is not confirmed off, and when the check no
longer holds. Plain Python, tested without a window (tests/unit/engine).

The screens only say what the member did (`left`, `skipped`, `keep`); every answer
the window gives from it ("close with these still on?", "is the check current?")
comes from here.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from enum import StrEnum
from typing import TYPE_CHECKING

from wizard.catalog.model import Catalog, OptOut
from wizard.reading.objection import Objection
from wizard.reading.result import Report

if TYPE_CHECKING:  # types only: the proof modules load when a check ends, not at start
    from wizard.proof.aftercheck import AfterCheck
    from wizard.proof.history import Change


class Choices:
    """The settings a run walks through: the mission's two always, and the optional
    ones the member adds (on the Welcome screen, or `--extra` in the terminal)."""

    def __init__(self, catalog: Catalog, extras: Iterable[str] = ()) -> None:
        self.catalog = catalog
        self.extras: set[str] = set()
        # The objection form's step (Welcome, More options): not a setting, never
        # checked; offered only when the catalog knows the form.
        self.objection = False
        for optout_id in extras:
            self.choose(optout_id, True)

    def chosen(self) -> tuple[OptOut, ...]:
        """In catalog order."""
        return self.catalog.chosen(self.extras)

    def choose(self, optout_id: str, on: bool) -> bool:
        """Add or remove an optional setting; True if the choice changed. The mission's
        settings cannot be removed (ValueError); an unknown id is a KeyError."""
        if not self.catalog.get(optout_id).optional:
            raise ValueError(f"{optout_id!r} is always in")
        before = set(self.extras)
        if on:
            self.extras.add(optout_id)
        else:
            self.extras.discard(optout_id)
        return self.extras != before

    def choose_objection(self, on: bool) -> bool:
        """Add or remove the objection form's step; True if the choice changed."""
        on = on and self.catalog.objection is not None
        changed = on != self.objection
        self.objection = on
        return changed


class StepOutcome(StrEnum):
    """How the member left a setting's screen."""

    OFF = "off"
    SKIPPED = "skipped"
    NOT_FOUND = "not found"
    NOT_OFFERED = "not offered"  # LinkedIn says so: nothing to switch off, done

    @property
    def done(self) -> bool:
        return self in (StepOutcome.OFF, StepOutcome.NOT_OFFERED)


@dataclass
class RunRecord:
    """What happened in this run for one account: kept in memory, never written."""

    outcomes: dict[str, StepOutcome] = field(default_factory=dict)
    report: Report | None = None
    changes: tuple[Change, ...] = ()  # since this account's last kept check
    earlier: tuple[Report, ...] = ()  # this account's kept checks before this one
    switched: set[str] = field(default_factory=set)  # switched off in this run (confirmed)
    signed_in_as: str | None = None  # the remembered account used to sign in, if one was
    # Signing in again because LinkedIn ended the session during the check: after it,
    # the check runs again (the settings' screens were done).
    back_to_check: bool = False
    # The objection LinkedIn confirmed in this run (reading/objection.py): it goes
    # with this account's report, whichever check made it.
    objection: Objection | None = None

    def entered(self, optout_id: str) -> None:
        """Back on a setting's screen: how it was left before no longer holds."""
        self.outcomes.pop(optout_id, None)

    def left(self, optout_id: str, outcome: StepOutcome) -> None:
        self.outcomes[optout_id] = outcome

    def standing(self, optout_id: str, outcome: StepOutcome | None) -> None:
        """How the setting stands on its screen now, as the live strip confirms it:
        an Off (or "not offered") counts at once; anything else undoes it. A skip is
        kept until the screen is entered again."""
        if self.outcomes.get(optout_id) is StepOutcome.SKIPPED:
            return
        if outcome is not None and outcome.done:
            self.outcomes[optout_id] = outcome
        elif self.outcomes.get(optout_id, StepOutcome.NOT_FOUND).done:
            self.outcomes.pop(optout_id, None)

    def outcome(self, optout_id: str) -> StepOutcome | None:
        return self.outcomes.get(optout_id)

    def skipped(self, optout_id: str) -> bool:
        return self.outcomes.get(optout_id) is StepOutcome.SKIPPED

    def switched_off(self, optout_id: str) -> None:
        """Confirmed by LinkedIn in this run (it may take a day to apply)."""
        self.switched.add(optout_id)

    def signed_in_with(self, account: str | None) -> None:
        self.signed_in_as = account

    def keep(self, done: AfterCheck) -> None:
        """This run's check, as aftercheck kept it (with this run's objection)."""
        self.report = done.report
        if self.objection is not None:
            self.report = replace(self.report, objection=self.objection)
        self.changes = done.changes
        self.earlier = done.earlier

    def sent(self, objection: Objection) -> None:
        """LinkedIn confirmed the objection: the report says so from now on."""
        self.objection = objection
        if self.report is not None:
            self.report = replace(self.report, objection=objection)

    def forget_check(self) -> None:
        """The choice of settings changed, or a setting's screen is open again: the
        check no longer says how this run stands."""
        self.report = None

    # The rules the window asks.

    def not_confirmed_off(self, chosen: Iterable[str]) -> list[str]:
        """The chosen settings this run has not seen confirmed Off (or not offered): by
        the check when it ran, else as their screen stands or was left."""
        checked = {c.optout_id: c for c in self.report.checks} if self.report else {}
        left = []
        for optout_id in chosen:
            check = checked.get(optout_id)
            outcome = self.outcome(optout_id)
            done = check.done if check is not None else outcome is not None and outcome.done
            if not done:
                left.append(optout_id)
        return left

    def check_holds_for(self, chosen: Iterable[str]) -> bool:
        """Does the check still say how this run stands? Not once the chosen settings
        are others than it checked (its answer would be about another set)."""
        if self.report is None:
            return False
        return {c.optout_id for c in self.report.checks} == set(chosen)

    def done_by_setting(self, chosen: Iterable[str]) -> dict[str, bool]:
        """Per chosen setting: is it done (off or not offered)? The check's word when it
        ran, else how its screen stands; a setting not yet reached is left out."""
        checked = {c.optout_id: c for c in self.report.checks} if self.report else {}
        done = {}
        for optout_id in chosen:
            if optout_id in checked:
                done[optout_id] = checked[optout_id].done
            elif optout_id in self.outcomes:
                done[optout_id] = self.outcomes[optout_id].done
        return done

    def all_done(self) -> bool:
        """The check ran and found every setting it checked off (or not offered)."""
        return self.report is not None and self.report.all_done()
