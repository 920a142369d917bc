"""A verification as a self-contained HTML file: pictures embedded, no script.

Rendered from the report's JSON (the single source) into resources/report.html;
Jinja2 escapes every value as it writes it (autoescape), so a hostile reason or
account name stays text without escaping by hand.
"""

from __future__ import annotations

import base64
from collections.abc import Callable
from datetime import UTC
from pathlib import Path

import jinja2

from wizard import __version__
from wizard.base.i18n import long_date, translate
from wizard.base.paths import resource
from wizard.reading.result import (
    Check,
    Report,
    State,
    check_phrase,
    listed_advice,
    listed_since,
    state_meaning,
    state_word,
)

MAX_PICTURE_BYTES = 5_000_000


def picture_uri(path: Path | None) -> str | None:
    """An evidence picture as a data: URI, or None when there is none to embed."""
    if path is None or not path.is_file() or path.stat().st_size > MAX_PICTURE_BYTES:
        return None
    data = path.read_bytes()
    if not data.startswith(b"\x89PNG\r\n\x1a\n"):
        return None
    return "data:image/png;base64," + base64.b64encode(data).decode("ascii")


# The widest a picture is drawn (an A4 page's text width, as Qt lays it out): a
# picture narrower than this is drawn at its own size, its words as the page had them.
PICTURE_MAX_WIDTH = 660
SYMBOLS = {"good": "✓", "bad": "●", "warn": "!"}


def picture_width(path: Path | None) -> int:
    """The picture's own width from its PNG header, capped (0: not known)."""
    try:
        with path.open("rb") as file:  # type: ignore[union-attr]
            head = file.read(24)
    except (OSError, AttributeError):
        return 0
    if len(head) < 24 or not head.startswith(b"\x89PNG\r\n\x1a\n"):
        return 0
    return min(int.from_bytes(head[16:20], "big"), PICTURE_MAX_WIDTH)


def _template() -> jinja2.Template:
    environment = jinja2.Environment(
        autoescape=True,  # every value is text, whatever a page or account name holds
        undefined=jinja2.StrictUndefined,  # a misspelt name fails the tests, not the member
        keep_trailing_newline=True,
    )
    return environment.from_string(resource("report.html").read_text(encoding="utf-8"))


def render_html(
    report: Report,
    practice: bool = False,
    picture: Callable[[Check], str | None] | None = None,
    lang: str = "en",
) -> str:
    """The report as HTML; `picture` gives each check's image source (default: the
    evidence file embedded as a data: URI)."""
    source = picture or (lambda check: picture_uri(check.evidence))
    rows = []
    for check in report.checks:
        title = report.titles.get(check.optout_id, check.optout_id)
        rows.append(
            {
                "title": title,
                "state": check.state.value,  # the class: the colour
                "word": check_phrase(check),
                "reason": check.reason,
                "url": check.url,
                "picture": source(check),
                "width": picture_width(check.evidence) or PICTURE_MAX_WIDTH,
                "tone": "good" if check.done else "bad" if check.state is State.ON else "warn",
                "symbol": "–"
                if check.not_offered
                else {State.OFF: "✓", State.ON: "●"}.get(check.state, "!"),
                "alt": translate("ReportPage", "{title}: the switch as seen").format(title=title),
            }
        )
    words = {
        "title": translate("ReportPage", "LinkedIn opt-out check"),
        "practice": translate(
            "ReportPage", "Practice check on a replica site: this is not LinkedIn."
        ),
        "checked": translate("ReportPage", "Checked"),
        "local_time": translate("ReportPage", "(this computer's time)"),
        "site": translate("ReportPage", "Site"),
        "account": translate("ReportPage", "Account"),
        "checked_with": translate("ReportPage", "Checked with"),
        "setting": translate("ReportPage", "Setting"),
        "result": translate("ReportPage", "Result"),
        "seen": translate("ReportPage", "What was seen"),
        "meanings": translate("ReportPage", "What each result means"),
        "pictures": translate("ReportPage", "The pictures"),
        "only_off": translate(
            "ReportPage",
            "Only “{off}” means the switch was found and read as off. Anything the check "
            "could not see is never reported as “{off}”.",
        ).format(off=state_word(State.OFF)),
        "new_heading": translate("ReportPage", "New on LinkedIn"),
        "new_lead": translate(
            "ReportPage",
            "LinkedIn lists these settings, which this app does not know yet (it sees only "
            "what LinkedIn's lists show):",
        ),
        "since": translate("ReportPage", "Since"),
        "new_advice": translate("ReportPage", "What to do: {advice}").format(
            advice=listed_advice()
        ),
        "nothing_new": translate(
            "ReportPage", "LinkedIn's lists of settings show no setting this app does not know."
        ),
    }
    listing = None
    if report.listing is not None:
        listing = {
            "rows": [
                {
                    "title": s.title,
                    "word": state_word(s.state),
                    "url": s.url,
                    "since": listed_since(s),
                }
                for s in report.listing.unknown
            ],
            "problems": list(report.listing.problems),
        }
    objection = None
    if report.objection is not None:
        sent = report.objection
        objection = {
            "heading": translate("ReportPage", "Data Processing Objection"),
            "word": sent.word(),
            "sentence": sent.sentence(lang),
            "said": sent.said,
            "quote": translate("ReportPage", "LinkedIn's page said: “{said}”").format(
                said=sent.said
            ),
            "next": sent.next_step(),
            "not_a_setting": translate(
                "ReportPage",
                "A request to LinkedIn, not a switch: it is not counted among the settings "
                "above, and no check can read it again.",
            ),
            "picture": picture_uri(sent.evidence),
            "width": picture_width(sent.evidence) or PICTURE_MAX_WIDTH,
            "alt": translate("ReportPage", "LinkedIn's confirmation of the objection"),
        }
    return _template().render(
        lang=lang,
        objection=objection,
        t=words,
        practice=practice,
        date_utc=report.checked_at.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S"),
        # The member's own date, written out ("12/7/26" was read two ways).
        date_local=translate("ReportPage", "{date}, {time}").format(
            date=long_date(report.checked_at, lang),
            time=report.checked_at.astimezone().strftime("%H:%M %Z").strip(),
        ),
        tone=report.tone(),
        symbol=SYMBOLS[report.tone()],
        verdict=report.verdict(),
        site=report.site,
        account=report.account or translate("ReportPage", "(not shown on the page)"),
        checked_with=translate("ReportPage", "LinkedIn opt-out wizard {version}, {browser}").format(
            version=__version__, browser=report.browser
        ),
        summary=report.summary(),
        rows=rows,
        listing=listing,
        meanings=[(state_word(state), state_meaning(state)) for state in State],
    )
