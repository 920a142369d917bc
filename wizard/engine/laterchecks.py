"""When the Done screen offers the later checks: remembering the session, forgetting
it, checking again every month or tomorrow. Plain rules, tested without a window;
the screen carries out the keyring calls and the scheduling (off the GUI thread).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class LaterChecksState:
    """What is known when the Done screen asks."""

    remember_ticked: bool  # "Remember me" is ticked in this run
    signed_in_as: str | None  # the remembered account this run signed in with, if any
    forgot: bool  # the session this run signed in with was forgotten since
    session_remembered: bool  # a session is in the keyring for a job to use
    switched_off: frozenset[str] = frozenset()  # settings this run switched off (confirmed)
    has_monthly_scheduler: bool = False
    has_once_scheduler: bool = False

    @property
    def forget_offered(self) -> bool:
        """ "Forget me" only when something is remembered: ticked in this run, or the
        session this run signed in with came from the keyring."""
        return self.remember_ticked or (self.signed_in_as is not None and not self.forgot)

    @property
    def monthly_offered(self) -> bool:
        """The monthly check needs a scheduler and a remembered session to use."""
        return self.has_monthly_scheduler and self.session_remembered

    @property
    def tomorrow_shown(self) -> bool:
        """LinkedIn says ad changes may take 24 hours: offered when this run switched
        something off (and there is a scheduler for it)."""
        return bool(self.switched_off) and self.has_once_scheduler

    @property
    def tomorrow_offered(self) -> bool:
        return self.tomorrow_shown and self.session_remembered


def another_account(before: str | None, now: str) -> bool:
    """The Done screen shows another account than last time: its choices start over."""
    return before is not None and before != now
