"""The practice site's HTTP server: a replica of the LinkedIn pages the wizard touches.

It follows what is known of the real site (../shared/LINKEDIN.md in the design
notes): the sign-in form, the li_at and JSESSIONID cookies, sign-in redirects, the
PIN check, the settings menus and pages, and the PUT with a csrf-token header. It
listens on 127.0.0.1 only, and keeps a log of requests tests can assert on.
"""

from __future__ import annotations

import ipaddress
import json
import secrets
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from email.message import Message
from http.server import BaseHTTPRequestHandler
from urllib.parse import parse_qs, quote, urlsplit

from wizard.base.i18n import normalize_language
from wizard.practice import objection, pages
from wizard.practice.accounts import PRACTICE_PIN, Account, Faults, Session, Store
from wizard.practice.company import ACS, CompanySignIn
from wizard.practice.identity import PracticeIdentityProvider
from wizard.practice.passkeys import Passkey, PasskeyRefused, PasskeyRegistry
from wizard.practice.serving import LoopbackServer
from wizard.practice.settings import setting_for_path
from wizard.practice.variants import CONSENT_COOKIE

MAX_BODY = 64 * 1024
# What the sign-in page says after a provider's way back brought it there.
SIGN_IN_WORDS = {
    "cancelled": "You cancelled signing in with Practice ID. Sign in another way, or try again.",
}
MAX_PIN_ATTEMPTS = 5


# The request headers that name the browser: what "one identity per session" means.
IDENTITY_HEADERS = (
    "user-agent",
    "sec-ch-ua",
    "sec-ch-ua-mobile",
    "sec-ch-ua-platform",
    "accept-language",
)


@dataclass(frozen=True)
class Request:
    """One request as the server saw it (header names lower-cased)."""

    method: str
    path: str
    query: str
    headers: dict[str, str]
    status: int

    @property
    def session(self) -> str | None:
        """The li_at value the request carried, if any."""
        for part in self.headers.get("cookie", "").split(";"):
            name, sep, value = part.strip().partition("=")
            if sep and name == "li_at" and value:
                return value
        return None

    def identity(self) -> tuple[tuple[str, str], ...]:
        """The identity headers it carried (those it did not carry are left out)."""
        return tuple((h, self.headers[h]) for h in IDENTITY_HEADERS if h in self.headers)


class PracticeSite:
    """A running practice server. Use `practice_site()` to start one."""

    def __init__(
        self,
        faults: Faults | None = None,
        host: str = "127.0.0.1",
        port: int = 0,
        pin: str = PRACTICE_PIN,
        render_delay_ms: int = 150,
        name: str = "",
    ):
        self.store = Store(faults, pin=pin, render_delay_ms=render_delay_ms)
        self.passkeys = PasskeyRegistry()
        self.requests: list[Request] = []
        self._log_lock = threading.Lock()
        self._extra_pages: dict[str, str] = {}
        handler = type("Handler", (_Handler,), {"site": self})
        # name="localhost": addressed by name, as passkeys need (a relying party is a
        # domain); still listening on the loopback address only.
        self._serving = LoopbackServer(handler, host, port, "practice-site", name=name)
        # Its own identity provider, on another port: another origin, as Google's is.
        self.identity = PracticeIdentityProvider(self.store, lambda: self.url, host)
        # A company's own sign-in, on a third: a host no catalog lists.
        self.company = CompanySignIn(self.store, lambda: self.url, host)

    @property
    def url(self) -> str:
        return self._serving.url

    @property
    def identity_url(self) -> str:
        return self.identity.url

    @property
    def company_url(self) -> str:
        return self.company.url

    def start(self) -> PracticeSite:
        self._serving.start()
        self.identity.start()
        self.company.start()
        return self

    def wait(self) -> None:
        """Block until the server stops (Ctrl+C interrupts the wait)."""
        self._serving.wait()

    def stop(self) -> None:
        self.company.stop()
        self.identity.stop()
        self._serving.stop()

    # What tests and the practice mode use to set up and look at the "server side".

    def account(self, email: str) -> Account:
        return self.store.account(email)

    def configure(self, email: str, faults: Faults | None = None, lang: str | None = None) -> None:
        self.store.configure(email, faults=faults, lang=lang)

    def settings_of(self, email: str) -> dict[str, bool]:
        return self.store.settings_of(email)

    def set_all(self, email: str, value: bool) -> None:
        self.store.set_all(email, value)

    def sign_in(self, email: str) -> dict[str, str]:
        """Open a session without the form; the cookies a browser would then hold."""
        session = self.store.open_session(email)
        return {"li_at": session.token, "JSESSIONID": f'"{session.csrf}"'}

    def add_passkey(self, email: str) -> Passkey:
        """A passkey for this account, as if made on an earlier visit: the site keeps
        the public key, the private one goes to the authenticator that will hold it."""
        return self.passkeys.add(email)

    def expire_sessions(self, email: str) -> None:
        self.store.expire_sessions(email)

    def add_page(self, path: str, html: str) -> None:
        """Serve a fixed page at path (tests build page variants with it)."""
        self._extra_pages[path] = html

    def extra_page(self, path: str) -> str | None:
        return self._extra_pages.get(path)

    def log(self, request: Request) -> None:
        with self._log_lock:
            self.requests.append(request)

    def identities(self) -> dict[str, set[tuple[str, str]]]:
        """Per session (li_at value): every identity header value it was seen with.
        One browser per session means one value per header."""
        seen: dict[str, set[tuple[str, str]]] = {}
        with self._log_lock:
            for request in self.requests:
                if request.session is not None:
                    seen.setdefault(request.session, set()).update(request.identity())
        return seen

    def requests_to(self, path_prefix: str, method: str | None = None) -> list[Request]:
        with self._log_lock:
            return [
                r
                for r in self.requests
                if r.path.startswith(path_prefix) and (method is None or r.method == method)
            ]


