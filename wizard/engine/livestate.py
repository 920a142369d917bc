"""What the status strip says about a setting while the member works on it.

Plain Python so the wording and the rules are tested without a screen. It reuses
the verifier's own mapping (detect.state_from_result), then adds what only the
live view has: "looking…" before the page's reading is an answer, and "checking
that LinkedIn kept it" until a fresh read from the server agrees. The strip never
shows Off that the server has not confirmed: not after a flip, and not as the
first reading of a freshly loaded page either (a placeholder can show Off).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from wizard.base.i18n import translate
from wizard.catalog.model import OptOut
from wizard.engine.run import StepOutcome
from wizard.reading.detect import state_from_result
from wizard.reading.reading import Reading
from wizard.reading.result import State, state_phrase


class Live(StrEnum):
    LOOKING = "looking"
    ON = "on"
    OFF = "off"
    CONFIRMING = "confirming"
    NOT_KEPT = "not-kept"
    NOT_FOUND = "not-found"
    NOT_OFFERED = "not-offered"
    SIGNED_OUT = "signed-out"
    CHALLENGE = "challenge"
    PAGE_ERROR = "page-error"
    NOT_READY = "not-ready"  # the page did not finish drawing the setting

    @property
    def lets_you_continue(self) -> bool:
        """Next is allowed: the switch is off, or the page shows there is nothing to do."""
        return self in (Live.OFF, Live.NOT_FOUND, Live.NOT_OFFERED)

    # What the screen offers the member in each state.

    @property
    def offers_switch_off(self) -> bool:
        """ "Switch it off for me": only for a switch read on (a dropped save too)."""
        return self in (Live.ON, Live.NOT_KEPT)

    @property
    def offers_sign_in(self) -> bool:
        return self is Live.SIGNED_OUT

    @property
    def offers_reload(self) -> bool:
        """The page did not finish, or LinkedIn did not keep the change: read it again."""
        return self in (Live.NOT_READY, Live.NOT_KEPT)

    @property
    def shows_the_way(self) -> bool:
        """The direct page does not hold the switch: the way by hand, unasked."""
        return self is Live.NOT_FOUND

    @property
    def outcome(self) -> StepOutcome | None:
        """How leaving the screen now is recorded (None: it may not be left by Next)."""
        return {
            Live.OFF: StepOutcome.OFF,
            Live.NOT_FOUND: StepOutcome.NOT_FOUND,
            Live.NOT_OFFERED: StepOutcome.NOT_OFFERED,
        }.get(self)


# A detector answer: parsed already, or the record it is parsed from (None: none).
Answer = Reading | Mapping[str, Any] | None


class Heard(StrEnum):
    """What a reading of the embedded page is to the setting's screen."""

    ELSEWHERE = "elsewhere"  # a page on the way (a menu): nothing of this setting
    HERE = "here"  # the setting's own page, or one that says something (signed out…)


# The clocks of the page and of the app round differently (measured: a few ms).
CLOCK_SLACK_MS = 50


def from_this_load(raw: Reading, since_ms: float, asked: str | None = None) -> bool:
    """Is this reading from a document started since the load asked for at since_ms
    (epoch ms)? The page being left answers for a moment after a new load, whatever
    its address. A document started just before (within the clocks' slack) counts
    only at the very address asked for (`asked`, when known): a load asked for a
    moment earlier (the Sign in screen's own page, as a remembered session moves the
    wizard on) is not this one, and its sign-in page must not read as "signed out"."""
    if raw.doc_start is None:
        return False
    if raw.doc_start >= since_ms:
        return True
    if raw.doc_start < since_ms - CLOCK_SLACK_MS:
        return False
    return asked is None or _same_address(raw.url, asked)


def _same_address(one: str, two: str) -> bool:
    return one.split("#", 1)[0].rstrip("/") == two.split("#", 1)[0].rstrip("/")


