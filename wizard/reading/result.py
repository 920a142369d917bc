"""The result model: one setting's State and Check, one verification's Report (its
JSON document, exit status and text table).

The JSON is the single source every other form (terminal table, HTML, PDF,
history) is rendered from. It never holds cookies or anything secret.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path
from typing import Any

from wizard.base.i18n import translate
from wizard.reading.objection import Objection


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
    # NOT_FOUND because LinkedIn says the setting is not offered for this account or
    # region: nothing to switch off, so it counts as done (never as off).
    not_offered: bool = False

    @property
    def done(self) -> bool:
        """Nothing left to do for this setting: off, or not offered at all."""
        return self.state is State.OFF or (self.state is State.NOT_FOUND and self.not_offered)


@dataclass(frozen=True)
class ListedSetting:
    """A setting LinkedIn lists, with a state, that the catalog does not know: most
    likely one LinkedIn added (its pattern: on for everyone, announced later). Its
    title and state are the row's own words; nothing about it is guessed."""

    title: str
    state: State  # ON or OFF: what the row said
    url: str
    first_seen: datetime  # the first check of this account that listed it
    new: bool = True  # not listed by this account's earlier checks


@dataclass(frozen=True)
class Listing:
    """What LinkedIn's lists of settings showed in one check: the rows the catalog
    does not know, and the list pages that could not be read (each its sentence)."""

    unknown: tuple[ListedSetting, ...] = ()
    problems: tuple[str, ...] = ()

    def new_and_on(self) -> tuple[ListedSetting, ...]:
        return tuple(s for s in self.unknown if s.new and s.state is State.ON)

    def to_json(self) -> dict[str, Any]:
        return {
            "new_settings": [
                {
                    "title": s.title,
                    "state": s.state.value,
                    "url": s.url,
                    "first_seen": _iso(s.first_seen),
                    "new": s.new,
                }
                for s in self.unknown
            ],
            "listing_problems": list(self.problems),
        }

    @classmethod
    def from_json(cls, raw: Mapping[str, Any]) -> Listing | None:
        """None when the document holds no listing (a check before lists were read)."""
        rows = raw.get("new_settings")
        if rows is None:
            return None
        if not isinstance(rows, list) or not all(isinstance(r, Mapping) for r in rows):
            raise ValueError("new_settings must be a list of tables")
        problems = raw.get("listing_problems") or []
        if not isinstance(problems, list):
            raise ValueError("listing_problems must be a list")
        unknown = []
        for r in rows:
            state = State(r["state"])
            if state not in (State.ON, State.OFF):
                raise ValueError("a listed setting is ON or OFF")
            unknown.append(
                ListedSetting(
                    title=str(r["title"]),
                    state=state,
                    url=str(r["url"]),
                    first_seen=_parse_time(r["first_seen"]),
                    new=r.get("new") is True,
                )
            )
        return cls(tuple(unknown), tuple(str(p) for p in problems))

    def same(self, one: ListedSetting, other: ListedSetting) -> bool:
        """The same row in two checks: its page, or else its title."""
        return _page(one.url) == _page(other.url) or plain_title(one.title) == plain_title(
            other.title
        )

    def since(self, earlier: Sequence[Listing]) -> Listing:
        """This listing, each row dated by the earliest of the account's earlier
        listings (oldest first) that showed it; a row none showed is new."""
        dated = []
        for row in self.unknown:
            before = [s for e in earlier for s in e.unknown if self.same(s, row)]
            if before:
                first = min(s.first_seen for s in before)
                dated.append(ListedSetting(row.title, row.state, row.url, first, new=False))
            else:
                dated.append(row)
        return Listing(tuple(dated), self.problems)


def plain_title(text: str) -> str:
    """A setting's title as compared: case, spacing and typographic apostrophes aside
    (LinkedIn writes "LinkedIn’s" in one place and "LinkedIn's" in another)."""
    return " ".join(text.replace("\u2019", "'").casefold().split())


def _page(url: str) -> str:
    from urllib.parse import urlsplit

    parts = urlsplit(url)
    return f"{parts.netloc}{parts.path.rstrip('/')}"


