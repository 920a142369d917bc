"""Signing in the way each member does: an identity provider in a popup (as
"Continue with Google") or by a redirect (as "Sign in with Apple"), a two-step code
from an authenticator app; each against the practice site's own provider on a
second loopback origin, driven as a person would."""

from __future__ import annotations

import contextlib
import itertools

import pytest
import shiboken6
from PySide6.QtCore import QObject, Qt, QUrl, Signal
from PySide6.QtWebEngineCore import QWebEngineWebAuthUxRequest
from PySide6.QtWidgets import QApplication
from pytestqt.exceptions import TimeoutError as QtTimeout

from tests.helpers.driving import Person
from tests.helpers.signing_in import (
    at_sign_in,
    click_in_window,
    js,
    open_provider,
    open_provider_popup,
    provider_window,
    sign_in_at_provider,
    watch_main_view,
)
from wizard.base.site import Site
from wizard.engine.livestate import Live
from wizard.engine.steps import PageId, optout_page_id
from wizard.gui.web.identitywindow import IdentityWindow

pytestmark = pytest.mark.gui

UxState = QWebEngineWebAuthUxRequest.WebAuthUxState
UxFailure = QWebEngineWebAuthUxRequest.RequestFailureReason


def test_a_provider_popup_shows_its_address_and_signs_in(person, site, new_email):
    email = new_email("idp")  # no password: the provider is the only way in
    at_sign_in(person)
    main_view = watch_main_view(person)
    window = open_provider_popup(person)
    host = QUrl(site.identity_url).host()
    person.qtbot.waitUntil(lambda: f"<b>{host}</b>" in window.address.text(), timeout=20_000)
    assert not window.note.isVisible()  # a provider the site names: no warning
    sign_in_at_provider(person, window, email)
    person.wait_page(optout_page_id(0))  # signed in, on the first setting
    person.wait_live(0, Live.ON)
    assert not shiboken6.isValid(window) or not window.isVisible()
    assert all(Site(site.url).owns(u) for u in main_view if u != "about:blank"), main_view
    assert person.ctx.has_session()


def test_a_provider_redirect_opens_in_the_window_and_comes_back(person, site, new_email):
    email = new_email("idp")
    at_sign_in(person)
    main_view = watch_main_view(person)
    # By keyboard, as a keyboard-only member would: the link focused, then Enter.
    proxy = person.pane.view.focusProxy()
    proxy.setFocus()
    person.qtbot.waitUntil(lambda: proxy.hasFocus(), timeout=5_000)
    person.js("document.getElementById('practice-id-redirect').focus(); true")
    person.qtbot.waitUntil(
        lambda: person.js("(document.activeElement || {}).id") == "practice-id-redirect",
        timeout=5_000,
    )
    for _ in range(3):  # a key pressed before the page took input does nothing: again
        person.qtbot.keyClick(proxy, Qt.Key.Key_Return)
        with contextlib.suppress(QtTimeout):
            window = provider_window(person, timeout=3_000)
            break
    else:
        window = provider_window(person)
    host = QUrl(site.identity_url).host()
    person.qtbot.waitUntil(lambda: f"<b>{host}</b>" in window.address.text(), timeout=20_000)
    assert person.window.currentId() == PageId.SIGN_IN
    sign_in_at_provider(person, window, email)
    person.wait_page(optout_page_id(0))
    assert person.ctx.has_session()
    assert all(Site(site.url).owns(u) for u in main_view if u != "about:blank"), main_view


def test_cancel_leaves_the_member_on_the_sign_in_page(person, site):
    at_sign_in(person)
    window = open_provider_popup(person)
    person.press(window.cancel_button)
    person.qtbot.waitUntil(lambda: not window.isVisible(), timeout=5_000)
    assert person.window.currentId() == PageId.SIGN_IN and not person.ctx.has_session()


