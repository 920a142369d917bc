"""The report looks like the Done screen: the verdict as its headline in the
answer's colour, one table of results, each picture at its own size (its words as
the page had them), the member's date written out. Checked where a member sees it:
the HTML drawn by a real Chromium, the PDF drawn page by page by Qt's PDF renderer."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

from tests.helpers.proofs import png
from tests.helpers.verifying import in_thread
from wizard.proof.reporthtml import PICTURE_MAX_WIDTH, render_html
from wizard.reading.result import Report

BAD = (0xA4, 0x26, 0x2C)  # the report's colour for "on"


def report_with_pictures(folder: Path) -> Report:
    """One setting on, one off; a picture narrower than the page and one wider."""
    return Report.from_json(
        {
            "site": "https://www.linkedin.com",
            "checked_at": "2026-03-03T09:15:00Z",
            "browser": "Chromium 156",
            "account": "Alex Member",
            "results": [
                {
                    "id": "ai-training",
                    "title": "Data for Generative AI Improvement",
                    "state": "ON",
                    "reason": "The switch is on.",
                    "evidence": str(png(folder / "ai.png", 600, 90, rgb=(90, 90, 90))),
                    "url": "https://www.linkedin.com/mypreferences/d/settings/data-for-ai-improvement",
                },
                {
                    "id": "affiliate-sharing",
                    "title": "Share data with affiliates and partners",
                    "state": "OFF",
                    "reason": "The switch is off.",
                    "evidence": str(png(folder / "partners.png", 900, 90, rgb=(60, 60, 200))),
                    "url": "https://www.linkedin.com/mypreferences/s/settings/share-data",
                },
            ],
        }
    )


def test_the_html_report_reads_as_a_verdict_in_a_browser(tmp_path):
    page_file = tmp_path / "report.html"
    page_file.write_text(render_html(report_with_pictures(tmp_path)), encoding="utf-8")

    from playwright.async_api import async_playwright

    from wizard.check import browsers

    async def measure() -> str:
        async with async_playwright() as pw:
            browser, _ = await browsers.launch_first(pw)
            try:
                page = await browser.new_page(viewport={"width": 900, "height": 1200})
                await page.goto(page_file.as_uri())
                return await page.evaluate(
                    """() => {
                    const h1 = document.querySelector('h1');
                    const style = getComputedStyle(h1);
                    return JSON.stringify({
                      headline: h1.textContent.trim(),
                      size: parseFloat(style.fontSize),
                      colour: style.color,
                      headlineTop: h1.getBoundingClientRect().top,
                      tables: document.querySelectorAll('table.results').length,
                      rows: document.querySelectorAll('table.results tr').length,
                      pictures: [...document.images].map(i => [i.naturalWidth,
                        i.getBoundingClientRect().width]),
                      text: document.body.innerText,
                    });
                  }"""
                )
            finally:
                await browser.close()

    seen = json.loads(in_thread(lambda: asyncio.run(measure())))
    assert seen["headline"].startswith("● 1 setting is still on."), seen["headline"]
    assert seen["size"] >= 24, "the verdict is body text"
    assert seen["colour"] == "rgb({}, {}, {})".format(*BAD)
    assert seen["headlineTop"] < 120, "the verdict is not what the report opens with"
    assert (seen["tables"], seen["rows"]) == (1, 3), "a table per setting"
    assert seen["pictures"] == [[600, 600], [900, PICTURE_MAX_WIDTH]], (
        "pictures shrunk: their words are smaller than the page had them"
    )
    assert "Tuesday, 3 March 2026" in seen["text"], "the date is not written out"


def test_the_pdf_report_opens_with_the_verdict_in_its_colour(qapp, tmp_path):
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize
    from PySide6.QtPdf import QPdfDocument

    from wizard.proof.reportpdf import pdf_bytes

    data = QByteArray(pdf_bytes(report_with_pictures(tmp_path)))
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    assert document.status() == QPdfDocument.Status.Ready
    points = document.pagePointSize(0)
    page = document.render(0, QSize(int(points.width() * 2), int(points.height() * 2)))
    top = page.height() // 4
    reds = 0
    for y in range(0, top, 2):
        for x in range(0, page.width(), 2):
            colour = page.pixelColor(x, y)
            if (
                abs(colour.red() - BAD[0])
                + abs(colour.green() - BAD[1])
                + abs(colour.blue() - BAD[2])
                < 60
            ):
                reds += 1
    assert reds >= 150, f"{reds} pixels of the 'on' colour at the top of page 1"
    text = document.getAllText(0).text()
    assert "1 setting is still on." in text
    assert "Tuesday, 3 March 2026" in text
