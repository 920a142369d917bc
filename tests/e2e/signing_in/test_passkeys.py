"""Passkeys on the practice site through Chromium's own WebAuthn code, with its virtual
authenticator (the authenticator Chromium offers for tests; no USB key or platform
passkey exists on these machines). The relying party's checks themselves:
tests/unit/practice/test_passkey_checks.py."""

from __future__ import annotations

from tests.helpers.authenticator import VIRTUAL_KEY
from wizard.practice.passkeys import Passkey

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
    """A relying party is a domain: 127.0.0.1 (or ::1) can never be one."""
    passkey_sign_in(page, site, "kim@practice.test")
    page.locator("#passkey-status").filter(has_text="opened by name").wait_for()


def test_the_site_asks_for_no_passkey_on_an_address_of_either_kind():
    from wizard.practice.server import _is_address

    assert _is_address("127.0.0.1") and _is_address("::1")
    assert not _is_address("localhost")


def test_without_an_email_the_page_asks_for_it_first(named_site, page):
    asked = len(named_site.requests_to("/checkpoint/passkey/options", "POST"))
    passkey_sign_in(page, named_site, "")
    page.locator("#passkey-status").filter(has_text="Enter your email first").wait_for()
    assert len(named_site.requests_to("/checkpoint/passkey/options", "POST")) == asked
