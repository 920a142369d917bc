"""The proof, on the Done screen: save the report (HTML or PDF), and what earlier
checks said, with any change flagged ("was OFF on 3 March, now ON")."""

from __future__ import annotations

from datetime import date
from html import escape
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import QFileDialog, QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from wizard.gui.context import WizardContext
from wizard.reading.result import Report, check_word, file_part

EARLIER_SHOWN = 5


class Proof(QGroupBox):
    def __init__(self, ctx: WizardContext) -> None:
        super().__init__()
        self.setTitle(self.tr("A report to keep"))
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
        self.status.setTextFormat(Qt.TextFormat.RichText)
        self.status.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        self.status.setProperty("takesFocus", True)  # its links take the focus: style.py
        self.status.linkActivated.connect(lambda _link: self.open_saved())
        # After a save: the report itself, and where it is.
        self.open_button = QPushButton(self.tr("O&pen report"))
        self.open_button.setAccessibleName(self.tr("Open the saved report"))
        self.open_button.clicked.connect(self.open_saved)
        self.folder_button = QPushButton(self.tr("Show in fo&lder"))
        self.folder_button.setAccessibleName(self.tr("Show the saved report in its folder"))
        self.folder_button.clicked.connect(self.show_folder)
        for button in (self.open_button, self.folder_button):
            button.hide()
        self.saved: Path | None = None
        row = QHBoxLayout()
        row.addWidget(self.save_button)
        row.addWidget(self.open_button)
        row.addWidget(self.folder_button)
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
                        f"{r.titles.get(c.optout_id, c.optout_id)}: {check_word(c)}"
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
            self.status.setText(escape(problem))
            return False
        self.saved = path
        link = (
            f'<a href="{escape(QUrl.fromLocalFile(str(path)).toString())}">{escape(str(path))}</a>'
        )
        self.status.setText(self.tr("Saved: {path}").format(path=link))
        self.open_button.show()
        self.folder_button.show()
        return True

    def open_saved(self) -> None:
        if self.saved is not None:
            self.ctx.services.open_external(QUrl.fromLocalFile(str(self.saved)))

    def show_folder(self) -> None:
        """The folder that holds the report (file managers have no common "select this
        file" call; the folder opens, the report in it)."""
        if self.saved is not None:
            self.ctx.services.open_external(QUrl.fromLocalFile(str(self.saved.parent)))
