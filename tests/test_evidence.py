"""Evidence: the report (HTML and PDF) from the JSON, the history and its changes,
the monthly re-check's job files, and the notification."""

from __future__ import annotations

import json
import plistlib
import shutil
import struct
import subprocess
import sys
import time
import xml.etree.ElementTree as ET
import zlib
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from tests.verifying import verify_command
from wizard.base.site import LINKEDIN, Site
from wizard.proof import schedule
from wizard.proof.history import History
from wizard.proof.reporthtml import render_html
from wizard.reading.result import Report, State

HOSTILE = '<script>alert("x")</script><img src=x onerror=alert(1)>'


def png(
    path: Path, width: int = 40, height: int = 20, rgb: tuple[int, int, int] = (200, 30, 30)
) -> Path:
    """A small solid-colour PNG, written by hand (no imaging library needed)."""
    raw = b"".join(b"\x00" + bytes(rgb) * width for _ in range(height))

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
        )

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    path.write_bytes(
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(raw))
        + chunk(b"IEND", b"")
    )
    return path


def fixed_report(tmp_path: Path, account: str = "Alex Member", reason: str = "") -> Report:
    raw = {
        "site": "https://www.linkedin.com",
        "checked_at": "2026-03-03T09:15:00Z",
        "browser": "Chromium 156",
        "account": account,
        "results": [
            {
                "id": "ai-training",
                "title": "Data for Generative AI Improvement",
                "state": "OFF",
                "reason": reason or "The switch is off.",
                "evidence": str(png(tmp_path / "ai.png")),
                "url": "https://www.linkedin.com/mypreferences/d/settings/data-for-ai-improvement",
            },
            {
                "id": "affiliate-sharing",
                "title": "Share data with affiliates and partners",
                "state": "ON",
                "reason": "The switch is on.",
                "evidence": str(png(tmp_path / "partners.png", rgb=(30, 30, 200))),
                "url": "https://www.linkedin.com/mypreferences/s/settings/share-data-with-trusted-partners",
            },
            {
                "id": "extra",
                "title": "Another",
                "state": "NOT_FOUND",
                "reason": "Could not find the switch.",
                "evidence": None,
                "url": None,
            },
        ],
    }
    return Report.from_json(raw)


def test_html_report_holds_every_fact_and_embeds_the_pictures(tmp_path):
    report = fixed_report(tmp_path)
    html = render_html(report)
    for words in (
        "2026-03-03 09:15:00",
        "https://www.linkedin.com",
        "Alex Member",
        "Chromium 156",
        "OFF",
        "ON",
        "NOT_FOUND",
        "The switch is on.",
        "/mypreferences/d/settings/data-for-ai-improvement",
        "What each result means",
        "SIGNED_OUT",
        "CHALLENGE",
    ):
        assert words in html
    assert html.count("data:image/png;base64,") == 2  # one per picture, none missing
    assert "<script" not in html  # self-contained and inert
    assert 'src="http' not in html  # nothing fetched from anywhere


def test_hostile_strings_are_escaped(tmp_path):
    html = render_html(fixed_report(tmp_path, account=HOSTILE, reason=HOSTILE))
    assert "<script" not in html
    assert "<img src=x" not in html
    assert "&lt;script&gt;" in html
    assert html.count("&lt;img src=x onerror=alert(1)&gt;") == 2


def test_pdf_report_renders_pages_with_the_text(qapp, tmp_path):
    from pypdf import PdfReader

    from wizard.proof.reportsave import save_report

    path = tmp_path / "report.pdf"
    save_report(fixed_report(tmp_path, account=HOSTILE), path)
    reader = PdfReader(str(path))
    assert len(reader.pages) >= 1
    text = " ".join(page.extract_text() for page in reader.pages)
    for words in (
        "LinkedIn opt-out check",
        "Data for Generative AI Improvement",
        "OFF",
        "NOT_FOUND",
        "What each result means",
        "<script>alert",
    ):
        assert words in " ".join(text.split()), words
    images = sum(len(page.images) for page in reader.pages)
    assert images == 2


