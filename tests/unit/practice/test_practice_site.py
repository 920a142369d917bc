"""The practice site follows what is known of LinkedIn, and each fault mode happens."""

from __future__ import annotations

import subprocess
import sys
import time
from urllib.parse import parse_qs, quote, urlsplit

import pytest

from tests.helpers.practice_client import Client
from wizard.practice import BANNER, PRACTICE_PIN, Faults, practice_site

AI = "/mypreferences/d/settings/data-for-ai-improvement"
PARTNERS = "/mypreferences/s/settings/share-data-with-trusted-partners"
PARTNERS_2025 = "/mypreferences/d/settings/share-data-with-select-partners"
API = "/mysettings-api/settings/"


def signed_in(site, email) -> Client:
    client = Client(site.url)
    response = client.sign_in(email)
    assert response.status == 303, response.body
    return client


def test_listens_on_loopback_only(site):
    assert urlsplit(site.url).hostname == "127.0.0.1"


def test_login_page_has_the_known_fields(site):
    page = Client(site.url).get("/login").body
    for marker in (
        'id="username"',
        'name="session_key"',
        'id="password"',
        'name="session_password"',
        'type="submit"',
        'id="rememberMeOptIn-checkbox"',
        'action="/checkpoint/lg/login-submit"',
    ):
        assert marker in page


def test_signed_out_setting_page_redirects_to_sign_in_with_the_way_back(site):
    response = Client(site.url).get(AI)
    assert response.status == 302
    target = urlsplit(response.location)
    assert target.path == "/login"
    assert parse_qs(target.query)["session_redirect"] == [site.url + AI]


def test_sign_in_sets_session_cookies_and_returns_to_the_page(site, new_email):
    client = Client(site.url)
    response = client.sign_in(new_email(), redirect=site.url + AI)
    assert response.status == 303
    assert response.location == AI
    li_at = next(c for c in response.set_cookies() if c.startswith("li_at="))
    assert "HttpOnly" in li_at
    assert client.cookies["li_at"]
    assert client.cookies["JSESSIONID"].startswith('"ajax:')
    assert client.get(AI).status == 200


def test_sign_in_never_redirects_off_the_site(site, new_email):
    response = Client(site.url).sign_in(new_email(), redirect="https://evil.example/x")
    assert response.location == "/feed/"


def test_empty_password_is_refused_with_a_message(site, new_email):
    client = Client(site.url)
    response = client.sign_in(new_email(), password="")
    assert response.status == 200
    assert "Please enter an email address and a password" in response.body
    assert "li_at" not in client.cookies


def test_2025_partners_page_redirects_to_the_2026_one(site, new_email):
    client = signed_in(site, new_email())
    response = client.get(PARTNERS_2025)
    assert response.status == 301
    assert response.location == PARTNERS


def test_setting_page_shows_known_markup_facts(site, new_email):
    client = signed_in(site, new_email())
    page = client.get(AI)
    data = page.page_data()
    assert data["switchId"] == "allowDataForGenerativeAI"
    assert "on" not in data  # the member's value comes by the page's own data fetch
    assert client.value("ai-training") is True  # every account starts with the switch on
    assert data["kind"] == "checkbox"
    assert "_switchCheckbox_12ycew" in page.body  # hashed class names, as LinkedIn
    assert BANNER in page.body


def test_put_with_the_csrf_header_saves_and_a_reload_shows_it(site, new_email):
    email = new_email()
    client = signed_in(site, email)
    response = client.put_json(API + "ai-training", {"value": False}, client.csrf)
    assert response.status == 200
    assert site.settings_of(email)["ai-training"] is False
    assert client.value("ai-training") is False
    assert site.settings_of(email)["affiliate-sharing"] is True


@pytest.mark.parametrize("csrf", [None, "", "ajax:0", "wrong"])
def test_put_without_the_right_csrf_header_is_refused(site, new_email, csrf):
    email = new_email()
    client = signed_in(site, email)
    response = client.put_json(API + "ai-training", {"value": False}, csrf)
    assert response.status == 403
    assert site.settings_of(email)["ai-training"] is True


def test_put_accepts_the_cookie_value_with_its_quotes(site, new_email):
    email = new_email()
    client = signed_in(site, email)
    quoted = client.cookies["JSESSIONID"]
    assert client.put_json(API + "ai-training", {"value": False}, quoted).status == 200


