"""The monthly re-check: a per-user scheduled job running `optout-wizard verify --notify`.

Linux: a systemd user service and timer. macOS: a launchd agent. Windows: a Task
Scheduler task (XML, registered with schtasks). All three are generated here and
unit-tested; only the systemd one is installed on the machines this project is
tested on. The job needs a remembered session (it cannot sign in by itself).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape

from wizard.i18n import translate
from wizard.site import Site

JOB = "linkedin-optout-wizard-recheck"
LABEL = "org.linkedin-optout-wizard.recheck"


def recheck_command(site: Site) -> list[str]:
    """The command the job runs: this same installation of the app."""
    frozen = getattr(sys, "frozen", False)  # a bundled app: the executable is the app
    base = [sys.executable] if frozen else [sys.executable, "-m", "wizard"]
    command = [*base, "verify", "--notify"]
    if not site.is_linkedin:
        command += ["--site", site.origin]
    return command


def _systemd_quote(word: str) -> str:
    if word and all(c.isalnum() or c in "-_./:=@%+," for c in word):
        return word
    return '"' + word.replace("\\", "\\\\").replace('"', '\\"') + '"'


def systemd_units(command: list[str], on_calendar: str = "monthly") -> dict[str, str]:
    """The service and timer files, by file name."""
    exec_start = " ".join(_systemd_quote(w) for w in command)
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
        "RandomizedDelaySec=1h\n\n"
        "[Install]\n"
        "WantedBy=timers.target\n"
    )
    return {f"{JOB}.service": service, f"{JOB}.timer": timer}


def launchd_plist(command: list[str]) -> str:
    """A launchd agent running on the 1st of each month at 10:00."""
    arguments = "".join(f"\n    <string>{escape(w)}</string>" for w in command)
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" '
        '"http://www.apple.com/DTDs/PropertyList-1.0.dtd">\n'
        '<plist version="1.0">\n<dict>\n'
        f"  <key>Label</key>\n  <string>{LABEL}</string>\n"
        f"  <key>ProgramArguments</key>\n  <array>{arguments}\n  </array>\n"
        "  <key>StartCalendarInterval</key>\n  <dict>\n"
        "    <key>Day</key>\n    <integer>1</integer>\n"
        "    <key>Hour</key>\n    <integer>10</integer>\n"
        "  </dict>\n"
        "</dict>\n</plist>\n"
    )


def task_scheduler_xml(command: list[str]) -> str:
    """A Task Scheduler task, monthly on the 1st at 10:00, run only when logged on."""
    program, *arguments = command
    args = " ".join(f'"{a}"' if " " in a else a for a in arguments)
    return (
        '<?xml version="1.0" encoding="UTF-16"?>\n'
        '<Task version="1.2" xmlns="http://schemas.microsoft.com/windows/2004/02/mit/task">\n'
        "  <RegistrationInfo><Description>Check that the LinkedIn opt-outs are still off"
        "</Description></RegistrationInfo>\n"
        "  <Triggers>\n    <CalendarTrigger>\n"
        "      <StartBoundary>2026-01-01T10:00:00</StartBoundary>\n"
        "      <ScheduleByMonth>\n"
        "        <DaysOfMonth><Day>1</Day></DaysOfMonth>\n"
        "        <Months><January/><February/><March/><April/><May/><June/><July/>"
        "<August/><September/><October/><November/><December/></Months>\n"
        "      </ScheduleByMonth>\n"
        "    </CalendarTrigger>\n  </Triggers>\n"
        "  <Principals><Principal><LogonType>InteractiveToken</LogonType>"
        "<RunLevel>LeastPrivilege</RunLevel></Principal></Principals>\n"
        "  <Settings><StartWhenAvailable>true</StartWhenAvailable>"
        "<RunOnlyIfNetworkAvailable>true</RunOnlyIfNetworkAvailable></Settings>\n"
        "  <Actions><Exec>\n"
        f"    <Command>{escape(program)}</Command>\n"
        f"    <Arguments>{escape(args)}</Arguments>\n"
        "  </Exec></Actions>\n"
        "</Task>\n"
    )


def _starts_at_login(why: object) -> str:
    return translate(
        "Schedule", "The monthly check is set up; it starts from your next login ({why})."
    ).format(why=why)


@dataclass
class Outcome:
    installed: bool
    message: str


def systemd_user_dir() -> Path:
    config = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(config) / "systemd" / "user"


class SystemdScheduler:
    """Installs and removes the systemd user timer."""

    def __init__(self, unit_dir: Path | None = None) -> None:
        self.unit_dir = unit_dir or systemd_user_dir()

    def files(self) -> list[Path]:
        return [self.unit_dir / name for name in (f"{JOB}.service", f"{JOB}.timer")]

    def installed(self) -> bool:
        return all(path.exists() for path in self.files())

    def install(self, site: Site, on_calendar: str = "monthly") -> Outcome:
        self.unit_dir.mkdir(parents=True, exist_ok=True)
        for name, text in systemd_units(recheck_command(site), on_calendar).items():
            (self.unit_dir / name).write_text(text, encoding="utf-8")
        started = self._systemctl("daemon-reload") and self._systemctl(
            "enable", "--now", f"{JOB}.timer"
        )
        if started is True:
            return Outcome(True, translate("Schedule", "The check will run again every month."))
        return Outcome(True, _starts_at_login(started))

    def remove(self) -> Outcome:
        self._systemctl("disable", "--now", f"{JOB}.timer")
        for path in self.files():
            path.unlink(missing_ok=True)
        self._systemctl("daemon-reload")
        return Outcome(False, translate("Schedule", "The monthly check is removed."))

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

    def __init__(self, agents_dir: Path | None = None, run: Runner = run_command) -> None:
        self.agents_dir = agents_dir or Path.home() / "Library" / "LaunchAgents"
        self._run = run

    @property
    def plist(self) -> Path:
        return self.agents_dir / f"{LABEL}.plist"

    def installed(self) -> bool:
        return self.plist.exists()

    def install(self, site: Site, on_calendar: str = "monthly") -> Outcome:
        self.agents_dir.mkdir(parents=True, exist_ok=True)
        self.plist.write_text(launchd_plist(recheck_command(site)), encoding="utf-8")
        loaded = self._run(["launchctl", "load", "-w", str(self.plist)])
        if loaded is True:
            return Outcome(True, translate("Schedule", "The check will run again every month."))
        return Outcome(True, _starts_at_login(loaded))

    def remove(self) -> Outcome:
        if self.plist.exists():
            self._run(["launchctl", "unload", "-w", str(self.plist)])
            self.plist.unlink()
        return Outcome(False, translate("Schedule", "The monthly check is removed."))


class WindowsTaskScheduler:
    """Windows: a task registered with schtasks from the generated XML."""

    def __init__(self, work_dir: Path | None = None, run: Runner = run_command) -> None:
        self.work_dir = work_dir or Path(os.environ.get("LOCALAPPDATA", Path.home())) / JOB
        self._run = run

    def installed(self) -> bool:
        return self._run(["schtasks", "/Query", "/TN", JOB]) is True

    def install(self, site: Site, on_calendar: str = "monthly") -> Outcome:
        self.work_dir.mkdir(parents=True, exist_ok=True)
        xml = self.work_dir / f"{JOB}.xml"
        xml.write_text(task_scheduler_xml(recheck_command(site)), encoding="utf-16")
        done = self._run(["schtasks", "/Create", "/TN", JOB, "/XML", str(xml), "/F"])
        if done is True:
            return Outcome(True, translate("Schedule", "The check will run again every month."))
        return Outcome(
            False,
            translate("Schedule", "The monthly check could not be set up: {why}").format(why=done),
        )

    def remove(self) -> Outcome:
        self._run(["schtasks", "/Delete", "/TN", JOB, "/F"])
        return Outcome(False, translate("Schedule", "The monthly check is removed."))


def scheduler() -> SystemdScheduler | LaunchdScheduler | WindowsTaskScheduler:
    """The scheduler for this system."""
    if sys.platform == "darwin":
        return LaunchdScheduler()
    if sys.platform == "win32":
        return WindowsTaskScheduler()
    return SystemdScheduler()
