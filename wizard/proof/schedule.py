"""Later checks by the system's own scheduler: a per-user job running `optout-wizard
verify --scheduled` monthly, once ("check again tomorrow"), or at the next login (the
retry a locked keyring asks for).

Linux: a systemd user service and timer. macOS: a launchd agent. Windows: a Task
Scheduler task. The files are generated in jobfiles.py and unit-tested; only the
systemd ones are installed on the machines this project is tested on. A job needs a
remembered session (it cannot sign in by itself).

A job must stay alive or say why not. It names the app by a path that survives an
upgrade (the installed launcher, where there is one), and the app, each time it starts,
writes the job again for itself when the path it names has changed (the venv or the
tarball moved). Setting one up where the scheduler does not answer (a container, a
Flatpak without access to it) is said as such, never "set up".
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Protocol

from wizard.base.i18n import translate
from wizard.base.site import Site
from wizard.proof.jobfiles import (
    AT_LOGIN,
    JOB,
    LABEL,
    ONCE_JOB,
    RETRY_JOB,
    When,
    job_command,
    launchd_plist,
    monthly_reminder,
    systemd_units,
    task_scheduler_xml,
)

# Re-exported: the jobs' names and files.
__all__ = ["AT_LOGIN", "JOB", "LABEL", "ONCE_JOB", "RETRY_JOB", "job_command", "systemd_units"]

LAUNCHER = "optout-wizard"  # the installed command (the .deb's /usr/bin/optout-wizard)


def app_program() -> list[str]:
    """How a job starts this installation of the app. A bundle installed with a
    launcher on PATH that leads to this very program is named by the launcher, which
    an upgrade keeps in place; otherwise the program itself (from source: this Python
    running the package), which the app writes again at its next start if it moves."""
    if getattr(sys, "frozen", False):
        launcher = shutil.which(LAUNCHER)
        if launcher and Path(launcher).resolve() == Path(sys.executable).resolve():
            return [launcher]
        return [sys.executable]
    return [sys.executable, "-m", "wizard"]


def recheck_command(
    site: Site, extras: Sequence[str] = (), lang: str | None = None, program: Sequence[str] = ()
) -> list[str]:
    """The command the job runs: this installation of the app, in the member's
    language, checking the optional settings the member chose as well."""
    command = [*(program or app_program()), "verify", "--scheduled"]
    if lang:
        command += ["--lang", lang]
    for extra in sorted(extras):
        command += ["--extra", extra]
    if not site.is_linkedin:
        command += ["--site", site.origin]
    return command


def _arguments(command: Sequence[str]) -> list[str]:
    """What a job's command asks of the app: everything from `verify` on."""
    return list(command[command.index("verify") :]) if "verify" in command else []


def _program_exists(command: Sequence[str]) -> bool:
    if not command:
        return False
    program = command[0]
    return Path(program).is_file() if os.sep in program else shutil.which(program) is not None


def cannot_schedule(why: object) -> str:
    return translate(
        "Schedule",
        "The monthly check could not be set up: your system's scheduler does not answer "
        "here ({why}). Add a monthly reminder to your calendar instead, and check by hand.",
    ).format(why=why)


@dataclass(frozen=True)
class Scheduled:
    """What installing or removing a job did: whether it is now installed, in words."""

    installed: bool
    message: str


@dataclass(frozen=True)
class JobStatus:
    """A job as it really is, not as its files suggest."""

    installed: bool  # its files are there
    command: tuple[str, ...] = ()
    program_exists: bool = False  # the program it names is there
    answered: bool | str = True  # the scheduler answered that it is on (or why not)

    @property
    def working(self) -> bool:
        return self.installed and self.program_exists and self.answered is True

    def sentence(self) -> str:
        """What the Done screen says of the monthly check."""
        if not self.installed:
            return ""
        if self.answered is not True:
            return translate(
                "Schedule",
                "Your system's scheduler does not answer here ({why}), so the monthly check "
                "cannot run. Add a monthly reminder to your calendar instead.",
            ).format(why=self.answered)
        if not self.program_exists:
            return translate(
                "Schedule",
                "The monthly check names a program that is no longer there ({program}), so it "
                "cannot run. Open the wizard from where it is now installed to set it up again.",
            ).format(program=self.command[0] if self.command else "?")
        return translate("Schedule", "The check runs again every month.")


class Scheduler(Protocol):
    """Puts a repeated, one-off or at-login check in the system's own scheduler."""

    def installed(self) -> bool: ...

    def install(
        self,
        site: Site,
        when: When = None,
        extras: Sequence[str] = (),
        lang: str | None = None,
    ) -> Scheduled: ...

    def remove(self) -> Scheduled: ...

    def status(self) -> JobStatus: ...

    def refresh(self) -> bool: ...


def systemd_user_dir() -> Path:
    config = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(config) / "systemd" / "user"


