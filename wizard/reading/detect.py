"""The bridge between the catalog and resources/detector.js.

Both engines (the embedded view and the verifier) hand the detector the same spec
built here and turn its raw answer into a State (reading.result) with the same
function, so the rule "only a switch found and read as off is OFF" lives in
exactly one place.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from wizard.base.i18n import translate
from wizard.base.paths import resource
from wizard.catalog.model import Catalog, OptOut, every_language
from wizard.reading.reading import Reading
from wizard.reading.result import State

MATCH_RULES = ("id", "label", "similar-label", "only-switch")
# How long a page must be quiet (no change, no request, nothing showing it is still
# drawing) before the answer is "no switch here", or "a switch with no name": longer
# than a found switch needs, because real pages draw late with nothing in flight
# (code-split chunks already cached, idle callbacks, hydration). Measured on the
# practice site's lazy pages and the public reports of LinkedIn's staged drawing:
# a second of silence between stages is common, 2.5 s covers them with room.
NO_SWITCH_QUIET_MS = 2500


@cache
def detector_source() -> str:
    """resources/detector.js: a function expression, `(function detect(spec) {…})`."""
    return _script("detector.js")


@cache
def watch_source() -> str:
    """resources/watch.js: a function expression, `(function watch(detect, spec, …) {…})`."""
    return _script("watch.js")


@cache
def formread_source() -> str:
    """resources/formread.js: a function expression, `(function readForm(spec) {…})`."""
    return _script("formread.js")


def _script(name: str) -> str:
    source = resource(name).read_text(encoding="utf-8").strip()
    # Engines wrap these as `(source)(args)`: a trailing semicolon would break that.
    return source.rstrip(";")


def detector_spec(optout: OptOut, catalog: Catalog, origin: str) -> dict[str, Any]:
    """What the detector needs to know about one opt-out on one site.

    Every language's labels and titles, whatever language the app speaks: the page
    is in the member's LinkedIn language, which need not be the app's."""
    return {
        **page_spec(catalog, origin),
        "id": optout.id,
        "switchId": optout.switch_id,
        "labels": list(optout.all_labels()),
        "paths": list(optout.paths),
        "titles": list(optout.all_titles()),
        "others": _rivals(optout, catalog),
        "notOffered": {
            "phrases": list(catalog.pages.all_not_offered_phrases()),
            "unavailable": list(every_language(catalog.pages.not_available)),
            "scopes": list(every_language(catalog.pages.not_available_where)),
        },
    }


def _rivals(optout: OptOut, catalog: Catalog) -> list[list[str]]:
    """Every other setting's words, which a reworded label must be further from. An
    entry with this one's very labels is the same switch, not a rival."""
    own = set(optout.all_labels())
    rivals: list[list[str]] = []
    for other in catalog.optouts:
        words = [*other.all_labels(), *other.all_titles()]
        if other.id != optout.id and set(other.all_labels()) != own and words not in rivals:
            rivals.append(words)
    return rivals


def page_spec(catalog: Catalog, origin: str) -> dict[str, Any]:
    """A spec that looks for no switch: it only tells sign-in and check pages."""
    matching = catalog.matching
    return {
        "id": "",
        "switchId": "",
        "labels": [],
        "paths": [],
        "titles": [],
        "others": [],
        "origin": origin,
        "signedOutPaths": list(catalog.pages.signed_out_paths),
        "challengePaths": list(catalog.pages.challenge_paths),
        "notOffered": {"phrases": [], "unavailable": [], "scopes": []},
        "longLivedRequests": list(catalog.pages.long_lived_requests),
        "loadingWords": list(every_language(catalog.pages.loading_words)),
        "words": {
            "stop": list(every_language(matching.stop)),
            "negations": list(every_language(matching.negations)),
            "generic": list(every_language(matching.generic)),
        },
    }


