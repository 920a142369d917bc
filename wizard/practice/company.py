"""A company's own sign-in on a third loopback origin, for the practice site: what
LinkedIn's enterprise sign-in (Learning, Recruiter, Sales Navigator) does with a
company behind Okta, ADFS or Entra. The member starts on the site, is sent by a
redirect to the company's host (one the catalog does not list as a sign-in service),
signs in there, and comes back through two auto-submitted form POSTs (a relay, then
the site's assertion consumer), as SAML's HTTP-POST binding answers.

Any email signs in; Cancel sends the member back with no assertion, and the site
then answers the POST with its own error page (no redirect): the way back is the
company's, whatever its method.
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape
from http.server import BaseHTTPRequestHandler
from urllib.parse import parse_qs, urlsplit

from wizard.practice.accounts import Store
from wizard.practice.identity import auto_post
from wizard.practice.serving import LoopbackServer

NAME = "Practice Company"
ACS = "/checkpoint/enterprise/acs"


class CompanySignIn:
    def __init__(self, store: Store, site_url: Callable[[], str], host: str = "127.0.0.1") -> None:
        self.store = store
        self.site_url = site_url
        self.requests: list[tuple[str, str]] = []  # (method, path): every hop, for tests
        handler = type("CompanyHandler", (_Handler,), {"company": self})
        self._serving = LoopbackServer(handler, host, 0, "practice-company")

    @property
    def url(self) -> str:
        return self._serving.url

    def start(self) -> CompanySignIn:
        self._serving.start()
        return self

    def stop(self) -> None:
        self._serving.stop()


def _page(title: str, body: str) -> str:
    return (
        f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{escape(title)}'
        "</title><style>body{font-family:sans-serif;max-width:30em;margin:3em auto}"
        "input,button{display:block;margin:.5em 0;font-size:1em}</style></head>"
        f"<body>{body}</body></html>"
    )


class _Handler(BaseHTTPRequestHandler):
    company: CompanySignIn
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: object) -> None:
        """Quiet, as the practice site is."""

    def _send(self, status: int, body: str) -> None:
        data = body.encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(data)))
        self.send_header("Cache-Control", "no-store")
        self.end_headers()
        self.wfile.write(data)

    def _form(self) -> dict[str, str]:
        length = min(int(self.headers.get("Content-Length") or 0), 10_000)
        return {k: v[0] for k, v in parse_qs(self.rfile.read(length).decode()).items()}

    def do_GET(self) -> None:
        url = urlsplit(self.path)
        self.company.requests.append(("GET", url.path))
        if url.path != "/saml/sso":
            return self._send(404, _page("Not found", "<p>Not found.</p>"))
        relay = {k: v[0] for k, v in parse_qs(url.query).items()}.get("RelayState", "")
        body = f"""
<h1>{NAME}</h1>
<p>Sign in with your work account to continue to the practice site.</p>
<form method="post" action="/saml/sso">
  <input type="hidden" name="RelayState" value="{escape(relay)}">
  <label for="company-email">Work email</label>
  <input id="company-email" name="email" type="email" autocomplete="username" autofocus>
  <button type="submit" name="action" value="continue" id="company-continue">Sign in</button>
  <button type="submit" name="action" value="cancel" id="company-cancel">Cancel</button>
</form>"""
        return self._send(200, _page(f"{NAME}: sign in", body))

    def do_POST(self) -> None:
        url = urlsplit(self.path)
        self.company.requests.append(("POST", url.path))
        form = self._form()
        relay = form.get("RelayState", "")
        if url.path == "/saml/sso":
            email = form.get("email", "").strip()
            assertion = "" if form.get("action") == "cancel" or not email else email
            code = self.company.store.grant_code(assertion) if assertion else ""
            # Hop 1: to the company's relay (as a federation hands on to the company).
            fields = {"SAMLResponse": code, "RelayState": relay}
            return self._send(200, _page(NAME, auto_post("/saml/relay", fields, "Signing in…")))
        if url.path == "/saml/relay":
            # Hop 2: to the site's assertion consumer.
            target = self.company.site_url() + ACS
            fields = {"SAMLResponse": form.get("SAMLResponse", ""), "RelayState": relay}
            return self._send(200, _page(NAME, auto_post(target, fields, "Returning…")))
        return self._send(404, _page("Not found", "<p>Not found.</p>"))