def test_verify_command_writes_html_and_pdf_reports(site, new_email, tmp_path):
    """The real command, in its own process (Qt draws the PDF on its main thread)."""
    from pypdf import PdfReader

    email = new_email()
    site.set_all(email, False)
    for name in ("check.html", "check.pdf"):
        target = tmp_path / name
        proc = subprocess.run(
            [sys.executable, "-m", "wizard", "verify", "--site", site.url, "--report", str(target)],
            input=f"{email}\npw\n",
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert proc.returncode == 0, proc.stderr
        assert f"Report saved: {target}" in proc.stderr
        data = target.read_bytes()
        if name.endswith(".html"):
            assert data.count(b"data:image/png;base64,") == 2
        else:
            reader = PdfReader(str(target))
            assert sum(len(p.images) for p in reader.pages) == 2
            assert "OFF" in reader.pages[0].extract_text()


def test_report_names_the_account_the_page_showed(site, tmp_path):
    email = "jordan.example@practice.test"
    run = verify_command(site.url, f"{email}\npw\n", as_json=True)
    assert run.json()["account"] == "Jordan Example"


def test_bad_report_name_is_bad_usage():
    proc = subprocess.run(
        [sys.executable, "-m", "wizard", "verify", "--report", "out.docx"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode == 64
    assert "must end in .html or .pdf" in proc.stderr


# History


def at(report: Report, when: datetime, **states: State) -> Report:
    from dataclasses import replace

    checks = tuple(
        replace(c, state=states.get(c.optout_id.replace("-", "_"), c.state)) for c in report.checks
    )
    return replace(report, checked_at=when, checks=checks)


def test_history_flags_a_change_since_the_last_check(tmp_path):
    history = History(tmp_path / "history.jsonl")
    base = fixed_report(tmp_path)
    march = datetime(2026, 3, 3, 9, 0, tzinfo=UTC)
    history.append(at(base, march, ai_training=State.OFF, affiliate_sharing=State.OFF))
    later = at(base, march + timedelta(days=30), ai_training=State.ON, affiliate_sharing=State.OFF)
    changes = history.changes(later)
    assert [(c.optout_id, c.before, c.after) for c in changes] == [
        ("ai-training", State.OFF, State.ON)
    ]
    assert changes[0].worse
    assert (
        changes[0].sentence()
        == "Data for Generative AI Improvement: was OFF on 3 March 2026, now ON"
    )
    history.append(later)
    assert len(history.entries()) == 2
    assert (
        history.changes(
            at(base, march + timedelta(days=31), ai_training=State.ON, affiliate_sharing=State.OFF)
        )
        == []
    )


def test_history_keeps_no_evidence_paths_and_nothing_secret(tmp_path):
    history = History(tmp_path / "history.jsonl")
    history.append(fixed_report(tmp_path))
    line = json.loads((tmp_path / "history.jsonl").read_text().splitlines()[0])
    assert set(line) == {"site", "checked_at", "browser", "account", "results"}
    assert all(r["evidence"] is None for r in line["results"])


def test_history_is_per_site(tmp_path):
    history = History(tmp_path / "history.jsonl")
    report = fixed_report(tmp_path)
    from dataclasses import replace

    history.append(replace(report, site="http://127.0.0.1:9"))
    assert history.changes(replace(report, checked_at=report.checked_at + timedelta(days=1))) == []


def test_damaged_history_is_set_aside_with_a_message_and_a_new_one_started(tmp_path):
    path = tmp_path / "history.jsonl"
    path.write_text('{"site": "x"}\nnot json at all\n')
    history = History(path)
    history.append(fixed_report(tmp_path))
    assert "were damaged" in history.notice
    kept = list(tmp_path.glob("history.jsonl.damaged-*"))
    assert len(kept) == 1
    assert kept[0].read_text().startswith('{"site": "x"}')
    assert len(History(path).entries()) == 1


def test_command_says_what_changed_since_the_last_check(site, new_email):
    email = new_email()
    site.set_all(email, False)
    first = verify_command(site.url, f"{email}\npw\n", as_json=True)
    assert first.status == 0
    site.store.account(email).settings["ai-training"] = True  # LinkedIn turned it back on
    again = verify_command(site.url, f"{email}\npw\n", as_json=True)
    assert again.status == 1
    assert "Warning, changed: Data for Generative AI Improvement: was OFF on" in again.stderr
    assert "now ON" in again.stderr


# The monthly re-check


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


def test_systemd_job_is_installed_and_removed(tmp_path):
    scheduler = schedule.SystemdScheduler(tmp_path / "systemd" / "user")
    outcome = scheduler.install(LINKEDIN)
    assert outcome.installed
    assert scheduler.installed()
    service = (tmp_path / "systemd" / "user" / "linkedin-optout-wizard-recheck.service").read_text()
    assert f"ExecStart={sys.executable} -m wizard verify --notify" in service
    assert "--site" not in service  # LinkedIn is the default
    removed = scheduler.remove()
    assert not removed.installed
    assert not scheduler.installed()
    assert list((tmp_path / "systemd" / "user").iterdir()) == []


def test_loopback_site_job_names_its_site():
    command = schedule.recheck_command(Site("http://127.0.0.1:8080"))
    assert command[-2:] == ["--site", "http://127.0.0.1:8080"]


def test_job_checks_the_extras_the_member_chose(tmp_path):
    command = schedule.recheck_command(LINKEDIN, ["research", "data-from-others"])
    assert command[-4:] == ["--extra", "data-from-others", "--extra", "research"]
    scheduler = schedule.SystemdScheduler(tmp_path / "systemd" / "user")
    scheduler.install(LINKEDIN, extras=["research"])
    service = (tmp_path / "systemd" / "user" / f"{schedule.JOB}.service").read_text()
    assert "verify --notify --extra research" in service


def test_launchd_agent_is_a_valid_plist(tmp_path):
    ran: list[list[str]] = []
    scheduler = schedule.LaunchdScheduler(tmp_path, run=lambda argv: ran.append(argv) or True)
    scheduler.install(LINKEDIN)
    plist = plistlib.loads(scheduler.plist.read_bytes())
    assert plist["Label"] == schedule.LABEL
    assert plist["ProgramArguments"][-2:] == ["verify", "--notify"]
    assert plist["StartCalendarInterval"] == {"Day": 1, "Hour": 10}
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
    assert root.find(".//t:Arguments", ns).text == "-m wizard verify --notify"
    assert root.find(".//t:DaysOfMonth/t:Day", ns).text == "1"
    assert ran[0][:4] == ["schtasks", "/Create", "/TN", schedule.JOB]
    scheduler.remove()
    assert ran[-1][:2] == ["schtasks", "/Delete"]


# The notification, on a private D-Bus session


@pytest.fixture
def bus_monitor(secret_service):
    """dbus-monitor on the test session bus, watching Notify calls."""
    if shutil.which("dbus-monitor") is None:
        from tests.conftest import skip_missing

        skip_missing("dbus-monitor (Debian package dbus-bin)")
    log = secret_service.home / f"monitor-{time.monotonic_ns()}.log"
    with log.open("w") as out:
        proc = subprocess.Popen(
            [
                "dbus-monitor",
                "--address",
                secret_service.address,
                "interface='org.freedesktop.Notifications'",
            ],
            stdout=out,
            stderr=subprocess.STDOUT,
        )
    yield secret_service, log
    proc.terminate()
    proc.wait(timeout=10)


def run_with_bus(service, args, stdin):
    import os

    env = {**os.environ, "DBUS_SESSION_BUS_ADDRESS": service.address}
    return subprocess.run(
        [sys.executable, "-m", "wizard", *args],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )


def test_notify_only_when_something_is_not_off(bus_monitor, site, new_email):
    service, log = bus_monitor
    on = new_email()
    proc = run_with_bus(service, ["verify", "--notify", "--site", site.url], f"{on}\npw\n")
    assert proc.returncode == 1
    off = new_email()
    site.set_all(off, False)
    proc = run_with_bus(service, ["verify", "--notify", "--site", site.url], f"{off}\npw\n")
    assert proc.returncode == 0
    # The monitor prints each call; give it the moment a pipe needs to flush.
    deadline = time.monotonic() + 10
    while "2 settings are still on" not in log.read_text() and time.monotonic() < deadline:
        time.sleep(0.1)
    text = log.read_text()
    assert text.count("member=Notify") == 1
    # Whose account it is, for members with several.
    name = site.account(on).display_name
    assert f"LinkedIn opt-out check ({name}): 2 settings are still on." in text
