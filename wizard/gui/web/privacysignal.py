"""Global Privacy Control from the embedded browser.

LinkedIn says a GPC signal opts a US member out of data sharing. Chromium does not
send it; the wizard does, while the member keeps it on: the `Sec-GPC: 1` header on
requests to the site (the profile's request interceptor, interceptor.py), and
`navigator.globalPrivacyControl` set to true for the site's own scripts (injected
into the page's main world at document creation, where the site looks for it). It
never counts as proof: the switches are still read and reported as they are.
"""

from __future__ import annotations

from PySide6.QtWebEngineCore import QWebEngineProfile, QWebEngineScript

from wizard.base import gpc
from wizard.gui.web.interceptor import RequestRules

SCRIPT_NAME = "optout-wizard/gpc"
NAVIGATOR_SCRIPT = gpc.NAVIGATOR_SCRIPT


def set_gpc(profile: QWebEngineProfile, rules: RequestRules, on: bool) -> None:
    """Turn the signal on or off for every page of the profile."""
    rules.gpc = on
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
