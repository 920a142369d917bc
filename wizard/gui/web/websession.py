"""The embedded browser's session: one off-the-record profile and the pages on it.

Handed explicitly to every screen that shows a page (no global profile). It also
reads the session cookies out of the profile, in memory, for the verifier, with the
browser identity they go with (base/identity.py): the check presents that identity,
and a remembered session brings its own back into the profile.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable

import shiboken6
from PySide6.QtCore import QDateTime, QObject, QUrl, Signal
from PySide6.QtNetwork import QNetworkCookie
from PySide6.QtWebEngineCore import QWebEnginePage, QWebEngineProfile, QWebEngineScript

from wizard.base.identity import BrowserIdentity, chromium_brands
from wizard.base.site import (
    Allow,
    External,
    Kind,
    Navigation,
    Refuse,
    Site,
    ToProvider,
    main_view,
)
from wizard.catalog.model import SiteQuirk
from wizard.gui.web.identitywindow import IdentityFlows, IdentityPage, kind_of
from wizard.gui.web.interceptor import RequestRules
from wizard.gui.web.privacysignal import set_gpc
from wizard.gui.web.webprofile import make_profile
from wizard.secrets.logs import keep_secret
from wizard.secrets.session import Cookie, Session, has_session

log = logging.getLogger(__name__)


class GuardedPage(QWebEnginePage):
    """A page held to the site's own hosts (base/site.py `main_view` decides).

    A link elsewhere (https or mailto) is handed to `externalLink` (the window opens
    it in the system browser); during the Sign in step a provider's page, or any https
    page the site's sign-in flow goes to, opens in the sign-in window; anything else
    is refused with a note. Sub-frames are left alone: sign-in checks embed puzzles
    from other hosts.
    """

    externalLink = Signal(QUrl)
    refused = Signal(str)

    def __init__(self, profile: QWebEngineProfile, site: Site, parent: QObject | None = None):
        super().__init__(profile, parent)
        self._site = site
        self.flows: IdentityFlows | None = None  # set by the session for the Sign in step

    def _flows(self) -> IdentityFlows | None:
        flows = self.flows
        return flows if flows is not None and flows.active() else None

    @property
    def site(self) -> Site:
        return self._site

    def acceptNavigationRequest(
        self, url: QUrl | str, kind: QWebEnginePage.NavigationType, is_main_frame: bool
    ) -> bool:
        url = QUrl(url)
        flows = self._flows()
        how = kind_of(kind)
        decision = self._decide(url, how, is_main_frame)
        if isinstance(decision, Allow):
            return True
        unsure = how is Kind.LINK and not isinstance(decision, ToProvider)
        if unsure and flows is not None and url.scheme() in ("http", "https"):
            # Chromium reports a script's navigation (`location.href = …`, as a sign-in
            # page sends the member to a company's sign-in) as a link click. A link the
            # page really has is the member's; anything else is the sign-in flow's.
            self._ask_whether_linked(url)
            return False
        self._carry_out(decision, url)
        return False

    def _decide(self, url: QUrl, how: Kind, is_main_frame: bool) -> Navigation:
        flows = self._flows()
        return main_view(
            self._site,
            url.toString(),
            how,
            is_main_frame,
            flows is not None,
            flows.known if flows is not None else (),
        )

    def _ask_whether_linked(self, url: QUrl) -> None:
        target = url.toString()

        def answered(linked: object) -> None:
            if not shiboken6.isValid(self):
                return
            how = Kind.LINK if linked is True else Kind.OTHER
            self._carry_out(self._decide(url, how, True), url)

        script = (
            "((u) => Array.from(document.links).some((a) => a.href === u ||"
            f" a.href.replace(/\\/$/, '') === u.replace(/\\/$/, '')))({json.dumps(target)})"
        )
        self.runJavaScript(script, QWebEngineScript.ScriptWorldId.ApplicationWorld.value, answered)

    def _carry_out(self, decision: Navigation, url: QUrl) -> None:
        flows = self._flows()
        if isinstance(decision, ToProvider) and flows is not None:
            flows.redirect(url)  # there, not here: this view stays on the site
        elif isinstance(decision, External):
            self.externalLink.emit(url)
        elif isinstance(decision, Refuse):
            self.refused.emit(self._refusal(decision.why, url))

    def _refusal(self, why: str, url: QUrl) -> str:
        if why == "scheme":
            return self.tr(
                "The page's link to {where} was not opened: the wizard opens only web "
                "(https) and e-mail links."
            ).format(where=url.scheme() + ":")
        if why == "insecure":
            return self.tr(
                "This sign-in page is not secure (no https), so the wizard does not open "
                "it: {host}. Sign in another way."
            ).format(host=url.host())
        return self.tr("The page tried to open {where}; it was stopped.").format(
            where=url.host() or url.scheme()
        )

    def javaScriptConsoleMessage(
        self,
        level: QWebEnginePage.JavaScriptConsoleMessageLevel,
        message: str,
        line: int,
        source: str,
    ) -> None:
        """Kept out of Qt's warning log: LinkedIn's pages are chatty, and a page's
        console is no place for the user to look. Debug level, never on disk."""
        log.debug("page console (%s) %s:%s: %s", level.name, source, line, message[:300])

    # Returning None is Qt's "no window" (nullptr); PySide6's stub says a page is needed.
    def createWindow(  # type: ignore[override]
        self, _kind: QWebEnginePage.WebWindowType
    ) -> QWebEnginePage | None:
        flows = self._flows()
        if flows is not None:
            return flows.popup()  # a provider's popup (Google's button), in the sign-in window
        self.refused.emit(self.tr("The page tried to open a new window; the wizard keeps to one."))
        return None


class WebSession(QObject):
    """Owns the profile; pages made here are deleted before it, as Qt requires."""

    cookiesChanged = Signal()
    downloadRefused = Signal(str)

    def __init__(
        self,
        site: Site,
        parent: QObject | None = None,
        accept_language: str | None = None,
        gpc: bool = True,
        quirks: Iterable[SiteQuirk] = (),
    ) -> None:
        super().__init__(parent)
        self.site = site
        self.profile = make_profile(self)
        self._rules = RequestRules(site, quirks, self)
        self.profile.setUrlRequestInterceptor(self._rules)
        set_gpc(self.profile, self._rules, gpc)
        if accept_language:
            # LinkedIn then shows its pages in the member's language, as the screens are.
            self.profile.setHttpAcceptLanguage(accept_language)
        self._brands_set = False  # Qt orders brands by name once they are set
        self.flows: IdentityFlows | None = None
        self._pages: list[QWebEnginePage] = []  # every page made here (main, sign-in window)
        self._cookies: dict[tuple[str, str, str], Cookie] = {}
        store = self.profile.cookieStore()
        store.cookieAdded.connect(self._on_cookie_added)
        store.cookieRemoved.connect(self._on_cookie_removed)
        store.loadAllCookies()
        self.profile.downloadRequested.connect(
            lambda _download: self.downloadRefused.emit(
                self.tr("The page offered a file to download; the wizard does not download files.")
            )
        )

    def set_gpc(self, on: bool) -> None:
        """Send the Global Privacy Control signal from now on, or stop."""
        set_gpc(self.profile, self._rules, on)

    # The browser identity: what LinkedIn sees of this browser, the same in the check.

    def identity(self) -> BrowserIdentity:
        """What this profile presents, exactly as it goes out (brands in the order the
        engine sends them)."""
        hints = self.profile.clientHints()
        versions = {str(k): str(v) for k, v in hints.fullVersionList().items()}
        brands = tuple(sorted(versions.items()))
        if not self._brands_set and hints.fullVersion():
            # The engine's own list, in Chromium's own order (its GREASE seed).
            own = chromium_brands(hints.fullVersion())
            if dict(own) == versions:
                brands = own
        return BrowserIdentity(
            user_agent=self.profile.httpUserAgent(),
            brands=brands,
            accept_language=self.profile.httpAcceptLanguage(),
            platform=hints.platform(),
            platform_version=hints.platformVersion(),
            architecture=hints.arch(),
            bitness=hints.bitness(),
            mobile=hints.isMobile(),
        )

    def adopt(self, identity: BrowserIdentity) -> None:
        """Present a remembered session's identity from now on (before its cookies are
        used): the session stays with the browser it signed in with."""
        if identity == self.identity():
            return
        self.profile.setHttpUserAgent(identity.user_agent)
        self.profile.setHttpAcceptLanguage(identity.accept_language)
        hints = self.profile.clientHints()
        if dict(identity.brands) != {str(k): str(v) for k, v in hints.fullVersionList().items()}:
            hints.setFullVersionList(dict(identity.brands))
            hints.setFullVersion(identity.full_version())
            self._brands_set = True
        hints.setPlatform(identity.platform)
        hints.setPlatformVersion(identity.platform_version)
        hints.setArch(identity.architecture)
        hints.setBitness(identity.bitness)
        hints.setIsMobile(identity.mobile)

    def as_session(self) -> Session:
        """The site's cookies and this profile's identity: what the check and the
        keyring take."""
        return Session.of(self.cookies(), self.identity())

    def new_page(self) -> GuardedPage:
        page = GuardedPage(self.profile, self.site)
        page.flows = self.flows
        self._pages.append(page)
        page.destroyed.connect(lambda: self._forget(page))
        return page

    def new_identity_page(self) -> IdentityPage:
        """A provider's page on this session's profile: the session lands here."""
        page = IdentityPage(self.profile, self.site)
        self._pages.append(page)  # deleted before the profile too
        page.destroyed.connect(lambda: self._forget(page))
        return page

    def allow_identity_flows(self, flows: IdentityFlows | None) -> None:
        """The Sign in step's rules for this session's pages (None: none at all)."""
        self.flows = flows
        for page in self._pages:
            if isinstance(page, GuardedPage):
                page.flows = flows

    def _forget(self, page: QWebEnginePage) -> None:
        if page in self._pages:
            self._pages.remove(page)

    def close(self) -> None:
        """Delete every page, then the profile, now (the other order crashes at exit).

        Views showing these pages must be gone or given other pages first.
        """
        for page in list(self._pages):
            if shiboken6.isValid(page):
                shiboken6.delete(page)
        self._pages.clear()
        if shiboken6.isValid(self.profile):
            shiboken6.delete(self.profile)

    # Cookies, in memory only.

    def _on_cookie_added(self, cookie: QNetworkCookie) -> None:
        item = _from_qt(cookie)
        keep_secret(item.value)
        self._cookies[(item.name, item.domain, item.path)] = item
        self.cookiesChanged.emit()

    def _on_cookie_removed(self, cookie: QNetworkCookie) -> None:
        item = _from_qt(cookie)
        self._cookies.pop((item.name, item.domain, item.path), None)
        self.cookiesChanged.emit()

    def cookies(self) -> list[Cookie]:
        """The site's cookies as the verifier takes them."""
        return [c for c in self._cookies.values() if self.site.cookie_domain_matches(c.domain)]

    def signed_in(self) -> bool:
        return has_session(self.cookies())

    def set_cookies(self, cookies: list[Cookie]) -> None:
        """Seed the profile (a remembered session); cookieAdded confirms each."""
        store = self.profile.cookieStore()
        for item in cookies:
            store.setCookie(_to_qt(item), QUrl(self.site.origin))

    def clear_cookies(self) -> None:
        self.profile.cookieStore().deleteAllCookies()


def _from_qt(cookie: QNetworkCookie) -> Cookie:
    expires = None
    if not cookie.isSessionCookie() and cookie.expirationDate().isValid():
        expires = cookie.expirationDate().toSecsSinceEpoch()
    return Cookie(
        name=bytes(cookie.name().data()).decode("latin-1"),
        value=bytes(cookie.value().data()).decode("latin-1"),
        domain=cookie.domain(),
        path=cookie.path() or "/",
        secure=cookie.isSecure(),
        http_only=cookie.isHttpOnly(),
        expires=expires,
    )


def _to_qt(item: Cookie) -> QNetworkCookie:
    cookie = QNetworkCookie(item.name.encode("latin-1"), item.value.encode("latin-1"))
    if item.domain.startswith("."):
        cookie.setDomain(item.domain)
    cookie.setPath(item.path or "/")
    cookie.setSecure(item.secure)
    cookie.setHttpOnly(item.http_only)
    if item.expires:
        cookie.setExpirationDate(QDateTime.fromSecsSinceEpoch(int(item.expires)))
    return cookie
