"""A signed-in LinkedIn session: its cookies, held in memory, and the browser
identity it signed in with.

The embedded view produces it, the verifier consumes it, and the keyring may
keep it when the member asks. Values never appear in a repr, so a log line or a
traceback that prints a session shows names only. The identity goes wherever the
cookies go: LinkedIn ends a session that turns up in another browser.
"""

from __future__ import annotations

import math
import re
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
        """A kept cookie, every field checked to be what a browser accepts: ValueError
        otherwise (one damaged session must not reach the browser, where it would
        fail every account's check)."""
        if not isinstance(raw, dict):
            raise ValueError("a cookie is a table")
        name, value, domain = raw.get("name"), raw.get("value"), raw.get("domain")
        path = raw.get("path") or "/"
        if not isinstance(name, str) or not _TOKEN.fullmatch(name):
            raise ValueError("a cookie's name is a token")
        if not isinstance(value, str) or not _VALUE.fullmatch(value):
            raise ValueError("a cookie's value has no control characters or ';'")
        if not isinstance(domain, str) or not _DOMAIN.fullmatch(domain):
            raise ValueError("a cookie's domain is a host name")
        if not isinstance(path, str) or not _PATH.fullmatch(path):
            raise ValueError("a cookie's path starts with '/'")
        flags = (raw.get("secure", False), raw.get("http_only", False))
        if not all(isinstance(flag, bool) for flag in flags):
            raise ValueError("a cookie's flags are true or false")
        return cls(name, value, domain, path, *flags, expires=_expiry(raw.get("expires")))


_TOKEN = re.compile(r"[!#$%&'*+\-.^_`|~0-9A-Za-z]{1,256}")  # RFC 6265's cookie-name
_VALUE = re.compile(r"[^\x00-\x1f\x7f;]{0,4096}")
_DOMAIN = re.compile(r"\.?[A-Za-z0-9\[\]:_-][A-Za-z0-9.\[\]:_-]{0,252}")
_PATH = re.compile(r"/[^\x00-\x1f\x7f;]{0,1023}")
# A browser keeps a cookie at most about 400 days (RFC 6265bis); far beyond is damage.
LAST_EXPIRY = 253402300799.0  # 9999-12-31T23:59:59Z


def _expiry(value: object) -> float | None:
    """None (ends with the session), or seconds since the epoch a browser accepts."""
    if value is None or value == 0:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ValueError("a cookie's expiry is a number")
    expires = float(value)
    if not math.isfinite(expires) or not 0 < expires <= LAST_EXPIRY:
        raise ValueError("a cookie's expiry is out of range")
    return expires


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
