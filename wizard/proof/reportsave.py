"""Saving a report where the member asked: HTML (one file, pictures inside) or PDF.

Written whole or not at all (files.write_atomically), and a failure is an OSError
the caller turns into a sentence: "Report saved" is said only of a saved report.
"""

from __future__ import annotations

from pathlib import Path

from wizard.base.files import write_atomically
from wizard.reading.result import Report

FORMATS = (".html", ".htm", ".pdf")


def save_report(report: Report, path: Path, practice: bool = False, lang: str = "en") -> None:
    """By the file's ending: .pdf is a PDF, anything else the HTML report."""
    if path.is_dir():
        raise IsADirectoryError(21, "it is a folder", str(path))
    if path.suffix.lower() == ".pdf":
        from wizard.proof.reportpdf import pdf_bytes

        data = pdf_bytes(report, practice, lang)
    else:
        from wizard.proof.reporthtml import render_html

        data = render_html(report, practice, lang=lang).encode("utf-8")
    write_atomically(path, data)
