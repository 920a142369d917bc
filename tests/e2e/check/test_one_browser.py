"""One browser per session, as LinkedIn sees it: the check presents the identity the
session signed in with, never a headless one, against a practice site that ends a
session turning up in another browser (`bound`) and challenges headless browsers
(`headless`), as public reports say LinkedIn does."""

from __future__ import annotations

import pytest

from tests.helpers.practice_client import Client
from tests.helpers.verifying import in_thread, verify, verify_command
from wizard.base.identity import BrowserIdentity, chromium_brands, ordinary_chromium
from wizard.base.site import Site
from wizard.check.verify import Verification
from wizard.reading.result import State
from wizard.secrets.session import Cookie

AI = "/mypreferences/d/settings/data-for-ai-improvement"
# What the wizard's embedded view presents (QtWebEngine 6.11, token removed).
EMBEDDED = BrowserIdentity(
    user_agent=(
        "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) "
        "Chrome/140.0.0.0 Safari/537.36"
    ),
    brands=chromium_brands("140.0.7339.264"),
    accept_language="en",
    platform_version="6.18.44",
)
TOKENS = ("HeadlessChrome", "QtWebEngine", "Electron")


def signed_in_as(site, email: str, identity: BrowserIdentity) -> list[Cookie]:
    """A session made by a browser presenting this identity (the embedded view)."""
    browser = Client(
        site.url,
        {
            "User-Agent": identity.user_agent,
            "Sec-CH-UA": identity.sec_ch_ua(),
            "Accept-Language": identity.accept_language,
        },
    )
    assert browser.sign_in(email).status == 303
    assert browser.get(AI).status == 200  # the browser that signed in uses it first
    host = Site(site.url).host
    return [Cookie(name, value, host) for name, value in browser.cookies.items()]


def one_identity(site, li_at: str) -> dict[str, str]:
    """Every identity header the session was seen with: exactly one value each."""
    seen = site.identities()[li_at]
    names = [name for name, _ in seen]
    assert len(names) == len(set(names)), f"the session was seen as two browsers: {seen}"
    return dict(seen)


def test_the_check_is_the_sessions_browser_and_never_a_headless_one(site, new_email, catalog):
    email = new_email("bound", "headless")
    cookies = signed_in_as(site, email, EMBEDDED)
    site.set_all(email, False)
    report = verify(site.url, catalog, cookies=cookies, identity=EMBEDDED)
    assert {c.optout_id: c.state for c in report.checks} == {
        "ai-training": State.OFF,
        "affiliate-sharing": State.OFF,
    }, [c.reason for c in report.checks]
    li_at = next(c.value for c in cookies if c.name == "li_at")
    seen = one_identity(site, li_at)
    assert seen["user-agent"] == EMBEDDED.user_agent
    assert seen["sec-ch-ua"] == EMBEDDED.sec_ch_ua()
    assert seen["accept-language"] == "en"
    assert not any(t in value for value in seen.values() for t in TOKENS)
    assert site.store.ended == [] or all(e != email for e, _ in site.store.ended)


def test_the_checks_pages_say_the_same_in_javascript(site, new_email, catalog):
    """navigator too: the page LinkedIn's scripts see is the same browser."""
    email = new_email()
    cookies = signed_in_as(site, email, EMBEDDED)
    probe = (
        "<script>document.title = JSON.stringify([navigator.userAgent,"
        " navigator.userAgentData.brands.map((b) => b.brand + '/' + b.version),"
        " navigator.languages])</script>"
    )
    site.add_page("/identity-probe", probe)

    async def read(browser):
        from wizard.check import presenting

        context = await presenting.new_context(browser, EMBEDDED, gpc=False)
        try:
            await context.add_cookies([c.for_playwright() for c in cookies])
            page = await presenting.new_page(context, EMBEDDED)
            await page.goto(site.url + "/identity-probe")
            return await page.title()
        finally:
            await context.close()

    import asyncio
    import json

    from playwright.async_api import async_playwright

    from wizard.check import browsers

    async def run():
        async with async_playwright() as pw:
            browser, _ = await browsers.launch_first(pw)
            try:
                return await read(browser)
            finally:
                await browser.close()

    agent, brands, languages = json.loads(in_thread(lambda: asyncio.run(run())))
    assert agent == EMBEDDED.user_agent
    assert brands == ["Not=A?Brand/24", "Chromium/140"]
    assert languages == ["en"]


def test_a_session_another_browser_uses_ends_and_the_check_says_linkedin_ended_it(
    site, new_email, catalog
):
    """The negative case: what the old check did (a different browser with the same
    session). Never Off; the reason names what happened."""
    email = new_email("bound")
    cookies = signed_in_as(site, email, EMBEDDED)
    site.set_all(email, False)
    other = ordinary_chromium("156.0.8078.114", "en")
    report = verify(site.url, catalog, cookies=cookies, identity=other)
    assert {c.state for c in report.checks} == {State.SIGNED_OUT}
    for check in report.checks:
        assert "LinkedIn ended the session when the check opened the page" in check.reason
    assert (email, "used by another browser") in site.store.ended


