"""A small HTTP client for talking to the practice site the way a browser would."""

from __future__ import annotations

import http.client
import json
import re
from dataclasses import dataclass
from urllib.parse import urlencode, urlsplit


@dataclass
class Response:
    status: int
    headers: http.client.HTTPMessage
    body: str

    @property
    def location(self) -> str:
        return self.headers.get("Location", "")

    def set_cookies(self) -> list[str]:
        return self.headers.get_all("Set-Cookie") or []

    def page_data(self) -> dict:
        """The JSON a setting page draws its switch from."""
        match = re.search(
            r'<script type="application/json" id="setting-data">(.*?)</script>', self.body, re.S
        )
        assert match, "not a setting page"
        return json.loads(match.group(1))


class Client:
    """Keeps cookies, does not follow redirects (tests look at each hop)."""

    def __init__(self, base_url: str, headers: dict[str, str] | None = None) -> None:
        parts = urlsplit(base_url)
        self.host, self.port = parts.hostname, parts.port
        self.cookies: dict[str, str] = {}
        self.headers = dict(headers or {})  # sent with every request: a browser's identity

    def request(
        self,
        method: str,
        path: str,
        body: bytes | None = None,
        headers: dict[str, str] | None = None,
    ) -> Response:
        conn = http.client.HTTPConnection(self.host, self.port, timeout=30)
        sent = {**self.headers, **(headers or {})}
        if self.cookies:
            sent["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        conn.request(method, path, body=body, headers=sent)
        raw = conn.getresponse()
        response = Response(raw.status, raw.headers, raw.read().decode("utf-8"))
        conn.close()
        for cookie in response.set_cookies():
            name, _, rest = cookie.partition("=")
            value = rest.split(";", 1)[0]
            if "Max-Age=0" in cookie:
                self.cookies.pop(name, None)
            else:
                self.cookies[name] = value
        return response

    def get(self, path: str) -> Response:
        return self.request("GET", path)

    def post_form(self, path: str, fields: dict[str, str]) -> Response:
        return self.request(
            "POST",
            path,
            urlencode(fields).encode(),
            {"Content-Type": "application/x-www-form-urlencoded"},
        )

    def put_json(self, path: str, payload: object, csrf: str | None) -> Response:
        headers = {"Content-Type": "application/json"}
        if csrf is not None:
            headers["csrf-token"] = csrf
        return self.request("PUT", path, json.dumps(payload).encode(), headers)

    def sign_in(self, email: str, password: str = "secret", redirect: str = "") -> Response:
        return self.post_form(
            "/checkpoint/lg/login-submit",
            {"session_key": email, "session_password": password, "session_redirect": redirect},
        )

    def value(self, setting_id: str) -> bool:
        """The member's value, fetched as the setting page's own script fetches it."""
        response = self.request(
            "GET", f"/mysettings-api/settings/{setting_id}", headers={"Accept": "application/json"}
        )
        assert response.status == 200, response.body
        return json.loads(response.body)["value"]

    @property
    def csrf(self) -> str:
        return self.cookies.get("JSESSIONID", "").strip('"')
