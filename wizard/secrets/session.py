"""A signed-in LinkedIn session: its cookies, held in memory, and the browser
identity it signed in with.

The embedded view produces it, the verifier consumes it, and the keyring may
keep it when the member asks. Values never appear in a repr, so a log line or a
traceback that prints a session shows names only. The identity goes wherever the
cookies go: LinkedIn ends a session that turns up in another browser.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from wizard.base.identity import BrowserIdentity

# Signed in ⇔ a non-empty li_at cookie (LinkedIn's session cookie).
SESSION_COOKIE = "li_at"


@dataclass(frozen=True)
class Cookie:
    name: str
    value: str = field(repr=False)
    domain: str
    path: str = "/"
    secure: bool = False
    http_only: bool = False
    expires: float | None = None  # seconds since the epoch; None: ends with the session

    def for_playwright(self) -> dict[str, Any]:
        """The form `BrowserContext.add_cookies` takes."""
        cookie: dict[str, Any] = {
            "name": self.name,
            "value": self.value,
            "domain": self.domain,
            "path": self.path or "/",
            "secure": self.secure,
            "httpOnly": self.http_only,
            "sameSite": "Lax",
        }
        if self.expires:
            cookie["expires"] = float(self.expires)
        return cookie

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "value": self.value,
            "domain": self.domain,
            "path": self.path,
            "secure": self.secure,
            "http_only": self.http_only,
            "expires": self.expires,
        }

    @classmethod
    def from_dict(cls, raw: dict[str, Any]) -> Cookie:
        return cls(
            name=str(raw["name"]),
            value=str(raw["value"]),
            domain=str(raw["domain"]),
            path=str(raw.get("path") or "/"),
            secure=bool(raw.get("secure", False)),
            http_only=bool(raw.get("http_only", False)),
            expires=float(raw["expires"]) if raw.get("expires") else None,
        )


def has_session(cookies: list[Cookie]) -> bool:
    return any(c.name == SESSION_COOKIE and c.value for c in cookies)


@dataclass(frozen=True)
class Session:
    """Cookies and the identity that goes with them (None: a session kept before
    identities were, or one not yet signed in anywhere)."""

    cookies: tuple[Cookie, ...]
    identity: BrowserIdentity | None = None

    @classmethod
    def of(cls, cookies: Iterable[Cookie], identity: BrowserIdentity | None = None) -> Session:
        return cls(tuple(cookies), identity)

    @property
    def signed_in(self) -> bool:
        return has_session(list(self.cookies))
