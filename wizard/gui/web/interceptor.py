"""The embedded profile's one request interceptor (Qt allows one per profile): the
Global Privacy Control header on the site's requests, and the catalog's
site-specific User-Agent for the hosts a quirk names (Google's sign-in refuses
browsers built into apps: see resources/optouts.toml, [[sign_in.quirks]]).

A quirk changes only the header, as qutebrowser's does: a page's scripts still read
the profile's own User-Agent. LinkedIn's hosts are never quirked: LinkedIn sees
the session's one identity.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QObject
from PySide6.QtWebEngineCore import QWebEngineUrlRequestInfo, QWebEngineUrlRequestInterceptor

from wizard.base import gpc
from wizard.base.identity import firefox_system
from wizard.base.site import Site, host_listed
from wizard.catalog.model import SiteQuirk

GPC_HEADER = gpc.HEADER.encode("ascii")
USER_AGENT = b"User-Agent"


def quirk_hosts(quirk: SiteQuirk, site: Site) -> tuple[str, ...]:
    """The hosts a quirk applies to here: its own, and the practice site's provider
    when that plays the service."""
    return (*quirk.hosts, *(site.identity_hosts if quirk.practice and site.practice else ()))


class RequestRules(QWebEngineUrlRequestInterceptor):
    def __init__(self, site: Site, quirks: Iterable[SiteQuirk] = (), parent: QObject | None = None):
        super().__init__(parent)
        self._site = site
        self.gpc = True
        system = firefox_system()
        self._agents = [
            (quirk_hosts(q, site), q.user_agent_here(system).encode("latin-1", "replace"))
            for q in quirks
            if q.enabled
        ]

    def user_agent_for(self, url: str) -> bytes | None:
        for hosts, agent in self._agents:
            if host_listed(url, hosts):
                return agent
        return None

    def interceptRequest(self, info: QWebEngineUrlRequestInfo) -> None:
        url = info.requestUrl().toString()
        if self._site.owns(url):
            if self.gpc:
                info.setHttpHeader(GPC_HEADER, gpc.VALUE.encode("ascii"))
            return
        agent = self.user_agent_for(url)
        if agent is not None:
            info.setHttpHeader(USER_AGENT, agent)