def test_put_signed_out_or_malformed_is_refused(site, new_email):
    assert Client(site.url).put_json(API + "ai-training", {"value": False}, "x").status == 401
    client = signed_in(site, new_email())
    assert client.put_json(API + "ai-training", {"value": "no"}, client.csrf).status == 400
    assert client.put_json(API + "nope", {"value": False}, client.csrf).status == 404


def test_state_is_kept_per_account(site, new_email):
    alice, bob = new_email(), new_email()
    a, b = signed_in(site, alice), signed_in(site, bob)
    a.put_json(API + "affiliate-sharing", {"value": False}, a.csrf)
    assert b.value("affiliate-sharing") is True
    assert a.value("affiliate-sharing") is False


def test_menu_pages_list_both_settings_with_their_state(site, new_email):
    email = new_email()
    client = signed_in(site, email)
    client.put_json(API + "ai-training", {"value": False}, client.csrf)
    privacy = client.get("/mypreferences/d/categories/privacy").body
    assert "How LinkedIn uses your data" in privacy
    assert f'<a href="{AI}">Data for Generative AI Improvement</a><span>Off</span>' in privacy
    ads = client.get("/mypreferences/d/categories/ads").body
    assert "Off LinkedIn data" in ads
    assert f'<a href="{PARTNERS}">Share data with affiliates and partners</a><span>On</span>' in ads
    hub = client.get("/mypreferences/d/categories/account").body
    assert "Data privacy" in hub and "Advertising data" in hub


EXTRA_PAGES = {
    "research": ("/mypreferences/d/settings/policy-and-academic-research", "privacy"),
    "ads-off-linkedin": ("/mypreferences/d/settings/ads-beyond-linkedin", "ads"),
    "data-from-others": ("/mypreferences/d/settings/ads-interactions-with-business", "ads"),
    "measure-ad-success": ("/mypreferences/d/settings/measure-ad-success", "ads"),
}


@pytest.mark.parametrize("setting_id", list(EXTRA_PAGES))
def test_optional_settings_are_served_linked_and_saved(site, new_email, setting_id):
    email = new_email()
    client = signed_in(site, email)
    path, category = EXTRA_PAGES[setting_id]
    assert client.get(path).page_data()["id"] == setting_id
    assert client.value(setting_id) is True
    assert client.put_json(API + setting_id, {"value": False}, client.csrf).status == 200
    assert client.value(setting_id) is False
    menu = client.get(f"/mypreferences/d/categories/{category}").body
    assert f'<a href="{path}">' in menu
    assert "not in the practice site" not in menu.split(path)[1].split("</div>")[0]


def test_turning_off_ads_off_linkedin_also_stops_data_sharing(site, new_email):
    """As LinkedIn's help page says; the other extras leave sharing alone."""
    email = new_email()
    client = signed_in(site, email)
    client.put_json(API + "research", {"value": False}, client.csrf)
    client.put_json(API + "data-from-others", {"value": False}, client.csrf)
    assert site.settings_of(email)["affiliate-sharing"] is True
    client.put_json(API + "ads-off-linkedin", {"value": True}, client.csrf)
    assert site.settings_of(email)["affiliate-sharing"] is True
    client.put_json(API + "ads-off-linkedin", {"value": False}, client.csrf)
    assert site.settings_of(email)["affiliate-sharing"] is False


def test_every_page_says_it_is_not_linkedin(site, new_email):
    client = Client(site.url)
    pages = [client.get("/login").body]
    client = signed_in(site, new_email())
    for path in ("/feed/", "/mypreferences/d/categories/account", AI, PARTNERS, "/nope"):
        pages.append(client.get(path).body)
    for body in pages:
        assert BANNER in body


def test_sign_out_ends_the_session(site, new_email):
    client = signed_in(site, new_email())
    client.get("/logout")
    assert client.get(AI).status == 302


# Fault modes, chosen per account by email tag.


def test_slow_delays_every_response(site, new_email):
    client = signed_in(site, new_email("slow=400"))
    started = time.monotonic()
    client.get(AI)
    assert time.monotonic() - started >= 0.4


def test_error_mode_answers_500_on_setting_pages(site, new_email):
    client = signed_in(site, new_email("error"))
    assert client.get(AI).status == 500
    assert client.get(PARTNERS).status == 500
    assert client.get("/feed/").status == 200


def test_redesigned_page_has_no_switch(site, new_email):
    client = signed_in(site, new_email("redesign"))
    assert client.get(AI).page_data()["mode"] == "redesigned"