@dataclass(frozen=True)
class LiveView:
    live: Live
    headline: str  # a few words, starting with the state in words (never colour alone)
    detail: str  # what it means and what to do
    symbol: str  # a glyph shown beside the words

    @property
    def text(self) -> str:
        return f"{self.headline}. {self.detail}"


def looking() -> LiveView:
    return LiveView(
        Live.LOOKING,
        translate("Live", "Looking for the switch…"),
        translate("Live", "The page is loading."),
        "…",
    )


def still_loading() -> LiveView:
    return LiveView(
        Live.LOOKING,
        translate("Live", "Looking for the switch…"),
        translate("Live", "The page is still loading the setting."),
        "…",
    )


def live_view(answer: Answer, settled: bool, optout: OptOut) -> LiveView:
    """The strip's view of one detector answer on the setting's page.

    Only a settled answer says anything: the page's watcher (resources/watch.js)
    decides when a reading is one."""
    raw = Reading.parse(answer)
    if raw is None:
        return looking()
    if not settled:
        return still_loading() if raw.found else looking()
    state, reason = state_from_result(raw, optout)
    if state is State.OFF:
        return LiveView(
            Live.OFF,
            state_phrase(State.OFF),
            translate("Live", "LinkedIn's switch for this is off. Press Next."),
            "✓",
        )
    if state is State.ON:
        # The switch by its name too: "outlined" is a cue for the eye only, and a
        # screen reader finds the page's switch by the name it reads.
        how = (
            translate(
                "Live",
                "Click the outlined switch “{label}” on the page, or press “Switch it off for me”.",
            ).format(label=raw.label)
            if raw.label
            else translate(
                "Live", "Click the outlined switch on the page, or press “Switch it off for me”."
            )
        )
        return LiveView(Live.ON, state_phrase(State.ON), how, "●")
    if state is State.SIGNED_OUT:
        return LiveView(
            Live.SIGNED_OUT,
            translate("Live", "Signed out"),
            translate("Live", "LinkedIn ended the session. Sign in again."),
            "!",
        )
    if state is State.CHALLENGE:
        return LiveView(
            Live.CHALLENGE,
            translate("Live", "Check needed"),
            translate("Live", "LinkedIn wants to confirm it's you — finish it in the page below."),
            "!",
        )
    if state is State.ERROR:
        return LiveView(
            Live.NOT_READY,
            translate("Live", "Still loading"),
            reason + " " + translate("Live", "Press “Reload the page”."),
            "…",
        )
    if raw.not_offered:
        return LiveView(
            Live.NOT_OFFERED,
            translate("Live", "Not offered"),
            translate(
                "Live",
                "LinkedIn says this setting is not offered for your account or region: "
                "there is nothing to switch off. You can go on.",
            ),
            "–",
        )
    return LiveView(
        Live.NOT_FOUND,
        translate("Live", "Not found"),
        reason + " " + translate("Live", "You can go on."),
        "?",
    )


def confirming() -> LiveView:
    return LiveView(
        Live.CONFIRMING,
        translate("Live", "Off — saving"),
        translate("Live", "Making sure LinkedIn saved it…"),
        "…",
    )


def not_kept() -> LiveView:
    return LiveView(
        Live.NOT_KEPT,
        translate("Live", "Still on"),
        translate(
            "Live",
            "LinkedIn didn't save it: the switch is still on. Looking at the page again…",
        ),
        "●",
    )


def not_kept_read_again() -> LiveView:
    return LiveView(
        Live.NOT_KEPT,
        translate("Live", "Still on"),
        translate(
            "Live",
            "LinkedIn didn't save it. Try again, or come back later.",
        ),
        "●",
    )


def page_error(message: str) -> LiveView:
    return LiveView(
        Live.PAGE_ERROR,
        translate("Live", "Page error"),
        message + " " + translate("Live", "Press Retry."),
        "!",
    )


def not_confirmed() -> LiveView:
    return LiveView(
        Live.NOT_READY,
        translate("Live", "Not confirmed"),
        translate(
            "Live",
            "LinkedIn did not confirm the setting in time. Press “Reload the page” to read "
            "it again.",
        ),
        "…",
    )


