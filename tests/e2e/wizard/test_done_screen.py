"""The Done screen: remember me (only in the OS keyring), forget me, and the
objection form link."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QUrl

from tests.helpers.driving import Person, make_window, words
from wizard.base.site import Site
from wizard.engine.livestate import Live
from wizard.engine.steps import PageId, optout_page_id
from wizard.secrets import credentials

pytestmark = pytest.mark.gui


def user_manager(folder) -> str:
    """The member's systemd user manager, stood in for: none runs in a container."""
    from tests.helpers.faults import stand_in_systemctl

    return str(stand_in_systemctl(folder)[0] / "systemctl")


def wait_status(person: Person, words: str) -> None:
    owner = person.window.done_screen.later
    person.wait_words(owner.keyring_status, owner.busy, words)


def test_remember_then_forget_in_the_real_keyring(person, real_keyring, site, new_email):
    email = new_email()
    person.to_done(email)
    done = person.window.done_screen.later
    assert not done.remember.isChecked()  # off by default
    person.press(done.remember)
    wait_status(person, "Remembered in your computer's password store")
    name = site.account(email).display_name  # kept under the name the page shows
    assert person.window.ctx.account_name() == name
    assert name in credentials.accounts(Site(site.url))
    stored = credentials.load(Site(site.url), name)
    assert stored is not None
    assert {c.name for c in stored.cookies} >= {"li_at", "JSESSIONID"}

    person.press(done.forget_button)
    wait_status(person, "Forgotten")
    assert not done.remember.isChecked()
    assert credentials.load(Site(site.url), name) is None
    assert name not in credentials.accounts(Site(site.url))


def test_remember_refused_without_a_secure_keyring(person, new_email):
    person.to_done(new_email())
    done = person.window.done_screen.later
    person.press(done.remember)
    wait_status(person, "does not keep secrets safely")
    assert "keyring.backends" not in done.keyring_status.text()  # no class names here
    assert "GNOME Keyring" in done.keyring_status.text()  # what to set up instead
    assert "goes on without remembering" in done.keyring_status.text()
    assert not done.remember.isChecked()


def test_locked_keyring_declined_goes_on_without_remembering(person, own_keyring, site, new_email):
    import secretstorage

    from tests.helpers.secretservice import unlock

    person.to_done(new_email())
    secretstorage.get_default_collection(secretstorage.dbus_init()).lock()
    try:
        done = person.window.done_screen.later
        person.press(done.remember)
        wait_status(person, "locked and was not unlocked")
        assert not done.remember.isChecked()
        from PySide6.QtWidgets import QWizard

        assert person.window.button(QWizard.WizardButton.FinishButton).isEnabled()
    finally:
        unlock(own_keyring)
    assert credentials.load(Site(site.url)) is None


def test_forget_is_greyed_out_when_nothing_is_remembered_and_says_why(
    person, real_keyring, new_email
):
    person.to_done(new_email())
    later = person.window.done_screen.later
    assert not later.forget_button.isEnabled()
    assert "Nothing was remembered" in later.forget_button.toolTip()
    person.press(later.remember)
    wait_status(person, "Remembered")
    assert later.forget_button.isEnabled() and not later.forget_button.toolTip()
    person.press(later.forget_button)
    wait_status(person, "Forgotten")
    assert not later.forget_button.isEnabled()  # nothing left to forget


def test_objection_form_link_opens_in_the_system_browser(qtbot, site, catalog, new_email):
    """A catalog from before the objection step: Done links LinkedIn's form."""
    from dataclasses import replace

    window = make_window(qtbot, site.url, replace(catalog, objection=None))
    person = Person(qtbot, window)
    try:
        person.to_done(new_email())
        done = window.done_screen
        label = done.next_steps
        assert "Data Processing Objection form" in label.text()
        assert not done.objection.isVisible()  # no step to offer
        label.linkActivated.emit("https://www.linkedin.com/help/linkedin/ask/TS-DPRO")
        assert [u.toString() for u in person.ctx.opened_externally] == [
            "https://www.linkedin.com/help/linkedin/ask/TS-DPRO"
        ]
    finally:
        window.close()
        window.shutdown()


def test_done_offers_the_objection_step_once(person, new_email):
    """The objection is said in one place on Done (its card, not also a link among the
    next steps), and its button takes the member to the step, the check not run again."""
    person.to_done(new_email())
    done = person.window.done_screen
    assert "Data Processing Objection" not in words(done.next_steps)
    assert done.objection.isVisible() and done.objection_button.isVisible()
    assert "answers by e-mail" in words(done.objection_text)
    report = person.ctx.record.report
    person.press(done.objection_button)
    person.wait_page(PageId.OBJECTION)
    assert person.ctx.objection_chosen
    assert person.ctx.record.report is report  # the check stands; it did not run again
    form = person.window.objection_screen
    person.qtbot.waitUntil(lambda: "Fill in the form" in form.strip.text(), timeout=20_000)


