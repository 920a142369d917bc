"""Sign in with a session remembered in the OS keyring (a real Secret Service): only
when asked, one account at once, several by choice, none said plainly."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QWizard

from tests.helpers.driving import Person
from tests.helpers.engines import practice_cookies
from wizard.base.site import Site
from wizard.engine.livestate import Live
from wizard.engine.steps import PageId, optout_page_id
from wizard.secrets import credentials, marker
from wizard.secrets.session import Session

pytestmark = pytest.mark.gui


@pytest.fixture
def here(real_keyring, site):
    here = Site(site.url)
    credentials.forget(here)
    yield here
    credentials.forget(here)


def wait_status(person: Person, words: str) -> None:
    owner = person.window.sign_in_screen.remembered
    person.wait_words(owner.status, owner.busy, words)


def li_at(cookies) -> set[str]:
    return {c.value for c in cookies if c.name == "li_at"}


def test_not_offered_until_one_is_remembered_then_used_at_once(person, here, site, new_email):
    """Never remembered here: the offer does not show (pressing it could only bring up
    the keyring's unlock prompt for nothing). Remembered: offered, and used at once."""
    person.next()
    person.wait_page(PageId.SIGN_IN)
    remembered = person.window.sign_in_screen.remembered
    assert remembered.isHidden()
    assert remembered.status.text() == ""  # the keyring is not touched

    email = new_email()
    site.set_all(email, False)
    cookies = practice_cookies(site, email)
    name = site.account(email).display_name
    credentials.remember(here, Session.of(cookies), name)
    person.press(person.window.button(QWizard.WizardButton.BackButton))
    person.wait_page(PageId.WELCOME)
    person.next()
    person.wait_page(PageId.SIGN_IN)
    assert remembered.button.isVisible()
    person.press(remembered.button)
    person.wait_page(optout_page_id(0))  # one account: used without asking which
    person.wait_live(0, Live.OFF)  # that member's own setting, read from the page
    assert li_at(person.ctx.session.cookies()) == li_at(cookies)
    assert person.ctx.account_name() == name


def test_forgotten_elsewhere_is_said_plainly_and_no_longer_offered(person, here, site, new_email):
    """Remembered, then forgotten from the terminal's `forget` (or another tool): the
    offer shows once, says so, and is gone next time."""
    email = new_email()
    credentials.remember(here, Session.of(practice_cookies(site, email)), "Sam")
    credentials.forget(here)
    marker.mark(here, True)  # as if the keyring were emptied by another tool
    person.next()
    person.wait_page(PageId.SIGN_IN)
    remembered = person.window.sign_in_screen.remembered
    assert remembered.button.isVisible()
    person.press(remembered.button)
    wait_status(person, "No session is remembered on this computer")
    assert person.window.currentId() == PageId.SIGN_IN
    assert not person.ctx.has_session()
    assert not marker.marked(here)


def test_several_remembered_the_member_picks_one(person, here, site, new_email):
    alex, sam = new_email(), new_email()
    site.set_all(alex, False)  # Alex's are off, Sam's on: the page tells whose it is
    alex_cookies, sam_cookies = practice_cookies(site, alex), practice_cookies(site, sam)
    alex_name, sam_name = site.account(alex).display_name, site.account(sam).display_name
    credentials.remember(here, Session.of(alex_cookies), alex_name)
    credentials.remember(here, Session.of(sam_cookies), sam_name)

    person.next()
    person.wait_page(PageId.SIGN_IN)
    remembered = person.window.sign_in_screen.remembered
    person.press(remembered.button)
    wait_status(person, "Which account?")
    assert set(remembered.account_buttons) == {alex_name, sam_name}
    assert person.window.currentId() == PageId.SIGN_IN  # nothing chosen yet
    choice = remembered.account_buttons[sam_name]
    assert choice.text() == f"Continue as {sam_name}"
    person.press(choice)
    person.wait_page(optout_page_id(0))
    person.wait_live(0, Live.ON)
    assert li_at(person.ctx.session.cookies()) == li_at(sam_cookies)
    assert not li_at(person.ctx.session.cookies()) & li_at(alex_cookies)
    assert person.ctx.account_name() == sam_name


def test_an_expired_remembered_session_is_removed_and_said(person, here, site, new_email):
    email = new_email()
    name = site.account(email).display_name
    credentials.remember(here, Session.of(practice_cookies(site, email)), name)
    site.expire_sessions(email)

    person.next()
    person.wait_page(PageId.SIGN_IN)
    remembered = person.window.sign_in_screen.remembered
    person.press(remembered.button)
    person.wait_page(optout_page_id(0))
    person.wait_live(0, Live.SIGNED_OUT)  # never read as off: the page said signed out

    def removed() -> None:
        assert "had expired" in remembered.status.text()
        assert not remembered.busy()

    person.qtbot.waitUntil(removed, timeout=30_000)
    assert name not in credentials.accounts(here)
    person.press(person.screen(0).sign_in_again)
    person.wait_page(PageId.SIGN_IN)
    assert f"The remembered session of {name} had expired" in remembered.status.text()
