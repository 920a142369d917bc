"""A verification as a self-contained HTML file: pictures embedded, no script.

Rendered from the report's JSON (the single source) into resources/report.html;
every value is escaped, so a hostile reason or account name stays text.
"""

from __future__ import annotations

import base64
from collections.abc import Callable
from datetime import UTC
from html import escape
from pathlib import Path
from string import Template

from wizard import __version__
from wizard.base.i18n import translate
from wizard.base.paths import resource
from wizard.reading.result import Check, Report, State, state_meaning

MAX_PICTURE_BYTES = 5_000_000


def picture_uri(path: Path | None) -> str | None:
    """An evidence picture as a data: URI, or None when there is none to embed."""
    if path is None or not path.is_file() or path.stat().st_size > MAX_PICTURE_BYTES:
        return None
    data = path.read_bytes()
    if not data.startswith(b"\x89PNG\r\n\x1a\n"):
        return None
    return "data:image/png;base64," + base64.b64encode(data).decode("ascii")


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
        picture_src = source(check)
        url = f'<div class="url">{escape(check.url)}</div>' if check.url else ""
        rows.append(
            "<tr>"
            f'<td width="30%">{escape(title)}</td>'
            f'<td width="12%" class="state {check.state.value}">{escape(check.state.value)}</td>'
            f"<td>{escape(check.reason)}{url}</td>"
            "</tr>"
        )
        if picture_src:
            # A row of its own: a picture in a narrow cell would squeeze the text.
            alt = translate("ReportPage", "{title}: the switch as seen").format(title=title)
            rows.append(
                f'<tr><td colspan="3"><img src="{escape(picture_src)}" '
                f'alt="{escape(alt)}" width="520"></td></tr>'
            )
    meanings = "".join(
        f"<tr><td><b>{state.value}</b></td><td>{escape(state_meaning(state))}</td></tr>"
        for state in State
    )
    banner = (
        '<p class="practice">'
        + escape(translate("ReportPage", "Practice check on a replica site: this is not LinkedIn."))
        + "</p>"
        if practice
        else ""
    )
    only_off = translate(
        "ReportPage",
        "Only OFF means the switch was found and read as off. Anything the check could not "
        "see is never reported as OFF.",
    )
    template = Template(resource("report.html").read_text(encoding="utf-8"))
    return template.substitute(
        date_utc=escape(report.checked_at.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S")),
        date_local=escape(report.checked_at.astimezone().strftime("%Y-%m-%d %H:%M:%S %Z")),
        site=escape(report.site),
        account=escape(report.account or translate("ReportPage", "(not shown on the page)")),
        checked_with=escape(
            translate("ReportPage", "LinkedIn opt-out wizard {version}, {browser}").format(
                version=__version__, browser=report.browser
            )
        ),
        lang=escape(lang),
        t_title=escape(translate("ReportPage", "LinkedIn opt-out check")),
        t_checked=escape(translate("ReportPage", "Checked")),
        t_local_time=escape(translate("ReportPage", "(this computer's time)")),
        t_site=escape(translate("ReportPage", "Site")),
        t_account=escape(translate("ReportPage", "Account")),
        t_checked_with=escape(translate("ReportPage", "Checked with")),
        t_setting=escape(translate("ReportPage", "Setting")),
        t_result=escape(translate("ReportPage", "Result")),
        t_seen=escape(translate("ReportPage", "What was seen")),
        t_meanings=escape(translate("ReportPage", "What each result means")),
        t_only_off=escape(only_off),
        summary=escape(report.summary()),
        rows="\n".join(rows),
        meanings=meanings,
        practice_banner=banner,
    )