class Cause(StrEnum):
    """Why a whole account could not be checked, for a program to act on (the
    reason says it to the member): the JSON's "cause"."""

    KEYRING_LOCKED = "keyring-locked"
    KEYRING_MISSING = "keyring-missing"
    ACCOUNTS_LIST_DAMAGED = "accounts-list-damaged"
    SESSION_DAMAGED = "session-damaged"
    BROWSER_MISSING = "browser-missing"
    BROWSER_NO_SANDBOX = "browser-no-sandbox"
    BROWSER_DID_NOT_START = "browser-did-not-start"
    BROWSER_FAILED = "browser-failed"


EXIT_ALL_OFF = 0
EXIT_SOME_ON = 1
EXIT_COULD_NOT_TELL = 2
EXIT_OUTPUT_FAILED = 3
EXIT_USAGE = 64
EXIT_SOFTWARE = 70  # sysexits.h EX_SOFTWARE: the app itself failed
EXIT_TEMPFAIL = 75  # EX_TEMPFAIL: forget, update-catalog, install-browser could not (retry)
EXIT_CANCELLED = 130  # Ctrl-C: 128 + SIGINT, as shells report it
EXIT_TERMINATED = 143  # SIGTERM (how systemd stops a job): 128 + 15

EXIT_CODES_HELP = """\
exit status:
  0   every setting is off
  1   a setting is on (and none could not be checked)
  2   a setting could not be checked: signed out, a security check, not found, a locked
      or missing keyring, no browser, or an error (the reason says which)
  3   the check ran and its result was printed (if it could be), but something it was
      to write was not: a report, a picture, the history, the session to remember, or
      the output itself (the message says which)
  64  bad usage
  70  the app met a problem of its own (the message says so; --verbose for details)
  130 cancelled (Ctrl-C); 143 stopped (SIGTERM): after the same clean-up as any end"""


def state_word(state: State) -> str:
    """The state in a word or two, for people (the JSON keeps the State's own name)."""
    words = {
        State.OFF: translate("Report", "Off"),
        State.ON: translate("Report", "On"),
        State.SIGNED_OUT: translate("Report", "Signed out"),
        State.CHALLENGE: translate("Report", "Check needed"),
        State.NOT_FOUND: translate("Report", "Not found"),
        State.ERROR: translate("Report", "Error"),
    }
    return words[state]


def state_phrase(state: State) -> str:
    """The state as a member reads a result: Off and On say what they mean for the
    member (guides have told members to switch these on by mistake)."""
    if state is State.OFF:
        return translate("Report", "Off — you are opted out")
    if state is State.ON:
        return translate("Report", "On — LinkedIn still uses your data for this")
    return state_word(state)


def check_phrase(check: Check) -> str:
    """A setting's result as a member reads it (the longer form of check_word)."""
    return not_offered_word() if check.not_offered else state_phrase(check.state)


def check_word(check: Check) -> str:
    """A setting's result in a word or two, as a member reads it."""
    return not_offered_word() if check.not_offered else state_word(check.state)


def not_offered_word() -> str:
    """A setting LinkedIn does not offer this account: its own word, not "Not found"."""
    return translate("Report", "Not offered")


def state_meaning(state: State) -> str:
    meanings = {
        State.OFF: translate(
            "Report", "The switch was found by its label and read as off: you are opted out."
        ),
        State.ON: translate(
            "Report", "The switch was found and read as on: you are not opted out yet."
        ),
        State.SIGNED_OUT: translate(
            "Report", "LinkedIn sent the check to its sign-in page: the session had ended."
        ),
        State.CHALLENGE: translate(
            "Report", "LinkedIn asked for a security check (a code or a puzzle) first."
        ),
        State.NOT_FOUND: translate(
            "Report",
            "The page loaded but no switch matched: the page changed, or the setting is not "
            "offered for this account or region.",
        ),
        State.ERROR: translate(
            "Report",
            "The page could not be checked (network, timeout, HTTP error or no browser).",
        ),
    }
    return meanings[state]


