"""Global Privacy Control from the embedded browser.

LinkedIn says a GPC signal opts a US member out of data sharing. Chromium does not
send it; the wizard does, while the member keeps it on: the `Sec-GPC: 1` header on
requests to the site (a request interceptor), and `navigator.globalPrivacyControl`
set to true for the site's own scripts (injected into the page's main world at
document creation, where the site looks for it). It never counts as proof: the
switches are still read and reported as they are.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWebEngineCore import (
    QWebEngineProfile,
    QWebEngineScript,
    QWebEngineUrlRequestInfo,
    QWebEngineUrlRequestInterceptor,
)

from wizard.base import gpc
from wizard.base.site import Site

SCRIPT_NAME = "optout-wizard/gpc"
GPC_HEADER = gpc.HEADER.encode("ascii")
NAVIGATOR_SCRIPT = gpc.NAVIGATOR_SCRIPT


class GpcInterceptor(QWebEngineUrlRequestInterceptor):
    def __init__(self, site: Site, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._site = site
        self.enabled = True

    def interceptRequest(self, info: QWebEngineUrlRequestInfo) -> None:
        if self.enabled and self._site.owns(info.requestUrl().toString()):
            info.setHttpHeader(GPC_HEADER, gpc.VALUE.encode("ascii"))


def set_gpc(profile: QWebEngineProfile, interceptor: GpcInterceptor, on: bool) -> None:
    """Turn the signal on or off for every page of the profile."""
    interceptor.enabled = on
    scripts = profile.scripts()
    for old in scripts.find(SCRIPT_NAME):
        scripts.remove(old)
    if on:
        script = QWebEngineScript()
        script.setName(SCRIPT_NAME)
        script.setWorldId(QWebEngineScript.ScriptWorldId.MainWorld)
        script.setInjectionPoint(QWebEngineScript.InjectionPoint.DocumentCreation)
        script.setRunsOnSubFrames(True)
        script.setSourceCode(NAVIGATOR_SCRIPT)
        scripts.insert(script)
