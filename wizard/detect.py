"""The result model, and the bridge between the catalog and resources/detector.js.

Both engines (the embedded view and the verifier) hand the detector the same spec
built here and turn its raw answer into a State with the same function, so the
rule "only a switch found and read as off is OFF" lives in exactly one place.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import StrEnum
from functools import cache
from pathlib import Path
from typing import Any

from wizard.catalog import Catalog, OptOut
from wizard.i18n import translate
from wizard.paths import resource

MATCH_RULES = ("id", "label", "only-switch")


class State(StrEnum):
    OFF = "OFF"
    ON = "ON"
    SIGNED_OUT = "SIGNED_OUT"
    CHALLENGE = "CHALLENGE"
    NOT_FOUND = "NOT_FOUND"
    ERROR = "ERROR"

    @property
    def could_not_tell(self) -> bool:
        """Neither on nor off was seen: the person has to act before we know."""
        return self not in (State.OFF, State.ON)


@dataclass(frozen=True)
class Check:
    """One setting's verdict, with a reason a person can act on."""

    optout_id: str
    state: State
    reason: str
    evidence: Path | None = None
    checked_at: datetime = field(default_factory=lambda: datetime.now(UTC))
    url: str | None = None


@cache
def detector_source() -> str:
    """resources/detector.js: a function expression, `(function detect(spec) {…})`."""
    return _script("detector.js")


@cache
def watch_source() -> str:
    """resources/watch.js: a function expression, `(function watch(detect, spec, …) {…})`."""
    return _script("watch.js")


def _script(name: str) -> str:
    source = resource(name).read_text(encoding="utf-8").strip()
    # Engines wrap these as `(source)(args)`: a trailing semicolon would break that.
    return source.rstrip(";")


def detector_spec(optout: OptOut, catalog: Catalog, origin: str) -> dict[str, Any]:
    """What the detector needs to know about one opt-out on one site."""
    return {
        "id": optout.id,
        "switchId": optout.switch_id,
        "labels": list(optout.all_labels()),
        "paths": list(optout.paths),
        "titles": [optout.title],
        "origin": origin,
        "signedOutPaths": list(catalog.pages.signed_out_paths),
        "challengePaths": list(catalog.pages.challenge_paths),
        "notOfferedPhrases": list(catalog.pages.all_not_offered_phrases()),
    }


def page_spec(catalog: Catalog, origin: str) -> dict[str, Any]:
    """A spec that looks for no switch: it only tells sign-in and check pages."""
    return {
        "id": "",
        "switchId": "",
        "labels": [],
        "paths": [],
        "titles": [],
        "origin": origin,
        "signedOutPaths": list(catalog.pages.signed_out_paths),
        "challengePaths": list(catalog.pages.challenge_paths),
        "notOfferedPhrases": [],
    }


def state_from_result(raw: Any, optout: OptOut) -> tuple[State, str]:
    """Turn the detector's raw answer into a state and a reason.

    Strict on purpose: OFF needs found is True, a known match rule and checked
    exactly False. Anything malformed or half-read is not OFF.
    """
    if not isinstance(raw, Mapping):
        return State.ERROR, translate(
            "Check", "The page could not be read (the check returned nothing)."
        )
    if raw.get("signedOut") is True:
        return State.SIGNED_OUT, translate(
            "Check",
            "LinkedIn asked to sign in again: the session has ended. Sign in, then check again.",
        )
    if raw.get("challenge") is True:
        return State.CHALLENGE, translate(
            "Check",
            "LinkedIn wants to confirm it's you (a code or a puzzle). "
            "Open the wizard and finish it there, then check again.",
        )
    label = raw.get("label") or optout.title
    if raw.get("found") is True and raw.get("matchedBy") in MATCH_RULES:
        if raw.get("checked") is False:
            return State.OFF, translate("Check", "The switch “{label}” is off.").format(label=label)
        if raw.get("checked") is True:
            return State.ON, translate(
                "Check",
                "The switch “{label}” is on: LinkedIn still uses your data for this. "
                "Switch it off, then check again.",
            ).format(label=label)
        return State.NOT_FOUND, translate(
            "Check",
            "Found the switch “{label}” but could not tell whether it is on or off. "
            "Open the page and look at it yourself.",
        ).format(label=label)
    if raw.get("notOffered") is True:
        return State.NOT_FOUND, translate(
            "Check",
            "LinkedIn says this setting is not offered for your account or region, "
            "so there is nothing to switch off here.",
        )
    route = " → ".join(optout.menu_route)
    return State.NOT_FOUND, translate(
        "Check",
        "Could not find the switch on the page. LinkedIn may have moved it: "
        "check by hand through the menus: {route}.",
    ).format(route=route)


@cache
def settled_result_script() -> str:
    """A function for Playwright's evaluate: `([spec, options]) => Promise<result>`.

    Resolves with the detector's first settled answer on the current page, waiting
    the same way the embedded view does (see resources/watch.js).
    """
    return (
        "([spec, options]) => new Promise((resolve) => {"
        f" const stop = ({watch_source()})(({detector_source()}), spec,"
        " (result, settled) => { if (settled) { stop(); resolve(result); } }, options);"
        " })"
    )