@dataclass(frozen=True)
class Report:
    site: str
    browser: str
    checks: tuple[Check, ...]
    titles: Mapping[str, str] = field(default_factory=dict)
    checked_at: datetime = field(default_factory=lambda: datetime.now(UTC))
    account: str | None = None  # the member's name as the page showed it
    # LinkedIn's lists of settings, read with the check (None: not read). Never
    # changes the exit status: it speaks of settings the app does not check.
    listing: Listing | None = None
    # Why nothing could be checked for this account (None: each check says its own).
    cause: Cause | None = None
    # The last objection sent for this account (reading/objection.py): carried into
    # every later report, never a check, never part of the verdict or exit status.
    objection: Objection | None = None

    def exit_status(self) -> int:
        """0: every setting done (OFF, or not offered); 1: some ON and none unknown;
        2: any could not be told."""
        if not self.checks:
            return EXIT_COULD_NOT_TELL
        if any(c.state.could_not_tell and not c.done for c in self.checks):
            return EXIT_COULD_NOT_TELL
        if any(c.state is State.ON for c in self.checks):
            return EXIT_SOME_ON
        return EXIT_ALL_OFF

    def all_done(self) -> bool:
        return bool(self.checks) and all(c.done for c in self.checks)

    def new_and_on(self) -> tuple[ListedSetting, ...]:
        """Settings LinkedIn lists that the app does not know, and that are on."""
        if self.listing is None:
            return ()
        return tuple(row for row in self.listing.unknown if row.state is State.ON)

    def tone(self) -> str:
        """ "good" only when every setting is done and LinkedIn lists nothing new that
        is on (a tick above "New on LinkedIn: On" was a mixed message); "bad" when a
        setting is on; else "warn". Colour, symbol and headline follow it."""
        if self.all_done():
            return "warn" if self.new_and_on() else "good"
        if any(c.state is State.ON for c in self.checks):
            return "bad"
        return "warn"

    def verdict(self) -> str:
        """The headline: the summary, and any new setting LinkedIn lists that is on."""
        new = self.new_and_on()
        if not new:
            return self.summary()
        if len(new) == 1:
            also = translate(
                "Report", "LinkedIn also lists a new setting, “{title}”, and it is on."
            ).format(title=new[0].title)
        else:
            also = translate("Report", "LinkedIn also lists {n} new settings that are on.").format(
                n=len(new)
            )
        return f"{self.summary()} {also}"

    def check(self, optout_id: str) -> Check:
        return next(c for c in self.checks if c.optout_id == optout_id)

    def to_json(self) -> dict[str, Any]:
        return {
            "site": self.site,
            "checked_at": _iso(self.checked_at),
            "browser": self.browser,
            "account": self.account,
            "results": [
                {
                    "id": c.optout_id,
                    "title": self.titles.get(c.optout_id, c.optout_id),
                    "state": c.state.value,
                    "reason": c.reason,
                    "evidence": str(c.evidence) if c.evidence else None,
                    "url": c.url,
                    "checked_at": _iso(c.checked_at),
                    **({"not_offered": True} if c.not_offered else {}),
                }
                for c in self.checks
            ],
            **(self.listing.to_json() if self.listing is not None else {}),
            **({"cause": self.cause.value} if self.cause is not None else {}),
            **({"objection": self.objection.to_json()} if self.objection is not None else {}),
        }

    def dumps(self) -> str:
        return json.dumps(self.to_json(), indent=2, ensure_ascii=False)

    @classmethod
    def from_json(cls, raw: Mapping[str, Any]) -> Report:
        """The document to_json writes; ValueError for anything else (a damaged entry)."""
        if not isinstance(raw, Mapping) or not isinstance(raw.get("results"), list):
            raise ValueError("not a verification")
        if not all(isinstance(r, Mapping) for r in raw["results"]):
            raise ValueError("a result is not a table")
        account = raw.get("account")
        if account is not None and not isinstance(account, str):
            raise ValueError("the account must be text")
        checks = tuple(
            Check(
                optout_id=str(r["id"]),
                state=State(r["state"]),
                reason=str(r["reason"]),
                evidence=Path(r["evidence"]) if r.get("evidence") else None,
                checked_at=_parse_time(r.get("checked_at") or raw["checked_at"]),
                url=r.get("url"),
                not_offered=r.get("not_offered") is True,
            )
            for r in raw["results"]
        )
        return cls(
            site=str(raw["site"]),
            browser=str(raw.get("browser") or ""),
            checks=checks,
            titles={str(r["id"]): str(r.get("title") or r["id"]) for r in raw["results"]},
            checked_at=_parse_time(raw["checked_at"]),
            account=account,
            listing=Listing.from_json(raw),
            cause=Cause(raw["cause"]) if raw.get("cause") is not None else None,
            objection=_objection(raw.get("objection")),
        )

    def summary(self) -> str:
        """One sentence on the whole result."""
        if self.cause is not None:
            return translate("Report", "The check could not run.")
        unknown = sum(c.state.could_not_tell and not c.done for c in self.checks)
        on = sum(c.state is State.ON for c in self.checks)
        offered = [c for c in self.checks if not c.not_offered]
        if unknown == 1:
            return translate("Report", "1 setting could not be checked.")
        if unknown:
            return translate("Report", "{n} settings could not be checked.").format(n=unknown)
        if on == 1:
            return translate("Report", "1 setting is still on.")
        if on:
            return translate("Report", "{n} settings are still on.").format(n=on)
        if not offered:
            return translate("Report", "LinkedIn does not offer you any of these settings.")
        if len(offered) < len(self.checks):
            return translate(
                "Report", "Every setting offered to you is off; LinkedIn does not offer the rest."
            )
        return translate("Report", "All settings are off.")

    def table(self) -> str:
        """The readable form for a terminal."""
        when = self.checked_at.astimezone(UTC).strftime("%Y-%m-%d %H:%M UTC")
        lines = [f"LinkedIn opt-out check: {self.site}, {when}"]
        if self.account:
            lines.append(f"Account: {self.account}")
        lines += [f"Browser: {self.browser}", ""]
        for c in self.checks:
            title = self.titles.get(c.optout_id, c.optout_id)
            lines.append(f"  {title}: {check_phrase(c)}")
            lines.append(f"    {c.reason}")
            if c.evidence:
                lines.append(f"    Evidence: {c.evidence}")
        lines += ["", self.summary()]
        if self.listing is not None:
            lines += listing_lines(self.listing)
        if self.objection is not None:
            lines += ["", objection_line(self.objection)]
        return "\n".join(lines)