def test_outside_the_sign_in_step_popups_are_still_refused(person, site, new_email):
    from tests.helpers.engines import practice_cookies

    email = new_email()
    person.next()
    person.wait_page(PageId.SIGN_IN)
    person.ctx.session.set_cookies(practice_cookies(site, email))
    person.wait_page(optout_page_id(0))
    person.wait_live(0, Live.ON)
    person.js(
        "const a = document.createElement('a'); a.target = '_blank'; a.id = 'provider';"
        f"a.href = {site.identity_url!r} + '/authorize?flow=popup'; a.textContent = 'Popup';"
        "a.style.fontSize = '40px'; document.body.prepend(a); true"
    )
    person.click_in_page("#provider")  # a person's click: a popup the page may open
    person.qtbot.waitUntil(lambda: "new window" in person.pane.note.text(), timeout=10_000)
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, IdentityWindow)]


def test_a_two_step_code_names_the_authenticator_app(person, site, new_email):
    email = new_email("totp")
    at_sign_in(person)
    person.sign_in(email)
    screen = person.window.sign_in_screen

    def named() -> None:
        assert "authenticator app" in screen.hint.text(), screen.hint.text()

    person.qtbot.waitUntil(named, timeout=20_000)
    person.type_in_page("#input__phone_verification_pin", site.store.pin)
    person.qtbot.keyClick(person.pane.view.focusProxy(), Qt.Key.Key_Return)
    person.wait_page(optout_page_id(0))


# Passkeys: QtWebEngine hands WebAuthn to the app when the member must act. No USB
# key or platform passkey exists on these machines, and the engine raises no request
# for Chromium's virtual key: with the engine's UI on (WebAuthn.enable, enableUI),
# a sign-in that needs an account chosen waited 25 s with no webAuthUxRequested
# (QtWebEngine 6.11). So the engine's request is stood in for by an object with the
# same calls; the passkey sign-in itself runs for real further down.


class StandInRequest(QObject):
    stateChanged = Signal(object)

    def __init__(self, names=("alex@practice.test", "sam@practice.test")) -> None:
        super().__init__()
        self._state = UxState.SelectAccount
        self.names = list(names)
        self.calls: list[tuple] = []
        self.failure = None

    def state(self):
        return self._state

    def move(self, state, failure=None) -> None:
        self._state, self.failure = state, failure
        self.stateChanged.emit(state)

    def relyingPartyId(self) -> str:
        return "www.linkedin.com"

    def userNames(self) -> list[str]:
        return self.names

    def setSelectedAccount(self, name: str) -> None:
        self.calls.append(("account", name))

    def setPin(self, pin: str) -> None:
        self.calls.append(("pin", pin))

    def pinRequest(self):
        return None

    def requestFailureReason(self):
        return self.failure

    def retry(self) -> None:
        self.calls.append(("retry",))

    def cancel(self) -> None:
        self.calls.append(("cancel",))
        self.move(UxState.Cancelled)


def test_a_passkey_request_is_answered_by_the_apps_own_dialog(qtbot):
    from wizard.gui.web.passkey import PasskeyDialog

    request = StandInRequest()
    dialog = PasskeyDialog(request)
    qtbot.addWidget(dialog)
    dialog.show()
    assert "www.linkedin.com" in dialog.message.text()
    assert dialog.accounts.isVisible() and dialog.accounts.count() == 2
    dialog.accounts.setCurrentRow(1)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert request.calls[-1] == ("account", "sam@practice.test")
    request.move(UxState.CollectPin)
    assert dialog.pin.isVisible() and not dialog.accounts.isVisible()
    qtbot.keyClicks(dialog.pin, "4321")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert request.calls[-1] == ("pin", "4321") and dialog.pin.text() == ""
    request.move(UxState.FinishTokenCollection)
    assert "Touch your security key" in dialog.message.text()
    request.move(UxState.RequestFailed, UxFailure.Timeout)
    assert "did not answer in time" in dialog.message.text()
    assert "another way" in dialog.message.text()  # the other ways, named
    qtbot.mouseClick(dialog.retry_button, Qt.MouseButton.LeftButton)
    assert request.calls[-1] == ("retry",)
    request.move(UxState.FinishTokenCollection)
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert request.calls[-1] == ("cancel",)
    assert not dialog.isVisible()