class SystemdScheduler:
    """Installs and removes a systemd user timer. `systemctl` names the program that
    speaks to the member's user manager (tests hand in a stand-in: no user manager
    runs in a container)."""

    def __init__(
        self, unit_dir: Path | None = None, job: str = JOB, systemctl: str = "systemctl"
    ) -> None:
        self.unit_dir = unit_dir or systemd_user_dir()
        self.job = job
        self.systemctl = systemctl

    def files(self) -> list[Path]:
        return [self.unit_dir / name for name in (f"{self.job}.service", f"{self.job}.timer")]

    def installed(self) -> bool:
        return all(path.exists() for path in self.files())

    def command(self) -> list[str]:
        try:
            return job_command(self.files()[0].read_text(encoding="utf-8"))
        except OSError:
            return []

    def install(
        self,
        site: Site,
        when: When = None,
        extras: Sequence[str] = (),
        lang: str | None = None,
    ) -> Scheduled:
        return self._write(recheck_command(site, extras, lang), when)

    def _write(self, command: list[str], when: When) -> Scheduled:
        self.unit_dir.mkdir(parents=True, exist_ok=True)
        for name, text in systemd_units(command, when, self.job).items():
            (self.unit_dir / name).write_text(text, encoding="utf-8")
        timer = f"{self.job}.timer"
        # At the next login: enabled only, so it waits for the manager's next start.
        start = ["enable", timer] if when == AT_LOGIN else ["enable", "--now", timer]
        started = self._systemctl("daemon-reload")
        if started is True:
            started = self._systemctl(*start)
        if started is True:
            return Scheduled(True, translate("Schedule", "The check will run again every month."))
        for path in self.files():
            path.unlink(missing_ok=True)  # never files that suggest a job that cannot run
        return Scheduled(False, cannot_schedule(started))

    def remove(self) -> Scheduled:
        if self.installed() or any(p.exists() for p in self.files()):
            self._systemctl("disable", "--now", f"{self.job}.timer")
            for path in self.files():
                path.unlink(missing_ok=True)
            self._systemctl("daemon-reload")
        return Scheduled(False, translate("Schedule", "The monthly check is removed."))

    def status(self) -> JobStatus:
        if not self.installed():
            return JobStatus(False)
        command = self.command()
        answered = self._systemctl("is-enabled", "--quiet", f"{self.job}.timer")
        if answered is not True and "disabled" in str(answered):
            answered = translate("Schedule", "the job is switched off")
        return JobStatus(True, tuple(command), _program_exists(command), answered)

    def refresh(self) -> bool:
        """Write the job again for this installation if the program it names is not
        this one (moved, upgraded), keeping what it checks; True if it was."""
        command = self.command()
        if not self.installed() or not command:
            return False
        current = [*app_program(), *_arguments(command)]
        if command == current:
            return False
        when = _when_of(self.files()[1])
        return self._write(current, when).installed

    def _systemctl(self, *args: str) -> bool | str:
        """True when systemctl --user did it; otherwise why not (a user manager may be
        missing, e.g. in a container)."""
        if shutil.which(self.systemctl) is None:
            return translate("Schedule", "systemctl is not available")
        try:
            proc = subprocess.run(
                [self.systemctl, "--user", *args], capture_output=True, text=True, timeout=30
            )
        except (OSError, subprocess.TimeoutExpired) as exc:
            return str(exc)
        if proc.returncode != 0:
            said = (proc.stderr.strip() or proc.stdout.strip()).splitlines()
            return said[-1] if said else "systemctl failed"
        return True


def _when_of(timer: Path) -> When:
    """When a timer file says its job is due (to write it again the same way)."""
    try:
        text = timer.read_text(encoding="utf-8")
    except OSError:
        return None
    for line in text.splitlines():
        if line.startswith("OnStartupSec="):
            return AT_LOGIN
        if line.startswith("OnCalendar=") and line != "OnCalendar=monthly":
            try:
                return datetime.strptime(line.split("=", 1)[1], "%Y-%m-%d %H:%M:%S")
            except ValueError:
                return None
    return None


Runner = Callable[[list[str]], "bool | str"]


def run_command(argv: list[str]) -> bool | str:
    """True when the command succeeded; otherwise its last error line."""
    try:
        proc = subprocess.run(argv, capture_output=True, text=True, timeout=60)
    except (OSError, subprocess.TimeoutExpired) as exc:
        return str(exc)
    if proc.returncode != 0:
        return (proc.stderr.strip().splitlines() or [f"{argv[0]} failed"])[-1]
    return True


