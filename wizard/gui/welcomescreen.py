"""Welcome: one sentence of why, the settings as cards, three promises, and the rest
(the privacy signal, related settings) under "More options"."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from wizard.base.paths import resource
from wizard.catalog.model import OptOut
from wizard.gui.context import WizardContext
from wizard.gui.screen import Screen
from wizard.gui.style import SECTION, Tone, heading, scaled
from wizard.gui.widgets import Message, shield

MINUTES_PER_SETTING = 2  # measured: sign-in once, then a page and a click each


class WelcomeScreen(Screen):
    def __init__(self, ctx: WizardContext) -> None:
        super().__init__(ctx, expanding=True, column=True)
        # What a scheduled check found while the wizard was closed, if the member must
        # act on it: said here once, even when no notification could be shown then.
        self.later_notice = Message(self.tr("What the later check found"))
        self.body.addWidget(self.later_notice)
        self._say_later_run()
        lead = QLabel(
            self.tr(
                "LinkedIn uses your data to train AI and shares it for ads unless you switch "
                "this off. The wizard takes you to each switch, tells you when it is off, and "
                "checks again on its own, with a picture as proof."
            )
        )
        lead.setWordWrap(True)
        lead.setAccessibleName(self.tr("What the wizard is for"))
        top = QHBoxLayout()
        top.setSpacing(16)
        top.addWidget(shield(64), 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(lead, 1)
        self.body.addLayout(top)

        self.cards = QVBoxLayout()
        self.cards.setSpacing(8)
        self.body.addLayout(self.cards)
        self.card_widgets: dict[str, QFrame] = {}
        self._unfolded = False  # More options open
        self._show_cards()

        promises = QVBoxLayout()
        promises.setSpacing(8)
        practice = ctx.practice
        for icon, text in (
            (
                "trust-password.svg",
                self.tr("It never sees your password: you type it into LinkedIn's own page.")
                if not practice
                else self.tr("It never sees your password: you type it into the practice page."),
            ),
            (
                "trust-keyring.svg",
                self.tr(
                    "It keeps nothing, unless you ask it to remember you; then only in your "
                    "computer's password store (its keyring)."
                ),
            ),
            (
                "trust-proof.svg",
                self.tr("It checks each setting again on its own and keeps a picture as proof."),
            ),
        ):
            promises.addLayout(promise(icon, text))
        self.body.addLayout(promises)

        self.more_button = QPushButton(self.tr("&More options"))
        self.more_button.setCheckable(True)
        self.more_button.setAccessibleName(self.tr("More options"))
        self.more_button.setAccessibleDescription(
            self.tr(
                "The privacy signal, related settings you can add, and LinkedIn's objection form."
            )
        )
        self.more_button.toggled.connect(self.show_extras)
        self.body.addWidget(self.more_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.more = QWidget()
        more = QVBoxLayout(self.more)
        more.setContentsMargins(0, 0, 0, 0)
        more.setSpacing(8)
        self.gpc = QCheckBox(self.tr("Also ask LinkedIn not to share or sell my &data"))
        self.gpc.setChecked(ctx.gpc)
        self.gpc.setAccessibleName(self.tr("Also ask LinkedIn not to share or sell my data"))
        self.gpc.toggled.connect(ctx.set_gpc)
        gpc_help = QLabel(
            self.tr(
                "The wizard's browser sends the standard privacy signal for this (Global "
                "Privacy Control). LinkedIn says it opts members in the US out of data "
                "sharing. It is never taken as proof: every switch is still read."
            )
        )
        gpc_help.setWordWrap(True)
        self.gpc.setAccessibleDescription(gpc_help.text())
        more.addWidget(self.gpc, 0, Qt.AlignmentFlag.AlignLeft)
        more.addWidget(gpc_help)
        # The related settings: their boxes are made when first shown.
        self.extras: dict[str, QCheckBox] = {}
        self.objection: QCheckBox | None = None  # the objection form's step
        self._extras_panel: QWidget | None = None
        self._more = more
        self.more.hide()
        self.body.addWidget(self.more)
        self.body.addStretch()
        self.count_titles()
        ctx.choiceChanged.connect(self.count_titles)
        if ctx.extras:
            self.show_extras()

    def _say_later_run(self) -> None:
        runs = self.ctx.services.later_runs
        run = runs.unseen() if runs is not None else None
        if run is None or runs is None:
            return
        text = escape(run.sentence).replace("\n", "<br>")
        self.later_notice.say(
            self.tr("While the wizard was closed: {what}").format(what=text), Tone.WARN
        )
        runs.mark_seen()

    def count_titles(self) -> None:
        """The title and time say how many settings this run has (extras count)."""
        count = len(self.ctx.chosen())
        minutes = max(5, count * MINUTES_PER_SETTING)
        self.setTitle(
            self.tr("Switch off {count} LinkedIn settings, and prove they stay off").format(
                count=count
            )
        )
        self.setSubTitle(
            self.tr("About {minutes} minutes. You stay in charge of every change.").format(
                minutes=minutes
            )
        )
        self._show_cards()

    def _show_cards(self) -> None:
        """A card per setting of this run: its name and why it matters."""
        chosen = {o.id for o in self.ctx.chosen()}
        # While More options is open a related setting's ticked box is its card: a card
        # added above would move the boxes under the pointer, and the next click miss.
        for optout in self.ctx.catalog.optouts:
            shown = optout.id in chosen and not (optout.optional and self._unfolded)
            card = self.card_widgets.get(optout.id)
            if card is None and shown:
                card = self.card_widgets[optout.id] = setting_card(optout)
                self.cards.addWidget(card)
            if card is not None:
                card.setVisible(shown)

    def show_extras(self, shown: bool = True) -> None:
        """Unfold (or fold) More options; the related settings' boxes are made once."""
        if self.more_button.isChecked() != shown:
            self.more_button.setChecked(shown)  # comes back here through toggled
            return
        if self._extras_panel is None and shown:
            panel = QWidget()
            column = QVBoxLayout(panel)
            column.setContentsMargins(0, 8, 0, 0)
            column.setSpacing(8)
            column.addWidget(
                heading(
                    self.tr(
                        "Related settings you may add (optional; each adds a step of about "
                        "two minutes)"
                    ),
                    SECTION,
                )
            )
            for optout in self.ctx.catalog.optional():
                column.addWidget(self._extra(optout))
            if self.ctx.catalog.objection is not None:
                column.addWidget(self._objection_choice())
            self._more.addWidget(panel)
            self._extras_panel = panel
            before: QWidget = self.gpc  # Tab goes on from the signal into the boxes
            for box in [*self.extras.values(), self.objection]:
                if box is not None:
                    QWidget.setTabOrder(before, box)
                    before = box

        def fold() -> None:
            self._unfolded = shown
            self.more.setVisible(shown)
            self._show_cards()

        # The chosen related settings' cards come (or go) above the button: it stays
        # under the pointer.
        self.keep_in_place(self.more_button, fold)
        if shown:
            self.scroller.ensureWidgetVisible(self.more_button)

    def _objection_choice(self) -> QWidget:
        """The objection form's step: not a switch, so said apart, with its trade-off."""
        box = self.objection = QCheckBox(
            self.tr("Also &object to LinkedIn's other uses of my data for AI")
        )
        box.setChecked(self.ctx.objection_chosen)
        box.setAccessibleName(self.tr("Also object to LinkedIn's other uses of my data for AI"))
        trade = self.tr("LinkedIn decides; it answers by e-mail.")
        what = self.tr(
            "After the check, the wizard shows LinkedIn's Data Processing Objection form, "
            "with a text you can copy; you fill it in and send it yourself, and the wizard "
            "keeps LinkedIn's confirmation as proof."
        )
        box.setAccessibleDescription(f"{what} {trade}")
        box.toggled.connect(self.ctx.choose_objection)
        return choice(
            box, f"{escape(what)}<br><i>{escape(trade)}</i>", self.tr("Beyond the switches")
        )

    def _extra(self, optout: OptOut) -> QWidget:
        """One optional setting: its box, what it does, and what switching it off costs."""
        box = QCheckBox(optout.title)
        box.setChecked(optout.id in self.ctx.extras)
        box.setAccessibleName(self.tr("Also switch off: {title}").format(title=optout.title))
        loses = self.tr("What you give up: {loses}").format(loses=optout.loses)
        box.setAccessibleDescription(f"{optout.explanation} {loses}")
        box.toggled.connect(lambda on, optout_id=optout.id: self.ctx.choose(optout_id, on))
        self.extras[optout.id] = box
        return choice(box, f"{escape(optout.explanation)}<br><i>{escape(loses)}</i>")


