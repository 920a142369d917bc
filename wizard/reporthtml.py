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
from wizard.detect import Check, State
from wizard.paths import resource
from wizard.report import STATE_MEANINGS, Report

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
            rows.append(
                f'<tr><td colspan="3"><img src="{escape(picture_src)}" '
                f'alt="{escape(title)}: the switch as seen" width="520"></td></tr>'
            )
    meanings = "".join(
        f"<tr><td><b>{state.value}</b></td><td>{escape(STATE_MEANINGS[state])}</td></tr>"
        for state in State
    )
    banner = (
        '<p class="practice">Practice check on a replica site: this is not LinkedIn.</p>'
        if practice
        else ""
    )
    template = Template(resource("report.html").read_text(encoding="utf-8"))
    return template.substitute(
        date_utc=escape(report.checked_at.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S")),
        date_local=escape(report.checked_at.astimezone().strftime("%Y-%m-%d %H:%M:%S %Z")),
        site=escape(report.site),
        account=escape(report.account or "(not shown on the page)"),
        version=escape(__version__),
        browser=escape(report.browser),
        summary=escape(report.summary()),
        rows="\n".join(rows),
        meanings=meanings,
        practice_banner=banner,
    )


def save_html(report: Report, path: Path, practice: bool = False) -> None:
    path.write_text(render_html(report, practice), encoding="utf-8")