def test_a_session_that_had_simply_expired_is_not_said_to_be_ended_by_the_check(
    site, new_email, catalog
):
    email = new_email()
    cookies = signed_in_as(site, email, EMBEDDED)
    site.expire_sessions(email)
    report = verify(site.url, catalog, cookies=cookies, identity=EMBEDDED)
    assert {c.state for c in report.checks} == {State.SIGNED_OUT}
    assert not any("ended the session when" in c.reason for c in report.checks)


def test_a_headless_identity_gets_the_security_check_never_off(site, new_email, catalog):
    """The old check's identity, on purpose: CHALLENGE with "finish it in the wizard"."""
    email = new_email("headless")
    cookies = signed_in_as(site, email, EMBEDDED)
    site.set_all(email, False)
    headless = BrowserIdentity(
        EMBEDDED.user_agent.replace("Chrome/", "HeadlessChrome/"),
        EMBEDDED.brands,
        "en",
    )
    report = verify(site.url, catalog, cookies=cookies, identity=headless)
    assert {c.state for c in report.checks} == {State.CHALLENGE}
    assert all("wizard" in c.reason for c in report.checks)
    assert all("/checkpoint/challenge/" in (c.url or "") for c in report.checks)


def test_a_session_kept_before_identities_is_checked_as_an_ordinary_chromium(
    site, new_email, catalog
):
    email = new_email("headless")
    host = Site(site.url).host
    cookies = [Cookie(n, v, host) for n, v in site.sign_in(email).items()]
    site.set_all(email, False)
    verification = Verification(Site(site.url), catalog, cookies=cookies)
    report = in_thread(verification.run)
    assert {c.state for c in report.checks} == {State.OFF}
    li_at = next(c.value for c in cookies if c.name == "li_at")
    seen = one_identity(site, li_at)
    assert "Headless" not in seen["user-agent"] and "HeadlessChrome" not in seen["sec-ch-ua"]


def test_verify_sign_in_signs_in_as_the_browser_that_then_checks(site, new_email):
    email = new_email("bound", "headless")
    run = verify_command(site.url, stdin=f"{email}\npw\n", sign_in=True, as_json=True)
    assert run.states() == {"ai-training": "ON", "affiliate-sharing": "ON"}, run.stderr
    sessions = [s for s in site.identities() if site.store.session(s)]
    mine = [s for s in sessions if site.store.session(s).email == email]
    assert len(mine) == 1
    seen = one_identity(site, mine[0])
    assert not any(t in value for value in seen.values() for t in TOKENS)
    assert not any(e == email for e, _ in site.store.ended)


@pytest.mark.usefixtures("real_keyring")
def test_a_remembered_session_keeps_its_identity_for_the_next_check(site, new_email):
    from wizard.secrets import credentials

    email = new_email("bound", "headless")
    first = verify_command(
        site.url, stdin=f"{email}\npw\n", sign_in=True, remember=True, as_json=True
    )
    assert first.status == 1, first.stderr
    name = site.account(email).display_name
    kept = credentials.load(Site(site.url), name)
    assert kept is not None and kept.identity is not None
    assert "Headless" not in kept.identity.user_agent
    site.set_all(email, False)
    later = verify_command(site.url, account=name, as_json=True)
    assert later.states() == {"ai-training": "OFF", "affiliate-sharing": "OFF"}, later.stderr
    li_at = next(c.value for c in kept.cookies if c.name == "li_at")
    assert one_identity(site, li_at)["user-agent"] == kept.identity.user_agent
    credentials.forget(Site(site.url))


def test_an_ordinary_chromiums_brands_are_the_ones_chromium_itself_sends(site):
    """chromium_brands reproduces Chromium's own list (its GREASE brand and order), read
    from the full browser, which in headless mode adds no brand of its own."""
    import asyncio
    import json

    from playwright.async_api import async_playwright

    from tests.helpers.machine import skip_missing
    from wizard.check.browsers import launch_options, system_browsers

    full = system_browsers()
    if not full:
        skip_missing("no full Chromium or Chrome to compare brands with")
    site.add_page("/brands-probe", "<p>brands</p>")

    async def run():
        async with async_playwright() as pw:
            browser = await pw.chromium.launch(**launch_options(), executable_path=str(full[0]))
            try:
                page = await browser.new_page()
                await page.goto(site.url.replace("127.0.0.1", "localhost") + "/brands-probe")
                listed = await page.evaluate(
                    "navigator.userAgentData.getHighEntropyValues(['fullVersionList'])"
                    ".then((v) => JSON.stringify(v.fullVersionList))"
                )
                return browser.version, json.loads(listed)
            finally:
                await browser.close()

    version, listed = in_thread(lambda: asyncio.run(run()))
    if "Google Chrome" in {b["brand"] for b in listed}:
        pytest.skip("Google Chrome adds its own brand; the rule is for Chromium")
    assert [(b["brand"], b["version"]) for b in listed] == list(chromium_brands(version))
