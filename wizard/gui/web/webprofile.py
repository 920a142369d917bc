"""The embedded browser's profile: off the record, nothing on disk, and an ordinary
browser to the services it talks to.

Built in one place so the promise "the session never touches the disk" is kept by
one function that asserts it (as qutebrowser does for its private profile). Its
User-Agent is QtWebEngine's own without the `QtWebEngine/x.y` token: the Chrome of
its real engine version, as every other Chromium says (Google refuses sign-ins from
User-Agents that name an embedded engine; qutebrowser #5147, #8492).
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWebEngineCore import QWebEngineDownloadRequest, QWebEngineProfile, QWebEngineSettings

from wizard.base.identity import ordinary_user_agent


def make_profile(parent: QObject) -> QWebEngineProfile:
    """A fresh off-the-record profile: cookies, cache and storage live in memory only.

    Parent it to something that outlives every page using it: a page must be deleted
    before its profile or Qt warns and may crash at exit.
    """
    from wizard.gui.qtsetup import follow_screen_reader

    follow_screen_reader()  # before the first profile starts the engine
    profile = QWebEngineProfile(parent)  # no storage name: off the record
    if not profile.isOffTheRecord():
        raise RuntimeError("the embedded browser's profile is not off the record")
    profile.setHttpCacheType(QWebEngineProfile.HttpCacheType.MemoryHttpCache)
    profile.setPersistentCookiesPolicy(
        QWebEngineProfile.PersistentCookiesPolicy.NoPersistentCookies
    )
    profile.setPersistentPermissionsPolicy(
        QWebEngineProfile.PersistentPermissionsPolicy.AskEveryTime
    )
    profile.setSpellCheckEnabled(False)
    # Set on the profile, so the header, navigator.userAgent, the sign-in window and
    # the hidden confirming page all agree.
    profile.setHttpUserAgent(ordinary_user_agent(profile.httpUserAgent()))
    settings = profile.settings()
    settings.setAttribute(QWebEngineSettings.WebAttribute.JavascriptCanOpenWindows, False)
    settings.setAttribute(QWebEngineSettings.WebAttribute.PluginsEnabled, False)
    settings.setAttribute(QWebEngineSettings.WebAttribute.PdfViewerEnabled, False)
    settings.setAttribute(QWebEngineSettings.WebAttribute.ScreenCaptureEnabled, False)
    settings.setAttribute(QWebEngineSettings.WebAttribute.LocalContentCanAccessRemoteUrls, False)
    profile.downloadRequested.connect(refuse_download)
    return profile


def refuse_download(download: QWebEngineDownloadRequest) -> None:
    """Nothing the site offers for download has a place in this app."""
    download.cancel()
