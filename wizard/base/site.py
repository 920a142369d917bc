"""Which site the app talks to: LinkedIn itself, or a loopback site for practice.

`--site` accepts only loopback addresses, so the app cannot be pointed at a look-alike
server that would collect a member's session.
"""

from __future__ import annotations

import ipaddress
import re
from dataclasses import dataclass
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
