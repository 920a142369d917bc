"""One setting's live reading in the embedded view, as one object: the readings of the
page the member sees, the confirming read from the server, the member's click and
whether it took. The screen only shows what it is told (a view of this state), and
carries out the two things only Qt can do: a fresh read in a hidden page, and a timer.
No Qt here: fast tests drive it with a fake page.

It is fed one call per reading: the pane has already dropped the readings of a
document it has left (BrowserPane, from_this_load); here a reading is only placed
(the setting's own page, or one on the way through LinkedIn's menus).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

from wizard.base.i18n import translate
from wizard.catalog.model import OptOut
from wizard.engine.livestate import Heard, Live, LiveView, Step, Tracker, page_error
from wizard.reading.reading import Reading

# A real click changes a switch at once; a page that ignores it, or a switch that
# only looked clickable, is said after this long, never left to guess.
CLICK_TAKES_MS = 4000

Cancel = Callable[[], None]
# Call fn after ms (Qt's timer in the app); returns what cancels it.
Later = Callable[[int, Callable[[], None]], Cancel]
# Read the setting afresh from the server after a delay (a hidden page of the same
# session), then call done with its answer (None: no answer); returns what cancels it.
Confirm = Callable[[int, Callable[[Reading | None], None]], Cancel]


@dataclass(frozen=True)
class Outlets:
    """What the screen is told: a view to show, whether the member is in LinkedIn's
    menus, that the setting was switched off in this run (confirmed), and that the
    setting's page must be loaded again."""

    show: Callable[[LiveView], None]
    elsewhere: Callable[[bool], None]
    switched: Callable[[], None]
    reload: Callable[[], None]


class SettingWatch:
    def __init__(self, optout: OptOut, outlets: Outlets, later: Later, confirm: Confirm) -> None:
        self.optout = optout
        self._out = outlets
        self._later = later
        self._confirm = confirm
        self.tracker = Tracker(optout)
        self._document: float | None = None  # which document the readings come from
        self._cancel_confirm: Cancel | None = None
        self._cancel_click: Cancel | None = None
        # What the member's click met, said on the strip until the state changes.
        self._click_problem: tuple[Live, str] | None = None

    @property
    def view(self) -> LiveView:
        return self.tracker.view

    # The page

    def fresh_page(self) -> None:
        """The setting's page is being loaded (entering, Reload): nothing is known."""
        self._document = None
        self._click_problem = None
        self._stop_click()
        self._apply(self.tracker.fresh_page())

    def reading(self, raw: Reading, settled: bool) -> None:
        where = self.tracker.where(raw)
        if where is Heard.ELSEWHERE:
            self._out.elsewhere(True)
            return
        self._out.elsewhere(False)
        if raw.doc_start != self._document:
            self._document = raw.doc_start  # a fresh document: nothing it says is known yet
            self._apply(self.tracker.fresh_page())
        self._apply(self.tracker.reading(raw, settled))

    def problem(self, message: str) -> None:
        self._show(page_error(message))

    def stop(self) -> None:
        """The screen is left: nothing under way goes on."""
        self._cancel_pending()
        self._stop_click()

    # The member's click ("Switch it off for me")

    def clicked(self) -> None:
        """A real click was sent at the switch: it changes the switch at once, or the
        strip says it did not take (and the switch stays outlined for the member)."""
        self._click_problem = None
        self._stop_click()
        self._cancel_click = self._later(CLICK_TAKES_MS, self._click_did_not_take)

    def click_refused(self, why: str) -> None:
        """The page would not be clicked: the switch is covered, gone, not ready, off."""
        self._stop_click()
        reasons = {
            "covered": translate(
                "Live",
                "The wizard's click did not reach the switch: something on the page covers "
                "it. Close what covers it, or click the outlined switch yourself.",
            ),
            "missing": translate("Live", "The switch is no longer on the page. Reload it."),
            "not-ready": translate(
                "Live", "The page has not finished loading the switch. Try again in a moment."
            ),
            "not-on": translate("Live", "The switch is not on any more."),
        }
        self._say_click_problem(
            reasons.get(why, translate("Live", "The page did not allow the wizard's click."))
        )

    def _click_did_not_take(self) -> None:
        self._cancel_click = None
        if self.view.live is Live.ON:
            self._say_click_problem(
                translate(
                    "Live",
                    "The wizard clicked the switch, but the page did not change it. Click the "
                    "outlined switch yourself.",
                )
            )

    def _say_click_problem(self, words: str) -> None:
        self._click_problem = (self.view.live, words)
        self._show(self.view)

    def _stop_click(self) -> None:
        if self._cancel_click is not None:
            self._cancel_click()
            self._cancel_click = None

    # Steps

    def _apply(self, step: Step) -> None:
        if step.cancel:
            self._cancel_pending()
        if step.switched:
            self._out.switched()
        if step.view is not None:
            self._show(step.view)
        if step.confirm_in_ms is not None:
            self._cancel_pending()
            self._cancel_confirm = self._confirm(step.confirm_in_ms, self._confirmed)
        if step.reload:
            self._document = None
            self._out.reload()

    def _confirmed(self, raw: Reading | None) -> None:
        self._cancel_confirm = None
        self._apply(self.tracker.confirmed(raw))

    def _cancel_pending(self) -> None:
        if self._cancel_confirm is not None:
            self._cancel_confirm()
            self._cancel_confirm = None

    def _show(self, view: LiveView) -> None:
        if self._click_problem is not None and view.live is self._click_problem[0]:
            view = replace(view, detail=self._click_problem[1])
        elif self._click_problem is not None or view.live is not Live.ON:
            self._click_problem = None  # it changed: what the click met is past
            self._stop_click()
        self._out.show(view)
