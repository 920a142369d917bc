"""The monthly re-check: a per-user scheduled job running `optout-wizard verify --notify`.

Linux: a systemd user service and timer. macOS: a launchd agent. Windows: a Task
Scheduler task (XML, registered with schtasks). All three are generated here and
unit-tested; only the systemd one is installed on the machines this project is
tested on. The job needs a remembered session (it cannot sign in by itself).
"""

from __future__ import annotations

import os
import plistlib
import shutil
import subprocess
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from html import escape  # xml.sax.saxutils costs 40 ms at start (urllib)
from pathlib import Path
from typing import Protocol

from wizard.base.i18n import translate
from wizard.base.site import Site

JOB = "linkedin-optout-wizard-recheck"
ONCE_JOB = "linkedin-optout-wizard-recheck-once"  # "Check again tomorrow"
LABEL = "org.linkedin-optout-wizard.recheck"


def recheck_command(site: Site, extras: Sequence[str] = ()) -> list[str]:
    """The command the job runs: this same installation of the app, checking the
    optional settings the member chose as well."""
    frozen = getattr(sys, "frozen", False)  # a bundled app: the executable is the app
    base = [sys.executable] if frozen else [sys.executable, "-m", "wizard"]
    command = [*base, "verify", "--notify"]
    for extra in sorted(extras):
        command += ["--extra", extra]
    if not site.is_linkedin:
        command += ["--site", site.origin]
    return command


def _systemd_word(word: str) -> str:
    """One ExecStart word. systemd has no library quoting in Python, so this follows
    systemd.service(5) "Command lines": `%` starts a specifier and `$` a variable in
    every word, quoted or not, so both are doubled; a word with spaces, quotes or
    backslashes is double-quoted with C-style escapes."""
    word = word.replace("%", "%%").replace("$", "$$")
    if word and all(c.isalnum() or c in "-_./:=@+,%$" for c in word):
        return word
    return '"' + word.replace("\\", "\\\\").replace('"', '\\"') + '"'


def systemd_units(
    command: list[str], when: datetime | None = None, job: str = JOB
) -> dict[str, str]:
    """The service and timer files, by file name: monthly, or once at `when`."""
    on_calendar = "monthly" if when is None else when.strftime("%Y-%m-%d %H:%M:00")
    once = "" if when is None else "RemainAfterElapse=no\n"
    exec_start = " ".join(_systemd_word(w) for w in command)
    service = (
        "[Unit]\n"
        "Description=Check that the LinkedIn opt-outs are still off\n"
        "After=network-online.target\n\n"
        "[Service]\n"
        "Type=oneshot\n"
        f"ExecStart={exec_start}\n"
    )
    timer = (
        "[Unit]\n"
        "Description=Check the LinkedIn opt-outs again\n\n"
        "[Timer]\n"
        f"OnCalendar={on_calendar}\n"
        "Persistent=true\n"
        "RandomizedDelaySec=1h\n"
        f"{once}\n"
        "[Install]\n"
        "WantedBy=timers.target\n"
    )
    return {f"{job}.service": service, f"{job}.timer": timer}


def launchd_plist(command: list[str], when: datetime | None = None, label: str = LABEL) -> str:
    """A launchd agent: on the 1st of each month at 10:00, or at `when` (launchd has
    no one-off date; the job at `when` removes nothing itself and runs yearly, so the
    app removes it once it has run: see LaunchdScheduler.install)."""
    if when is None:
        interval = {"Day": 1, "Hour": 10}
    else:
        interval = {"Month": when.month, "Day": when.day, "Hour": when.hour, "Minute": when.minute}
    agent = {"Label": label, "ProgramArguments": list(command), "StartCalendarInterval": interval}
    return plistlib.dumps(agent, sort_keys=False).decode("utf-8")


def task_scheduler_xml(command: list[str], when: datetime | None = None) -> str:
    """A Task Scheduler task, monthly on the 1st at 10:00 or once at `when`, run only
    when the member is logged on."""
    program, *arguments = command
    args = subprocess.list2cmdline(arguments)  # the quoting Windows programs parse back
    if when is None:
        trigger = (
            "    <CalendarTrigger>\n"
            "      <StartBoundary>2026-01-01T10:00:00</StartBoundary>\n"
            "      <ScheduleByMonth>\n"
            "        <DaysOfMonth><Day>1</Day></DaysOfMonth>\n"
            "        <Months><January/><February/><March/><April/><May/><June/><July/>"
            "<August/><September/><October/><November/><December/></Months>\n"
            "      </ScheduleByMonth>\n"
            "    </CalendarTrigger>\n"
        )
    else:
        trigger = (
            "    <TimeTrigger>\n"
            f"      <StartBoundary>{when:%Y-%m-%dT%H:%M:00}</StartBoundary>\n"
            "    </TimeTrigger>\n"
        )
    return (
        '<?xml version="1.0" encoding="UTF-16"?>\n'
        '<Task version="1.2" xmlns="http://schemas.microsoft.com/windows/2004/02/mit/task">\n'
        "  <RegistrationInfo><Description>Check that the LinkedIn opt-outs are still off"
        "</Description></RegistrationInfo>\n"
        f"  <Triggers>\n{trigger}  </Triggers>\n"
        "  <Principals><Principal><LogonType>InteractiveToken</LogonType>"
        "<RunLevel>LeastPrivilege</RunLevel></Principal></Principals>\n"
        "  <Settings><StartWhenAvailable>true</StartWhenAvailable>"
        "<RunOnlyIfNetworkAvailable>true</RunOnlyIfNetworkAvailable></Settings>\n"
        "  <Actions><Exec>\n"
        f"    <Command>{escape(program, quote=False)}</Command>\n"
        f"    <Arguments>{escape(args, quote=False)}</Arguments>\n"
        "  </Exec></Actions>\n"
        "</Task>\n"
    )