def objection_line(objection: Objection) -> str:
    """The terminal's words for the last objection: not a setting, its own word."""
    return translate("Report", "Data Processing Objection: {word}. {sentence}").format(
        word=objection.word(), sentence=objection.sentence()
    )


def _objection(raw: object) -> Objection | None:
    """A kept report's objection; a damaged one is left out (the check itself stays)."""
    if raw is None:
        return None
    try:
        return Objection.from_json(raw).as_carried()
    except (ValueError, TypeError):
        return None


def listing_lines(listing: Listing) -> list[str]:
    """The terminal's words for LinkedIn's lists: each setting the app does not know,
    and each list that could not be read."""
    lines: list[str] = []
    if listing.unknown:
        lines += ["", translate("Report", "LinkedIn lists settings this app does not know yet:")]
        for row in listing.unknown:
            lines.append(f"  {state_word(row.state):<3}  {row.title}")
            lines.append(f"  {'':<3}  {listed_since(row)}  {row.url}")
        lines.append(translate("Report", "What to do: {advice}").format(advice=listed_advice()))
    for problem in listing.problems:
        lines += ["", problem]
    return lines


def listed_since(row: ListedSetting) -> str:
    """ "New since this check", or "Listed since 3 March 2026" (not new)."""
    from wizard.base.i18n import long_date

    if row.new:
        return translate("Report", "New since this check.")
    return translate("Report", "Listed since {date}.").format(date=long_date(row.first_seen))


def listed_advice() -> str:
    return translate(
        "Report",
        "open it (in the wizard: Done, “New on LinkedIn”), read what LinkedIn says it does, "
        "and decide. The wizard does not know it, so it neither checks nor changes it.",
    )


def listed_notice(row: ListedSetting) -> str:
    """One row, in a sentence: what a notification or a headline says."""
    return translate(
        "Report", "LinkedIn lists a setting this app does not know yet: “{title}” — it is {state}."
    ).format(title=row.title, state=state_word(row.state))


def _iso(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


def _parse_time(text: object) -> datetime:
    """An ISO 8601 moment with its time zone; anything else is not one (ValueError)."""
    if not isinstance(text, str):
        raise ValueError(f"a time must be text, not {type(text).__name__}")
    moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    if moment.tzinfo is None:
        raise ValueError("a time without its time zone")
    return moment


def all_checks(optout_ids: Sequence[str], state: State, reason: str) -> tuple[Check, ...]:
    """The same verdict for every setting (no session, no browser, …)."""
    return tuple(Check(optout_id=i, state=state, reason=reason) for i in optout_ids)


def file_part(account: str | None) -> str:
    """An account's name as part of a file name (letters, digits, '-' and '_')."""
    cleaned = "".join(c if c.isalnum() or c in "-_" else "-" for c in (account or "unnamed"))
    return cleaned.strip("-")[:60] or "unnamed"
