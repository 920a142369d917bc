"""The Done screen: remember me (only in the OS keyring), forget me, and the
objection form link."""

from __future__ import annotations

import pytest

from tests.driving import Person, make_window
from wizard import credentials
from wizard.gui.pageids import PageId, optout_page_id
from wizard.livestate import Live
from wizard.site import Site

pytestmark = pytest.mark.gui


@pytest.fixture
def person(qtbot, site, catalog):
    window = make_window(qtbot, site.url, catalog)
    yield Person(qtbot, window)
    window.close()
    window.shutdown()


def finish(person: Person, email: str) -> None:
    person.next()
    person.sign_in(email)
    for index in (0, 1):
        person.wait_page(optout_page_id(index))
        person.wait_live(index, Live.ON)
        person.press(person.screen(index).switch_button)
        person.wait_live(index, Live.OFF)
        person.next()
    person.verify()
    person.next()
    person.wait_page(PageId.DONE)


def wait_status(person: Person, words: str) -> None:
    done = person.window.done_screen

    def says() -> None:
        assert words in done.keyring_status.text()
        assert not done.busy()

    person.qtbot.waitUntil(says, timeout=30_000)


def test_remember_then_forget_in_the_real_keyring(person, real_keyring, site, new_email):
    finish(person, new_email())
    done = person.window.done_screen
    assert not done.remember.isChecked()  # off by default
    person.press(done.remember)
    wait_status(person, "Remembered in your system's keyring")
    stored = credentials.load(Site(site.url))
    assert stored is not None
    assert {c.name for c in stored} >= {"li_at", "JSESSIONID"}

    person.press(done.forget_button)
    wait_status(person, "Forgotten")
    assert not done.remember.isChecked()
    assert credentials.load(Site(site.url)) is None


def test_remember_refused_without_a_secure_keyring(person, new_email):
    finish(person, new_email())
    done = person.window.done_screen
    person.press(done.remember)
    wait_status(person, "does not keep secrets safely")
    assert "keyring.backends.fail.Keyring" in done.keyring_status.text()
    assert "goes on without remembering" in done.keyring_status.text()
    assert not done.remember.isChecked()


def test_locked_keyring_declined_goes_on_without_remembering(person, real_keyring, site, new_email):
    import secretstorage

    from tests.test_credentials import _unlock

    finish(person, new_email())
    secretstorage.get_default_collection(secretstorage.dbus_init()).lock()
    try:
        done = person.window.done_screen
        person.press(done.remember)
        wait_status(person, "locked and was not unlocked")
        assert not done.remember.isChecked()
        from PySide6.QtWidgets import QWizard

        assert person.window.button(QWizard.WizardButton.FinishButton).isEnabled()
    finally:
        _unlock(real_keyring)
    assert credentials.load(Site(site.url)) is None


def test_forget_when_nothing_is_remembered_says_so(person, real_keyring, new_email):
    finish(person, new_email())
    person.press(person.window.done_screen.forget_button)
    wait_status(person, "Nothing was remembered")


def test_objection_form_link_opens_in_the_system_browser(person, new_email):
    finish(person, new_email())
    label = person.window.done_screen.next_steps
    assert "Data Processing Objection form" in label.text()
    label.linkActivated.emit("https://www.linkedin.com/help/linkedin/ask/TS-DPRO")
    assert [u.toString() for u in person.ctx.opened_externally] == [
        "https://www.linkedin.com/help/linkedin/ask/TS-DPRO"
    ]
