"""Done: what was achieved, what was skipped, and what the member can do next."""

from __future__ import annotations

from html import escape
from urllib.parse import urlsplit

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from wizard.base.i18n import long_date_time
from wizard.engine.run import RunRecord
from wizard.gui.context import WizardContext
from wizard.gui.laterchecks import LaterChecks
from wizard.gui.newsettings import NewOnLinkedIn
from wizard.gui.proof import Proof
from wizard.gui.screen import COLUMN_WIDTH, Screen
from wizard.gui.style import SECTION, Tone, edge
from wizard.gui.style import heading as section_heading
from wizard.gui.widgets import (
    Thumbnail,
    answer_mark,
    headline_label,
    show_answer_mark,
    show_headline,
    tone_of,
)
from wizard.reading.result import Check, Report, check_phrase, check_word

OBJECTION_FORM = "https://www.linkedin.com/help/linkedin/ask/TS-DPRO"


class DoneScreen(Screen):
    """Signals: `anotherAccount()` when the member wants to do it all again as
    someone else (the window starts over with a fresh profile)."""

    anotherAccount = Signal()
    checkAgain = Signal()
    sendObjection = Signal()  # the objection form's step, from here

    def __init__(self, ctx: WizardContext) -> None:
        super().__init__(ctx, column=True)
        self.setTitle(self.tr("Done"))
        self.setSubTitle(self.tr("What was done, your proof, and what comes next."))
        self.setFinalPage(True)
        self.headline = headline_label()  # the answer, in one large sentence
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
        ]
        if ctx.catalog.objection is None:
            # A catalog from before the objection step: the form, as a link. Otherwise
            # the objection's own card below says it and offers the step.
            steps.append(
                self.tr(
                    "The switch covers AI that <i>creates content</i>. For LinkedIn's other "
                    "uses of your data for AI, you can object with LinkedIn's "
                    '<a href="{url}">Data Processing Objection form</a>.'
                ).format(url=OBJECTION_FORM)
            )
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
        self.earlier_accounts = QLabel()
        self.earlier_accounts.setWordWrap(True)
        self.earlier_accounts.setTextFormat(Qt.TextFormat.RichText)
        self.earlier_accounts.setAccessibleName(self.tr("Accounts done earlier in this run"))
        self.earlier_accounts.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        self.earlier_accounts.setProperty("takesFocus", True)  # its links take the focus: style.py
        self.earlier_accounts.linkActivated.connect(self._save_earlier)
        self.earlier_accounts.hide()
        self.another_button = QPushButton(self.tr("Do this for &another account"))
        self.another_button.setAccessibleName(self.tr("Do this for another account"))
        self.another_button.setAccessibleDescription(
            self.tr(
                "Starts again with a fresh browser profile, to sign in with another LinkedIn "
                "account. The results of this account stay on this screen."
            )
        )
        self.another_button.clicked.connect(self.anotherAccount)
        another_row = QHBoxLayout()
        another_row.addWidget(self.another_button)
        another_row.addStretch()

        layout = self.body
        top = QHBoxLayout()
        top.setSpacing(16)
        self.mark = answer_mark(64)
        top.addWidget(self.mark, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.headline, 1)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        self.proof_heading = section_heading(self.tr("Your proof"), SECTION)
        layout.addWidget(self.proof_heading)
        # The evidence, one card a setting, in a column: each picture at its own size
        # (shrunk only to fit), with where and when it was read, and whose it is.
        self.pictures = QVBoxLayout()
        self.pictures.setSpacing(8)
        self.thumbnails: list[Thumbnail] = []
        self.cards: list[QFrame] = []
        layout.addLayout(self.pictures)
        # What LinkedIn's lists show that the app does not know: right after the
        # proof of what it does know, before what comes later.
        self.new_on_linkedin = NewOnLinkedIn()
        self.new_on_linkedin.openPage.connect(self.open_page)
        self.new_on_linkedin.checkAgain.connect(self.checkAgain)
        self.page_window: QWidget | None = None
        layout.addWidget(self.new_on_linkedin)
        self._objection_card(layout)
        layout.addWidget(self.proof)
        layout.addWidget(self.later)
        layout.addWidget(self.earlier_accounts)
        layout.addLayout(another_row)
        layout.addWidget(self.next_steps)
        layout.addStretch()

    def initializePage(self) -> None:
        record = self.ctx.record
        items = []
        for optout in self.ctx.chosen():
            check = record.report.check(optout.id) if record.report else None
            state = check_phrase(check) if check else self.tr("not checked")
            note = ""
            if record.skipped(optout.id):
                note = " " + self.tr("(you skipped this step)")
            items.append(f"<li><b>{escape(optout.title)}</b>: {escape(state)}{note}</li>")
        not_offered = record.report is not None and any(c.not_offered for c in record.report.checks)
        if not record.all_done():
            headline = self.tr(
                "Not everything is off yet: see below, or go Back and press “Fix this”."
            )
        elif not_offered:
            headline = self.tr(
                "Every setting LinkedIn offers you is off, and the check confirmed it."
            )
        else:
            headline = self.tr("Every setting is off, and the check confirmed it.")
        whose = ""
        if self.ctx.accounts_done:  # several accounts: say whose results these are
            whose = "<p><b>{}</b></p>".format(
                escape(self.tr("Account: {name}").format(name=self.account_title(record)))
            )
        if record.report is not None:
            show_headline(self.headline, record.report)
        else:
            self.headline.setText(headline)
        show_answer_mark(self.mark, record.report)
        self.summary.setText(f"{whose}<p>{escape(headline)}</p><ul>{''.join(items)}</ul>")
        self._show_pictures(record.report)
        self.new_on_linkedin.show_listing(record.report.listing if record.report else None)
        self._show_objection(record)
        self.proof.show_report(record.report)
        self.later.refresh()
        self._show_earlier_accounts()

    def _show_pictures(self, report: Report | None) -> None:
        for old in self.cards:
            self.pictures.removeWidget(old)
            old.deleteLater()
        self.thumbnails = []
        self.cards = []
        self.proof_heading.setVisible(report is not None)
        if report is None:
            return
        for check in report.checks:
            card, thumbnail = self._proof_card(report, check)
            # In the layout before it is shown: a widget shown without a parent would
            # be a window of its own for a moment, and take the focus from this one.
            self.pictures.addWidget(card)
            self.cards.append(card)
            self.thumbnails.append(thumbnail)
            thumbnail.describe(
                check, report.titles.get(check.optout_id, check.optout_id), report.account or ""
            )
            thumbnail.show_file(check.evidence)

    def _proof_card(self, report: Report, check: Check) -> tuple[QFrame, Thumbnail]:
        title = report.titles.get(check.optout_id, check.optout_id)
        name = self.tr("{title}: {state}, the picture").format(title=title, state=check_word(check))
        card = QFrame()
        card.setObjectName("proofCard")
        card.setStyleSheet(
            f"#proofCard {{ border: 1px solid palette(mid); border-left: 5px solid"
            f" {edge(tone_of(check), card.palette())}; border-radius: 6px;"
            " background: palette(base); }"
        )
        heading_label = QLabel(f"<b>{escape(title)}</b>: {escape(check_phrase(check))}")
        heading_label.setWordWrap(True)
        thumbnail = Thumbnail(name, max_width=COLUMN_WIDTH - 48, max_height=320)
        thumbnail.setToolTip(name)
        host = urlsplit(check.url or report.site).netloc or report.site
        when = long_date_time(check.checked_at)
        whose = report.account or self.tr("the account signed in")
        caption = QLabel(
            self.tr("Read on {where} on {when}, for {whose}.").format(
                where=host, when=when, whose=whose
            )
        )
        caption.setWordWrap(True)
        column = QVBoxLayout(card)
        column.setContentsMargins(16, 12, 16, 12)
        column.setSpacing(8)
        column.addWidget(heading_label)
        column.addWidget(thumbnail, 0, Qt.AlignmentFlag.AlignLeft)
        column.addWidget(caption)
        return card, thumbnail

    def _objection_card(self, layout: QVBoxLayout) -> None:
        """The objection: its own card and word ("Sent"), never among the settings."""
        card = self.objection = QFrame()
        card.setObjectName("objectionCard")
        card.setStyleSheet(
            "#objectionCard { border: 1px solid palette(mid); border-left: 5px solid"
            f" {edge(Tone.INFO, card.palette())}; border-radius: 6px; background: palette(base); }}"
        )
        card.setAccessibleName(self.tr("Data Processing Objection"))
        self.objection_text = QLabel()
        self.objection_text.setWordWrap(True)
        self.objection_text.setTextFormat(Qt.TextFormat.RichText)
        self.objection_picture = Thumbnail(
            self.tr("Picture of LinkedIn's confirmation"),
            max_width=COLUMN_WIDTH - 48,
            max_height=320,
        )
        self.objection_button = QPushButton(self.tr("Send an ob&jection…"))
        self.objection_button.setAccessibleDescription(
            self.tr("Opens LinkedIn's Data Processing Objection form in the wizard.")
        )
        self.objection_button.clicked.connect(self.sendObjection)
        column = QVBoxLayout(card)
        column.setContentsMargins(16, 12, 16, 12)
        column.setSpacing(8)
        column.addWidget(self.objection_text)
        column.addWidget(self.objection_picture, 0, Qt.AlignmentFlag.AlignLeft)
        column.addWidget(self.objection_button, 0, Qt.AlignmentFlag.AlignLeft)
        card.hide()
        layout.addWidget(card)

    def _show_objection(self, record: RunRecord) -> None:
        """This run's objection, or the last one the history holds (carried into the
        report); after a year, or when none was ever sent, the step is offered."""
        known = self.ctx.catalog.objection is not None
        objection = record.objection or (record.report.objection if record.report else None)
        heading = escape(self.tr("Data Processing Objection"))
        if objection is None:
            if not known or self.ctx.objection_chosen:
                self.objection.hide()  # chosen and not sent: its step said why
                return
            self.objection_text.setText(
                f"<p><b>{heading}</b></p><p>"
                + escape(
                    self.tr(
                        "The switch covers only AI that creates content. For LinkedIn's other "
                        "uses of your data for AI you can object with LinkedIn's form; the "
                        "wizard shows it and keeps LinkedIn's confirmation as proof. LinkedIn "
                        "decides; it answers by e-mail."
                    )
                )
                + "</p>"
            )
            self.objection_button.setText(self.tr("Send an ob&jection…"))
            self.objection_button.show()
            self.objection_picture.show_file(None)
            self.objection.show()
            return
        due = objection.carried and objection.due_again()
        parts = [
            f"<p><b>{heading}: {escape(objection.word())}</b></p>",
            f"<p>{escape(objection.sentence())}</p>",
            f"<p>{escape(objection.next_step())}</p>",
        ]
        if due:
            parts.append(
                "<p>"
                + escape(
                    self.tr(
                        "It was sent over a year ago. LinkedIn's uses of data change: you "
                        "may send it again."
                    )
                )
                + "</p>"
            )
        self.objection_text.setText("".join(parts))
        self.objection_button.setText(self.tr("Send it a&gain…"))
        self.objection_button.setVisible(due and known)
        self.objection_picture.show_file(objection.evidence)
        self.objection.show()

    def account_title(self, record: RunRecord) -> str:
        report = record.report
        if report is not None and report.account:
            return report.account
        return self.tr("(name not shown)")

    def _show_earlier_accounts(self) -> None:
        """What the accounts done before this one ended with, each report still saveable."""
        done = self.ctx.accounts_done
        self.earlier_accounts.setVisible(bool(done))
        if not done:
            return
        rows = []
        for index, record in enumerate(done):
            report = record.report
            if report is None:
                states = escape(self.tr("not checked"))
                save = ""
            else:
                states = escape(
                    ", ".join(
                        f"{report.titles.get(c.optout_id, c.optout_id)}: {check_word(c)}"
                        for c in report.checks
                    )
                )
                save = ' — <a href="save:{}">{}</a>'.format(
                    index, escape(self.tr("Save its report…"))
                )
            name = escape(self.account_title(record))
            rows.append(f"<li><b>{name}</b>: {states}{save}</li>")
        heading = escape(self.tr("Done earlier in this run"))
        self.earlier_accounts.setText(f"<p><b>{heading}</b></p><ul>{''.join(rows)}</ul>")

    def _save_earlier(self, link: str) -> None:
        index = int(link.removeprefix("save:"))
        report = self.ctx.accounts_done[index].report
        if report is not None:
            self.proof.choose_and_save(report)

    def shutdown(self) -> None:
        self.later.shutdown()

    def open_page(self, url: str, title: str) -> None:
        """A listed setting's own page, in a window of the wizard's (same session)."""
        from wizard.gui.web.pagewindow import PageWindow

        if not self.ctx.site.owns(url):
            return  # never: the check keeps only rows on the site's own pages
        window = PageWindow(self.ctx.session, url, title, self.ctx.services.open_external, self)
        self.page_window = window
        window.finished.connect(lambda _result: self._visited(url, title))
        window.open()

    def _visited(self, url: str, title: str) -> None:
        self.new_on_linkedin.visited(url, title)
        self.completeChanged.emit()  # "Check again" is the one thing to do: Finish is not

    def has_primary_action(self) -> bool:
        return any(
            b.isVisible() and bool(b.property("primary"))
            for b in self.new_on_linkedin.check_buttons.values()
        )

    def _open_link(self, url: str) -> None:
        from PySide6.QtCore import QUrl

        self.ctx.services.open_external(QUrl(url))
