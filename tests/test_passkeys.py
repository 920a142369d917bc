"""Passkeys on the practice site: a relying party that checks what a real one checks,
and a sign-in through Chromium's own WebAuthn code with its virtual authenticator
(the authenticator Chromium offers for tests; no USB key or platform passkey exists on
these machines)."""

from __future__ import annotations

import hashlib
import json

import pytest
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec

from tests.authenticator import VIRTUAL_KEY
from wizard.practice import practice_site
from wizard.practice.passkeys import Passkey, PasskeyRefused, PasskeyRegistry, b64url, unb64url

ORIGIN = "http://localhost:8123"


def assertion(
    key: Passkey,
    options: dict,
    origin: str = ORIGIN,
    rp_id: str = "localhost",
    flags: int = 0x05,
    count: int = 1,
) -> dict:
    """What an authenticator and the browser answer, signed with the key's private half."""
    client_data = json.dumps(
        {"type": "webauthn.get", "challenge": options["challenge"], "origin": origin}
    ).encode()
    auth_data = hashlib.sha256(rp_id.encode()).digest() + bytes([flags]) + count.to_bytes(4, "big")
    private = serialization.load_der_private_key(key.private_key_pkcs8, None)
    assert isinstance(private, ec.EllipticCurvePrivateKey)
    signature = private.sign(
        auth_data + hashlib.sha256(client_data).digest(), ec.ECDSA(hashes.SHA256())
    )
    return {
        "id": b64url(key.credential_id),
        "clientDataJSON": b64url(client_data),
        "authenticatorData": b64url(auth_data),
        "signature": b64url(signature),
    }


@pytest.fixture
def registry() -> PasskeyRegistry:
    return PasskeyRegistry()


def test_a_signed_answer_to_the_sites_own_challenge_signs_the_account_in(registry):
    key = registry.add("kim@practice.test")
    options = registry.options("Kim@practice.test", "localhost", ORIGIN)
    assert [c["id"] for c in options["allowCredentials"]] == [b64url(key.credential_id)]
    assert registry.verify(assertion(key, options)) == "kim@practice.test"


def test_every_answer_a_real_site_refuses_is_refused(registry):
    key = registry.add("kim@practice.test")
    other = registry.add("lee@practice.test")

    def refused(answer: dict, reason: str) -> None:
        with pytest.raises(PasskeyRefused, match=reason):
            registry.verify(answer)

    def fresh() -> dict:
        return registry.options("kim@practice.test", "localhost", ORIGIN)

    used = fresh()
    registry.verify(assertion(key, used))
    refused(assertion(key, used, count=2), "expired or was used")  # a replay
    refused(assertion(key, fresh(), origin="http://localhost:9999"), "another site's page")
    refused(assertion(key, fresh(), rp_id="example.com"), "made for another site")
    refused(assertion(key, fresh(), flags=0x04), "not touched")
    refused(assertion(other, fresh()), "not one of this account's")  # another member's key
    tampered = assertion(key, fresh(), count=5)
    tampered["authenticatorData"] = b64url(unb64url(tampered["authenticatorData"])[:-1] + b"\x06")
    refused(tampered, "signature did not match")
    refused(assertion(key, fresh(), count=1), "counter went back")  # a copied key
    refused({"clientDataJSON": "!!", "id": "x"}, "not readable")
    with pytest.raises(PasskeyRefused, match="no passkey here"):
        registry.options("nobody@practice.test", "localhost", ORIGIN)


# Through the browser: Chromium's WebAuthn code, a virtual authenticator holding the key.


def authenticator_with(page, *keys: Passkey):
    """A virtual USB security key on this page that holds these passkeys."""
    cdp = page.context.new_cdp_session(page)
    cdp.send("WebAuthn.enable", {"enableUI": False})
    found = cdp.send("WebAuthn.addVirtualAuthenticator", {"options": VIRTUAL_KEY})
    for key in keys:
        credential = key.virtual_credential()
        cdp.send(
            "WebAuthn.addCredential",
            {"authenticatorId": found["authenticatorId"], "credential": credential},
        )
    return cdp


@pytest.fixture(scope="module")
def named_site():
    with practice_site(name="localhost") as running:
        yield running


@pytest.fixture
def page(playwright_browser):
    context = playwright_browser.new_context()
    yield context.new_page()
    context.close()


def passkey_sign_in(page, site, email: str) -> None:
    page.goto(f"{site.url}/login")
    page.fill("#username", email)
    page.click("#passkey-sign-in")


def test_a_passkey_signs_in_through_the_browser(named_site, page):
    key = named_site.add_passkey("kim+passkey@practice.test")
    authenticator_with(page, key)
    passkey_sign_in(page, named_site, key.email)
    page.wait_for_url("**/feed/")
    cookies = {c["name"] for c in page.context.cookies()}
    assert {"li_at", "JSESSIONID"} <= cookies
    assert named_site.requests_to("/checkpoint/passkey/verify", "POST")[-1].status == 200


def test_a_key_of_another_account_leaves_the_member_on_the_sign_in_page(named_site, page):
    stranger = named_site.add_passkey("someone-else@practice.test")
    named_site.add_passkey("lee@practice.test")
    authenticator_with(page, stranger)
    passkey_sign_in(page, named_site, "lee@practice.test")
    status = page.locator("#passkey-status")
    status.filter(has_text="No passkey was used").wait_for()
    assert "sign in another way" in status.inner_text()
    assert "/login" in page.url
    assert "li_at" not in {c["name"] for c in page.context.cookies()}


def test_an_account_without_a_passkey_is_told_so(named_site, page):
    passkey_sign_in(page, named_site, "no-key@practice.test")
    page.locator("#passkey-status").filter(has_text="no passkey here").wait_for()


def test_by_number_the_page_says_passkeys_need_the_name(site, page):
    """A relying party is a domain: 127.0.0.1 can never be one."""
    passkey_sign_in(page, site, "kim@practice.test")
    page.locator("#passkey-status").filter(has_text="opened by name").wait_for()


def test_without_an_email_the_page_asks_for_it_first(named_site, page):
    asked = len(named_site.requests_to("/checkpoint/passkey/options", "POST"))
    passkey_sign_in(page, named_site, "")
    page.locator("#passkey-status").filter(has_text="Enter your email first").wait_for()
    assert len(named_site.requests_to("/checkpoint/passkey/options", "POST")) == asked
