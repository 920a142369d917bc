"""The wizard, driven as a person would, offscreen, against the practice site."""

from __future__ import annotations

import pytest
import shiboken6
from PySide6.QtCore import Qt

from tests.helpers.driving import EXTRAS, MISSION_OFF, Person, make_window, words
from wizard.engine.livestate import Live
from wizard.engine.steps import PageId, optout_page_id
from wizard.gui.context import StepOutcome
from wizard.reading.result import State

pytestmark = pytest.mark.gui

AI, PARTNERS = "ai-training", "affiliate-sharing"
SWITCH = "[role=switch]"


def start(person: Person, email: str) -> None:
    person.next()  # Welcome → Sign in
    person.sign_in(email)
    person.wait_page(optout_page_id(0))


def test_whole_path_as_a_person_takes_it(person, site, new_email):
    email = new_email()
    start(person, email)
    for index in (0, 1):
        person.wait_live(index, Live.ON)
        person.click_in_page(SWITCH)
        person.wait_live(index, Live.OFF)  # confirmed by the server, not just the page
        person.next()
    report = person.verify()
    assert {c.optout_id: c.state for c in report.checks} == {AI: State.OFF, PARTNERS: State.OFF}
    rows = person.window.verify_screen.rows
    assert not any(rows[extra].isVisible() for extra in EXTRAS)  # not chosen, not shown
    for row in (rows[AI], rows[PARTNERS]):
        assert words(row.state).endswith("Off — you are opted out")
        assert row.picture.pixmap() is not None and not row.picture.pixmap().isNull()
        assert row.fix.isHidden()
    person.next()
    person.wait_page(PageId.DONE)
    assert "Every setting is off" in person.window.done_screen.summary.text()
    assert site.settings_of(email) == MISSION_OFF


def test_switch_it_off_for_me_on_both_screens(person, site, new_email):
    email = new_email()
    start(person, email)
    for index in (0, 1):
        person.wait_live(index, Live.ON)
        screen = person.screen(index)
        assert screen.switch_button.isEnabled()
        person.press(screen.switch_button)
        person.wait_live(index, Live.OFF)
        assert not screen.switch_button.isEnabled()
        person.next()
    assert site.settings_of(email) == MISSION_OFF


def test_already_off_reads_off_at_once_and_next_is_allowed(person, site, new_email):
    email = new_email()
    site.set_all(email, False)
    start(person, email)
    person.wait_live(0, Live.OFF)
    assert person.screen(0).isComplete()


def test_next_is_not_allowed_while_the_switch_is_on(person, new_email):
    start(person, new_email())
    person.wait_live(0, Live.ON)
    from PySide6.QtWidgets import QWizard

    assert not person.window.button(QWizard.WizardButton.NextButton).isEnabled()


def test_an_extra_added_on_welcome_gets_its_step_its_check_and_its_line(person, site, new_email):
    """The member ticks one optional setting: it gets a numbered step of its own
    between the mission's and Verify, is checked and reported; the others are not."""
    email = new_email()
    welcome = person.window.welcome_screen
    assert welcome.extras == {}  # folded away until asked for
    person.press(welcome.more_button)
    box = welcome.extras["data-from-others"]
    assert box.isVisible()
    assert "What you give up" in box.accessibleDescription()
    assert not box.isChecked() and person.ctx.extras == set()
    person.qtbot.mouseClick(box, Qt.MouseButton.LeftButton)
    assert person.ctx.extras == {"data-from-others"}
    extra_index = person.ctx.catalog.ids().index("data-from-others")
    assert person.screen(extra_index).title() == "Step 3 of 3: Data from others for ads"
    assert "What you give up" in person.screen(extra_index).explanation.text()

    start(person, email)
    for index in (0, 1, extra_index):
        person.wait_page(optout_page_id(index))
        person.wait_live(index, Live.ON)
        person.press(person.screen(index).switch_button)
        person.wait_live(index, Live.OFF)
        person.next()
    report = person.verify()
    assert {c.optout_id: c.state for c in report.checks} == {
        AI: State.OFF,
        PARTNERS: State.OFF,
        "data-from-others": State.OFF,
    }
    rows = person.window.verify_screen.rows
    assert rows["data-from-others"].isVisible() and not rows["research"].isVisible()
    person.next()
    person.wait_page(PageId.DONE)
    summary = person.window.done_screen.summary.text()
    assert "Data from others for ads" in summary and "workplace research" not in summary
    assert site.settings_of(email) == {**MISSION_OFF, "data-from-others": False}


