"""Done: what was achieved, what was skipped, and what the member can do next."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWizardPage

from wizard.detect import State
from wizard.gui.context import Outcome, WizardContext
from wizard.gui.laterchecks import LaterChecks
from wizard.gui.proof import Proof
from wizard.gui.welcomescreen import practice_banner
from wizard.report import state_word

OBJECTION_FORM = "https://www.linkedin.com/help/linkedin/ask/TS-DPRO"


class DoneScreen(QWizardPage):
    def __init__(self, ctx: WizardContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.setTitle(self.tr("Done"))
        self.setFinalPage(True)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setAccessibleName(self.tr("Summary"))
        steps = [
            self.tr(
                "LinkedIn can turn such switches back on or add new ones: run the wizard "
                "again now and then to check."
            ),
            self.tr("Changes to ad settings may take LinkedIn up to 24 hours to apply."),
            self.tr(
                "The switch covers AI that <i>creates content</i>. For LinkedIn's other uses "
                "of your data for AI, you can object with LinkedIn's "
                '<a href="{url}">Data Processing Objection form</a>.'
            ).format(url=OBJECTION_FORM),
        ]
        heading = self.tr("Next steps")
        self.next_steps = QLabel(
            f"<p><b>{heading}</b></p><ul>" + "".join(f"<li>{s}</li>" for s in steps) + "</ul>"
        )
        self.next_steps.setWordWrap(True)
        self.next_steps.setTextFormat(Qt.TextFormat.RichText)
        self.next_steps.setOpenExternalLinks(False)
        self.next_steps.linkActivated.connect(self._open_link)
        self.next_steps.setAccessibleName(self.tr("Next steps"))
        self.later = LaterChecks(ctx)
        self.proof = Proof(ctx)

        layout = QVBoxLayout(self)
        if ctx.practice:
            layout.addWidget(practice_banner())
        layout.addWidget(self.summary)
        layout.addWidget(self.proof)
        layout.addWidget(self.later)
        layout.addWidget(self.next_steps)
        layout.addStretch()

    def initializePage(self) -> None:
        record = self.ctx.record
        items = []
        for optout in self.ctx.chosen():
            check = record.report.check(optout.id) if record.report else None
            state = state_word(check.state) if check else self.tr("not checked")
            note = ""
            if record.outcomes.get(optout.id) is Outcome.SKIPPED:
                note = " " + self.tr("(you skipped this step)")
            items.append(f"<li><b>{escape(optout.title)}</b>: {escape(state)}{note}</li>")
        all_off = record.report is not None and all(
            c.state is State.OFF for c in record.report.checks
        )
        headline = (
            self.tr("Every setting is off, and the check confirmed it.")
            if all_off
            else self.tr("Not everything is off yet: see below, or go Back and press “Fix this”.")
        )
        self.summary.setText(f"<p>{escape(headline)}</p><ul>{''.join(items)}</ul>")
        self.proof.show_report(record.report)
        self.later.refresh()

    def shutdown(self) -> None:
        self.later.shutdown()

    def _open_link(self, url: str) -> None:
        from PySide6.QtCore import QUrl

        self.ctx.open_external(QUrl(url))
