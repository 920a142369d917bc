"""The objection to LinkedIn's other uses of data for AI: what the form's page shows,
and the record of a request sent.

An objection is not a setting. LinkedIn decides on it and answers by e-mail, and
nothing on a page can later say whether it still holds: so it is never a check,
never "Off", and never counts towards a verdict or an exit status. It has its own
word ("Sent"), its date and LinkedIn's case number where the page showed one.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from enum import StrEnum
from pathlib import Path
from typing import Any

from wizard.base.i18n import translate

# After this long the Done screen offers to send it again: LinkedIn's uses of data
# change, and a member's objection is answered for what was asked at the time.
OFFER_AGAIN_AFTER = timedelta(days=365)
MAX_SAID = 240  # LinkedIn's confirming sentence, as kept


class FormState(StrEnum):
    """What the form's page shows (resources/formread.js)."""

    LOADING = "loading"  # nothing read yet
    SIGNED_OUT = "signed-out"
    SENT = "sent"  # LinkedIn's confirmation is shown
    UNAVAILABLE = "unavailable"  # the page says the form is not offered here
    BUSY = "busy"  # the page is still drawing (a sent form waiting for its answer)
    FORM = "form"
    OTHER = "other"  # another page (the member followed a link)


@dataclass(frozen=True)
class FormReading:
    state: FormState
    case_number: str | None = None
    said: str = ""  # LinkedIn's confirming sentence
    invalid: int = 0  # fields the form marks as needing correction
    path: str = ""
    doc_start: float = 0.0  # the document's performance.timeOrigin (epoch ms)

    @classmethod
    def parse(cls, raw: Mapping[str, Any]) -> FormReading:
        """What the page's reader said; anything it would not say reads as OTHER."""
        try:
            state = FormState(str(raw.get("kind")))
        except ValueError:
            state = FormState.OTHER
        case = raw.get("caseNumber")
        said = raw.get("said")
        invalid = raw.get("invalid")
        start = raw.get("docStart")
        return cls(
            state=state,
            case_number=case if isinstance(case, str) and case.strip() else None,
            said=said[:MAX_SAID] if isinstance(said, str) else "",
            invalid=invalid if isinstance(invalid, int) and invalid > 0 else 0,
            path=str(raw.get("path") or ""),
            doc_start=float(start) if isinstance(start, int | float) else 0.0,
        )


@dataclass(frozen=True)
class Objection:
    """A request LinkedIn confirmed: when, its case number, LinkedIn's words, and whose.

    `evidence` is the picture of the confirmation (temporary, as a check's are: the
    report embeds it; the history keeps no path). `carried`: from an earlier run,
    shown with a later check, not sent in this one."""

    sent_at: datetime
    site: str
    account: str | None = None
    case_number: str | None = None
    said: str = ""
    evidence: Path | None = None
    carried: bool = False

    def word(self) -> str:
        """Its own word, never a setting's: a request is sent, not switched off."""
        return translate("Objection", "Sent")

    def sentence(self, lang: str | None = None) -> str:
        """ "Objection sent on 7 December 2026, case 251207-001234." """
        from wizard.base.i18n import long_date

        when = long_date(self.sent_at, lang)
        if self.case_number:
            return translate("Objection", "Objection sent on {date}, case {case}.").format(
                date=when, case=self.case_number
            )
        return translate(
            "Objection", "Objection sent on {date} (no case number was shown)."
        ).format(date=when)

    def next_step(self) -> str:
        return translate(
            "Objection",
            "LinkedIn decides on it and answers by e-mail: look out for its message. The "
            "wizard cannot check an objection later; it keeps the date, the case and the "
            "picture.",
        )

    def due_again(self, now: datetime | None = None) -> bool:
        """Over a year old: worth sending again."""
        return (now or datetime.now(UTC)) - self.sent_at >= OFFER_AGAIN_AFTER

    def as_carried(self) -> Objection:
        return replace(self, carried=True, evidence=None)

    def to_json(self) -> dict[str, Any]:
        return {
            "sent_at": self.sent_at.astimezone(UTC)
            .isoformat(timespec="seconds")
            .replace("+00:00", "Z"),
            "site": self.site,
            "account": self.account,
            "case": self.case_number,
            "said": self.said,
        }

    @classmethod
    def from_json(cls, raw: object) -> Objection:
        """The document to_json writes; ValueError for anything else."""
        if not isinstance(raw, Mapping):
            raise ValueError("an objection must be a table")
        sent = raw.get("sent_at")
        if not isinstance(sent, str):
            raise ValueError("an objection needs its date")
        moment = datetime.fromisoformat(sent.replace("Z", "+00:00"))
        if moment.tzinfo is None:
            raise ValueError("a time without its time zone")
        account, case, said = raw.get("account"), raw.get("case"), raw.get("said")
        if not isinstance(raw.get("site"), str):
            raise ValueError("an objection names its site")
        for value in (account, case):
            if value is not None and not isinstance(value, str):
                raise ValueError("an account and a case are text")
        return cls(
            sent_at=moment,
            site=str(raw["site"]),
            account=account,
            case_number=case or None,
            said=said[:MAX_SAID] if isinstance(said, str) else "",
        )