def test_removing_an_extra_renumbers_the_steps_and_the_mission_stays(person):
    ctx, window = person.ctx, person.window
    person.press(window.welcome_screen.more_button)
    research = window.welcome_screen.extras["research"]
    partners = person.screen(1)
    assert partners.title().startswith("Step 2 of 2:")
    person.qtbot.mouseClick(research, Qt.MouseButton.LeftButton)
    assert partners.title().startswith("Step 2 of 3:")
    assert len(window.step_ids()) == 3
    person.qtbot.mouseClick(research, Qt.MouseButton.LeftButton)
    assert partners.title().startswith("Step 2 of 2:")
    assert window.step_ids() == [optout_page_id(0), optout_page_id(1)]
    with pytest.raises(ValueError, match="always in"):
        ctx.choose(AI, False)
    assert set(window.welcome_screen.extras) == set(EXTRAS)  # the mission has no box
    person.qtbot.mouseClick(research, Qt.MouseButton.LeftButton)
    person.press(window.welcome_screen.more_button)  # folded again: still chosen
    assert not research.isVisible() and ctx.extras == {"research"}
    assert len(window.step_ids()) == 3


def test_skip_with_warning_is_recorded_and_fix_this_after_on(person, site, new_email):
    email = new_email()
    start(person, email)
    person.wait_live(0, Live.ON)
    first = person.screen(0)
    person.press(first.skip_button)
    assert first.skip_panel.isVisible()
    assert "stays on" in first.skip_warning.text()
    person.press(first.skip_cancel)  # changed their mind once
    assert not first.skip_panel.isVisible()
    assert person.window.currentId() == optout_page_id(0)
    person.press(first.skip_button)
    person.press(first.skip_confirm)
    person.wait_page(optout_page_id(1))
    assert person.ctx.record.outcomes[AI] is StepOutcome.SKIPPED

    person.wait_live(1, Live.ON)
    person.press(person.screen(1).switch_button)
    person.wait_live(1, Live.OFF)
    person.next()
    report = person.verify()
    assert report.check(AI).state is State.ON
    assert report.check(PARTNERS).state is State.OFF
    ai_row = person.window.verify_screen.rows[AI]
    assert ai_row.fix.isVisible()
    assert "is on" in ai_row.reason.text()

    person.press(ai_row.fix)  # back to the setting that is still on
    person.wait_page(optout_page_id(0))
    person.wait_live(0, Live.ON)
    person.press(first.switch_button)
    person.wait_live(0, Live.OFF)
    person.next()
    person.wait_live(1, Live.OFF)
    person.next()
    report = person.verify()
    assert {c.state for c in report.checks} == {State.OFF}
    assert site.settings_of(email) == MISSION_OFF


def test_dropped_save_never_shows_off(person, site, new_email):
    email = new_email("dropsave")
    start(person, email)
    person.wait_live(0, Live.ON)
    screen = person.screen(0)
    seen: list[Live] = []
    original = screen.strip.show_view

    def record(view):
        seen.append(view.live)
        original(view)

    screen.strip.show_view = record  # every view the strip was given
    person.press(screen.switch_button)
    person.wait_live(0, Live.NOT_KEPT)
    assert Live.OFF not in seen
    assert Live.CONFIRMING in seen
    assert "didn't save it" in screen.strip.detail.text()
    assert not screen.isComplete()
    assert site.settings_of(email)[AI] is True


@pytest.mark.parametrize(
    ("fault", "live", "words"),
    [
        ("redesign", Live.NOT_FOUND, "has no such switch"),
        ("region", Live.NOT_OFFERED, "not offered for your account or region"),
        ("expired", Live.SIGNED_OUT, "Sign in again"),
        ("error", Live.PAGE_ERROR, "HTTP 500"),
    ],
)
def test_fault_modes_show_their_state_on_screen(person, site, new_email, fault, live, words):
    email = new_email(fault)
    site.account(email)
    site.set_all(email, False)  # the server says off: the screen must still not say Off
    start(person, email)
    person.wait_live(0, live)
    screen = person.screen(0)
    assert words in screen.strip.headline.text() + screen.strip.detail.text()
    assert screen.isComplete() is live.lets_you_continue
    if live is Live.NOT_FOUND:
        assert screen.way_panel.isVisible()  # falls back to "Show me the way" on its own
    if live is Live.SIGNED_OUT:
        assert screen.sign_in_again.isVisible()
    if live is Live.PAGE_ERROR:
        assert person.pane.showing_error()
        with person.qtbot.waitSignal(person.pane.problem, timeout=20_000):
            person.press(person.pane.retry_button)  # tried again: the same answer
        assert person.pane.showing_error()
        assert screen.view.live is Live.PAGE_ERROR


