"""One screen per catalog entry: the setting's own page, its live state, and help.

Built from the catalog, so a third opt-out is a data change. The strip shows the
switch's state as the page's isolated-world bridge pushes it; what it shows, and
when the server is asked again, is livestate.Tracker's rule (Off only once a fresh
read from the server confirms it, see confirm.py); this screen carries it out.
"""

from __future__ import annotations

from datetime import date
from html import escape
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from wizard.catalog.model import OptOut
from wizard.engine.livestate import Heard, Live, LiveView, Step, Tracker, looking, page_error
from wizard.engine.run import StepOutcome
from wizard.gui.context import WizardContext
from wizard.gui.screen import Screen
from wizard.gui.statusstrip import StatusStrip
from wizard.gui.style import Tone, mark_primary
from wizard.gui.widgets import Message
from wizard.reading.detect import detector_spec
from wizard.reading.reading import Reading

if TYPE_CHECKING:  # QtWebEngine loads when the first page is shown, not at start
    from wizard.gui.web.confirm import SavedStateRead


class OptOutScreen(Screen):
    def __init__(self, ctx: WizardContext, optout: OptOut) -> None:
        super().__init__(ctx, expanding=True)
        self.optout = optout
        self.number(1, 1)
        # In the page, not as QWizard's subtitle: the header clips long text, and at
        # large text sizes it would lose the explanation's end.
        explanation = optout.explanation
        if optout.optional:
            explanation += "\n" + self.tr("What you give up: {loses}").format(loses=optout.loses)
        self.explanation = QLabel(explanation)
        self.explanation.setWordWrap(True)
        self.explanation.setAccessibleName(self.tr("Why this matters"))
        self.freshness = QLabel(
            self.tr(
                "This step was last compared with LinkedIn's page on {date}; LinkedIn may "
                "have changed it since. If the page looks different, “Show me the way” helps."
            ).format(
                date=QLocale().toString(_qdate(optout.last_verified), QLocale.FormatType.LongFormat)
            )
        )
        self.freshness.setWordWrap(True)
        self.freshness.setObjectName("freshnessNote")
        self.freshness.setStyleSheet("#freshnessNote { font-style: italic; }")
        self.freshness.setVisible(optout.stale())
        self.strip = StatusStrip()

        self.switch_button = QPushButton(self.tr("&Switch it off for me"))
        self.switch_button.setAccessibleName(self.tr("Switch it off for me"))
        self.switch_button.setAccessibleDescription(
            self.tr("Clicks the outlined switch in the page.")
        )
        self.switch_button.setEnabled(False)
        self.switch_button.clicked.connect(self.switch_off)
        self.route_note = Message(self.tr("Where you are"))  # on a menu page, on the way
        self.click_note = Message(self.tr("Why the wizard did not click"))
        self.way_button = QPushButton(self.tr("Show me the &way"))
        self.way_button.setCheckable(True)
        self.way_button.setAccessibleName(self.tr("Show me the way through LinkedIn's menus"))
        self.way_button.toggled.connect(self._show_way)
        self.skip_button = QPushButton(self.tr("S&kip this step…"))
        self.skip_button.setAccessibleName(self.tr("Skip this step"))
        self.skip_button.clicked.connect(self._ask_skip)
        buttons = QHBoxLayout()
        buttons.addWidget(self.switch_button)
        buttons.addWidget(self.way_button)
        buttons.addStretch()
        buttons.addWidget(self.skip_button)

        steps = "".join(f"<li>{escape(step)}</li>" for step in optout.menu_route)
        lead = self.tr(
            "If the page below does not show the switch, LinkedIn may have moved it. "
            "The way through the menus:"
        )
        self.way_text = QLabel(f"<p>{escape(lead)}</p><ol>{steps}</ol>")
        self.way_text.setWordWrap(True)
        self.way_text.setAccessibleName(self.tr("The way through LinkedIn's menus"))
        self.menu_button = QPushButton(self.tr("&Open “Settings && Privacy” in the page"))
        self.menu_button.setAccessibleName(self.tr("Open Settings and Privacy in the page"))
        self.menu_button.clicked.connect(self._open_menu)
        self.way_panel = QWidget()
        way_layout = QVBoxLayout(self.way_panel)
        way_layout.setContentsMargins(0, 0, 0, 0)
        way_layout.addWidget(self.way_text)
        way_layout.addWidget(self.menu_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.way_panel.hide()

        self.skip_warning = Message(self.tr("Skip warning"))
        self.skip_warning.say(
            self.tr(
                "<b>Skip this setting?</b> It stays on, and LinkedIn keeps using your data for "
                "it. The final check will show it as not done, and you can come back to it."
            ),
            Tone.WARN,
        )
        self.skip_confirm = QPushButton(self.tr("&Yes, skip it"))
        self.skip_confirm.setAccessibleName(self.tr("Yes, skip this setting"))
        self.skip_confirm.clicked.connect(self.skip)
        self.skip_cancel = QPushButton(self.tr("&Don't skip"))
        self.skip_cancel.setAccessibleName(self.tr("Don't skip"))
        self.skip_cancel.clicked.connect(self._cancel_skip)
        self.skip_panel = QWidget()
        skip_layout = QVBoxLayout(self.skip_panel)
        skip_layout.setContentsMargins(0, 0, 0, 0)
        skip_layout.addWidget(self.skip_warning)
        skip_row = QHBoxLayout()
        skip_row.addWidget(self.skip_confirm)
        skip_row.addWidget(self.skip_cancel)
        skip_row.addStretch()
        skip_layout.addLayout(skip_row)
        self.skip_panel.hide()

        self.reload_button = QPushButton(self.tr("R&eload the page"))
        self.reload_button.setAccessibleName(self.tr("Reload the page"))
        self.reload_button.setAccessibleDescription(
            self.tr("Loads LinkedIn's page again and reads the switch afresh.")
        )
        self.reload_button.clicked.connect(self.reload)
        self.reload_button.hide()

        self.sign_in_again = QPushButton(self.tr("Sign &in again"))
        self.sign_in_again.setAccessibleName(self.tr("Sign in again"))
        self.sign_in_again.clicked.connect(self._sign_in_again)
        self.sign_in_again.hide()

        self._layout = self.body
        self._layout.addWidget(self.explanation)
        self._layout.addWidget(self.freshness)
        self._layout.addWidget(self.strip)
        self._layout.addWidget(self.sign_in_again, 0, Qt.AlignmentFlag.AlignLeft)
        self._layout.addWidget(self.reload_button, 0, Qt.AlignmentFlag.AlignLeft)
        self._layout.addLayout(buttons)
        self._layout.addWidget(self.click_note)
        self._layout.addWidget(self.route_note)
        self._layout.addWidget(self.way_panel)
        self._layout.addWidget(self.skip_panel)

        self.view: LiveView = looking()
        self.tracker = Tracker(optout)
        self._document: float | None = None  # which document the readings come from
        self._pending: SavedStateRead | None = None  # a fresh read from the server
        self._open_next: str | None = None  # another of the site's pages, on entering

    # Showing the page

    def _links(self) -> list[tuple[Any, Any]]:
        """What this screen hears from the pane while it is the current one."""
        pane = self.ctx.pane()
        return [
            (pane.reading, self._result),
            (pane.bridge.clickFinished, self._clicked),
            (pane.problem, self._problem),
        ]

    def enter(self) -> None:
        for signal, slot in self._links():
            signal.connect(slot)
        pane = self.ctx.pane()
        self.ctx.record.entered(self.optout.id)
        # Back at a setting (Fix this, or Back): the check no longer says how things
        # stand, so Verify checks afresh when it opens again.
        self.ctx.record.forget_check()
        self._reset()
        # The page first: it loads while the screen is laid out and drawn.
        pane.watch(self._live_spec())
        url, self._open_next = self._open_next or self.ctx.site.url(self.optout.path), None
        pane.load(url)
        self.take_pane()

    def leave(self) -> None:
        for signal, slot in self._links():
            signal.disconnect(slot)
        self._cancel_pending()

    def _spec(self) -> dict:
        return detector_spec(self.optout, self.ctx.catalog, self.ctx.site.origin)

    def _live_spec(self) -> dict:
        """The member's own page answers as soon as its switch is ready (no hold, no
        wait for its requests): an Off it shows is only ever "checking" until the
        confirming read, which waits as the check does, agrees."""
        spec = self._spec()
        return {**spec, "watch": {**spec.get("watch", {}), "readyAtOnce": True}}

    def _reset(self) -> None:
        self._document = None
        self.click_note.clear()
        self.route_note.clear()
        self._apply(self.tracker.fresh_page())

    def _problem(self, message: str) -> None:
        self._show(page_error(message))

    # Live state

    def _result(self, raw: Reading, settled: bool) -> None:
        heard = self.tracker.heard(raw, self.ctx.pane().load_requested_at)
        if heard is Heard.STALE:
            return
        if heard is Heard.ELSEWHERE:
            self.route_note.say(
                self.tr(
                    "You are in LinkedIn's menus. The wizard reads the switch again as soon "
                    "as a page shows it."
                )
            )
            return
        self.route_note.clear()
        if raw.doc_start != self._document:
            self._document = raw.doc_start  # a fresh document: nothing it says is known yet
            self._apply(self.tracker.fresh_page())
        self._apply(self.tracker.reading(raw, settled))

    def _apply(self, step: Step) -> None:
        if step.cancel:
            self._cancel_pending()
        if step.switched:
            self.ctx.record.switched_off(self.optout.id)
        if step.view is not None:
            self._show(step.view)
        if step.confirm_in_ms is not None:
            self._confirm(step.confirm_in_ms)
        if step.reload:
            self._read_again()

    def _read_again(self) -> None:
        """The page again, keeping what the strip says until the fresh page answers."""
        self._document = None
        self.ctx.pane().load(self.ctx.site.url(self.optout.path))

    def _confirm(self, delay_ms: int) -> None:
        from wizard.gui.web.confirm import SavedStateRead

        self._cancel_pending()
        url = self.ctx.site.url(self.optout.path)
        self._pending = SavedStateRead(self.ctx.session, url, self._spec(), self)
        self._pending.done.connect(self._confirmed)
        self._pending.start(delay_ms)

    def _confirmed(self, raw: Reading | None) -> None:
        self._pending = None
        if self.current():
            self._apply(self.tracker.confirmed(raw))

    def _cancel_pending(self) -> None:
        if self._pending is not None:
            self._pending.cancel()
            self._pending = None

    def _show(self, view: LiveView) -> None:
        if view.live is Live.SIGNED_OUT and self.view.live is not Live.SIGNED_OUT:
            self.ctx.signedOut.emit()
        self.view = view
        self.strip.show_view(view)
        self.switch_button.setEnabled(view.live.offers_switch_off)
        mark_primary(self.switch_button, view.live.offers_switch_off)
        # Off on the strip is LinkedIn's confirmed word: the run records it now, not on
        # Next (a Close asked now must not call it "not confirmed off").
        self.ctx.record.standing(self.optout.id, view.live.outcome)
        self.sign_in_again.setVisible(view.live.offers_sign_in)
        self.reload_button.setVisible(view.live.offers_reload)
        if view.live.shows_the_way and not self.way_button.isChecked():
            self.way_button.setChecked(True)  # the direct page does not hold the switch
        self.completeChanged.emit()

    def has_primary_action(self) -> bool:
        return self.view.live.offers_switch_off

    def isComplete(self) -> bool:
        return self.view.live.lets_you_continue

    def validatePage(self) -> bool:
        if self.ctx.record.skipped(self.optout.id):
            return True
        outcome = self.view.live.outcome
        if outcome is None:
            return False
        self.ctx.record.left(self.optout.id, outcome)
        self._cancel_pending()
        return True

    # Actions

    def switch_off(self) -> None:
        self.click_note.clear()
        self.ctx.pane().bridge.click_switch()

    def _clicked(self, clicked: bool, why: str) -> None:
        """The page refused the click: say why, and what the member can do."""
        if clicked:
            return
        reasons = {
            "missing": self.tr("the switch is no longer on the page."),
            "not-ready": self.tr("the page has not finished loading the switch."),
            "not-on": self.tr("the switch is not on any more."),
        }
        self.click_note.say(
            self.tr(
                "The wizard did not click for you: {why} Wait a moment and try again, or "
                "switch it off on the page yourself."
            ).format(why=reasons.get(why, self.tr("the page did not allow it."))),
            Tone.WARN,
        )

    def open_next(self, url: str) -> None:
        """Show another of the site's pages when this screen is next entered (a security
        check LinkedIn asked the check for); the switch is read again when its page
        comes back."""
        self._open_next = url if self.ctx.site.owns(url) else None

    def reload(self) -> None:
        """Read the setting afresh: the page again, from LinkedIn."""
        self._reset()
        self.ctx.pane().load(self.ctx.site.url(self.optout.path))

    def _show_way(self, shown: bool) -> None:
        self.way_panel.setVisible(shown)

    def _open_menu(self) -> None:
        self.ctx.pane().load(self.ctx.site.url(self.ctx.catalog.pages.settings_hub))

    def number(self, n: int, count: int) -> None:
        """This screen's place among the steps the member chose (extras change it)."""
        self.setTitle(
            self.tr("Step {n} of {count}: {title}").format(
                n=n, count=count, title=self.optout.title
            )
        )
        self.setSubTitle(
            self.tr("Switch it off on LinkedIn's page below; the strip says when it is.")
        )

    def _ask_skip(self) -> None:
        self.skip_panel.show()
        self.skip_cancel.setFocus()

    def _cancel_skip(self) -> None:
        self.skip_panel.hide()
        self.skip_button.setFocus()

    def skip(self) -> None:
        """Recorded, then on to the next screen as if Next were pressed."""
        self.skip_panel.hide()
        self._cancel_pending()
        self.ctx.record.left(self.optout.id, StepOutcome.SKIPPED)
        self.goOn.emit()

    def _sign_in_again(self) -> None:
        self.goToSignIn.emit()


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)
