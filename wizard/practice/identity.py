"""The practice site's own identity provider, on a second loopback origin.

It signs members in the ways real providers do, so the wizard's sign-in window is
tested against each without reaching any real provider: "Continue with Google" (a
popup that posts a message back to its opener and closes), a full-page redirect and
back by GET (`flow=redirect`), and "Sign in with Apple" as it works whenever it asks
for name or email (`flow=form_post`: the answer goes back as an auto-submitted form
POST, and Cancel posts an error the same way). Any email signs in; there is no
password to steal.

With the `picky` fault it judges the browser as Google's sign-in is reported to
(qutebrowser #5147, #7427, #8492; Electron apps, 2019-2025): it refuses a browser
whose User-Agent or client hints name an embedded or headless engine, and a
Chromium that says "Chrome" in its User-Agent without being a browser it knows
(Chrome or Edge, by their brands), which is how an embedded view with an exact
Chrome User-Agent was still refused in 2025. It answers with Google's own words.
This is likely stricter than Google is on a given day; it is the case the app must
handle.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from html import escape
from http.server import BaseHTTPRequestHandler
from urllib.parse import parse_qs, quote, urlsplit

from wizard.practice.accounts import Store, faults_from_email
from wizard.practice.serving import LoopbackServer

NAME = "Practice ID"
FLOWS = ("popup", "redirect", "form_post")
EMBEDDED_ENGINES = ("QtWebEngine", "HeadlessChrome", "Electron")
KNOWN_CHROMIUMS = ("Google Chrome", "Microsoft Edge")


def refuses_browser(user_agent: str, brands: str) -> bool:
    """Would a picky provider refuse this browser? (The practice site's own rule,
    independent of the app's identity code.)"""
    if any(engine in user_agent or engine in brands for engine in EMBEDDED_ENGINES):
        return True
    says_chrome = "Chrome/" in user_agent
    return says_chrome and not any(f'"{known}"' in brands for known in KNOWN_CHROMIUMS)


REFUSAL = """
<h1>Couldn’t sign you in</h1>
<p id="idp-refused">This browser or app may not be secure. <a href="/learn-more">Learn more</a></p>
<p>Try using a different browser. If you’re already using a supported browser, you can try
again to sign in.</p>"""


class PracticeIdentityProvider:
    def __init__(self, store: Store, site_url: Callable[[], str], host: str = "127.0.0.1") -> None:
        self.store = store
        self.site_url = site_url  # the practice site's origin (known once it runs)
        self.requests: list[str] = []
        handler = type("IdentityHandler", (_Handler,), {"provider": self})
        self._serving = LoopbackServer(handler, host, 0, "practice-identity")

    @property
    def url(self) -> str:
        return self._serving.url

    def start(self) -> PracticeIdentityProvider:
        self._serving.start()
        return self

    def stop(self) -> None:
        self._serving.stop()


_STYLE = (
    "body{font-family:sans-serif;max-width:28em;margin:3em auto;color:#202124}"
    "h1{font-size:1.4em}label,input,button{display:block;margin:.4em 0;font-size:1em}"
    "input{width:100%;padding:.4em}button{padding:.5em 1.2em}"
)


def auto_post(action: str, fields: dict[str, str], words: str) -> str:
    """A page that posts its form at once, as Apple's form_post and SAML's HTTP-POST
    binding answer: the way back is a POST, whose body a GET cannot carry."""
    inputs = "".join(
        f'<input type="hidden" name="{escape(k)}" value="{escape(v)}">' for k, v in fields.items()
    )
    return (
        f'<p>{escape(words)}</p><form id="auto-post" method="post" action="{escape(action)}">'
        f"{inputs}<noscript><button type=submit>Continue</button></noscript></form>"
        '<script>document.getElementById("auto-post").submit();</script>'
    )


def _page(title: str, body: str) -> str:
    return (
        f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{escape(title)}'
        f"</title><style>{_STYLE}</style></head><body>{body}</body></html>"
    )


class _Handler(BaseHTTPRequestHandler):
    provider: PracticeIdentityProvider
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: object) -> None:
        """Quiet, as the practice site is."""

    def _send(self, status: int, body: str = "", location: str | None = None) -> None:
        data = body.encode("utf-8")
        self.send_response(status)
        if location:
            self.send_header("Location", location)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(data)))
        self.send_header("Cache-Control", "no-store")
        self.end_headers()
        self.wfile.write(data)

    def _refused(self, email: str = "") -> bool:
        """The picky fault for every account, or for this email's: is the browser one
        it refuses?"""
        picky = self.provider.store.run_faults.picky or (
            bool(email) and faults_from_email(email).picky
        )
        return picky and refuses_browser(
            self.headers.get("User-Agent", ""), self.headers.get("Sec-CH-UA", "")
        )

    def do_GET(self) -> None:
        url = urlsplit(self.path)
        self.provider.requests.append(url.path)
        query = {k: v[0] for k, v in parse_qs(url.query).items()}
        if url.path != "/authorize":
            return self._send(404, _page("Not found", "<p>Not found.</p>"))
        if self._refused():
            return self._send(200, _page(f"{NAME}: couldn’t sign you in", REFUSAL))
        flow = query.get("flow", "") if query.get("flow") in FLOWS else "redirect"
        state = query.get("state", "")
        cancel = (
            '<button type="submit" name="action" value="cancel" id="idp-cancel">Cancel</button>'
            if flow == "form_post"
            else ""
        )
        body = f"""
<h1>{NAME}: sign in</h1>
<p>To continue to the practice site. (Any email works; no password.)</p>
<form method="post" action="/authorize">
  <input type="hidden" name="flow" value="{escape(flow)}">
  <input type="hidden" name="state" value="{escape(state)}">
  <label for="idp-email">Email</label>
  <input id="idp-email" name="email" type="email" autocomplete="username" autofocus>
  <button type="submit" name="action" value="continue" id="idp-continue">Continue</button>
  {cancel}
</form>"""
        return self._send(200, _page(f"{NAME}: sign in", body))

    def do_POST(self) -> None:
        length = min(int(self.headers.get("Content-Length") or 0), 10_000)
        form = {k: v[0] for k, v in parse_qs(self.rfile.read(length).decode()).items()}
        email = form.get("email", "").strip()
        site = self.provider.site_url()
        state = form.get("state", "")
        callback = f"{site}/oauth/practice-id/callback"
        if form.get("flow") == "form_post" and form.get("action") == "cancel":
            # As Apple does: the member's Cancel goes back to the site, by POST too.
            fields = {"error": "user_cancelled_authorize", "state": state}
            return self._send(200, _page(NAME, auto_post(callback, fields, "Going back…")))
        if not email:
            return self._send(303, location="/authorize?" + self.path.partition("?")[2])
        if self._refused(email):
            # As Google does: after the identifier, before any code is granted.
            return self._send(200, _page(f"{NAME}: couldn’t sign you in", REFUSAL))
        code = self.provider.store.grant_code(email)
        if form.get("flow") == "form_post":
            fields = {"code": code, "state": state}
            return self._send(200, _page(NAME, auto_post(callback, fields, "Signing you in…")))
        if form.get("flow") == "popup":
            # As Google's button: the popup tells its opener, then closes itself.
            message = json.dumps({"practiceIdCode": code, "state": state})
            script = (
                f"window.opener && window.opener.postMessage({message}, {json.dumps(site)});"
                "window.close();"
            )
            return self._send(200, _page(NAME, f"<p>Signed in.</p><script>{script}</script>"))
        return self._send(303, location=f"{callback}?code={quote(code)}&state={quote(state)}")
