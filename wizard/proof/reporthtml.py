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
from wizard.base.i18n import translate
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
    return _template().render(
        lang=lang,
        t=words,
        practice=practice,
        date_utc=report.checked_at.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S"),
        date_local=report.checked_at.astimezone().strftime("%Y-%m-%d %H:%M:%S %Z"),
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
