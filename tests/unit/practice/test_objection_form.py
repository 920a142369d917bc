"""The practice site's Data Processing Objection form behaves as the real one is
described: the fields, errors in the account's language, a confirmation with a case
number, and the faults the wizard must meet (not offered here, signed out before
sending, the confirmation drawn late)."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from tests.helpers.practice_client import Client
from wizard.practice.objection import PATH

GOOD = {
    "name": "Alex Member",
    "email": "alex@example.org",
    "topic": "ai",
    "details": "I object to LinkedIn using my data for AI of any kind.",
}


def signed_in(site, email) -> Client:
    client = Client(site.url)
    assert client.sign_in(email).status == 303
    return client


def test_the_form_asks_for_name_email_topic_and_text(site, new_email):
    page = signed_in(site, new_email()).get(PATH)
    assert page.status == 200
    for marker in ('name="name"', 'name="email"', 'name="topic"', "<textarea", 'type="submit"'):
        assert marker in page.body
    assert "Use of my personal data for AI and machine learning" in page.body


def test_signed_out_the_form_sends_you_to_sign_in_and_back(site):
    response = Client(site.url).get(PATH)
    assert response.status == 302
    assert urlsplit(response.location).path == "/login"
    assert "TS-DPRO" in response.location


def test_errors_are_said_in_the_accounts_language_and_nothing_is_sent(site, new_email):
    email = new_email()
    site.configure(email, lang="de")
    client = signed_in(site, email)
    page = client.post_form(PATH, {**GOOD, "email": "not-an-address", "details": "kurz"})
    assert page.status == 200
    assert "Geben Sie eine gültige E-Mail-Adresse ein." in page.body
    assert "mindestens 20 Zeichen" in page.body
    assert page.body.count('aria-invalid="true"') == 2
    assert 'value="Alex Member"' in page.body  # what was typed stays
    assert site.account(email).objections == []


def test_a_request_sent_is_confirmed_with_a_case_number(site, new_email):
    email = new_email()
    page = signed_in(site, email).post_form(PATH, GOOD)
    assert "We received your request" in page.body
    case = re.search(r'id="ask-case">([0-9]{6}-[0-9]{6})<', page.body)
    assert case is not None
    sent = site.account(email).objections
    assert [r["case"] for r in sent] == [case.group(1)]
    assert sent[0]["topic"] == "ai"


def test_not_offered_in_the_region(site, new_email):
    email = new_email("objectionregion")
    page = signed_in(site, email).get(PATH)
    assert "This form isn&#x27;t available in your region." in page.body
    assert "<textarea" not in page.body


def test_signed_out_before_sending_receives_nothing(site, new_email):
    email = new_email("objectionsignout")
    client = signed_in(site, email)
    assert "<textarea" in client.get(PATH).body  # the form was shown
    response = client.post_form(PATH, GOOD)
    assert response.status == 302
    assert urlsplit(response.location).path == "/login"
    assert site.account(email).objections == []


def test_the_confirmation_can_be_drawn_late(site, new_email):
    email = new_email("objectionlate=1200")
    page = signed_in(site, email).post_form(PATH, GOOD)
    assert 'aria-busy="true"' in page.body
    assert "Sending your request" in page.body
    assert "setTimeout" in page.body and "1200" in page.body
    assert len(site.account(email).objections) == 1  # received; only drawn late