def test_the_view_hands_its_pages_passkey_requests_to_the_dialog(person):
    """The real page's signal reaches the dialog (the engine emits it when a page asks
    for a passkey and an authenticator could answer)."""
    from wizard.gui.web.passkey import PasskeyDialog

    pane = person.ctx.pane()
    request = StandInRequest()
    pane.page.webAuthUxRequested.emit(request)
    assert isinstance(pane.passkey_dialog, PasskeyDialog)
    person.qtbot.waitUntil(lambda: pane.passkey_dialog.isVisible(), timeout=5_000)
    person.qtbot.mouseClick(pane.passkey_dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert request.calls[-1] == ("cancel",)


def test_a_provider_flow_by_keyboard_alone(person, site, new_email, monkeypatch):
    """Tab to "Continue with Practice ID", Enter; type the email in the window that
    opens, Enter: signed in, no mouse event sent."""
    qtbot = person.qtbot

    def no_mouse(*_args, **_kwargs):
        raise AssertionError("a keyboard-only run used the mouse")

    for name in ("mouseClick", "mousePress", "mouseRelease", "mouseDClick", "mouseMove"):
        monkeypatch.setattr(qtbot, name, no_mouse)
    qtbot.keyClick(QApplication.focusWidget() or person.window, Qt.Key.Key_Return)  # Next
    person.wait_page(PageId.SIGN_IN)
    person.wait_for_element("#practice-id-popup")
    qtbot.waitUntil(lambda: person.js("document.readyState") == "complete", timeout=20_000)
    proxy = person.pane.view.focusProxy()

    def in_the_form() -> None:
        assert proxy.hasFocus()
        assert person.js("(document.activeElement || {}).id") == "username"

    qtbot.waitUntil(in_the_form, timeout=20_000)
    order = [
        "username",
        "password",
        "rememberMeOptIn-checkbox",
        "forgot-password",
        "",
        "practice-id-popup",
    ]
    for here, there in itertools.pairwise(order):  # "" is the Sign in button
        assert person.js("(document.activeElement || {}).id") == here
        qtbot.keyClick(proxy, Qt.Key.Key_Tab)
        qtbot.waitUntil(
            lambda there=there: person.js("(document.activeElement || {}).id") == there,
            timeout=5_000,
        )
    qtbot.keyClick(proxy, Qt.Key.Key_Return)
    window = provider_window(person)
    field = window.view.focusProxy()
    qtbot.waitUntil(lambda: js(person, window, "(document.activeElement || {}).id") == "idp-email")
    qtbot.waitUntil(lambda: field is not None and field.hasFocus(), timeout=10_000)
    qtbot.keyClicks(field, new_email("idp"))
    qtbot.keyClick(field, Qt.Key.Key_Return)
    person.wait_page(optout_page_id(0))
    assert person.ctx.has_session()


# Passkeys for real: the practice site, addressed by name (a relying party is a
# domain), asks Chromium's WebAuthn code in the app's own view; a virtual security key
# answers (tests/helpers/authenticator.py). The engine hands the app no request to show while a
# key answers by itself, so this is the page's own flow end to end.


@pytest.fixture
def person_by_name(qtbot, named_site, catalog):
    from tests.helpers.driving import make_window

    window = make_window(qtbot, named_site.url, catalog, identity_url=named_site.identity_url)
    yield Person(qtbot, window)
    window.close()
    window.shutdown()


def ask_for_a_passkey(person: Person, email: str, site) -> None:
    """Type the email and press "Sign in with a passkey"; press again if the first
    click came before the page took input (nothing was asked of the site)."""
    person.type_in_page("#username", email)
    for _ in range(3):
        before = len(site.requests_to("/checkpoint/passkey/options", "POST"))
        person.click_in_page("#passkey-sign-in")
        with contextlib.suppress(QtTimeout):
            person.qtbot.waitUntil(
                lambda before=before: (
                    len(site.requests_to("/checkpoint/passkey/options", "POST")) > before
                ),
                timeout=3_000,
            )
            return
    raise AssertionError("the passkey button never reached the site")


def test_a_passkey_signs_in_in_the_embedded_view(person_by_name, named_site, new_email):
    from tests.helpers.authenticator import embedded_authenticator

    person = person_by_name
    key = named_site.add_passkey(new_email())
    person.next()
    person.wait_page(PageId.SIGN_IN)
    person.wait_for_element("#passkey-sign-in")
    main_view = watch_main_view(person)
    with embedded_authenticator(person.qtbot, person.pane.page, key):
        ask_for_a_passkey(person, key.email, named_site)
        person.wait_page(optout_page_id(0))
    person.wait_live(0, Live.ON)
    assert person.ctx.has_session()
    assert named_site.requests_to("/checkpoint/passkey/verify", "POST")[-1].status == 200
    assert all(Site(named_site.url).owns(u) for u in main_view if u != "about:blank"), main_view


def test_a_passkey_that_is_not_the_accounts_leaves_the_member_on_sign_in(
    person_by_name, named_site, new_email
):
    from tests.helpers.authenticator import embedded_authenticator

    person = person_by_name
    stranger = named_site.add_passkey(new_email())
    email = new_email()
    named_site.add_passkey(email)
    verified = len(named_site.requests_to("/checkpoint/passkey/verify", "POST"))
    person.next()
    person.wait_page(PageId.SIGN_IN)
    person.wait_for_element("#passkey-sign-in")
    with embedded_authenticator(person.qtbot, person.pane.page, stranger):
        ask_for_a_passkey(person, email, named_site)

        def told() -> None:
            said = person.js("document.getElementById('passkey-status').textContent")
            assert "No passkey was used" in said and "sign in another way" in said, said

        person.qtbot.waitUntil(told, timeout=20_000)
    assert person.window.currentId() == PageId.SIGN_IN and not person.ctx.has_session()
    assert len(named_site.requests_to("/checkpoint/passkey/verify", "POST")) == verified


# Every provider's way back: by POST (Apple's form_post, a company's SAML), and a
# company's sign-in that starts on a host no catalog lists.


def test_the_apple_way_back_by_post_signs_in(person, site, new_email):
    email = new_email("idp")
    at_sign_in(person)
    main_view = watch_main_view(person)
    before = len(site.requests_to("/oauth/practice-id/callback"))
    window = open_provider(person, "#practice-id-form-post")
    sign_in_at_provider(person, window, email)  # the answer: an auto-submitted POST
    person.wait_page(optout_page_id(0))
    person.wait_live(0, Live.ON)
    assert person.ctx.has_session()
    assert all(Site(site.url).owns(u) for u in main_view if u != "about:blank"), main_view
    callbacks = site.requests_to("/oauth/practice-id/callback")[before:]
    assert [r.method for r in callbacks] == ["POST"]  # the provider's, never re-sent as a GET


def test_the_apple_way_cancel_shows_the_sites_own_words_on_sign_in(person, site):
    at_sign_in(person)
    before = len(site.requests_to("/oauth/practice-id/callback"))
    window = open_provider(person, "#practice-id-form-post")
    click_in_window(person, window, "#idp-cancel")
    person.qtbot.waitUntil(
        lambda: not shiboken6.isValid(window) or not window.isVisible(), timeout=20_000
    )

    def said() -> None:
        text = person.js("document.body ? document.body.innerText : ''")
        assert "You cancelled signing in with Practice ID" in text

    person.qtbot.waitUntil(said, timeout=20_000)
    assert person.window.currentId() == PageId.SIGN_IN and not person.ctx.has_session()
    assert not person.pane.showing_error()
    callbacks = site.requests_to("/oauth/practice-id/callback")[before:]
    assert [r.method for r in callbacks] == ["POST"]


def test_a_company_sign_in_on_an_unlisted_host_follows_every_hop(person, site, new_email):
    email = new_email()
    at_sign_in(person)
    main_view = watch_main_view(person)
    acs_before = len(site.requests_to("/checkpoint/enterprise/acs"))
    window = open_provider(person, "#company-sign-in")
    host = QUrl(site.company_url).host()
    person.qtbot.waitUntil(lambda: f"<b>{host}</b>" in window.address.text(), timeout=20_000)
    assert "is not a sign-in service the wizard knows" in window.note.text()
    before = len(site.company.requests)
    click_in_window(person, window, "#company-email")
    person.qtbot.waitUntil(
        lambda: js(person, window, "(document.activeElement || {}).id") == "company-email",
        timeout=10_000,
    )
    person.qtbot.keyClicks(window.view.focusProxy(), email)
    person.qtbot.keyClick(window.view.focusProxy(), Qt.Key.Key_Return)
    person.wait_page(optout_page_id(0))
    assert person.ctx.has_session()
    hops = [r for r in site.company.requests[before:] if r[1] != "/favicon.ico"]
    assert hops == [("POST", "/saml/sso"), ("POST", "/saml/relay")]
    assert [r.method for r in site.requests_to("/checkpoint/enterprise/acs")[acs_before:]] == [
        "POST"
    ]
    assert all(Site(site.url).owns(u) for u in main_view if u != "about:blank"), main_view


def test_a_company_sign_in_the_site_answers_by_post_stays_in_the_window(person, site):
    at_sign_in(person)
    acs_before = len(site.requests_to("/checkpoint/enterprise/acs"))
    window = open_provider(person, "#company-sign-in")
    click_in_window(person, window, "#company-cancel")

    def answered_here() -> None:
        assert "answer to the sign-in" in window.note.text()
        assert window.cancel_button.text() == "C&lose"

    person.qtbot.waitUntil(answered_here, timeout=20_000)
    text = js(person, window, "document.body.innerText")
    assert "company’s sign-in did not finish" in text  # the site's own page, not re-sent
    assert [r.method for r in site.requests_to("/checkpoint/enterprise/acs")[acs_before:]] == [
        "POST"
    ]
    person.press(window.cancel_button)
    person.qtbot.waitUntil(
        lambda: not shiboken6.isValid(window) or not window.isVisible(), timeout=5_000
    )
    assert person.window.currentId() == PageId.SIGN_IN
    assert person.pane.page.url().path() == "/login"


def test_a_plain_link_on_the_sign_in_page_still_goes_to_the_system_browser(person):
    at_sign_in(person)
    person.js(
        "const a = document.createElement('a'); a.id = 'terms'; a.textContent = 'Terms';"
        "a.href = 'https://www.example.com/legal/user-agreement'; a.style.fontSize = '40px';"
        "document.body.prepend(a); true"
    )
    person.click_in_page("#terms")
    opened = person.ctx.opened_externally
    person.qtbot.waitUntil(lambda: bool(opened), timeout=10_000)
    assert opened[-1].toString() == "https://www.example.com/legal/user-agreement"
    assert not [
        w for w in QApplication.topLevelWidgets() if isinstance(w, IdentityWindow) and w.isVisible()
    ]


def test_a_sign_in_page_without_https_is_refused_in_words_a_member_understands(person):
    at_sign_in(person)
    person.js("location.href = 'http://sso.example-corp.test/login'; true")
    person.qtbot.waitUntil(
        lambda: "not secure (no https)" in person.pane.note.text(), timeout=10_000
    )
    assert "sso.example-corp.test" in person.pane.note.text()
    assert person.pane.page.url().path() == "/login"


def test_escape_cancels_the_sign_in_window_even_with_the_focus_in_its_page(person, site):
    """Esc is how a dialog is cancelled; with the keyboard in the provider's page (the
    email field), the page must not swallow it."""
    at_sign_in(person)
    window = open_provider_popup(person)
    click_in_window(person, window, "#idp-email")
    proxy = window.view.focusProxy()
    person.qtbot.waitUntil(
        lambda: js(person, window, "(document.activeElement||{}).id") == "idp-email"
    )
    person.qtbot.keyClick(proxy, Qt.Key.Key_Escape)
    person.qtbot.waitUntil(lambda: not window.isVisible(), timeout=5_000)
    assert person.window.currentId() == PageId.SIGN_IN and not person.ctx.has_session()


def test_an_approval_in_the_linkedin_app_is_waited_for(person, site, new_email):
    """'Check your LinkedIn app': no code to type; the hint says what to do on the
    phone, and the wizard goes on by itself once the member taps Yes there."""
    email = new_email("approve=3000")
    at_sign_in(person)
    person.sign_in(email)
    screen = person.window.sign_in_screen

    def waiting() -> None:
        assert "LinkedIn app" in screen.hint.text() and "phone" in screen.hint.text()

    person.qtbot.waitUntil(waiting, timeout=20_000)
    person.wait_page(optout_page_id(0))
