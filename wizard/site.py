"""Which site the app talks to: LinkedIn itself, or a loopback site for practice.

`--site` accepts only loopback addresses, so the app cannot be pointed at a look-alike
server that would collect a member's session.
"""

from __future__ import annotations

import ipaddress
from dataclasses import dataclass
from urllib.parse import urlsplit

LINKEDIN_URL = "https://www.linkedin.com"


class SiteError(ValueError):
    """A --site value the app will not use; the message says why."""


@dataclass(frozen=True)
class Site:
    origin: str  # scheme://host[:port], no trailing slash
    practice: bool = False

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


def is_loopback(host: str) -> bool:
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def parse_site(text: str, practice: bool = False) -> Site:
    """A --site value: http(s) on a loopback address, nothing after the host."""
    value = text.strip()
    parts = urlsplit(value)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise SiteError(f"--site must be a web address such as http://127.0.0.1:8080, not {text!r}")
    if parts.path not in ("", "/") or parts.query or parts.fragment:
        raise SiteError(f"--site takes only the site's address, without a path: {text!r}")
    if parts.username or parts.password:
        raise SiteError("--site must not carry a user name or password")
    if f"{parts.scheme}://{parts.netloc}".lower() == LINKEDIN_URL:
        return LINKEDIN
    if not is_loopback(parts.hostname):
        raise SiteError(
            f"--site accepts only this computer's own addresses (127.0.0.1, ::1, localhost), "
            f"for tests and demos; {parts.hostname} is not one. To use LinkedIn, leave --site out."
        )
    try:
        parts.port  # noqa: B018 (raises on a bad port)
    except ValueError:
        raise SiteError(f"--site has a bad port: {text!r}") from None
    return Site(f"{parts.scheme}://{parts.netloc}".lower(), practice=practice)
