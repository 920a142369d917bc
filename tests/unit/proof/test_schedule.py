"""The monthly re-check: systemd units, a launchd agent, a Windows task, each
generated with the standard library's own quoting and installed for real where it
can be."""

from __future__ import annotations

import plistlib
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET

from tests.helpers.faults import stand_in_systemctl, systemctl_calls
from wizard.base.site import LINKEDIN, Site
from wizard.proof import schedule


def test_systemd_units_are_generated_and_verify(tmp_path):
    units = schedule.systemd_units(["/usr/bin/optout-wizard", "verify", "--notify"])
    service = units["linkedin-optout-wizard-recheck.service"]
    timer = units["linkedin-optout-wizard-recheck.timer"]
    assert "ExecStart=/usr/bin/optout-wizard verify --notify" in service
    assert "Type=oneshot" in service
    assert "OnCalendar=monthly" in timer
    assert "Persistent=true" in timer
    assert "WantedBy=timers.target" in timer
    if shutil.which("systemd-analyze") is None:
        return
    executable = tmp_path / "optout-wizard"
    executable.write_text("#!/bin/sh\n")
    executable.chmod(0o755)
    units = schedule.systemd_units([str(executable), "verify", "--notify"])
    for name, text in units.items():
        (tmp_path / name).write_text(text)
    proc = subprocess.run(
        ["systemd-analyze", "verify", *(str(tmp_path / n) for n in units)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode == 0, proc.stderr


def test_command_words_with_spaces_are_quoted_for_systemd():
    units = schedule.systemd_units(["/opt/My Apps/optout-wizard", "verify", "--notify"])
    assert (
        'ExecStart="/opt/My Apps/optout-wizard" verify --notify'
        in units["linkedin-optout-wizard-recheck.service"]
    )


def test_percent_and_dollar_reach_the_program_unexpanded():
    """systemd expands %specifiers and $VARIABLES even inside quotes: a site address
    with %20 or a folder named $work must arrive as written, so both are doubled."""
    units = schedule.systemd_units(["/opt/a$b/optout-wizard", "--site", "http://x/%20", 'say "hi"'])
    line = next(
        x for x in units["linkedin-optout-wizard-recheck.service"].splitlines() if "ExecStart" in x
    )
    assert line == 'ExecStart=/opt/a$$b/optout-wizard --site http://x/%%20 "say \\"hi\\""'


def test_systemd_job_is_installed_and_removed(tmp_path):
    bin_dir, log = stand_in_systemctl(tmp_path)
    scheduler = schedule.SystemdScheduler(
        tmp_path / "systemd" / "user", systemctl=str(bin_dir / "systemctl")
    )
    outcome = scheduler.install(LINKEDIN, lang="de")
    assert outcome.installed
    assert scheduler.installed()
    service = (tmp_path / "systemd" / "user" / "linkedin-optout-wizard-recheck.service").read_text()
    assert f"ExecStart={sys.executable} -m wizard verify --scheduled --lang de" in service
    assert "--site" not in service  # LinkedIn is the default
    assert ["--user", "enable", "--now", f"{schedule.JOB}.timer"] in systemctl_calls(log)
    assert scheduler.status().working
    removed = scheduler.remove()
    assert not removed.installed
    assert not scheduler.installed()
    assert list((tmp_path / "systemd" / "user").iterdir()) == []


def test_a_job_at_the_next_login_waits_for_it(tmp_path):
    """Enabled, not started: a timer with only OnStartupSec started now would fire now,
    while the keyring is still locked."""
    bin_dir, log = stand_in_systemctl(tmp_path)
    retry = schedule.SystemdScheduler(
        tmp_path, job=schedule.RETRY_JOB, systemctl=str(bin_dir / "systemctl")
    )
    assert retry.install(LINKEDIN, schedule.AT_LOGIN).installed
    timer = (tmp_path / f"{schedule.RETRY_JOB}.timer").read_text()
    assert "OnStartupSec=2min" in timer and "OnCalendar" not in timer
    enabled = [c for c in systemctl_calls(log) if "enable" in c]
    assert enabled == [["--user", "enable", f"{schedule.RETRY_JOB}.timer"]]


def test_a_command_reads_back_as_written():
    command = ["/opt/My Apps/a$b/optout-wizard", "verify", "--site", "http://x/%20", 'say "hi"']
    service = schedule.systemd_units(command)[f"{schedule.JOB}.service"]
    assert schedule.job_command(service) == command


def test_loopback_site_job_names_its_site():
    command = schedule.recheck_command(Site("http://127.0.0.1:8080"))
    assert command[-2:] == ["--site", "http://127.0.0.1:8080"]


def test_job_checks_the_extras_the_member_chose(tmp_path):
    command = schedule.recheck_command(LINKEDIN, ["research", "data-from-others"])
    assert command[-4:] == ["--extra", "data-from-others", "--extra", "research"]
    bin_dir, _log = stand_in_systemctl(tmp_path)
    scheduler = schedule.SystemdScheduler(
        tmp_path / "systemd" / "user", systemctl=str(bin_dir / "systemctl")
    )
    scheduler.install(LINKEDIN, extras=["research"])
    service = (tmp_path / "systemd" / "user" / f"{schedule.JOB}.service").read_text()
    assert "verify --scheduled --extra research" in service


def test_launchd_agent_is_a_valid_plist(tmp_path):
    ran: list[list[str]] = []
    scheduler = schedule.LaunchdScheduler(tmp_path, run=lambda argv: ran.append(argv) or True)
    scheduler.install(LINKEDIN)
    plist = plistlib.loads(scheduler.plist.read_bytes())
    assert plist["Label"] == schedule.LABEL
    assert plist["ProgramArguments"][-2:] == ["verify", "--scheduled"]
    assert plist["StartCalendarInterval"] == {"Day": 1, "Hour": 10}
    odd = plistlib.loads(schedule.launchd_plist(["/Apps/A&B <x>/run", "verify"]).encode())
    assert odd["ProgramArguments"] == ["/Apps/A&B <x>/run", "verify"]
    assert ran[0][:3] == ["launchctl", "load", "-w"]
    scheduler.remove()
    assert not scheduler.plist.exists()
    assert ran[-1][:3] == ["launchctl", "unload", "-w"]


def test_windows_task_is_valid_xml_and_registered(tmp_path):
    ran: list[list[str]] = []
    scheduler = schedule.WindowsTaskScheduler(tmp_path, run=lambda argv: ran.append(argv) or True)
    assert scheduler.install(LINKEDIN).installed
    xml_file = tmp_path / "linkedin-optout-wizard-recheck.xml"
    root = ET.fromstring(xml_file.read_text(encoding="utf-16"))
    ns = {"t": "http://schemas.microsoft.com/windows/2004/02/mit/task"}
    assert root.find(".//t:Command", ns).text == sys.executable
    assert root.find(".//t:Arguments", ns).text == "-m wizard verify --scheduled"
    assert root.find(".//t:DaysOfMonth/t:Day", ns).text == "1"
    spaced = schedule.task_scheduler_xml(["C:\\app.exe", "--site", 'a "b" c', "x\\"])
    arguments = ET.fromstring(spaced).find(".//t:Arguments", ns).text
    assert arguments == '--site "a \\"b\\" c" x\\'  # the MS C runtime's own rules
    assert ran[0][:4] == ["schtasks", "/Create", "/TN", schedule.JOB]
    scheduler.remove()
    assert ran[-1][:2] == ["schtasks", "/Delete"]


# The notification, on a private D-Bus session
