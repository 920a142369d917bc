"""What a scheduled check (`verify --scheduled`) does besides checking.

Nobody watches it, so it leaves what it found for the wizard's next start (the
notification may never be seen: no notification service, or the member away), and
when the keyring was locked it arranges to run again at the next login, when the
desktop unlocks the keyring. A run that is no longer locked takes that retry away.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from wizard.base.i18n import translate
from wizard.base.site import Site
from wizard.console import Console
from wizard.proof import schedule
from wizard.proof.laterruns import LaterRuns, found
from wizard.reading.result import Cause, Report

if TYPE_CHECKING:
    from wizard.commands import VerifyOptions


class LaterRun:
    """One scheduled run's bookkeeping."""

    def __init__(self, site: Site, options: VerifyOptions) -> None:
        self.site = site
        self.options = options
        self.retry_arranged = False

    def arrange_retry(self) -> bool:
        """The keyring is locked: the check again at the next login (True if arranged)."""
        retry = schedule.scheduler(schedule.RETRY_JOB)
        try:
            outcome = retry.install(
                self.site, schedule.AT_LOGIN, self.options.extras, self.options.lang
            )
        except OSError:
            return False
        self.retry_arranged = outcome.installed
        return outcome.installed

    def after(self, reports: Sequence[Report], console: Console) -> bool:
        """Keep what was found for the wizard; take away a retry no longer needed.
        False when what was found could not be kept (said, and exit status 3)."""
        locked = any(r.cause is Cause.KEYRING_LOCKED for r in reports)
        if not locked:
            retry = schedule.scheduler(schedule.RETRY_JOB)
            if retry.installed():
                retry.remove()
        try:
            LaterRuns().add(found(reports))
        except OSError as exc:
            console.note(
                translate(
                    "Later", "What this check found could not be kept for the wizard: {why}"
                ).format(why=exc.strerror or exc)
            )
            return False
        return True