# After a flip the page's own save request needs a moment before a fresh read.
CONFIRM_DELAY_MS = 400
CONFIRM_RETRY_DELAY_MS = 1500


@dataclass(frozen=True)
class Step:
    """What the screen does next: show a view, and perhaps read the server again
    after a delay (confirm_in_ms None: no read; cancel: drop a read under way)."""

    view: LiveView | None = None
    confirm_in_ms: int | None = None
    cancel: bool = False
    switched: bool = False  # the member switched it off in this run (confirmed)
    reload: bool = False  # load the setting's page again: what it shows is not the truth


class Tracker:
    """One setting's live state, and the rule that Off must be confirmed.

    Fed every settled or unsettled reading of the page the member sees, and the
    answers of fresh reads from the server (a hidden page of the same session);
    says what to show and when to read the server again. No Qt: the screen only
    carries out its Steps."""

    def __init__(self, optout: OptOut) -> None:
        self.optout = optout
        self.view = looking()
        self._server: Live | None = None  # what a fresh read last said, or a page's non-Off
        self._flipped = False  # an Off is being confirmed after the page showed another state
        self._tries = 0
        self._dropped = False  # LinkedIn dropped a save: the next On says so

    def fresh_page(self) -> Step:
        """A new document of the setting's page: nothing it says is known yet."""
        self._server = None
        self._flipped = False
        return self._show(looking(), cancel=True)

    def where(self, raw: Reading) -> Heard:
        """Where a reading of the page the member sees was made: on a page that is not
        the setting's own, only what says something anywhere counts (a menu page on
        the way holds no switch, which says nothing of this setting). Readings of a
        document being left never come here: the pane drops them (from_this_load)."""
        if raw.path is not None and not self.on_own_page(raw.path):
            return Heard.HERE if raw.says_something_here else Heard.ELSEWHERE
        return Heard.HERE

    def on_own_page(self, path: str) -> bool:
        own = {p.rstrip("/") for p in self.optout.paths}
        return path.rstrip("/") in own

    def reading(self, raw: Answer, settled: bool) -> Step:
        view = live_view(raw, settled, self.optout)
        if view.live is Live.LOOKING:
            if self._server is None and self.view.live is not Live.CONFIRMING:
                return self._show(view)
            return Step()  # a moment of redrawing (a save) changes nothing known
        if view.live is Live.OFF:
            if self._server is Live.OFF:
                return self._show(view)
            if self.view.live is Live.CONFIRMING:
                return Step()  # already asking
            self._flipped = self._server is not None
            self._tries = 0
            delay = CONFIRM_DELAY_MS if self._flipped else 0
            return self._show(confirming(), confirm_in_ms=delay, cancel=True)
        self._server = view.live
        self._flipped = False
        if view.live is Live.ON and self._dropped:
            return self._show(not_kept_read_again(), cancel=True)
        self._dropped = False
        return self._show(view, cancel=True)

    def confirmed(self, raw: Answer) -> Step:
        """The answer of a fresh read (None: it timed out or the page failed)."""
        if raw is None:
            return self._show(not_confirmed())
        view = live_view(raw, True, self.optout)
        if view.live is Live.OFF:
            switched = self._flipped
            self._server = Live.OFF
            self._flipped = False
            self._dropped = False
            return self._show(view, switched=switched)
        if view.live is Live.ON and self._flipped and self._tries == 0:
            self._tries = 1  # a slow save: one more look before saying so
            return Step(confirm_in_ms=CONFIRM_RETRY_DELAY_MS)
        was_flip = self._flipped
        self._server = view.live
        self._flipped = False
        if view.live is Live.ON and was_flip:
            # The page still shows its own Off, which is not the truth: read it again.
            self._dropped = True
            return self._show(not_kept(), reload=True)
        return self._show(view)

    def _show(self, view: LiveView, **step: Any) -> Step:
        self.view = view
        return Step(view=view, **step)