def test_relabelled_page_has_a_german_label_and_no_stable_id(site, new_email):
    client = signed_in(site, new_email("german"))
    page = client.get(AI)
    data = page.page_data()
    assert data["switchId"] is None
    assert data["label"].startswith("Meine Daten")
    assert 'lang="de"' in page.body
    assert "allowDataForGenerativeAI" not in page.body


def test_dropped_saves_answer_ok_but_keep_the_switch_on(site, new_email):
    email = new_email("dropsave")
    client = signed_in(site, email)
    assert client.put_json(API + "ai-training", {"value": False}, client.csrf).status == 200
    assert site.settings_of(email)["ai-training"] is True
    assert client.value("ai-training") is True


def test_expired_session_sends_every_page_to_sign_in(site, new_email):
    client = signed_in(site, new_email("expired"))
    for path in (AI, PARTNERS, "/feed/"):
        response = client.get(path)
        assert response.status == 302
        assert response.location.startswith("/login?session_redirect=")


def test_pin_check_after_sign_in(site, new_email):
    client = Client(site.url)
    response = client.sign_in(new_email("pin"), redirect=AI)
    assert response.status == 303
    challenge = response.location
    assert challenge.startswith("/checkpoint/challenge/")
    assert "li_at" not in client.cookies
    page = client.get(challenge).body
    assert 'name="pin"' in page and "input__email_verification_pin" in page
    assert "Enter the code" in page
    wrong = client.post_form(challenge, {"pin": "000000"})
    assert "That code didn’t work" in wrong.body
    assert "li_at" not in client.cookies
    right = client.post_form(challenge, {"pin": PRACTICE_PIN})
    assert right.status == 303 and right.location == AI
    assert client.get(AI).status == 200


def test_pin_check_gives_up_after_five_wrong_codes(site, new_email):
    client = Client(site.url)
    challenge = client.sign_in(new_email("pin")).location
    for _ in range(5):
        last = client.post_form(challenge, {"pin": "111111"})
    assert "Too many tries" in last.body
    assert client.post_form(challenge, {"pin": PRACTICE_PIN}).location == "/login"


def test_captcha_check_after_sign_in(site, new_email):
    client = Client(site.url)
    challenge = client.sign_in(new_email("captcha")).location
    assert challenge.startswith("/checkpoint/challenge/")
    assert "security check" in client.get(challenge).body
    assert "li_at" not in client.cookies
    assert client.post_form(challenge, {"captcha": "solved"}).status == 303
    assert client.cookies["li_at"]


def test_not_offered_page_says_so(site, new_email):
    client = signed_in(site, new_email("region"))
    assert client.get(PARTNERS).page_data()["mode"] == "not-offered"


def test_button_switch_variant(site, new_email):
    client = signed_in(site, new_email("button"))
    assert client.get(AI).page_data()["kind"] == "button"


# Faults per run, per account, and several on one server.


def test_run_faults_apply_to_every_account_and_accounts_can_differ():
    with practice_site(Faults(error_500=True)) as site:
        broken = signed_in(site, "a@practice.test")
        assert broken.get(AI).status == 500
        site.configure("b@practice.test", faults=Faults())
        healthy = signed_in(site, "b@practice.test")
        assert healthy.get(AI).status == 200


def test_fault_words_parse_and_unknown_ones_are_refused():
    faults = Faults.parse(["pin", "slow=250", "dropsave"])
    assert faults.pin and faults.dropped_saves and faults.delay_ms == 250
    assert set(faults.tags()) == {"pin", "slow=250", "dropsave"}
    with pytest.raises(ValueError, match="unknown fault 'pni'"):
        Faults.parse(["pni"])
    with pytest.raises(ValueError, match="whole milliseconds"):
        Faults.parse(["slow=fast"])


def test_request_log_records_method_path_and_headers(site, new_email):
    client = signed_in(site, new_email())
    client.put_json(API + "ai-training", {"value": False}, client.csrf)
    puts = site.requests_to(API + "ai-training", "PUT")
    assert puts[-1].headers["csrf-token"] == client.csrf
    assert puts[-1].status == 200


def test_session_redirect_is_quoted_in_full(site):
    response = Client(site.url).get(AI + "?x=1")
    assert quote(site.url + AI + "?x=1", safe="") in response.location


