"""The proof, on the Done screen: save the report (HTML or PDF), and what earlier
checks said, with any change flagged ("was OFF on 3 March, now ON")."""

from __future__ import annotations

from datetime import date
from html import escape
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from wizard.gui.context import WizardContext
from wizard.reading.result import Report, file_part

EARLIER_SHOWN = 5


class Proof(QGroupBox):
    def __init__(self, ctx: WizardContext) -> None:
        super().__init__()
        self.setTitle(self.tr("Your proof"))
        self.ctx = ctx
        self.save_button = QPushButton(self.tr("&Save report…"))
        self.save_button.setAccessibleName(self.tr("Save report"))
        self.save_button.setAccessibleDescription(
            self.tr("Saves the check, with a picture of each switch, as a web page or a PDF.")
        )
        self.save_button.clicked.connect(self.choose_and_save)
        self.save_button.setEnabled(False)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Report status"))
        row = QHBoxLayout()
        row.addWidget(self.save_button)
        row.addWidget(self.status, 1)
        self.changes = QLabel()
        self.changes.setWordWrap(True)
        self.changes.setTextFormat(Qt.TextFormat.RichText)
        self.changes.setAccessibleName(self.tr("Changes since the last check"))
        self.earlier = QLabel()
        self.earlier.setWordWrap(True)
        self.earlier.setTextFormat(Qt.TextFormat.RichText)
        self.earlier.setAccessibleName(self.tr("Earlier checks"))
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.changes)
        layout.addWidget(self.earlier)

    def show_report(self, report: Report | None) -> None:
        self.save_button.setEnabled(report is not None)
        changes = self.ctx.record.changes
        if changes:
            lines = "".join(
                f"<li>{'⚠ ' if c.worse else ''}{escape(c.sentence())}</li>" for c in changes
            )
            heading = self.tr("Changed since the last check:")
            self.changes.setText(f"<p><b>{heading}</b></p><ul>{lines}</ul>")
        else:
            self.changes.clear()
        self.changes.setVisible(bool(changes))
        history = self.ctx.services.history
        # The account's checks kept before this run's (never this one, even when it
        # could not be kept itself).
        earlier = list(self.ctx.record.earlier) if report is not None else []
        if earlier:
            rows = "".join(
                f"<li>{r.checked_at.astimezone():%Y-%m-%d %H:%M}: "
                + escape(
                    ", ".join(
                        f"{r.titles.get(c.optout_id, c.optout_id)} {c.state.value}"
                        for c in r.checks
                    )
                )
                + "</li>"
                for r in reversed(earlier[-EARLIER_SHOWN:])
            )
            self.earlier.setText(f"<p><b>{self.tr('Earlier checks')}</b></p><ul>{rows}</ul>")
        else:
            self.earlier.setText(
                self.tr("This is the first check kept on this computer.")
                if history is not None
                else ""
            )

    def choose_and_save(self, report: Report | None = None) -> None:
        """Ask where, then save this account's report (or an earlier account's)."""
        report = report or self.ctx.record.report
        whose = f"-{file_part(report.account)}" if report and report.account else ""
        name = f"linkedin-optout-check-{date.today():%Y-%m-%d}{whose}.html"
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save report"),
            str(Path.home() / name),
            self.tr("Web page, pictures included (*.html);;PDF document (*.pdf)"),
        )
        if path:
            self.save_report(Path(path), report)

    def save_report(self, path: Path, report: Report | None = None) -> bool:
        report = report or self.ctx.record.report
        if report is None:
            return False
        if path.suffix.lower() not in (".html", ".htm", ".pdf"):
            path = path.with_suffix(".html")
        from wizard.proof.aftercheck import save

        problem = save(report, path, self.ctx.practice, self.ctx.lang)
        if problem:
            self.status.setText(problem)
            return False
        self.status.setText(self.tr("Saved: {path}").format(path=path))
        return True
