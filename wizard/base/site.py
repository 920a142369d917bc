"""Which site the app talks to: LinkedIn itself, or a loopback site for practice.

`--site` accepts only loopback addresses, so the app cannot be pointed at a look-alike
server that would collect a member's session.
"""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from urllib.parse import urlsplit

LINKEDIN_URL = "https://www.linkedin.com"


class SiteError(ValueError):
    """A --site value the app will not use; the message says why."""


@dataclass(frozen=True)
class Site:
    origin: str  # scheme://host[:port], no trailing slash
    practice: bool = False
    # Sign-in services of this site's own, beyond the catalog's (the practice site's
    # identity provider, as host:port).
    identity_hosts: tuple[str, ...] = ()

    @property
    def is_linkedin(self) -> bool:
        return self.origin == LINKEDIN_URL

    @property
    def host(self) -> str:
        return urlsplit(self.origin).hostname or ""

    def url(self, path: str) -> str:
        return self.origin + path

    def owns(self, url: str) -> bool:
        """May the embedded view show this page itself (main frame)?

        LinkedIn: https on linkedin.com or a subdomain of it. Anything else: the same
        origin exactly.
        """
        parts = urlsplit(url)
        if self.is_linkedin:
            host = (parts.hostname or "").lower()
            return parts.scheme == "https" and (
                host == "linkedin.com" or host.endswith(".linkedin.com")
            )
        return f"{parts.scheme}://{parts.netloc}".lower() == self.origin.lower()

    def cookie_domain_matches(self, domain: str) -> bool:
        """Is a cookie with this domain one of the site's own?"""
        domain = domain.lower().lstrip(".")
        if self.is_linkedin:
            return domain == "linkedin.com" or domain.endswith(".linkedin.com")
        return domain == self.host.lower()


LINKEDIN = Site(LINKEDIN_URL)


# One strict rule for --site, on the text as given: a scheme, a host that is exactly
# localhost, an IPv4 loopback literal (127.x.x.x, no leading zeros) or [::1], and an
# optional decimal port; nothing else. No user, path, query, fragment, backslash,
# percent-escape, tab or trailing dot: where a URL parser and Chromium could read
# such text differently (Chromium ends a host at "\"), the text is refused.
_OCTET = r"(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])"
_LOOPBACK_SITE = re.compile(
    rf"(?P<scheme>https?)://(?P<host>localhost|127(?:\.{_OCTET}){{3}}|\[::1\])"
    r"(?::(?P<port>[1-9][0-9]{0,4}))?/?",
    re.ASCII | re.IGNORECASE,
)
_LINKEDIN_SITE = re.compile(r"https://www\.linkedin\.com/?", re.ASCII | re.IGNORECASE)


def is_loopback(host: str) -> bool:
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def parse_site(text: str, practice: bool = False) -> Site:
    """A --site value: LinkedIn itself, or http(s) on this computer's own address."""
    value = text.strip(" ")
    if _LINKEDIN_SITE.fullmatch(value):
        return LINKEDIN
    match = _LOOPBACK_SITE.fullmatch(value)
    if match is None:
        raise SiteError(
            "--site accepts only this computer's own addresses, written plainly: "
            "http:// or https://, then localhost, 127.0.0.1 or [::1], and an optional "
            f"port (such as http://127.0.0.1:8080), nothing else; {text!r} is not one. "
            "To use LinkedIn, leave --site out."
        )
    port = match.group("port")
    if port is not None and int(port) > 65535:
        raise SiteError(f"--site has a port beyond 65535: {text!r}")
    origin = f"{match.group('scheme')}://{match.group('host')}".lower()
    return Site(origin + (f":{port}" if port else ""), practice=practice)


# Where a page may go: the rules of the embedded view and of the sign-in window, as
# plain functions so each case is a row in a table test (tests/unit/base/test_navigation.py);
# the Qt pages only carry out the answer.


class Kind(StrEnum):
    """How a navigation started, as far as the rules care."""

    LINK = "link"  # the member clicked a link
    REDIRECT = "redirect"  # the server sent the browser on
    FORM = "form"  # a form was submitted (by the member or by a script)
    OTHER = "other"  # a script, a reload, the address typed…


@dataclass(frozen=True)
class Allow:
    """Show it here."""


@dataclass(frozen=True)
class ToProvider:
    """A sign-in service's page: in the sign-in window, not in the main view."""


@dataclass(frozen=True)
class External:
    """A link away from the site: the system's browser opens it."""


@dataclass(frozen=True)
class Landed:
    """The sign-in window is back on the site: let the site answer there."""


@dataclass(frozen=True)
class Refuse:
    """Not opened; `why` names the sentence the member is shown:

    scheme   a link to anything but https or e-mail
    insecure a sign-in page without https
    away     the page tried to go elsewhere on its own
    """

    why: str


Navigation = Allow | ToProvider | External | Landed | Refuse

EXTERNAL_SCHEMES = ("https", "mailto")


def host_listed(url: str, entries: Sequence[str]) -> bool:
    """Is the url's host one of these? An entry covers its subdomains; an entry with
    a port (a loopback provider) names exactly that host and port."""
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    try:
        port = parts.port
    except ValueError:
        return False
    for entry in entries:
        entry = entry.lower()
        if ":" in entry:
            if port is not None and f"{host}:{port}" == entry:
                return True
        elif host == entry or host.endswith("." + entry):
            return True
    return False


def _secure_sign_in(site: Site, url: str) -> bool:
    """https; or plain http between loopback hosts, when the site itself is a loopback
    test site (`--site`, practice), whose other loopback origins are its providers."""
    parts = urlsplit(url)
    if parts.scheme == "https":
        return True
    return parts.scheme == "http" and is_loopback(site.host) and is_loopback(parts.hostname or "")


def main_view(
    site: Site,
    url: str,
    kind: Kind,
    main_frame: bool,
    signing_in: bool,
    providers: Sequence[str] = (),
) -> Navigation:
    """The embedded view stays on the site. During the Sign in step a known provider's
    page, and any https page the site's own sign-in flow goes to (a company's sign-in
    starts on its own host), opens in the sign-in window; a link the member clicks to
    an unrelated page goes to the system browser."""
    if not main_frame or url == "about:blank" or site.owns(url):
        return Allow()
    scheme = urlsplit(url).scheme.lower()
    if signing_in and host_listed(url, providers) and _secure_sign_in(site, url):
        return ToProvider()
    if kind is Kind.LINK:
        return External() if scheme in EXTERNAL_SCHEMES else Refuse("scheme")
    if signing_in and scheme in ("http", "https"):
        return ToProvider() if _secure_sign_in(site, url) else Refuse("insecure")
    return Refuse("away")


def sign_in_window(site: Site, url: str, main_frame: bool) -> Navigation:
    """The sign-in window goes wherever a provider sends it, securely, and lands back
    on the site by whatever way the provider chose (a GET, or a form POST whose body
    only this very navigation carries)."""
    if not main_frame or url == "about:blank":
        return Allow()
    if site.owns(url):
        return Landed()
    return Allow() if _secure_sign_in(site, url) else Refuse("insecure")
