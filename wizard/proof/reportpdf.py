"""A verification as a PDF, drawn by Qt (QTextDocument onto QPdfWriter): no extra tool.

Rendered from the same HTML as the HTML report, with the evidence pictures handed
to the document as resources rather than data: URIs.
"""

from __future__ import annotations

from wizard.proof.reporthtml import render_html
from wizard.reading.result import Report


def ensure_gui_application() -> object:
    """Qt's fonts and painting need a QGuiApplication; the terminal gets an offscreen one."""
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance()
    if app is None:
        app = QGuiApplication(["optout-wizard", "-platform", "offscreen"])
    return app


def pdf_bytes(report: Report, practice: bool = False, lang: str = "en") -> bytes:
    """The report as a PDF (A4, paged by Qt), drawn in memory: writing it is the
    caller's, so a failed write is an OSError there, never a silent empty file."""
    ensure_gui_application()
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QUrl
    from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPdfWriter, QTextDocument

    doc = QTextDocument()
    names: dict[str, str] = {}
    for number, check in enumerate(report.checks):
        if check.evidence and check.evidence.is_file():
            image = QImage(str(check.evidence))
            if not image.isNull():
                name = f"evidence-{number}.png"
                doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), image)
                names[check.optout_id] = name
    doc.setHtml(
        render_html(report, practice, picture=lambda check: names.get(check.optout_id), lang=lang)
    )

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setTitle(f"LinkedIn opt-out check, {report.checked_at:%Y-%m-%d}")
    writer.setCreator("LinkedIn opt-out wizard")
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(15, 15, 15, 15),
            QPageLayout.Unit.Millimeter,
        )
    )
    writer.setResolution(144)
    doc.print_(writer)
    del writer  # ends the PDF: its last bytes reach the buffer
    buffer.close()
    pdf = bytes(data.data())
    if not pdf.startswith(b"%PDF"):
        raise OSError("Qt did not draw the PDF")
    return pdf
