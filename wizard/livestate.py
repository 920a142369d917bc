"""What the status strip says about a setting while the member works on it.

Plain Python so the wording and the rules are tested without a screen. It reuses
the verifier's own mapping (detect.state_from_result), then adds what only the
live view has: "looking…" before the page settles, and "checking that LinkedIn
kept it" between a flip and the server's confirmation. The strip never shows Off
that the server has not confirmed.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from wizard.catalog import OptOut
from wizard.detect import State, state_from_result
from wizard.i18n import translate


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

    @property
    def lets_you_continue(self) -> bool:
        """Next is allowed: the switch is off, or the page shows there is nothing to do."""
        return self in (Live.OFF, Live.NOT_FOUND, Live.NOT_OFFERED)


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


def live_view(raw: Any, settled: bool, optout: OptOut) -> LiveView:
    """The strip's view of one detector answer on the setting's page."""
    if not isinstance(raw, dict):
        return looking()
    conclusive = any(raw.get(k) is True for k in ("found", "signedOut", "challenge", "notOffered"))
    if not settled and not conclusive:
        return looking()
    state, reason = state_from_result(raw, optout)
    if state is State.OFF:
        return LiveView(
            Live.OFF,
            translate("Live", "Off"),
            translate("Live", "You are opted out of this. Press Next."),
            "✓",
        )
    if state is State.ON:
        return LiveView(
            Live.ON,
            translate("Live", "On"),
            translate(
                "Live", "Click the outlined switch on the page, or press “Switch it off for me”."
            ),
            "●",
        )
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
    if raw.get("notOffered") is True:
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
        translate("Live", "Off on the page — checking"),
        translate("Live", "Checking that LinkedIn saved the change…"),
        "…",
    )


def not_kept() -> LiveView:
    return LiveView(
        Live.NOT_KEPT,
        translate("Live", "Still on"),
        translate(
            "Live",
            "The page showed Off, but LinkedIn did not keep the change: the switch is still on. "
            "Try again, or come back later.",
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