def test_save_report_from_the_done_screen(person, new_email, tmp_path):
    person.to_done(new_email())
    proof = person.window.done_screen.proof
    assert proof.save_button.isEnabled()
    assert proof.save_report(tmp_path / "proof.html")
    html = (tmp_path / "proof.html").read_text()
    assert html.count("data:image/png;base64,") == 2
    assert "Practice check on a replica site" in html
    assert proof.save_report(tmp_path / "proof.pdf")
    assert (tmp_path / "proof.pdf").read_bytes().startswith(b"%PDF")
    assert "Saved:" in proof.status.text()


def test_done_screen_flags_a_change_since_the_last_check(qtbot, site, catalog, new_email, tmp_path):
    from datetime import UTC, datetime

    from wizard.proof.history import History
    from wizard.reading.result import Check, Report, State

    history = History(tmp_path / "history.jsonl")
    earlier = Report(
        site=site.url,
        browser="Chromium",
        checks=(
            Check("ai-training", State.OFF, "off"),
            Check("affiliate-sharing", State.OFF, "off"),
        ),
        titles={o.id: o.title for o in catalog.optouts},
        checked_at=datetime(2026, 3, 3, 9, 0, tzinfo=UTC),
        account="Member",
    )
    history.keep(earlier)
    window = make_window(qtbot, site.url, catalog, history=history)
    person = Person(qtbot, window)
    try:
        email = "member+history@practice.test"  # the page shows "Member", as in March
        person.next()
        person.sign_in(email)
        person.wait_page(optout_page_id(0))
        person.wait_live(0, Live.ON)
        person.press(person.screen(0).skip_button)
        person.press(person.screen(0).skip_confirm)  # left on: a change since March
        person.wait_page(optout_page_id(1))
        person.wait_live(1, Live.ON)
        person.press(person.screen(1).switch_button)
        person.wait_live(1, Live.OFF)
        person.next()
        report = person.verify()
        person.next()
        person.wait_page(PageId.DONE)
        proof = window.done_screen.proof
        assert report.account == "Member"
        assert "Data for Generative AI Improvement: was Off on Tuesday, 3 March 2026, now On" in (
            proof.changes.text()
        )
        assert "⚠" in proof.changes.text()
        assert "2026-03-03" in proof.earlier.text()
        assert len(history.entries(site.url, "Member")) == 2  # this check was kept too
    finally:
        window.close()
        window.shutdown()


def test_monthly_check_needs_the_session_and_is_installed_and_removed(
    qtbot, site, catalog, new_email, real_keyring, tmp_path
):
    from wizard.proof.schedule import SystemdScheduler

    scheduler = SystemdScheduler(tmp_path / "systemd", systemctl=user_manager(tmp_path))
    window = make_window(qtbot, site.url, catalog, scheduler=scheduler)
    person = Person(qtbot, window)
    try:
        person.to_done(new_email())
        later = window.done_screen.later
        assert not later.monthly.isEnabled()  # nothing remembered yet
        why = later._monthly_greyed.label
        assert why.isVisible() and "tick “Remember me”" in why.text()  # says why
        assert "Remember me" in later.monthly.accessibleDescription()
        person.press(later.remember)
        wait_status(person, "Remembered")
        assert later.monthly.isEnabled()
        assert not why.isVisible()
        with qtbot.waitSignal(later.scheduleChanged, timeout=30_000):
            person.press(later.monthly)
        assert scheduler.installed()
        assert "every month" in later.schedule_status.text()
        person.press(later.forget_button)
        wait_status(person, "Forgotten")  # and not busy: the job's removal has finished
        assert not later.monthly.isChecked()
        assert not later.monthly.isEnabled()
        assert why.isVisible()
        assert not scheduler.installed()  # it could not run without the session
    finally:
        window.close()
        window.shutdown()


