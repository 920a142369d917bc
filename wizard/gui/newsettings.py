"""Done's "New on LinkedIn": the settings LinkedIn's lists show that the app does
not know (most likely ones LinkedIn added, switched on for everyone), each with its
state as the list said it, since when, and a way to open its page in the wizard."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from wizard.gui.announce import announce
from wizard.gui.style import SECTION, Tone, heading, mark_primary
from wizard.gui.widgets import Message
from wizard.reading.result import (
    ListedSetting,
    Listing,
    State,
    listed_since,
    state_word,
)


class NewOnLinkedIn(QWidget):
    """Signals: `openPage(url, title)` when the member asks to see a row's page;
    `checkAgain()` when, having been there, they ask how it stands now."""

    openPage = Signal(str, str)
    checkAgain = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = heading(self.tr("New on LinkedIn"), SECTION)
        self.rows = QVBoxLayout()
        self.rows.setSpacing(8)
        self.problems = Message(self.tr("LinkedIn's lists could not be read"))
        self.nothing = QLabel(
            self.tr("LinkedIn's lists of settings show no setting this app does not know.")
        )
        self.nothing.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self.heading)
        layout.addLayout(self.rows)
        layout.addWidget(self.problems)
        layout.addWidget(self.nothing)
        self.holders: list[QWidget] = []  # one per row: its card and its button
        self.open_buttons: dict[str, QPushButton] = {}
        self.cards: dict[str, Message] = {}
        self.check_buttons: dict[str, QPushButton] = {}
        self.hide()

    def show_listing(self, listing: Listing | None) -> None:
        """None: the lists were not read (nothing is said of them)."""
        for holder in self.holders:
            holder.deleteLater()
        self.holders.clear()
        self.open_buttons.clear()
        self.cards.clear()
        self.check_buttons.clear()
        if listing is None:
            self.hide()
            return
        for row in listing.unknown:
            self._add(row)
        if listing.problems:
            self.problems.say("<br>".join(escape(p) for p in listing.problems), Tone.WARN)
        else:
            self.problems.clear()
        self.nothing.setVisible(not listing.unknown and not listing.problems)
        self.show()
        added = listing.new_and_on()
        if added:
            announce(
                self,
                self.tr("New on LinkedIn: a setting that is on: {titles}").format(
                    titles=", ".join(f"“{row.title}”" for row in added)
                ),
            )

    def _add(self, row: ListedSetting) -> None:
        card = Message(self.tr("New on LinkedIn: {title}").format(title=row.title))
        lead = self.tr(
            "LinkedIn lists a setting this app does not know yet: “{title}” — it is {state}."
        ).format(title=row.title, state=state_word(row.state))
        advice = self.tr(
            "Open its page, read what LinkedIn says it does, and decide there. The wizard "
            "does not know this setting, so it neither checks nor changes it."
        )
        text = f"<b>{escape(lead)}</b><br>{escape(listed_since(row))}<br>{escape(advice)}"
        card.say(text, Tone.WARN if row.state is State.ON else Tone.INFO)
        # No access keys: one such pair per row (as "Fix this" on Verify).
        button = QPushButton(self.tr("Open its page"))
        button.setAccessibleName(self.tr("Open the page of “{title}”").format(title=row.title))
        button.clicked.connect(lambda _=False, r=row: self.openPage.emit(r.url, r.title))
        again = QPushButton(self.tr("Check again"))
        again.setAccessibleName(self.tr("Check again, to see how it stands now"))
        again.clicked.connect(self.checkAgain)
        again.hide()
        line = QHBoxLayout()
        line.addWidget(button)
        line.addWidget(again)
        line.addStretch()
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(card)
        column.addLayout(line)
        self.rows.addWidget(holder)
        self.holders.append(holder)
        self.open_buttons[row.url] = button
        self.cards[row.url] = card
        self.check_buttons[row.url] = again

    def visited(self, url: str, title: str) -> None:
        """The member was on that setting's page and may have changed it there: its
        card no longer says a state it may not have (it said On after they switched it
        off); the next check reads it again."""
        card = self.cards.get(url)
        if card is None:
            return
        card.say(
            "<b>{}</b><br>{}".format(
                escape(self.tr("You opened the page of “{title}”.").format(title=title)),
                escape(
                    self.tr(
                        "If you changed it there, check again: the check reads LinkedIn's "
                        "lists afresh and shows how it stands now."
                    )
                ),
            ),
            Tone.INFO,
        )
        again = self.check_buttons[url]
        again.show()
        mark_primary(again, True)
        # After the window's own return of the focus (to the button that opened it).
        QTimer.singleShot(0, again.setFocus)