class LaunchdScheduler:
    """macOS: a launchd agent in ~/Library/LaunchAgents."""

    def __init__(
        self, agents_dir: Path | None = None, run: Runner = run_command, job: str = JOB
    ) -> None:
        self.agents_dir = agents_dir or Path.home() / "Library" / "LaunchAgents"
        self._run = run
        suffix = {JOB: "", ONCE_JOB: ".once", RETRY_JOB: ".retry"}.get(job, f".{job}")
        self.label = f"{LABEL}{suffix}"

    @property
    def plist(self) -> Path:
        return self.agents_dir / f"{self.label}.plist"

    def installed(self) -> bool:
        return self.plist.exists()

    def install(
        self,
        site: Site,
        when: When = None,
        extras: Sequence[str] = (),
        lang: str | None = None,
    ) -> Scheduled:
        self.agents_dir.mkdir(parents=True, exist_ok=True)
        command = recheck_command(site, extras, lang)
        if isinstance(when, datetime):
            # launchd repeats a calendar date yearly: the one-off check removes itself.
            command = [
                "/bin/sh",
                "-c",
                '"$@"; launchctl unload -w "$0"; rm -f "$0"',
                str(self.plist),
                *command,
            ]
        self.plist.write_text(launchd_plist(command, when, self.label), encoding="utf-8")
        if when == AT_LOGIN:
            # Loading it would run it now: launchd loads the folder at the next login.
            return Scheduled(
                True, translate("Schedule", "The check runs again at your next login.")
            )
        loaded = self._run(["launchctl", "load", "-w", str(self.plist)])
        if loaded is True:
            return Scheduled(True, translate("Schedule", "The check will run again every month."))
        self.plist.unlink(missing_ok=True)
        return Scheduled(False, cannot_schedule(loaded))

    def remove(self) -> Scheduled:
        if self.plist.exists():
            self._run(["launchctl", "unload", "-w", str(self.plist)])
            self.plist.unlink()
        return Scheduled(False, translate("Schedule", "The monthly check is removed."))

    def status(self) -> JobStatus:
        if not self.installed():
            return JobStatus(False)
        import plistlib

        try:
            command = list(plistlib.loads(self.plist.read_bytes())["ProgramArguments"])
        except (OSError, ValueError, KeyError):
            command = []
        return JobStatus(True, tuple(command), _program_exists(command), True)

    def refresh(self) -> bool:
        return False  # launchd agents are written again when the box is ticked again


class WindowsTaskScheduler:
    """Windows: a task registered with schtasks from the generated XML."""

    def __init__(
        self, work_dir: Path | None = None, run: Runner = run_command, job: str = JOB
    ) -> None:
        self.work_dir = work_dir or Path(os.environ.get("LOCALAPPDATA", Path.home())) / JOB
        self._run = run
        self.job = job

    def installed(self) -> bool:
        return self._run(["schtasks", "/Query", "/TN", self.job]) is True

    def install(
        self,
        site: Site,
        when: When = None,
        extras: Sequence[str] = (),
        lang: str | None = None,
    ) -> Scheduled:
        self.work_dir.mkdir(parents=True, exist_ok=True)
        xml = self.work_dir / f"{self.job}.xml"
        xml.write_text(task_scheduler_xml(recheck_command(site, extras, lang), when), "utf-16")
        done = self._run(["schtasks", "/Create", "/TN", self.job, "/XML", str(xml), "/F"])
        if done is True:
            return Scheduled(True, translate("Schedule", "The check will run again every month."))
        return Scheduled(False, cannot_schedule(done))

    def remove(self) -> Scheduled:
        self._run(["schtasks", "/Delete", "/TN", self.job, "/F"])
        return Scheduled(False, translate("Schedule", "The monthly check is removed."))

    def status(self) -> JobStatus:
        installed = self.installed()
        return JobStatus(installed, (), installed, True)

    def refresh(self) -> bool:
        return False


def scheduler(job: str = JOB) -> SystemdScheduler | LaunchdScheduler | WindowsTaskScheduler:
    """The scheduler for this system (the monthly job, ONCE_JOB or RETRY_JOB)."""
    if sys.platform == "darwin":
        return LaunchdScheduler(job=job)
    if sys.platform == "win32":
        return WindowsTaskScheduler(job=job)
    return SystemdScheduler(job=job)


def refresh_all() -> bool:
    """At the app's start: every job written again for this installation where the
    program it names has changed; True if any was."""
    changed = False
    for job in (JOB, ONCE_JOB, RETRY_JOB):
        # A folder that cannot be written: the Done screen shows the job's state.
        with contextlib.suppress(OSError):
            changed = scheduler(job).refresh() or changed
    return changed


def save_reminder(path: Path) -> Path:
    """A monthly calendar reminder (.ics) to check by hand, from the 1st of next month
    at 10:00, in the language installed now: what the Done screen offers where nothing
    can be scheduled. OSError if it could not be written."""
    now = datetime.now()
    first = (now.replace(day=1) + timedelta(days=32)).replace(
        day=1, hour=10, minute=0, second=0, microsecond=0
    )
    text = monthly_reminder(
        translate("Schedule", "Check your LinkedIn opt-outs"),
        translate(
            "Schedule",
            "Open the LinkedIn opt-out wizard (optout-wizard) and press “Verify my settings”: "
            "it checks that both settings are still off.",
        ),
        first,
        datetime.now(UTC),
    )
    path.write_text(text, encoding="utf-8", newline="")
    return path