def choice(box: QCheckBox, about_html: str, title: str = "") -> QWidget:
    """A box under More options, with what it does and what it costs beneath it, in
    line with the box's words (and a heading of its own when it starts a group)."""
    about = QLabel(about_html)
    about.setWordWrap(True)
    about.setTextFormat(Qt.TextFormat.RichText)
    indent = box.style().pixelMetric(box.style().PixelMetric.PM_IndicatorWidth) + 8
    about.setContentsMargins(indent, 0, 0, 0)
    holder = QWidget()
    column = QVBoxLayout(holder)
    column.setContentsMargins(0, 8 if title else 0, 0, 0)
    column.setSpacing(2)
    if title:
        column.addWidget(heading(title, SECTION))
    column.addWidget(box, 0, Qt.AlignmentFlag.AlignLeft)
    column.addWidget(about)
    return holder


def promise(icon: str, text: str) -> QHBoxLayout:
    row = QHBoxLayout()
    row.setSpacing(8)
    picture = QLabel()
    picture.setPixmap(QIcon(str(resource(f"icons/{icon}"))).pixmap(QSize(24, 24)))
    picture.setFixedSize(24, 24)
    words = QLabel(text)
    words.setWordWrap(True)
    row.addWidget(picture, 0, Qt.AlignmentFlag.AlignTop)
    row.addWidget(words, 1)
    return row


def setting_card(optout: OptOut) -> QFrame:
    card = QFrame()
    card.setObjectName("settingCard")
    card.setStyleSheet(
        "#settingCard { border: 1px solid palette(mid); border-radius: 6px;"
        " background: palette(base); }"
    )
    title = QLabel(optout.title)
    title.setWordWrap(True)
    scaled(title, SECTION)
    about = QLabel(optout.explanation)
    about.setWordWrap(True)
    column = QVBoxLayout(card)
    column.setContentsMargins(16, 16, 16, 16)
    column.setSpacing(8)
    column.addWidget(title)
    column.addWidget(about)
    card.setAccessibleName(optout.title)
    return card