def test_command_line_starts_the_site_and_prints_its_address():
    proc = subprocess.Popen(
        [sys.executable, "-m", "wizard.practice", "--fault", "pin"],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        line = proc.stdout.readline()
        assert line.startswith("Practice site (not LinkedIn) at http://127.0.0.1:")
        url = line.split(" at ", 1)[1].strip().removesuffix("/login")
        client = Client(url)
        assert client.sign_in("x@practice.test").location.startswith("/checkpoint/challenge/")
    finally:
        proc.terminate()
        proc.communicate(timeout=10)


def test_command_line_refuses_an_unknown_fault():
    proc = subprocess.run(
        [sys.executable, "-m", "wizard.practice", "--fault", "nope"],
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert proc.returncode == 2
    assert "unknown fault 'nope'" in proc.stderr


# Its identity provider, on a second origin (a popup flow and a redirect flow)


def test_the_identity_provider_is_another_origin_with_both_flows(site, new_email):
    from urllib.parse import parse_qs, urlsplit

    assert urlsplit(site.identity_url).port != urlsplit(site.url).port
    login = Client(site.url).get("/login").body
    assert "Continue with Practice ID" in login and site.identity_url in login
    email = new_email("idp")
    provider = Client(site.identity_url)
    assert "Practice ID: sign in" in provider.get("/authorize?flow=popup&state=").body
    popup = provider.post_form("/authorize", {"flow": "popup", "state": "", "email": email})
    assert "window.opener.postMessage" in popup.body and "window.close()" in popup.body
    away = provider.post_form("/authorize", {"flow": "redirect", "state": "/feed/", "email": email})
    assert away.status == 303 and away.location.startswith(site.url + "/oauth/practice-id/callback")
    member = Client(site.url)
    back = member.get(away.location[len(site.url) :])
    assert back.status == 303 and "li_at" in member.cookies
    code = parse_qs(urlsplit(away.location).query)["code"][0]
    again = Client(site.url).get(f"/oauth/practice-id/callback?code={code}&state=")
    assert "did not finish" in again.body  # a code works once


def test_an_account_without_a_password_is_told_to_use_its_provider(site, new_email):
    client = Client(site.url)
    response = client.sign_in(new_email("idp"))
    assert "signs in with Practice ID" in response.body
    assert "li_at" not in client.cookies


def test_a_two_step_code_from_an_authenticator_app(site, new_email):
    client = Client(site.url)
    step = client.sign_in(new_email("totp"))
    assert step.status == 303 and "/checkpoint/challenge/" in step.location
    page = client.get(step.location).body
    assert "authenticator app" in page and 'autocomplete="one-time-code"' in page
    done = client.post_form(step.location, {"pin": site.store.pin})
    assert done.status == 303 and "li_at" in client.cookies


# How the services judge the browser (LINKEDIN.md): the replica first, the app after.

CHROME_140 = (
    "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/140.0.0.0 Safari/537.36"
)
QTWEBENGINE = CHROME_140.replace("Chrome/140", "QtWebEngine/6.11.3 Chrome/140")
HEADLESS = CHROME_140.replace("Chrome/140.0.0.0", "HeadlessChrome/156.0.8078.114")
FIREFOX = "Mozilla/5.0 (X11; Linux x86_64; rv:140.0) Gecko/20100101 Firefox/140.0"
CHROMIUM_BRANDS = '"Not=A?Brand";v="24", "Chromium";v="140"'


def test_a_bound_session_ends_for_every_browser_when_another_uses_it(new_email):
    with practice_site(Faults(bound=True)) as bound:
        email = new_email()
        member = Client(bound.url, {"User-Agent": CHROME_140})
        assert member.sign_in(email).status == 303
        assert member.get(AI).status == 200
        assert member.get(AI).status == 200  # the same browser, again: still fine
        thief = Client(bound.url, {"User-Agent": HEADLESS.replace("Headless", "")})
        thief.cookies = dict(member.cookies)
        ended = thief.get(AI)
        assert ended.status == 302 and urlsplit(ended.location).path == "/login"
        assert any(c.startswith("li_at=;") and "Max-Age=0" in c for c in ended.set_cookies())
        # Gone for the browser that signed in too: its next page is the sign-in.
        again = member.get(AI)
        assert again.status == 302 and urlsplit(again.location).path == "/login"
        assert bound.store.ended == [(email, "used by another browser")]
        assert member.request("GET", API + "ai-training").status == 401


def test_a_bound_session_opened_without_a_browser_belongs_to_its_first(new_email):
    with practice_site(Faults(bound=True)) as bound:
        email = new_email()
        first = Client(bound.url, {"User-Agent": CHROME_140})
        first.cookies = dict(bound.sign_in(email))
        assert first.get(AI).status == 200
        other = Client(bound.url, {"User-Agent": FIREFOX})
        other.cookies = dict(first.cookies)
        assert other.get(AI).status == 302
        assert bound.store.ended


def test_without_the_fault_a_session_may_move_between_browsers(site, new_email):
    email = new_email()
    one = Client(site.url, {"User-Agent": CHROME_140})
    one.sign_in(email)
    two = Client(site.url, {"User-Agent": FIREFOX})
    two.cookies = dict(one.cookies)
    assert two.get(AI).status == 200


@pytest.mark.parametrize(
    "headers",
    [
        {"User-Agent": HEADLESS},
        # The User-Agent changed, but the client hints still say it.
        {
            "User-Agent": CHROME_140,
            "Sec-CH-UA": '"Not:A-Brand";v="8", "Chromium";v="156", "HeadlessChrome";v="156"',
        },
    ],
    ids=["user-agent", "client-hints"],
)
def test_a_headless_browser_gets_a_security_check_a_person_can_finish(new_email, headers):
    with practice_site(Faults(headless=True)) as judged:
        email = new_email()
        robot = Client(judged.url, headers)
        robot.cookies = dict(judged.sign_in(email))
        answer = robot.get(AI)
        assert answer.status == 302
        check = urlsplit(answer.location).path
        assert check.startswith("/checkpoint/challenge/")
        assert "security check" in robot.get(check).body
        assert robot.request("GET", API + "ai-training").status == 403
        # A person finishes it (in the wizard's own browser) and is back on the page,
        # still signed in: the check asked for a person, it did not end the session.
        person = Client(judged.url, {"User-Agent": CHROME_140})
        person.cookies = dict(robot.cookies)
        solved = person.post_form(check, {"captcha": "solved"})
        assert solved.status == 303 and solved.location == AI
        assert person.get(AI).status == 200
        ordinary = Client(judged.url, {"User-Agent": CHROME_140, "Sec-CH-UA": CHROMIUM_BRANDS})
        ordinary.cookies = dict(judged.sign_in(email))
        assert ordinary.get(AI).status == 200


@pytest.mark.parametrize(
    ("agent", "brands", "refused"),
    [
        (QTWEBENGINE, CHROMIUM_BRANDS, True),
        (HEADLESS, "", True),
        (CHROME_140.replace("Chrome/140", "Electron/33.0.0 Chrome/140"), "", True),
        # An exact Chrome User-Agent from a Chromium that is not Chrome (#8492).
        (CHROME_140, CHROMIUM_BRANDS, True),
        (CHROME_140, '"Chromium";v="140", "Google Chrome";v="140", "Not=A?Brand";v="24"', False),
        (FIREFOX, CHROMIUM_BRANDS, False),  # the quirk: a Firefox User-Agent header
    ],
    ids=["qtwebengine", "headless", "electron", "bare-chromium", "chrome", "firefox-quirk"],
)
def test_a_picky_provider_refuses_embedded_browsers_in_googles_words(
    new_email, agent, brands, refused
):
    with practice_site(Faults(picky=True)) as picky:
        provider = Client(picky.identity_url, {"User-Agent": agent, "Sec-CH-UA": brands})
        page = provider.get("/authorize?flow=redirect&state=%2Ffeed%2F").body
        assert ("This browser or app may not be secure" in page) is refused
        assert ("Couldn’t sign you in" in page) is refused
        assert ('id="idp-email"' in page) is not refused
        answer = provider.post_form("/authorize", {"email": new_email(), "flow": "redirect"})
        if refused:
            assert answer.status == 200 and "may not be secure" in answer.body
        else:
            assert answer.status == 303 and "/oauth/practice-id/callback?code=" in answer.location


def test_picky_can_be_one_accounts_and_then_refuses_after_the_email(site, new_email):
    provider = Client(site.identity_url, {"User-Agent": QTWEBENGINE})
    assert 'id="idp-email"' in provider.get("/authorize?flow=redirect").body
    refused = provider.post_form("/authorize", {"email": new_email("picky"), "flow": "redirect"})
    assert "may not be secure" in refused.body
    fine = provider.post_form("/authorize", {"email": new_email(), "flow": "redirect"})
    assert fine.status == 303


def test_the_request_log_shows_each_sessions_identity(site, new_email):
    email = new_email()
    one = Client(site.url, {"User-Agent": CHROME_140, "Accept-Language": "de,en;q=0.9"})
    one.sign_in(email)
    one.get(AI)
    two = Client(site.url, {"User-Agent": FIREFOX})
    two.cookies = dict(one.cookies)
    two.get(AI)
    seen = site.identities()[one.cookies["li_at"]]
    assert ("user-agent", CHROME_140) in seen and ("user-agent", FIREFOX) in seen
    assert ("accept-language", "de,en;q=0.9") in seen


# Every provider's way back (the practice site first).


def _auto_post(body: str) -> tuple[str, dict[str, str]]:
    """The action and fields of an auto-submitted form page."""
    import re

    action = re.search(r'<form id="auto-post" method="post" action="([^"]+)"', body)
    assert action, body
    fields = dict(re.findall(r'name="([^"]+)" value="([^"]*)"', body))
    assert 'getElementById("auto-post").submit()' in body
    return action.group(1).replace("&amp;", "&"), fields


def test_the_apple_way_answers_by_an_auto_submitted_post(site, new_email):
    email = new_email()
    provider = Client(site.identity_url)
    page = provider.get("/authorize?flow=form_post&state=%2Ffeed%2F").body
    assert 'id="idp-cancel"' in page and 'value="form_post"' in page
    answer = provider.post_form(
        "/authorize",
        {"flow": "form_post", "state": "/feed/", "email": email, "action": "continue"},
    )
    assert answer.status == 200
    action, fields = _auto_post(answer.body)
    assert action == site.url + "/oauth/practice-id/callback"
    assert fields["state"] == "/feed/" and fields["code"]
    member = Client(site.url)
    back = member.post_form("/oauth/practice-id/callback", fields)
    assert back.status == 303 and back.location == "/feed/"
    assert "li_at" in member.cookies
    # A GET of the same address, as the old wizard made, has no code: no session.
    again = Client(site.url).get("/oauth/practice-id/callback")
    assert "did not finish" in again.body


def test_the_apple_way_cancel_posts_an_error_and_the_site_says_cancelled(site):
    provider = Client(site.identity_url)
    answer = provider.post_form(
        "/authorize", {"flow": "form_post", "state": "/feed/", "action": "cancel"}
    )
    action, fields = _auto_post(answer.body)
    assert action == site.url + "/oauth/practice-id/callback"
    assert fields == {"error": "user_cancelled_authorize", "state": "/feed/"}
    member = Client(site.url)
    back = member.post_form("/oauth/practice-id/callback", fields)
    assert back.status == 303 and urlsplit(back.location).path == "/login"
    said = member.get(back.location).body
    assert "You cancelled signing in with Practice ID" in said
    assert "li_at" not in member.cookies


def test_a_company_sign_in_starts_on_an_unlisted_host_and_comes_back_in_two_posts(site, new_email):
    email = new_email()
    member = Client(site.url)
    start = member.get("/checkpoint/enterprise/login?session_redirect=%2Ffeed%2F")
    assert start.status == 302
    away = urlsplit(start.location)
    assert f"{away.scheme}://{away.netloc}" == site.company_url != site.identity_url
    company = Client(site.company_url)
    form = company.get(f"{away.path}?{away.query}").body
    assert 'id="company-email"' in form
    hop1 = company.post_form(
        "/saml/sso", {"email": email, "action": "continue", "RelayState": "/feed/"}
    )
    action, fields = _auto_post(hop1.body)
    assert action == "/saml/relay"
    hop2 = company.post_form(action, fields)
    action, fields = _auto_post(hop2.body)
    assert action == site.url + "/checkpoint/enterprise/acs"
    back = member.post_form("/checkpoint/enterprise/acs", fields)
    assert back.status == 303 and back.location == "/feed/"
    assert "li_at" in member.cookies


def test_a_company_sign_in_cancelled_is_answered_by_the_sites_own_page(site):
    company = Client(site.company_url)
    hop1 = company.post_form("/saml/sso", {"action": "cancel", "RelayState": "/feed/"})
    _, fields = _auto_post(company.post_form(*_auto_post(hop1.body)).body)
    member = Client(site.url)
    answer = member.post_form("/checkpoint/enterprise/acs", fields)
    assert answer.status == 200  # to the POST itself: no redirect
    assert "company’s sign-in did not finish" in answer.body
    assert "li_at" not in member.cookies
