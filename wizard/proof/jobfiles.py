"""The files a scheduled check is made of, generated with each format's own quoting:
systemd units, a launchd agent, a Task Scheduler task, and an iCalendar reminder for
where nothing can be scheduled. Pure text in, text out: tested without a scheduler.

Three kinds of job: the monthly check, a check once at a given time ("check again
tomorrow"), and a check at the next login (the retry a locked keyring asks for: the
desktop unlocks the keyring when the member logs in).
"""

from __future__ import annotations

import plistlib
import shlex
import subprocess
import uuid
from datetime import datetime
from html import escape  # xml.sax.saxutils costs 40 ms at start (urllib)

JOB = "linkedin-optout-wizard-recheck"  # monthly
ONCE_JOB = "linkedin-optout-wizard-recheck-once"  # "Check again tomorrow"
RETRY_JOB = "linkedin-optout-wizard-recheck-retry"  # at the next login (a locked keyring)
LABEL = "org.linkedin-optout-wizard.recheck"

# When is the job due: None monthly, a datetime once, AT_LOGIN at the next login.
AT_LOGIN = "login"
When = datetime | str | None
# After a login, before the retry: the desktop's own start (and its keyring unlock).
LOGIN_DELAY = "2min"


def _systemd_word(word: str) -> str:
    """One ExecStart word. systemd has no library quoting in Python, so this follows
    systemd.service(5) "Command lines": `%` starts a specifier and `$` a variable in
    every word, quoted or not, so both are doubled; a word with spaces, quotes or
    backslashes is double-quoted with C-style escapes."""
    word = word.replace("%", "%%").replace("$", "$$")
    if word and all(c.isalnum() or c in "-_./:=@+,%$" for c in word):
        return word
    return '"' + word.replace("\\", "\\\\").replace('"', '\\"') + '"'


def systemd_units(command: list[str], when: When = None, job: str = JOB) -> dict[str, str]:
    """The service and timer files, by file name: monthly, once at `when`, or once at
    the next login (when=AT_LOGIN: enabled, not started, so it waits for a login)."""
    exec_start = " ".join(_systemd_word(w) for w in command)
    service = (
        "[Unit]\n"
        "Description=Check that the LinkedIn opt-outs are still off\n"
        "After=network-online.target\n\n"
        "[Service]\n"
        "Type=oneshot\n"
        f"ExecStart={exec_start}\n"
    )
    if when == AT_LOGIN:
        due = f"OnStartupSec={LOGIN_DELAY}\n"
    else:
        on_calendar = "monthly" if when is None else f"{when:%Y-%m-%d %H:%M:00}"
        due = f"OnCalendar={on_calendar}\nPersistent=true\nRandomizedDelaySec=1h\n"
        if when is not None:
            due += "RemainAfterElapse=no\n"
    timer = (
        "[Unit]\n"
        "Description=Check the LinkedIn opt-outs again\n\n"
        "[Timer]\n"
        f"{due}\n"
        "[Install]\n"
        "WantedBy=timers.target\n"
    )
    return {f"{job}.service": service, f"{job}.timer": timer}


def job_command(service: str) -> list[str]:
    """The command a service file runs (its ExecStart), words unquoted as systemd
    reads them; [] when it names none."""
    for line in service.splitlines():
        if line.startswith("ExecStart="):
            words = shlex.split(line[len("ExecStart=") :], posix=True)
            return [w.replace("%%", "%").replace("$$", "$") for w in words]
    return []


def launchd_plist(command: list[str], when: When = None, label: str = LABEL) -> str:
    """A launchd agent: on the 1st of each month at 10:00, at `when` (launchd has no
    one-off date; the job at `when` removes itself: see LaunchdScheduler.install), or
    at the next login (RunAtLoad: launchd loads the agents folder at login)."""
    agent: dict[str, object] = {"Label": label, "ProgramArguments": list(command)}
    if when == AT_LOGIN:
        agent["RunAtLoad"] = True
    elif when is None:
        agent["StartCalendarInterval"] = {"Day": 1, "Hour": 10}
    else:
        assert isinstance(when, datetime)
        agent["StartCalendarInterval"] = {
            "Month": when.month,
            "Day": when.day,
            "Hour": when.hour,
            "Minute": when.minute,
        }
    return plistlib.dumps(agent, sort_keys=False).decode("utf-8")


def task_scheduler_xml(command: list[str], when: When = None) -> str:
    """A Task Scheduler task, monthly on the 1st at 10:00, once at `when`, or at the
    next logon; run only when the member is logged on."""
    program, *arguments = command
    args = subprocess.list2cmdline(arguments)  # the quoting Windows programs parse back
    if when == AT_LOGIN:
        trigger = "    <LogonTrigger><Delay>PT2M</Delay></LogonTrigger>\n"
    elif when is None:
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


def _ics_text(text: str) -> str:
    """RFC 5545 TEXT: backslash, semicolon, comma and newline escaped."""
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def _fold(line: str) -> str:
    """RFC 5545 lines of at most 75 octets, continued with a space."""
    out, current = [], b""
    for char in line:
        encoded = char.encode("utf-8")
        if len(current) + len(encoded) > 75:
            out.append(current.decode("utf-8"))
            current = b" "
        current += encoded
    out.append(current.decode("utf-8"))
    return "\r\n".join(out)


def monthly_reminder(summary: str, description: str, start: datetime, now: datetime) -> str:
    """An iCalendar file with one event each month from `start` (local, floating
    time), which any calendar (GNOME Calendar, Thunderbird, Outlook, Apple's, Google's)
    imports: the monthly check by hand where nothing can be scheduled."""
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//linkedin-optout-wizard//monthly reminder//EN",
        "BEGIN:VEVENT",
        f"UID:{uuid.uuid4()}@linkedin-optout-wizard",
        f"DTSTAMP:{now:%Y%m%dT%H%M%SZ}",
        f"DTSTART:{start:%Y%m%dT%H%M00}",
        "DURATION:PT15M",
        "RRULE:FREQ=MONTHLY",
        f"SUMMARY:{_ics_text(summary)}",
        f"DESCRIPTION:{_ics_text(description)}",
        "END:VEVENT",
        "END:VCALENDAR",
    ]
    return "".join(_fold(line) + "\r\n" for line in lines)
