"""The detector's answer, parsed: the contract between resources/detector.js (with
watch.js and bridge.js) and Python, in one frozen type both engines hand over.

Parsing is strict where it matters for "never a false Off": a flag is true only when
the page said exactly `true`, and `checked` is a bool only when the page said a bool;
anything else is left unknown, which is never Off.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass


@dataclass(frozen=True)
class Box:
    """Where the switch and its label are, in page coordinates (for the picture)."""

    x: float
    y: float
    width: float
    height: float

    @classmethod
    def parse(cls, raw: object) -> Box | None:
        if not isinstance(raw, Mapping):
            return None
        try:
            box = cls(*(float(raw[k]) for k in ("x", "y", "width", "height")))
        except (KeyError, TypeError, ValueError):
            return None
        return box if box.width >= 1 and box.height >= 1 else None


@dataclass(frozen=True)
class Row:
    """One row of a page that lists settings (detector.js, list mode), as the page
    showed it: its title, its on or off word, its link."""

    title: str
    on: bool
    url: str

    @classmethod
    def parse_all(cls, raw: object) -> tuple[Row, ...]:
        """Every well-formed row; anything malformed is left out, never guessed."""
        if not isinstance(raw, list):
            return ()
        found = []
        for row in raw:
            if not isinstance(row, Mapping):
                continue
            title, state, url = row.get("title"), row.get("state"), row.get("href")
            if not (isinstance(title, str) and title.strip() and isinstance(url, str)):
                continue
            if state not in ("on", "off"):
                continue
            found.append(cls(" ".join(title.split()), state == "on", url))
        return tuple(found)


@dataclass(frozen=True)
class Reading:
    """One reading of one setting's switch on one page (detector.js says what each
    field means)."""

    found: bool = False
    ready: bool = False
    loading: str | None = None  # why a found switch is not ready: disabled, busy, unnamed, hidden
    checked: bool | None = None  # None: unreadable, never off
    matched_by: str | None = None  # id, label, similar-label, only-switch
    label: str | None = None
    detail: str = ""
    signed_out: bool = False
    challenge: bool = False
    not_offered: bool = False
    busy: bool = False  # the page shows it is still drawing
    url: str = ""
    box: Box | None = None
    where: str | None = None  # page, shadow root, frame
    name_from: str | None = None  # "description": named only by aria-describedby
    unnamed_switches: int = 0
    timed_out: bool = False
    still_loading: bool = False
    waited_ms: int = 0  # how long the page was watched, when time was up
    pending: int = 0  # the page's requests in flight
    doc_start: float | None = None  # the embedded view: which document answered
    path: str | None = None  # the embedded view: the page's path
    rows: tuple[Row, ...] = ()  # a page that lists settings: its rows with a state

    @classmethod
    def parse(cls, raw: object) -> Reading | None:
        """None when raw is no detector answer at all."""
        if isinstance(raw, Reading):
            return raw
        if not isinstance(raw, Mapping):
            return None

        def flag(name: str) -> bool:
            return raw.get(name) is True

        def text(name: str) -> str | None:
            value = raw.get(name)
            return value if isinstance(value, str) else None

        def number(name: str) -> float | None:
            value = raw.get(name)
            if isinstance(value, bool) or not isinstance(value, int | float):
                return None
            return float(value)

        checked = raw.get("checked")
        return cls(
            found=flag("found"),
            ready=flag("ready"),
            loading=text("loading"),
            checked=checked if isinstance(checked, bool) else None,
            matched_by=text("matchedBy"),
            label=text("label"),
            detail=text("detail") or "",
            signed_out=flag("signedOut"),
            challenge=flag("challenge"),
            not_offered=flag("notOffered"),
            busy=flag("busy"),
            url=text("url") or "",
            box=Box.parse(raw.get("box")),
            where=text("where"),
            name_from=text("nameFrom"),
            unnamed_switches=int(number("unnamedSwitches") or 0),
            timed_out=flag("timedOut"),
            still_loading=flag("stillLoading"),
            waited_ms=int(number("waitedMs") or 0),
            pending=int(number("pending") or 0),
            doc_start=number("docStart"),
            path=text("path"),
            rows=Row.parse_all(raw.get("rows")),
        )

    @property
    def says_something_here(self) -> bool:
        """On any page: the switch found, the session ended, or a check asked."""
        return self.found or self.signed_out or self.challenge
