"""Welcome: the two settings in plain words, and what the app will and won't do."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWizardPage

from wizard.gui.context import WizardContext


class WelcomeScreen(QWizardPage):
    def __init__(self, ctx: WizardContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.setTitle("Switch off two LinkedIn settings, and prove they stay off")
        where = "the practice site (not LinkedIn)" if ctx.practice else "LinkedIn"
        self.setSubTitle(f"About 5 minutes. You stay in charge: every change happens on {where}.")

        settings = "".join(
            f"<li><b>{escape(o.title)}</b><br>{escape(o.explanation)}</li>"
            for o in ctx.catalog.optouts
        )
        pages = (
            "the practice site's pages (a replica, not LinkedIn)"
            if ctx.practice
            else "LinkedIn's own pages"
        )
        intro = QLabel(
            f"<p>The wizard takes you to each of these settings, on {pages}, "
            "and helps you switch it off:</p>"
            f"<ol>{settings}</ol>"
            "<p><b>What the wizard does:</b> shows you the right page, tells you live whether "
            "the switch is off, and at the end checks again on its own, with a picture of each "
            "switch as proof.</p>"
            "<p><b>What it never does:</b> it never sees your password (you type it into "
            "LinkedIn's own page). It stores nothing unless you ask it to remember you, and "
            "then only in your system's keyring.</p>"
        )
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.RichText)
        intro.setAccessibleName("What the wizard does")
        layout = QVBoxLayout(self)
        if ctx.practice:
            layout.addWidget(practice_banner())
        layout.addWidget(intro)
        layout.addStretch()


def practice_banner() -> QLabel:
    banner = QLabel(
        "Practice mode: this is a replica of LinkedIn on your computer. "
        "Nothing you do here touches your LinkedIn account. "
        "Tip: any email and password sign in."
    )
    banner.setObjectName("practiceBanner")
    banner.setWordWrap(True)
    banner.setStyleSheet(
        "#practiceBanner { background: #915907; color: white; padding: 6px; border-radius: 4px; }"
    )
    banner.setAccessibleName("Practice mode")
    return banner