@contextmanager
def practice_site(
    faults: Faults | None = None,
    port: int = 0,
    pin: str = PRACTICE_PIN,
    render_delay_ms: int = 150,
    name: str = "",
) -> Iterator[PracticeSite]:
    """Start the practice site on a free loopback port; yields it (its .url is the base)."""
    site = PracticeSite(
        faults, port=port, pin=pin, render_delay_ms=render_delay_ms, name=name
    ).start()
    try:
        yield site
    finally:
        site.stop()


class _Handler(BaseHTTPRequestHandler):
    site: PracticeSite
    protocol_version = "HTTP/1.1"
    server_version = "PracticeLinkedIn/1"

    # Plumbing

    def log_message(self, format: str, *args: object) -> None:
        """Quiet: the request log is in memory, and cookies must not reach a terminal."""

    def _cookies(self) -> dict[str, str]:
        jar: dict[str, str] = {}
        for part in self.headers.get("Cookie", "").split(";"):
            name, sep, value = part.strip().partition("=")
            if sep:
                jar[name] = value
        return jar

    def _session(self) -> Session | None:
        return self.site.store.session(self._cookies().get("li_at"))

    def _send(
        self,
        status: int,
        body: str | bytes = b"",
        content_type: str = "text/html; charset=utf-8",
        headers: dict[str, str] | None = None,
        cookies: list[str] | None = None,
    ) -> None:
        data = body.encode() if isinstance(body, str) else body
        self._status = status
        self._log_request()  # before the answer leaves: a client may look at the log at once
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(data)))
        self.send_header("Cache-Control", "no-store")
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        for cookie in cookies or []:
            self.send_header("Set-Cookie", cookie)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(data)

    def _redirect(self, location: str, cookies: list[str] | None = None, status: int = 303) -> None:
        self._send(status, b"", headers={"Location": location}, cookies=cookies)

    def _html(self, html: str, status: int = 200) -> None:
        self._send(status, html)

    def _json(self, payload: object, status: int = 200) -> None:
        self._send(status, json.dumps(payload), "application/json")

    def _form(self) -> dict[str, str]:
        length = min(int(self.headers.get("Content-Length") or 0), MAX_BODY)
        raw = self.rfile.read(length).decode("utf-8", "replace")
        return {k: v[0] for k, v in parse_qs(raw, keep_blank_values=True).items()}

    def _to_login(self) -> None:
        """As LinkedIn does for a signed-out member page."""
        here = f"{self.site.url}{self.path}"
        self._redirect(f"/login?session_redirect={quote(here, safe='')}", status=302)

    def _safe_redirect(self, target: str) -> str:
        """Only back to this site: never an open redirect."""
        if target.startswith(self.site.url + "/"):
            return target[len(self.site.url) :]
        if target.startswith("/") and not target.startswith("//"):
            return target
        return "/feed/"

    def _browser_language(self) -> str:
        """The first language of Accept-Language that the site speaks; else English."""
        for part in self.headers.get("Accept-Language", "").split(","):
            lang = normalize_language(part.split(";")[0].strip()) if part.strip() else None
            if lang:
                return lang
        return "en"

    def _account(self, session: Session) -> Account:
        return self.site.store.account(session.email)

    def _handle(self) -> None:
        self._status = 0
        self._logged = False
        url = urlsplit(self.path)
        self._url = url
        try:
            self._route(url.path, parse_qs(url.query))
        finally:
            self._log_request()

    def _log_request(self) -> None:
        if self._logged:
            return
        self._logged = True
        self.site.log(
            Request(
                method=self.command,
                path=self._url.path,
                query=self._url.query,
                headers={k.lower(): v for k, v in self.headers.items()},
                status=self._status,
            )
        )

    do_GET = do_POST = do_PUT = do_HEAD = _handle

    # Routes

    def _route(self, path: str, query: dict[str, list[str]]) -> None:
        session = self._session()
        account = self._account(session) if session else None
        delay = (account.faults if account else self.site.store.run_faults).delay_ms
        if delay:
            time.sleep(delay / 1000)

        extra = self.site.extra_page(path)
        if extra is not None:
            return self._html(extra)
        if path == "/favicon.ico":
            return self._send(204)
        if path == "/":
            return self._redirect("/feed/" if session else "/login")
        if path in ("/login", "/uas/login", "/checkpoint/lg/login"):
            redirect = query.get("session_redirect", [""])[0]
            banner = self.site.store.run_faults.banner and not self._consent_given()
            error = SIGN_IN_WORDS.get(query.get("error", [""])[0], "")
            return self._html(
                pages.login_page(redirect, "", error, banner, identity=self.site.identity_url)
            )
        if path == "/checkpoint/lg/login-submit" and self.command == "POST":
            return self._login_submit()
        if path == "/checkpoint/rp/request-password-reset":
            sent_to = self._form().get("userName", "").strip() if self.command == "POST" else ""
            return self._html(pages.password_reset_page(sent_to))
        if path.startswith("/checkpoint/challenge/") and path.endswith(("/status", "/done")):
            return self._approval(*path.split("/")[-2:])
        if path.startswith("/checkpoint/challenge/"):
            return self._challenge(path.rsplit("/", 1)[-1])
        if path == "/oauth/practice-id/callback":
            if self.command == "POST":  # the form_post way back (Apple's)
                query = {k: [v] for k, v in self._form().items()}
            if query.get("error", [""])[0] == "user_cancelled_authorize":
                # The site's own word, after the way back (Post/Redirect/Get).
                state = quote(query.get("state", [""])[0], safe="")
                return self._redirect(f"/login?session_redirect={state}&error=cancelled")
            error = "Signing in with Practice ID did not finish. Try again."
            return self._signed_in_by_code(query, error)
        if path == "/checkpoint/enterprise/login":
            relay = quote(query.get("session_redirect", [""])[0], safe="")
            request = secrets.token_hex(8)
            return self._redirect(
                f"{self.site.company_url}/saml/sso?SAMLRequest={request}&RelayState={relay}",
                status=302,
            )
        if path == ACS and self.command == "POST":
            form = self._form()
            email = self.site.store.redeem_code(form.get("SAMLResponse", ""))
            if email is None:
                # Answered at once, to the POST (no redirect): the site's own error.
                error = "Your company’s sign-in did not finish. Try again, or sign in another way."
                page = pages.login_page("", "", error, identity=self.site.identity_url)
                return self._html(page)
            return self._signed_in_by(email, self._safe_redirect(form.get("RelayState", "")))
        if path == "/checkpoint/passkey/options" and self.command == "POST":
            return self._passkey_options()
        if path == "/checkpoint/passkey/verify" and self.command == "POST":
            return self._passkey_verify()
        if path == "/checkpoint/passkey/done":
            return self._signed_in_by_code(query, "The passkey sign-in did not finish. Try again.")
        if path == "/logout":
            self.site.store.close_session(self._cookies().get("li_at"))
            return self._redirect("/login", cookies=_clear_cookies())

        if session is not None and self.headers.get("Sec-GPC", "").strip() == "1":
            self.site.store.saw_gpc(session.email)
            account = self._account(session)

        if session is None or account is None:
            if path.startswith("/mysettings-api/"):
                return self._json({"error": "not signed in"}, 401)
            return self._to_login()
        api = path.startswith("/mysettings-api/")
        judged = None if api else self.site.store.take_judgement(account.email)
        if judged == "end" or (
            account.faults.bound
            and not self.site.store.same_browser(session, self.headers.get("User-Agent", ""))
        ):
            # As reported of LinkedIn: a session that turns up in another browser is
            # ended, for that browser and the one that signed in alike.
            why = "used by another browser" if judged is None else "ended by the site"
            self.site.store.end_session(session.token, why)
            if api:
                return self._send(401, b"", cookies=_clear_cookies())
            here = quote(f"{self.site.url}{self.path}", safe="")
            return self._redirect(
                f"/login?session_redirect={here}", cookies=_clear_cookies(), status=302
            )
        if judged == "check" or (account.faults.headless and _says_headless(self.headers)):
            # As a service that judges the browser does: a security check for a browser
            # that says it is headless. A person finishes it; nothing else can.
            if api:
                return self._json({"error": "security check needed"}, 403)
            check = self.site.store.open_challenge(session.email, "browser", self.path)
            return self._redirect(f"/checkpoint/challenge/{check.id}", status=302)

        if path.startswith("/mysettings-api/settings/") and self.command == "PUT":
            return self._save(session, path.rsplit("/", 1)[-1])
        if path.startswith("/mysettings-api/settings/") and self.command == "GET":
            return self._value(account, path.rsplit("/", 1)[-1])
        if path == objection.PATH:
            return self._objection(session, account, query)
        if path.rstrip("/") == "/feed":
            return self._html(pages.feed_page(account))
        if path == "/mypreferences/d/categories/account":
            return self._html(pages.hub_page(account))
        if path in ("/mypreferences/d/categories/privacy", "/mypreferences/d/categories/ads"):
            if account.faults.list_error:
                return self._html(pages.error_page(500, "Something went wrong."), 500)
            lang = query.get("lang", [account.lang or self._browser_language()])[0]
            category = path.rsplit("/", 1)[-1]
            delay = self.site.store.render_delay_ms
            return self._html(pages.category_page(account, category, lang, delay))
        found = setting_for_path(path, with_new=account.faults.new_setting)
        if found:
            setting, is_old = found
            if is_old:
                return self._redirect(setting.path, status=301)
            if account.faults.error_500:
                return self._html(pages.error_page(500, "Something went wrong."), 500)
            lang = query.get("lang", [account.lang or self._browser_language()])[0]
            delay = self.site.store.render_delay_ms
            page = pages.setting_page(
                account,
                setting,
                lang,
                delay,
                in_frame=query.get("frame") == ["1"],
                consent_given=self._consent_given(),
            )
            return self._html(page)
        return self._html(pages.error_page(404, "This page doesn’t exist."), 404)

    def _objection(self, session: Session, account: Account, query: dict[str, list[str]]) -> None:
        """The Data Processing Objection form, its errors, and its confirmation."""
        lang = query.get("lang", [account.lang or self._browser_language()])[0]
        title = objection.words(lang)["title"]
        if account.faults.error_500:
            return self._html(pages.error_page(500, "Something went wrong."), 500)
        if account.faults.objection_region:
            return self._html(
                pages.document(title, objection.unavailable_body(lang), lang, account)
            )
        if self.command != "POST":
            return self._html(pages.document(title, objection.form_body(lang), lang, account))
        form = self._form()
        if account.faults.objection_signout:
            # Signed out between opening the form and sending it: nothing is received.
            self.site.store.end_session(session.token, "ended before the form was sent")
            here = quote(f"{self.site.url}{objection.PATH}", safe="")
            return self._redirect(
                f"/login?session_redirect={here}", cookies=_clear_cookies(), status=302
            )
        errors = objection.errors_of(form, lang)
        if errors:
            body = objection.form_body(lang, form, errors)
            return self._html(pages.document(title, body, lang, account))
        case = self.site.store.add_objection(account.email, form)
        body = objection.sent_body(lang, case, account.faults.objection_late_ms)
        return self._html(pages.document(title, body, lang, account))

    def _login_submit(self) -> None:
        form = self._form()
        email = form.get("session_key", "").strip()
        redirect = self._safe_redirect(form.get("session_redirect", ""))
        if not email or not form.get("session_password"):
            error = "Please enter an email address and a password."
            return self._html(pages.login_page(form.get("session_redirect", ""), email, error))
        account = self.site.store.account(email)
        if account.faults.provider_only:
            error = "This account has no password: it signs in with Practice ID."
            return self._html(
                pages.login_page(
                    form.get("session_redirect", ""), email, error, identity=self.site.identity_url
                )
            )
        return self._signed_in_by(email, redirect)

    def _signed_in_by(self, email: str, redirect: str) -> None:
        """The member proved who they are: a check first if the account has one."""
        faults = self.site.store.account(email).faults
        approve = faults.approve_ms or faults.approve_never
        if faults.pin or faults.captcha or faults.app_code or approve:
            kind = (
                "captcha"
                if faults.captcha
                else "app"
                if faults.app_code
                else "approve"
                if approve
                else "pin"
            )
            challenge = self.site.store.open_challenge(email, kind, redirect)
            return self._redirect(f"/checkpoint/challenge/{challenge.id}")
        return self._grant(email, redirect)

    def _signed_in_by_code(self, query: dict[str, list[str]], error: str) -> None:
        """The end of a provider's or a passkey's sign-in: a one-time code for the account."""
        email = self.site.store.redeem_code(query.get("code", [""])[0])
        if email is None:
            return self._html(pages.login_page("", "", error, identity=self.site.identity_url))
        return self._signed_in_by(email, self._safe_redirect(query.get("state", [""])[0]))

    def _json_body(self) -> dict[str, object]:
        length = min(int(self.headers.get("Content-Length") or 0), MAX_BODY)
        try:
            body = json.loads(self.rfile.read(length) or b"{}")
        except ValueError:
            body = None
        return body if isinstance(body, dict) else {}

    def _passkey_options(self) -> None:
        body = self._json_body()
        email = str(body.get("email", "")).strip()
        origin = self.site.url
        rp_id = urlsplit(origin).hostname or ""
        if not email:
            return self._json({"error": "Enter your email first."}, 400)
        if not rp_id or _is_address(rp_id):
            error = (
                "Passkeys need this practice site opened by name (http://localhost:PORT), "
                "not by number. Sign in with your password here."
            )
            return self._json({"error": error}, 400)
        try:
            return self._json(self.site.passkeys.options(email, rp_id, origin))
        except PasskeyRefused as refused:
            return self._json({"error": str(refused)}, 404)

    def _passkey_verify(self) -> None:
        body = self._json_body()
        try:
            email = self.site.passkeys.verify(body)
        except PasskeyRefused as refused:
            return self._json({"error": str(refused)}, 403)
        code = self.site.store.grant_code(email)
        state = quote(str(body.get("redirect", "")), safe="")
        return self._json({"next": f"/checkpoint/passkey/done?code={quote(code)}&state={state}"})

    def _grant(self, email: str, redirect: str) -> None:
        # The session belongs to the browser that signed in (the "bound" fault asks).
        session = self.site.store.open_session(email, self.headers.get("User-Agent", ""))
        self._redirect(redirect, cookies=_session_cookies(session))

    def _approval(self, challenge_id: str, step: str) -> None:
        """The approval page's polling (status) and its way on once approved (done): the
        member taps Yes in the LinkedIn app a while after (or never, with approvenever)."""
        challenge = self.site.store.challenge(challenge_id)
        if challenge is None or challenge.kind != "approve":
            return self._json({"approved": False, "gone": True}, 404)
        faults = self.site.store.account(challenge.email).faults
        waited_ms = (time.monotonic() - challenge.opened_at) * 1000
        approved = not faults.approve_never and waited_ms >= faults.approve_ms
        if step == "status":
            return self._json({"approved": approved})
        if not approved:
            return self._redirect(f"/checkpoint/challenge/{challenge.id}")
        self.site.store.close_challenge(challenge.id)
        return self._grant(challenge.email, challenge.redirect)

    def _challenge(self, challenge_id: str) -> None:
        challenge = self.site.store.challenge(challenge_id)
        if challenge is None:
            return self._redirect("/login")
        if self.command != "POST":
            if challenge.kind in ("captcha", "browser"):
                return self._html(pages.captcha_page(challenge.id))
            if challenge.kind == "app":
                return self._html(pages.app_code_page(challenge.id, pin=self.site.store.pin))
            if challenge.kind == "approve":
                return self._html(pages.approval_page(challenge.id))
            return self._html(pages.pin_page(challenge.id, pin=self.site.store.pin))
        form = self._form()
        if challenge.kind == "browser":
            if form.get("captcha") == "solved":
                # Only the page is asked for again: the session goes on as it was.
                self.site.store.close_challenge(challenge.id)
                return self._redirect(self._safe_redirect(challenge.redirect))
            return self._html(pages.captcha_page(challenge.id))
        if challenge.kind == "captcha":
            if form.get("captcha") == "solved":
                self.site.store.close_challenge(challenge.id)
                return self._grant(challenge.email, challenge.redirect)
            return self._html(pages.captcha_page(challenge.id))
        if form.get("pin", "").strip() == self.site.store.pin:
            self.site.store.close_challenge(challenge.id)
            return self._grant(challenge.email, challenge.redirect)
        challenge.attempts += 1
        if challenge.attempts >= MAX_PIN_ATTEMPTS:
            self.site.store.close_challenge(challenge.id)
            return self._html(
                pages.login_page("", challenge.email, "Too many tries. Sign in again.")
            )
        again = pages.app_code_page if challenge.kind == "app" else pages.pin_page
        return self._html(
            again(
                challenge.id,
                "That code didn’t work. Check the code and try again.",
                pin=self.site.store.pin,
            ),
        )

    def _consent_given(self) -> bool:
        return bool(self._cookies().get(CONSENT_COOKIE))

    def _value(self, account: Account, setting_id: str) -> None:
        """The member's value, as the page's data fetch asks for it (late, if so set)."""
        if setting_id not in account.settings:
            return self._json({"error": "no such setting"}, 404)
        if account.faults.data_delay_ms:
            time.sleep(account.faults.data_delay_ms / 1000)
        value = self.site.store.settings_of(account.email)[setting_id]
        return self._json({"id": setting_id, "value": value})

    def _save(self, session: Session, setting_id: str) -> None:
        token = self.headers.get("csrf-token", "")
        if not token or token.strip('"') != session.csrf:
            return self._json({"error": "CSRF check failed"}, 403)
        length = min(int(self.headers.get("Content-Length") or 0), MAX_BODY)
        body = self.rfile.read(length)
        if setting_id.startswith("other-"):
            return self._json({"id": setting_id, "value": None})  # not a setting we keep
        if setting_id not in self.site.store.account(session.email).settings:
            return self._json({"error": "no such setting"}, 404)
        try:
            value = json.loads(body or b"null").get("value")
        except (ValueError, AttributeError):
            value = None
        if not isinstance(value, bool):
            return self._json({"error": 'body must be {"value": true|false}'}, 400)
        self.site.store.save(session.email, setting_id, value)
        # Dropped saves answer exactly like kept ones: that is the fault.
        return self._json({"id": setting_id, "value": value})


def _says_headless(headers: Message) -> bool:
    """The practice site's own reading, kept apart from the app's: HeadlessChrome in
    the User-Agent or in the client hints' brands."""
    agent, brands = headers.get("User-Agent", ""), headers.get("Sec-CH-UA", "")
    return "HeadlessChrome" in agent or "HeadlessChrome" in brands


def _is_address(host: str) -> bool:
    """127.0.0.1 or ::1: a number, which can never be a WebAuthn relying party."""
    try:
        ipaddress.ip_address(host)
    except ValueError:
        return False
    return True


def _session_cookies(session: Session) -> list[str]:
    return [
        f"li_at={session.token}; Path=/; HttpOnly; SameSite=Lax",
        f'JSESSIONID="{session.csrf}"; Path=/; SameSite=Lax',
        "liap=true; Path=/; SameSite=Lax",
    ]


def _clear_cookies() -> list[str]:
    return [f"{name}=; Path=/; Max-Age=0" for name in ("li_at", "JSESSIONID", "liap")]
