"""Welcome: the two settings in plain words, and what the app will and won't do."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QCheckBox, QLabel, QVBoxLayout, QWizardPage

from wizard.gui.context import WizardContext


class WelcomeScreen(QWizardPage):
    def __init__(self, ctx: WizardContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.setTitle(self.tr("Switch off two LinkedIn settings, and prove they stay off"))
        self.setSubTitle(
            self.tr(
                "About 5 minutes. You stay in charge: every change happens on the practice "
                "site (not LinkedIn)."
            )
            if ctx.practice
            else self.tr("About 5 minutes. You stay in charge: every change happens on LinkedIn.")
        )

        settings = "".join(
            f"<li><b>{escape(o.title)}</b><br>{escape(o.explanation)}</li>"
            for o in ctx.catalog.optouts
        )
        lead = (
            self.tr(
                "The wizard takes you to each of these settings, on the practice site's pages "
                "(a replica, not LinkedIn), and helps you switch it off:"
            )
            if ctx.practice
            else self.tr(
                "The wizard takes you to each of these settings, on LinkedIn's own pages, "
                "and helps you switch it off:"
            )
        )
        does = self.tr(
            "<b>What the wizard does:</b> shows you the right page, tells you live whether "
            "the switch is off, and at the end checks again on its own, with a picture of each "
            "switch as proof."
        )
        never = self.tr(
            "<b>What it never does:</b> it never sees your password (you type it into "
            "LinkedIn's own page). It stores nothing unless you ask it to remember you, and "
            "then only in your system's keyring."
        )
        intro = QLabel(f"<p>{escape(lead)}</p><ol>{settings}</ol><p>{does}</p><p>{never}</p>")
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.RichText)
        intro.setAccessibleName(self.tr("What the wizard does"))
        self.gpc = QCheckBox(self.tr("Send the Global &Privacy Control signal"))
        self.gpc.setChecked(ctx.gpc)
        self.gpc.setAccessibleName(self.tr("Send the Global Privacy Control signal"))
        self.gpc.toggled.connect(ctx.set_gpc)
        gpc_help = QLabel(
            self.tr(
                "Your browser tells LinkedIn you do not want your data sold or shared. "
                "LinkedIn says this opts members in the US out of data sharing. It is "
                "never taken as proof: the wizard still reads every switch."
            )
        )
        gpc_help.setWordWrap(True)
        self.gpc.setAccessibleDescription(gpc_help.text())
        layout = QVBoxLayout(self)
        if ctx.practice:
            layout.addWidget(practice_banner())
        layout.addWidget(intro)
        layout.addWidget(self.gpc, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(gpc_help)
        layout.addStretch()


def practice_banner() -> QLabel:
    banner = QLabel(
        QCoreApplication.translate(
            "PracticeBanner",
            "Practice mode: this is a replica of LinkedIn on your computer. "
            "Nothing you do here touches your LinkedIn account. "
            "Tip: any email and password sign in.",
        )
    )
    banner.setObjectName("practiceBanner")
    banner.setWordWrap(True)
    banner.setStyleSheet(
        "#practiceBanner { background: #915907; color: white; padding: 6px; border-radius: 4px; }"
    )
    banner.setAccessibleName(QCoreApplication.translate("PracticeBanner", "Practice mode"))
    return banner