def test_pin_check_keeps_the_person_on_the_page_with_a_hint(person, site, new_email):
    from wizard.practice import PRACTICE_PIN

    email = new_email("pin")
    person.next()
    person.sign_in(email)
    hint = person.window.sign_in_screen.hint

    def asks_for_the_code() -> None:
        assert "confirm it's you" in hint.text()

    person.qtbot.waitUntil(asks_for_the_code, timeout=20_000)
    assert person.window.currentId() == PageId.SIGN_IN
    person.type_in_page("#input__email_verification_pin", PRACTICE_PIN)
    person.click_in_page("#email-pin-submit-button")
    person.wait_page(optout_page_id(0))
    person.wait_live(0, Live.ON)


def test_slow_site_still_reaches_a_state(person, site, new_email):
    start(person, new_email("slow=600"))
    person.wait_live(0, Live.ON)


def test_already_signed_in_skips_the_sign_in_screen(person, site, new_email):
    start(person, new_email())
    person.wait_live(0, Live.ON)
    person.window.restart()
    person.next()
    person.wait_page(optout_page_id(0))


def test_bridge_is_invisible_to_the_pages_own_scripts(person, new_email):
    start(person, new_email())
    person.wait_live(0, Live.ON)
    seen = person.js("[typeof qt, typeof QWebChannel, typeof detect, typeof watch].join()")
    assert seen == "undefined,undefined,undefined,undefined"
    # …while the isolated world does have it:
    assert person.js("typeof qt", 1) == "object"


def test_navigation_guard_keeps_other_hosts_out_of_the_view(person, site, new_email):
    start(person, new_email())
    person.wait_live(0, Live.ON)
    before = person.pane.page.url().toString()
    person.js(
        "const a = document.createElement('a'); a.href = 'https://example.org/elsewhere';"
        "a.id = 'away'; a.textContent = 'Elsewhere'; a.style.fontSize = '40px';"
        "document.body.prepend(a); true"
    )
    person.click_in_page("#away")

    def handed_to_system_browser() -> None:
        assert [u.toString() for u in person.ctx.opened_externally] == [
            "https://example.org/elsewhere"
        ]

    person.qtbot.waitUntil(handed_to_system_browser, timeout=10_000)
    assert person.pane.page.url().toString() == before
    assert "opened in your web browser" in person.pane.note.text()
    assert not site.requests_to("/elsewhere")


def test_popups_are_refused_with_a_note(person, site, new_email):
    start(person, new_email())
    person.wait_live(0, Live.ON)
    before = len(site.requests_to("/feed/"))
    person.js(
        "const a = document.createElement('a'); a.href = '/feed/'; a.target = '_blank';"
        "a.id = 'popup'; a.textContent = 'New window'; a.style.fontSize = '40px';"
        "document.body.prepend(a); true"
    )
    person.click_in_page("#popup")

    def noted() -> None:
        assert "new window" in person.pane.note.text()

    person.qtbot.waitUntil(noted, timeout=10_000)
    assert len(site.requests_to("/feed/")) == before


def test_closing_mid_check_stops_the_worker(person, site, new_email):
    email = new_email("slow=1500")
    start(person, email)
    person.wait_live(0, Live.ON)
    person.window.setCurrentId = None  # not used; jump straight to Verify as Fix would not
    screen = person.window.verify_screen
    person.ctx.record.outcomes.clear()
    person.window.next()  # validate fails (switch on): stays
    assert person.window.currentId() == optout_page_id(0)
    screen.start()
    assert screen.running()
    person.press(screen.cancel_button)

    def stopped() -> None:
        assert not screen.running()
        assert "Cancelled" in screen.summary.text()

    person.qtbot.waitUntil(stopped, timeout=30_000)
    assert person.ctx.record.report is None


def test_profile_is_off_the_record(person):
    person.next()
    person.wait_page(PageId.SIGN_IN)
    profile = person.ctx.session.profile
    assert profile.isOffTheRecord()
    # Qt names a folder even for an off-the-record profile; nothing may be made there.
    from pathlib import Path

    assert not Path(profile.persistentStoragePath()).exists()


def test_window_close_deletes_pages_before_the_profile(qtbot, site, catalog):

    window = make_window(qtbot, site.url, catalog)
    window.next()
    profile = window.ctx.session.profile
    page = window.ctx.pane().page
    window.close()
    window.shutdown()
    assert not shiboken6.isValid(page)
    assert not shiboken6.isValid(profile)


