"""The report, HTML and PDF, rendered from the JSON: every fact, the pictures, and
nothing a page could inject."""

from __future__ import annotations

import unicodedata

from tests.helpers.proofs import HOSTILE, fixed_report
from tests.helpers.verifying import app_process, verify_command
from wizard.proof.reporthtml import render_html


def test_html_report_holds_every_fact_and_embeds_the_pictures(tmp_path):
    report = fixed_report(tmp_path)
    html = render_html(report)
    for words in (
        "2026-03-03 09:15:00",
        "https://www.linkedin.com",
        "Alex Member",
        "Chromium 156",
        "✓ Off — you are opted out<",  # the member's words; the codes stay in the JSON
        "● On — LinkedIn still uses your data for this<",
        "! Not found<",
        "The switch is on.",
        "/mypreferences/d/settings/data-for-ai-improvement",
        "What each result means",
        "<b>Signed out</b>",
        "<b>Check needed</b>",
    ):
        assert words in html, words
    assert ">NOT_FOUND<" not in html and ">OFF<" not in html
    assert "Only “Off” means the switch was found" in html  # the word, not the code
    assert html.count("data:image/png;base64,") == 2  # one per picture, none missing
    assert "<script" not in html  # self-contained and inert
    assert 'src="http' not in html  # nothing fetched from anywhere


def test_the_report_names_settings_linkedin_added(site, new_email, tmp_path):
    """The real command with a report: the new row, its state, its address and since
    when; and a list that could not be read is its own sentence."""
    email = new_email("newsetting")
    target = tmp_path / "check.html"
    proc = app_process(
        "verify", "--site", site.url, "--report", str(target), stdin=f"{email}\npw\n"
    )
    assert proc.returncode == 1, proc.stderr
    html = target.read_text(encoding="utf-8")
    assert "<h2>New on LinkedIn</h2>" in html
    assert "Data for AI-powered features" in html
    assert "/mypreferences/d/settings/data-for-ai-powered-features" in html
    assert "New since this check." in html
    failing = new_email("listerror")
    proc = app_process(
        "verify", "--site", site.url, "--report", str(target), stdin=f"{failing}\npw\n"
    )
    html = target.read_text(encoding="utf-8")
    assert html.count("Could not list LinkedIn&#39;s settings at") == 2
    assert "show no setting this app does not know" not in html  # unread is not "none"
    plain = new_email()
    proc = app_process(
        "verify", "--site", site.url, "--report", str(target), stdin=f"{plain}\npw\n"
    )
    html = target.read_text(encoding="utf-8")
    assert "show no setting this app does not know" in html  # nothing new: said, not silent


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
    # NFKC: the PDF's font draws "ff" as one ligature glyph.
    text = unicodedata.normalize("NFKC", " ".join(page.extract_text() for page in reader.pages))
    for words in (
        "LinkedIn opt-out check",
        "Data for Generative AI Improvement",
        "Off",
        "Not found",
        "What each result means",
        "<script>alert",
    ):
        assert words in " ".join(text.split()), words
    images = sum(len(page.images) for page in reader.pages)
    assert images == 2


def breaks_within(text: str, words: str) -> int:
    """How many line breaks the PDF's text puts inside `words` (its start at 0)."""
    breaks, at = 0, 0
    for char in text:
        if at == len(words):
            break
        if char == words[at]:
            at += 1
        elif char == "\n":
            breaks += 1
        elif not char.isspace():
            break
    return breaks


def test_pdf_addresses_stay_on_a_line_and_pictures_are_not_cut(qapp, tmp_path):
    """The address of each page on at most two lines (it wrapped over five in a
    narrow column), and each picture whole on one page."""
    from pypdf import PdfReader

    from wizard.proof.reportsave import save_report

    report = fixed_report(tmp_path)
    path = tmp_path / "report.pdf"
    save_report(report, path)
    reader = PdfReader(str(path))
    text = unicodedata.normalize("NFKC", "\n".join(p.extract_text() for p in reader.pages))
    for check in report.checks:
        if not check.url:
            continue
        start = text.index(check.url[:30])
        assert breaks_within(text[start:], check.url) <= 1, text[
            start : start + len(check.url) + 10
        ]
    pictures = sum(len(page.images) for page in reader.pages)
    assert pictures == 2  # each drawn once: none cut in two across pages


def test_verify_command_writes_html_and_pdf_reports(site, new_email, tmp_path):
    """The real command, in its own process (Qt draws the PDF on its main thread)."""
    from pypdf import PdfReader

    email = new_email()
    site.set_all(email, False)
    for name in ("check.html", "check.pdf"):
        target = tmp_path / name
        proc = app_process(
            "verify", "--site", site.url, "--report", str(target), stdin=f"{email}\npw\n"
        )
        assert proc.returncode == 0, proc.stderr
        assert f"Report saved: {target}" in proc.stderr
        data = target.read_bytes()
        if name.endswith(".html"):
            assert data.count(b"data:image/png;base64,") == 2
        else:
            reader = PdfReader(str(target))
            assert sum(len(p.images) for p in reader.pages) == 2
            assert "Off" in unicodedata.normalize("NFKC", reader.pages[0].extract_text())


def test_report_names_the_account_the_page_showed(site, tmp_path):
    email = "jordan.example@practice.test"
    run = verify_command(site.url, f"{email}\npw\n", as_json=True)
    assert run.json()["account"] == "Jordan Example"


def test_bad_report_name_is_bad_usage():
    proc = app_process("verify", "--report", "out.docx", timeout=60)
    assert proc.returncode == 64
    assert "must end in .html or .pdf" in proc.stderr


# History


def test_the_objection_has_its_own_section_in_the_html_and_the_pdf(qapp, tmp_path):
    """Sent, its date and case, LinkedIn's words (a page's words stay text), the
    picture; never a row of the settings' table."""
    from dataclasses import replace
    from datetime import UTC, datetime

    from pypdf import PdfReader

    from tests.helpers.proofs import png
    from wizard.proof.reportsave import save_report
    from wizard.reading.objection import Objection

    base = fixed_report(tmp_path)
    sent = Objection(
        datetime(2026, 12, 7, 10, 0, tzinfo=UTC),
        base.site,
        base.account,
        "261207-000123",
        f"We received your request {HOSTILE}",
        evidence=png(tmp_path / "objection.png", 60, 30, (20, 90, 160)),
    )
    report = replace(base, objection=sent)
    html = render_html(report)
    assert "<h2>Data Processing Objection</h2>" in html
    assert "<b>Sent</b> · Objection sent on Monday, 7 December 2026, case 261207-000123." in html
    assert "<script>alert" not in html  # LinkedIn's words are shown as text
    start = html.index('<table class="results"')
    assert "Objection" not in html[start : html.index("</table>", start)]  # not a setting
    assert html.count('<img src="data:image/png;base64,') == 3  # two checks' and its own

    path = tmp_path / "report.pdf"
    save_report(report, path)
    reader = PdfReader(str(path))
    text = " ".join(
        " ".join(unicodedata.normalize("NFKC", page.extract_text()).split())
        for page in reader.pages
    )
    assert "Data Processing Objection" in text and "261207-000123" in text
    assert "Sent" in text and "answers by e-mail" in text
    assert sum(len(page.images) for page in reader.pages) == 3
