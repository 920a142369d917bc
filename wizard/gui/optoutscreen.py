"""One screen per catalog entry: the setting's own page, its live state, and help.

Built from the catalog, so a third opt-out is a data change. The screen is a view of
engine/settingwatch.py's SettingWatch, which holds the live reading (the page's
readings, Off only once a fresh read from the server confirms it, the member's click
and whether it took); the screen gives it Qt's timer and the hidden page for the
confirming read (confirm.py), and shows what it is told.
"""

from __future__ import annotations

from datetime import date
from html import escape
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from wizard.catalog.model import OptOut
from wizard.engine.livestate import Live, LiveView, looking
from wizard.engine.run import StepOutcome
from wizard.engine.settingwatch import Cancel, Outlets, SettingWatch
from wizard.gui.context import WizardContext
from wizard.gui.screen import Screen, short_screen
from wizard.gui.statusstrip import StatusStrip
from wizard.gui.style import Tone, mark_primary
from wizard.gui.widgets import Details, Message
from wizard.reading.detect import detector_spec
from wizard.reading.reading import Reading

if TYPE_CHECKING:  # QtWebEngine loads when the first page is shown, not at start
    from collections.abc import Callable


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
        # On a short screen (large text on a laptop) the same words, folded: the page
        # and its switch come first (Welcome said why already).
        self.why = Details(self.tr("Why this &matters"), self.tr("Show why this matters"), self)
        self.why.set_text(explanation)
        self.why.hide()
        self.freshness = QLabel(
            parent=self,
            text=self.tr(
                "This step was last compared with LinkedIn's page on {date}; LinkedIn may "
                "have changed it since. If the page looks different, “Show me the way” helps."
            ).format(
                date=QLocale().toString(_qdate(optout.last_verified), QLocale.FormatType.LongFormat)
            ),
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
        self._layout.addWidget(self.why)
        self._layout.addWidget(self.freshness)
        self._layout.addWidget(self.strip)
        self._layout.addWidget(self.sign_in_again, 0, Qt.AlignmentFlag.AlignLeft)
        self._layout.addWidget(self.reload_button, 0, Qt.AlignmentFlag.AlignLeft)
        self._layout.addLayout(buttons)
        self._layout.addWidget(self.route_note)
        self._layout.addWidget(self.way_panel)
        self._layout.addWidget(self.skip_panel)

        self.view: LiveView = looking()
        self.watch = SettingWatch(
            optout,
            Outlets(
                show=self._show,
                elsewhere=self._elsewhere,
                switched=lambda: self.ctx.record.switched_off(self.optout.id),
                reload=self._read_again,
            ),
            later=self._later,
            confirm=self._confirm,
        )
        self._open_next: str | None = None  # another of the site's pages, on entering

    # Showing the page

    def _links(self) -> list[tuple[Any, Any]]:
        """What this screen's watch hears from the pane while the screen is current."""
        pane = self.ctx.pane()
        return [
            (pane.reading, self.watch.reading),
            (pane.problem, self.watch.problem),
            (pane.bridge.aimed, self._aimed),
            (pane.bridge.clickFinished, self._click_answered),
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
        short = short_screen(self)
        self.explanation.setVisible(not short)
        self.why.setVisible(short)
        # The page first: it loads while the screen is laid out and drawn.
        pane.watch(self._live_spec())
        url, self._open_next = self._open_next or self.ctx.site.url(self.optout.path), None
        pane.load(url)
        self.take_pane()

    def leave(self) -> None:
        for signal, slot in self._links():
            signal.disconnect(slot)
        self.watch.stop()

    def _spec(self) -> dict:
        return detector_spec(self.optout, self.ctx.catalog, self.ctx.site.origin)

    def _live_spec(self) -> dict:
        """The member's own page answers as soon as its switch is ready (no hold, no
        wait for its requests): an Off it shows is only ever "checking" until the
        confirming read, which waits as the check does, agrees."""
        spec = self._spec()
        return {**spec, "watch": {**spec.get("watch", {}), "readyAtOnce": True}}

    def _reset(self) -> None:
        self.route_note.clear()
        self.watch.fresh_page()

    # What only Qt can do, for the watch

    def _later(self, ms: int, fn: Callable[[], None]) -> Cancel:
        from PySide6.QtCore import QTimer

        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.timeout.connect(fn)
        timer.start(ms)

        def cancel() -> None:
            timer.stop()
            timer.deleteLater()

        return cancel

    def _confirm(self, delay_ms: int, done: Callable[[Reading | None], None]) -> Cancel:
        """A fresh read of the setting in a hidden page of the same session."""
        from wizard.gui.web.confirm import SavedStateRead

        read = SavedStateRead(
            self.ctx.session, self.ctx.site.url(self.optout.path), self._spec(), self
        )

        def answered(raw: Reading | None) -> None:
            if self.current():  # a screen left meanwhile has nothing to show
                done(raw)

        read.done.connect(answered)
        read.start(delay_ms)
        return read.cancel

    def _read_again(self) -> None:
        """The page again, keeping what the strip says until the fresh page answers."""
        self.ctx.pane().load(self.ctx.site.url(self.optout.path))

    def _elsewhere(self, there: bool) -> None:
        if there:
            self.route_note.say(
                self.tr(
                    "You are in LinkedIn's menus. The wizard reads the switch again as soon "
                    "as a page shows it."
                )
            )
        else:
            self.route_note.clear()

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
        # Nothing to skip once it is off, or where LinkedIn does not offer it.
        self.skip_button.setVisible(view.live not in (Live.OFF, Live.NOT_OFFERED))
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
        self.watch.stop()
        return True

    # Actions

    def switch_off(self) -> None:
        """The member's click, made for them: the page says where the switch is, in
        sight and uncovered, and the pane clicks there through Qt (BrowserPane)."""
        self.ctx.pane().bridge.click_switch()

    def _aimed(self, _x: float, _y: float) -> None:
        self.watch.clicked()  # the pane has clicked; the watch waits for it to take

    def _click_answered(self, clicked: bool, why: str) -> None:
        if not clicked:
            self.watch.click_refused(why)

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
        self.watch.stop()
        self.ctx.record.left(self.optout.id, StepOutcome.SKIPPED)
        self.goOn.emit()

    def _sign_in_again(self) -> None:
        self.goToSignIn.emit()


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)