def test_no_remote_debugging_port_whatever_the_environment_says(monkeypatch):
    from wizard.gui.qtsetup import close_debugging_ports

    monkeypatch.setenv("QTWEBENGINE_REMOTE_DEBUGGING", "9222")
    monkeypatch.setenv(
        "QTWEBENGINE_CHROMIUM_FLAGS",
        "--remote-debugging-port=9222 --lang=de --remote-debugging-pipe",
    )
    close_debugging_ports()
    import os

    assert "QTWEBENGINE_REMOTE_DEBUGGING" not in os.environ
    assert os.environ["QTWEBENGINE_CHROMIUM_FLAGS"].split()[0] == "--lang=de"
    assert "debugging" not in os.environ["QTWEBENGINE_CHROMIUM_FLAGS"]


def test_no_browser_offers_the_install_with_progress(qtbot, site, catalog, new_email):
    import sys

    from tests.helpers.driving import Person

    fake_installer = [
        sys.executable,
        "-c",
        "import sys\n"
        "for p in (10, 55, 100):\n"
        "    print(f'|■■■■   | {p}% of 167.3 MiB', flush=True)\n",
    ]
    window = make_window(
        qtbot,
        site.url,
        catalog,
        verify_options={"find_browsers": lambda _path: iter(())},
        install_command=fake_installer,
    )
    person = Person(qtbot, window)
    try:
        start(person, new_email())
        for index in (0, 1):
            person.wait_live(index, Live.ON)
            person.press(person.screen(index).switch_button)
            person.wait_live(index, Live.OFF)
            person.next()
        report = person.verify()
        assert {c.state for c in report.checks} == {State.ERROR}
        screen = window.verify_screen
        assert screen.install_button.isVisible()
        assert "No browser for the check was found" in screen.rows[AI].reason.text()
        seen: list[int] = []
        screen.install_progress.valueChanged.connect(seen.append)
        person.press(screen.install_button)

        def installed() -> None:
            assert "is installed" in screen.summary.text()

        qtbot.waitUntil(installed, timeout=20_000)
        assert seen[-1] == 100
        assert 55 in seen
        assert not screen.install_button.isVisible()
    finally:
        window.close()
        window.shutdown()


def test_failed_install_says_so(qtbot, site, catalog):
    import sys

    from wizard.gui.browserinstall import BrowserInstaller

    installer = BrowserInstaller(
        [sys.executable, "-c", "print('Download failed: offline'); exit(1)"]
    )
    with qtbot.waitSignal(installer.finished, timeout=20_000) as outcome:
        installer.start()
    ok, message = outcome.args
    assert ok is False
    assert "could not be installed" in message
    assert "Download failed: offline" in message


def test_closing_mid_load_leaves_no_timer_to_reach_a_deleted_page(qtbot, site, catalog):
    """Seen in a test run: the page's load timeout fired after the window closed and
    its page was deleted."""
    window = make_window(qtbot, site.url, catalog)
    window.next()  # Sign in: the page starts loading, and its timeout with it
    pane = window.ctx.pane()
    qtbot.waitUntil(pane._timeout.isActive, timeout=10_000)
    window.close()
    window.shutdown()
    assert not pane._timeout.isActive()


def test_a_refused_sandbox_is_said_on_verify_and_no_install_is_offered(
    qtbot, site, catalog, new_email, tmp_path
):
    """A browser that stops at once with Chromium's words for a refused sandbox (as in
    a container, or on Ubuntu 24.04 without the package's AppArmor profile): the Verify
    screen says the sandbox could not start and what to do, and does not offer to
    install another browser, which would not help."""
    import stat

    from tests.helpers.driving import Person
    from wizard.check import browsers

    refusing = tmp_path / "chromium"
    refusing.write_text(
        "#!/bin/sh\n"
        "echo '[FATAL:zygote_host_impl_linux.cc(127)] No usable sandbox! If you are running"
        " on Ubuntu 23.10+ or another Linux distro that has disabled unprivileged user"
        " namespaces with AppArmor, see https://chromium.googlesource.com/' >&2\n"
        "exit 1\n"
    )
    refusing.chmod(refusing.stat().st_mode | stat.S_IXUSR)
    candidate = browsers.Candidate("system", str(refusing), {"executable_path": str(refusing)})
    window = make_window(
        qtbot, site.url, catalog, verify_options={"find_browsers": lambda _path: iter([candidate])}
    )
    person = Person(qtbot, window)
    try:
        start(person, new_email())
        for index in (0, 1):
            person.wait_live(index, Live.ON)
            person.press(person.screen(index).switch_button)
            person.wait_live(index, Live.OFF)
            person.next()
        report = person.verify()
        assert {c.state for c in report.checks} == {State.ERROR}
        assert report.browser == "none (no sandbox)"
        screen = window.verify_screen
        assert "could not start its sandbox" in screen.rows[AI].reason.text()
        assert "No browser for the check was found" not in screen.rows[AI].reason.text()
        assert not screen.install_button.isVisible()
    finally:
        window.close()
        window.shutdown()