def _starts_at_login(why: object) -> str:
    return translate(
        "Schedule", "The monthly check is set up; it starts from your next login ({why})."
    ).format(why=why)


@dataclass
class Scheduled:
    """What installing or removing a job did: whether it is now installed, in words."""

    installed: bool
    message: str


class Scheduler(Protocol):
    """Puts a repeated (or one-off) check in the system's own scheduler."""

    def installed(self) -> bool: ...

    def install(
        self, site: Site, when: datetime | None = None, extras: Sequence[str] = ()
    ) -> Scheduled: ...

    def remove(self) -> Scheduled: ...


def systemd_user_dir() -> Path:
    config = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(config) / "systemd" / "user"


class SystemdScheduler:
    """Installs and removes the systemd user timer."""

    def __init__(self, unit_dir: Path | None = None, job: str = JOB) -> None:
        self.unit_dir = unit_dir or systemd_user_dir()
        self.job = job

    def files(self) -> list[Path]:
        return [self.unit_dir / name for name in (f"{self.job}.service", f"{self.job}.timer")]

    def installed(self) -> bool:
        return all(path.exists() for path in self.files())

    def install(
        self, site: Site, when: datetime | None = None, extras: Sequence[str] = ()
    ) -> Scheduled:
        self.unit_dir.mkdir(parents=True, exist_ok=True)
        for name, text in systemd_units(recheck_command(site, extras), when, self.job).items():
            (self.unit_dir / name).write_text(text, encoding="utf-8")
        started = self._systemctl("daemon-reload") and self._systemctl(
            "enable", "--now", f"{self.job}.timer"
        )
        if started is True:
            return Scheduled(True, translate("Schedule", "The check will run again every month."))
        return Scheduled(True, _starts_at_login(started))

    def remove(self) -> Scheduled:
        self._systemctl("disable", "--now", f"{self.job}.timer")
        for path in self.files():
            path.unlink(missing_ok=True)
        self._systemctl("daemon-reload")
        return Scheduled(False, translate("Schedule", "The monthly check is removed."))

    def _systemctl(self, *args: str) -> bool | str:
        """True when systemctl --user did it; otherwise why not (a user manager may be
        missing, e.g. in a container)."""
        if shutil.which("systemctl") is None:
            return "systemctl is not available"
        try:
            proc = subprocess.run(
                ["systemctl", "--user", *args], capture_output=True, text=True, timeout=30
            )
        except (OSError, subprocess.TimeoutExpired) as exc:
            return str(exc)
        if proc.returncode != 0:
            return (proc.stderr.strip().splitlines() or ["systemctl failed"])[-1]
        return True


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
        self.label = LABEL if job == JOB else f"{LABEL}.once"

    @property
    def plist(self) -> Path:
        return self.agents_dir / f"{self.label}.plist"

    def installed(self) -> bool:
        return self.plist.exists()

    def install(
        self, site: Site, when: datetime | None = None, extras: Sequence[str] = ()
    ) -> Scheduled:
        self.agents_dir.mkdir(parents=True, exist_ok=True)
        command = recheck_command(site, extras)
        if when is not None:
            # launchd repeats a calendar date yearly: the one-off check removes itself.
            command = [
                "/bin/sh",
                "-c",
                '"$@"; launchctl unload -w "$0"; rm -f "$0"',
                str(self.plist),
                *command,
            ]
        self.plist.write_text(launchd_plist(command, when, self.label), encoding="utf-8")
        loaded = self._run(["launchctl", "load", "-w", str(self.plist)])
        if loaded is True:
            return Scheduled(True, translate("Schedule", "The check will run again every month."))
        return Scheduled(True, _starts_at_login(loaded))

    def remove(self) -> Scheduled:
        if self.plist.exists():
            self._run(["launchctl", "unload", "-w", str(self.plist)])
            self.plist.unlink()
        return Scheduled(False, translate("Schedule", "The monthly check is removed."))


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
        self, site: Site, when: datetime | None = None, extras: Sequence[str] = ()
    ) -> Scheduled:
        self.work_dir.mkdir(parents=True, exist_ok=True)
        xml = self.work_dir / f"{self.job}.xml"
        xml.write_text(task_scheduler_xml(recheck_command(site, extras), when), encoding="utf-16")
        done = self._run(["schtasks", "/Create", "/TN", self.job, "/XML", str(xml), "/F"])
        if done is True:
            return Scheduled(True, translate("Schedule", "The check will run again every month."))
        return Scheduled(
            False,
            translate("Schedule", "The monthly check could not be set up: {why}").format(why=done),
        )

    def remove(self) -> Scheduled:
        self._run(["schtasks", "/Delete", "/TN", self.job, "/F"])
        return Scheduled(False, translate("Schedule", "The monthly check is removed."))


def scheduler(job: str = JOB) -> SystemdScheduler | LaunchdScheduler | WindowsTaskScheduler:
    """The scheduler for this system (the monthly job, or ONCE_JOB)."""
    if sys.platform == "darwin":
        return LaunchdScheduler(job=job)
    if sys.platform == "win32":
        return WindowsTaskScheduler(job=job)
    return SystemdScheduler(job=job)