def test_a_slow_scheduler_never_freezes_the_window(
    qtbot, site, catalog, new_email, real_keyring, tmp_path
):
    """systemctl can wait 30 s on a busy bus: the job is set up off the GUI thread,
    the box waits disabled and says so, and the window keeps answering meanwhile."""
    import threading

    from wizard.proof.schedule import SystemdScheduler

    release = threading.Event()

    class Slow(SystemdScheduler):
        def install(self, *args, **kwargs):
            release.wait(20)
            return super().install(*args, **kwargs)

    scheduler = Slow(tmp_path / "systemd", systemctl=user_manager(tmp_path))
    window = make_window(qtbot, site.url, catalog, scheduler=scheduler)
    person = Person(qtbot, window)
    try:
        person.to_done(new_email())
        later = window.done_screen.later
        person.press(later.remember)
        wait_status(person, "Remembered")
        person.press(later.monthly)  # returns at once: the install waits in its thread
        assert not release.is_set()
        assert not later.monthly.isEnabled()
        assert "Setting up" in later.schedule_status.text()
        assert later.busy()
        with qtbot.waitSignal(later.scheduleChanged, timeout=30_000):
            release.set()
        assert scheduler.installed() and later.monthly.isChecked() and later.monthly.isEnabled()
    finally:
        release.set()
        window.close()
        window.shutdown()


def test_check_again_tomorrow_after_switching_something_off(
    qtbot, site, catalog, new_email, real_keyring, tmp_path
):
    from datetime import datetime, timedelta

    from wizard.proof.schedule import ONCE_JOB, SystemdScheduler

    once = SystemdScheduler(tmp_path / "systemd", job=ONCE_JOB, systemctl=user_manager(tmp_path))
    window = make_window(qtbot, site.url, catalog, once_scheduler=once)
    person = Person(qtbot, window)
    try:
        person.to_done(new_email())  # both switched off in this run
        later = window.done_screen.later
        assert later.tomorrow.isVisible()
        assert not later.tomorrow.isEnabled()  # needs the session remembered
        person.press(later.remember)
        wait_status(person, "Remembered")
        with qtbot.waitSignal(later.scheduleChanged, timeout=30_000):
            person.press(later.tomorrow)
        assert once.installed()
        timer = (tmp_path / "systemd" / f"{ONCE_JOB}.timer").read_text()
        tomorrow = (datetime.now() + timedelta(days=1)).strftime("%Y-%m-%d")
        assert f"OnCalendar={tomorrow} " in timer
        assert "RemainAfterElapse=no" in timer
        assert "once more on" in later.schedule_status.text()
        with qtbot.waitSignal(later.scheduleChanged, timeout=30_000):
            person.press(later.tomorrow)
        assert not once.installed()
        assert "cancelled" in later.schedule_status.text()
    finally:
        window.close()
        window.shutdown()


def test_no_check_tomorrow_when_nothing_was_switched(qtbot, site, catalog, new_email, tmp_path):
    from wizard.proof.schedule import ONCE_JOB, SystemdScheduler

    window = make_window(
        qtbot, site.url, catalog, once_scheduler=SystemdScheduler(tmp_path, job=ONCE_JOB)
    )
    person = Person(qtbot, window)
    try:
        email = new_email()
        site.set_all(email, False)  # already off: nothing for LinkedIn to apply
        person.next()
        person.sign_in(email)
        for index in (0, 1):
            person.wait_page(optout_page_id(index))
            person.wait_live(index, Live.OFF)
            person.next()
        person.verify()
        person.next()
        person.wait_page(PageId.DONE)
        assert not window.done_screen.later.tomorrow.isVisible()
    finally:
        window.close()
        window.shutdown()