def state_from_result(answer: object, optout: OptOut) -> tuple[State, str]:
    """Turn the detector's answer (a Reading, or the raw record it is parsed from) into
    a state and a reason.

    Strict on purpose: OFF needs found is True, a known match rule and checked
    exactly False. Anything malformed or half-read is not OFF.
    """
    raw = Reading.parse(answer)
    if raw is None:
        return State.ERROR, translate(
            "Check", "The page could not be read (the check returned nothing)."
        )
    if raw.signed_out:
        return State.SIGNED_OUT, translate(
            "Check",
            "LinkedIn asked to sign in again: the session has ended. Sign in, then check again.",
        )
    if raw.challenge:
        return State.CHALLENGE, translate(
            "Check",
            "LinkedIn wants to confirm it's you (a code or a puzzle). "
            "Open the wizard and finish it there, then check again.",
        )
    label = raw.label or optout.title
    if raw.found and raw.matched_by in MATCH_RULES:
        if raw.loading == "unnamed":
            return State.NOT_FOUND, unnamed_switch()
        if not raw.ready:
            return State.ERROR, not_finished(raw)
        how = raw.matched_by
        if raw.checked is False:
            if how == "only-switch":
                return State.OFF, translate(
                    "Check",
                    "The only switch on this setting's own page is off. It carries no name "
                    "that says which setting it is, so this is the weakest kind of match: "
                    "look at the picture to be sure.",
                )
            reason = translate("Check", "The switch “{label}” is off.").format(label=label)
            reason += _how_named(raw)
            return State.OFF, reason
        if raw.checked is True:
            reason = translate(
                "Check",
                "The switch “{label}” is on: LinkedIn still uses your data for this. "
                "Switch it off, then check again.",
            ).format(label=label)
            reason += _how_named(raw)
            return State.ON, reason
        return State.NOT_FOUND, translate(
            "Check",
            "Found the switch “{label}” but could not tell whether it is on or off. "
            "Open the page and look at it yourself.",
        ).format(label=label)
    if raw.not_offered:
        return State.NOT_FOUND, translate(
            "Check",
            "LinkedIn says this setting is not offered for your account or region, "
            "so there is nothing to switch off here.",
        )
    if raw.timed_out and raw.still_loading:
        # Why nothing was read: the page was still drawing, not "moved".
        return State.ERROR, translate(
            "Check",
            "LinkedIn's page was still loading after {seconds} seconds, so nothing was "
            "read. Check again in a moment.",
        ).format(seconds=max(1, round(raw.waited_ms / 1000)))
    if raw.unnamed_switches > 0:
        return State.NOT_FOUND, unnamed_switch()
    route = " → ".join(optout.menu_route)
    return State.NOT_FOUND, translate(
        "Check",
        "The page finished loading and has no such switch: LinkedIn may have moved it. "
        "Check by hand through the menus: {route}.",
    ).format(route=route)


def _how_named(raw: Reading) -> str:
    """What the reason adds about how the switch was known (empty: by its name)."""
    said = ""
    if raw.matched_by == "similar-label":
        said += " " + translate(
            "Check", "LinkedIn words it a little differently from what the wizard knows."
        )
    if raw.name_from == "description":
        said += " " + translate(
            "Check",
            "The switch has no name of its own: it was recognised by its description.",
        )
    return said


def unnamed_switch() -> str:
    """A page that has finished, with a switch that names nothing at all."""
    return translate(
        "Check",
        "The page has finished, but its switch has no name at all, so the wizard cannot "
        "tell which setting it is. Open the page and look at it yourself.",
    )


def not_finished(raw: Reading) -> str:
    """Why a switch that was found is not an answer yet, in the member's words."""
    why = {
        "disabled": translate("Check", "the switch was still greyed out"),
        "busy": translate("Check", "the page still showed it as loading"),
        "hidden": translate("Check", "the switch was not shown yet"),
    }.get(str(raw.loading), translate("Check", "it was still changing"))
    return translate(
        "Check",
        "The page did not finish loading: {why}. Nothing was read as on or off; "
        "check again in a moment.",
    ).format(why=why)


@cache
def watch_controller_script() -> str:
    """A function for Playwright's evaluate_handle: `([specJson, options]) => controller`.

    The controller (see resources/watch.js) takes the page's requests as the
    verifier sees them (`started`, `ended`), and `settled` is a promise of the
    detector's first answer, waiting the same way the embedded view does. The spec
    goes as JSON text: Playwright hands one string over far faster than the same
    spec as an object (12 ms against 24, measured)."""
    return (
        "([specJson, options]) => { const spec = JSON.parse(specJson); let resolve;"
        " const settled = new Promise((r) => { resolve = r; });"
        f" const control = ({watch_source()})(({detector_source()}), spec,"
        " (result, done) => { if (done) { control.stop(); resolve(result); } }, options);"
        " control.settled = settled; return control; }"
    )