def test_another_account_starts_on_a_fresh_profile_and_keeps_both_results(
    person, real_keyring, site, new_email, tmp_path
):
    """Account A all off, then B (left on): each result, report, history entry and
    remembered session is B's or A's, and nothing of A's session reaches B's profile."""
    alex, sam = new_email(), new_email()
    person.to_done(alex)
    ctx, done = person.ctx, person.window.done_screen
    first = ctx.record.report
    assert first.account == site.account(alex).display_name
    alex_li_at = {c.value for c in ctx.session.cookies() if c.name == "li_at"}
    assert alex_li_at
    old_profile = ctx.session.profile
    person.press(done.later.remember)
    wait_status(person, "Remembered in your computer's password store")

    person.press(done.another_button)
    person.wait_page(PageId.SIGN_IN)
    assert ctx.accounts_done and ctx.accounts_done[0].report is first
    assert ctx.record.report is None
    assert ctx.session.profile is not old_profile
    assert not ctx.has_session()  # a fresh profile: signed out
    assert not {c.value for c in ctx.session.cookies()} & alex_li_at

    person.sign_in(sam)
    for index in (0, 1):  # B leaves both on this time
        person.wait_page(optout_page_id(index))
        person.wait_live(index, Live.ON)
        person.press(person.screen(index).skip_button)
        person.press(person.screen(index).skip_confirm)
    second = person.verify()
    assert second.account == site.account(sam).display_name
    assert {c.state.value for c in second.checks} == {"ON"}
    assert {c.state.value for c in first.checks} == {"OFF"}  # A's result kept as it was
    assert all(c.evidence.is_file() for c in first.checks)
    assert {c.evidence.parent for c in first.checks}.isdisjoint(
        {c.evidence.parent for c in second.checks}
    )
    sam_li_at = {c.value for c in ctx.session.cookies() if c.name == "li_at"}
    assert sam_li_at and not sam_li_at & alex_li_at

    person.next()
    person.wait_page(PageId.DONE)
    assert f"Account: {second.account}" in done.summary.text()
    assert first.account in done.earlier_accounts.text()
    assert done.earlier_accounts.isVisible()
    assert not done.later.remember.isChecked()  # B is not remembered until asked
    person.press(done.later.remember)
    wait_status(person, "Remembered in your computer's password store")
    here = Site(site.url)
    assert {first.account, second.account} <= set(credentials.accounts(here))
    kept = {c.value for c in credentials.load(here, second.account).cookies if c.name == "li_at"}
    assert kept == sam_li_at
    kept = {c.value for c in credentials.load(here, first.account).cookies if c.name == "li_at"}
    assert kept == alex_li_at

    earlier = tmp_path / "earlier.html"  # an earlier account's report is still saveable
    assert done.proof.save_report(earlier, first)
    assert first.account in earlier.read_text(encoding="utf-8")
    assert second.account not in earlier.read_text(encoding="utf-8")

    person.press(done.later.forget_button)  # forgets B only
    wait_status(person, "Forgotten")
    assert second.account not in credentials.accounts(here)
    assert first.account in credentials.accounts(here)
    credentials.forget(here)


def test_proof_at_a_glance_pictures_open_report_and_folder(person, new_email, tmp_path):
    """Done opens with the answer in one sentence, the pictures as thumbnails (Enter
    enlarges one), and after Save report… the report and its folder one press away."""
    person.to_done(new_email())
    done = person.window.done_screen
    assert words(done.headline).startswith("✓ All settings are off.")
    assert len(done.thumbnails) == 2 and all(t.isVisible() for t in done.thumbnails)
    first = done.thumbnails[0]
    assert first.pixmap().height() <= 140
    first.setFocus()
    person.qtbot.keyClick(first, Qt.Key.Key_Return)
    person.qtbot.waitUntil(lambda: first.enlarged is not None and first.enlarged.isVisible())
    # The picture says what it proves: which setting, its answer, where, when (written
    # out: no "12/7/26"), whose.
    caption = first.caption.text()
    check = person.ctx.record.report.checks[0]
    assert caption.startswith("Data for Generative AI Improvement: Off")
    assert check.checked_at.astimezone().strftime("%-d %B %Y") in caption
    assert f"on {check.url}" in caption
    assert f"Account: {person.ctx.record.report.account}" in caption
    first.enlarged.close()
    proof = done.proof
    assert not proof.open_button.isVisible()
    target = tmp_path / "proof.html"
    assert proof.save_report(target)
    assert proof.open_button.isVisible() and proof.folder_button.isVisible()
    assert f'href="{QUrl.fromLocalFile(str(target)).toString()}"' in proof.status.text()
    person.press(proof.open_button)
    person.press(proof.folder_button)
    opened = [u.toLocalFile() for u in person.ctx.opened_externally]
    assert opened[-2:] == [str(target), str(tmp_path)]


def test_the_path_shows_every_step_where_the_member_is_and_what_is_done(person, new_email):
    def marks() -> list[tuple[str, str]]:
        return [(line.mark, line.title) for line in person.window.path.lines]

    assert marks()[0] == ("▶", "Welcome") and marks()[-1] == ("○", "Done")
    assert ("○", "Data for Generative AI Improvement") in marks()
    person.to_done(new_email())
    assert marks() == [
        ("✓", "Welcome"),
        ("✓", "Sign in"),
        ("✓", "Data for Generative AI Improvement"),
        ("✓", "Share data with affiliates and partners"),
        ("✓", "Verify"),
        ("▶", "Done"),
    ]
    assert person.window.path.isVisible()


def test_no_later_check_is_offered_where_none_can_run(person, new_email):
    """Practice mode schedules nothing: the box that could never be ticked is not
    shown (it would sit greyed out, with a reason that is not true)."""
    person.to_done(new_email())
    later = person.window.done_screen.later
    assert later.monthly.isHidden()
    assert not later._monthly_greyed.label.isVisible()
