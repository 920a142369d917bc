"""The verifier and the `verify` command, with a real Chromium against the practice site.

It must never say OFF unless it saw the switch off.
"""

from __future__ import annotations

import struct
import subprocess

import pytest

from tests.helpers.engines import practice_cookies
from tests.helpers.verifying import app_process, sign_in_lines, verify, verify_command
from wizard.check import browsers
from wizard.reading.result import Report, State

AI, PARTNERS = "ai-training", "affiliate-sharing"


def test_both_off_exit_0(site, new_email):
    email = new_email()
    site.set_all(email, False)
    run = verify_command(site.url, sign_in_lines(email), as_json=True)
    assert run.status == 0, run.stderr
    assert run.states() == {AI: "OFF", PARTNERS: "OFF"}
    doc = run.json()
    assert doc["site"] == site.url
    assert doc["checked_at"].endswith("Z")
    assert "chromium" in doc["browser"].lower() or "chrome" in doc["browser"].lower()
    assert {r["title"] for r in doc["results"]} == {
        "Data for Generative AI Improvement",
        "Share data with affiliates and partners",
    }


def test_one_on_exit_1_names_it(site, new_email):
    email = new_email()
    site.set_all(email, False)
    site.store.account(email).settings[PARTNERS] = True
    run = verify_command(site.url, sign_in_lines(email), as_json=True)
    assert run.status == 1
    assert run.states() == {AI: "OFF", PARTNERS: "ON"}


def test_optional_settings_are_checked_only_when_asked(site, new_email):
    """The default stays the mission's two; --extra adds one, --all adds every extra,
    and an extra that is on makes the run say so (exit 1), as a mission setting would."""
    email = new_email()
    site.set_all(email, False)
    site.store.account(email).settings["data-from-others"] = True
    plain = verify_command(site.url, sign_in_lines(email), as_json=True)
    assert plain.states() == {AI: "OFF", PARTNERS: "OFF"} and plain.status == 0
    one = verify_command(site.url, sign_in_lines(email), as_json=True, extras=("research",))
    assert one.states() == {AI: "OFF", PARTNERS: "OFF", "research": "OFF"}
    assert one.status == 0
    every = verify_command(site.url, sign_in_lines(email), as_json=True, every_setting=True)
    assert every.status == 1
    assert every.states() == {
        AI: "OFF",
        PARTNERS: "OFF",
        "research": "OFF",
        "ads-off-linkedin": "OFF",
        "data-from-others": "ON",
        "measure-ad-success": "OFF",
    }
    titles = {r["id"]: r["title"] for r in every.json()["results"]}
    assert titles["data-from-others"] == "Data from others for ads"


def test_unknown_extra_is_bad_usage_naming_the_right_ones(site):
    run = verify_command(site.url, "", extras=("reserch",))
    assert run.status == 64
    assert "'reserch'" in run.stderr and "research" in run.stderr.split("are:")[1]
    assert run.stdout == ""


def test_table_output_names_states_and_summary(site, new_email):
    email = new_email()
    site.store.account(email).settings[AI] = False
    run = verify_command(site.url, sign_in_lines(email))
    assert run.status == 1
    assert "Off" in run.stdout and "On" in run.stdout
    assert "1 setting is still on." in run.stdout
    assert "Data for Generative AI Improvement" in run.stdout


FAULTS = {
    "error": (State.ERROR, "HTTP 500"),
    "redesign": (State.NOT_FOUND, "has no such switch"),
    "expired": (State.SIGNED_OUT, "sign in again"),
    "captcha": (State.CHALLENGE, "open the wizard to finish signing in"),
}


@pytest.mark.parametrize("fault", list(FAULTS))
def test_each_fault_mode_gives_its_state_and_exit_2(site, new_email, fault):
    state, words = FAULTS[fault]
    email = new_email(fault)
    site.account(email)
    site.set_all(email, False)  # the server says off: only the fault may stop an OFF
    run = verify_command(site.url, sign_in_lines(email), as_json=True)
    assert run.status == 2, run.stdout
    results = run.json()["results"]
    assert {r["state"] for r in results} == {state.value}
    for r in results:
        assert words in r["reason"]


def test_settings_not_offered_are_named_so_and_count_as_done(site, new_email):
    """LinkedIn says the settings are not offered to this account: nothing to switch
    off. Named so in --json, and the exit status is 0 (done), as it is for Off."""
    email = new_email("region")
    site.account(email)
    run = verify_command(site.url, sign_in_lines(email), as_json=True)
    assert run.status == 0, run.stdout
    results = run.json()["results"]
    assert {r["state"] for r in results} == {"NOT_FOUND"}
    assert all(r["not_offered"] is True for r in results)
    assert all("not offered for your account or region" in r["reason"] for r in results)


def test_german_page_without_ids_is_read_by_label(site, new_email):
    email = new_email("german")
    site.account(email)
    site.set_all(email, False)
    run = verify_command(site.url, sign_in_lines(email), as_json=True)
    assert run.states() == {AI: "OFF", PARTNERS: "OFF"}
    assert "Meine Daten" in run.json()["results"][0]["reason"]


def test_slow_site_within_the_time_limit_is_read(site, new_email):
    email = new_email("slow=700")
    site.account(email)
    site.set_all(email, False)
    run = verify_command(site.url, sign_in_lines(email), as_json=True)
    assert run.states() == {AI: "OFF", PARTNERS: "OFF"}


def test_a_check_past_its_time_limit_is_an_error(site, new_email, catalog):
    email = new_email()
    cookies = practice_cookies(site, email)
    site.configure(email, faults=site.account(email).faults.merged(_slow(3000)))
    report = verify(site.url, catalog, cookies=cookies, timeout_s=1)
    assert {c.state for c in report.checks} == {State.ERROR}
    assert "did not answer within 1 seconds" in report.checks[0].reason
    assert report.exit_status() == 2


@pytest.mark.parametrize("ms", [1500, 4000, 8000])
def test_a_page_whose_data_arrives_late_is_read_within_the_default_time(
    site, new_email, catalog, ms
):
    """The page draws a skeleton, fetches the member's values, then the switch: a
    fetch that takes seconds is waited for, not taken for a page without a switch."""
    email = new_email(f"late={ms}")
    site.store.account(email).settings[PARTNERS] = False
    report = verify(site.url, catalog, cookies=practice_cookies(site, email))
    assert report.check(AI).state is State.ON, report.check(AI).reason
    assert report.check(PARTNERS).state is State.OFF, report.check(PARTNERS).reason


def test_a_placeholder_off_is_never_the_answer(site, new_email, catalog):
    """Drawn at once, disabled inside aria-busy and Off; the member's On arrives 4 s
    later. Off must never be read."""
    email = new_email("placeholder", "late=4000")
    report = verify(site.url, catalog, cookies=practice_cookies(site, email))
    assert {c.state for c in report.checks} == {State.ON}


@pytest.mark.parametrize(
    ("tags", "words"),
    [
        (("placeholder", "late=30000"), "did not finish loading: the switch was still greyed out"),
        (("skeleton", "late=30000"), "was still loading after"),
    ],
    ids=["placeholder that never ends", "skeleton that never ends"],
)
def test_a_page_that_never_finishes_is_an_error_that_says_so(site, new_email, catalog, tags, words):
    email = new_email(*tags)
    site.set_all(email, False)  # even with every switch off on the server
    report = verify(site.url, catalog, cookies=practice_cookies(site, email), timeout_s=4)
    for check in report.checks:
        assert check.state is State.ERROR, check
        assert words in check.reason
        assert "moved" not in check.reason
    assert report.exit_status() == 2


def test_a_cookie_banner_is_set_aside_for_the_picture(site, new_email, catalog, tmp_path):
    """The banner's backdrop dims the page; the proof shows the switch as it is and
    the reason says something covered it."""
    from PySide6.QtGui import QImage

    email = new_email("banner")
    report = verify(site.url, catalog, cookies=practice_cookies(site, email), evidence_dir=tmp_path)
    for check in report.checks:
        assert check.state is State.ON
        assert "covered the switch" in check.reason
        image = QImage(str(check.evidence))
        corner = image.pixelColor(4, image.height() // 2)  # the card's white, not dimmed grey
        assert corner.lightness() > 230, corner.name()
    plain = verify(
        site.url, catalog, cookies=practice_cookies(site, new_email()), evidence_dir=tmp_path
    )
    assert not any("covered" in c.reason for c in plain.checks)


def _slow(ms: int):
    from wizard.practice import Faults

    return Faults(delay_ms=ms)


def test_dropped_save_reads_on_after_reload(site, new_email, catalog, playwright_browser):
    """The page showed Off after the click; the server kept On. The verifier's own
    fresh page must say ON."""
    email = new_email("dropsave")
    cookies = practice_cookies(site, email)
    context = playwright_browser.new_context()
    context.add_cookies([c.for_playwright() for c in cookies])
    page = context.new_page()
    page.goto(site.url + catalog.get(AI).path)
    switch = page.get_by_role("switch")
    with page.expect_response(
        lambda r: "/mysettings-api/" in r.url and r.request.method == "PUT"
    ) as saved:
        switch.click()
    assert saved.value.status == 200  # the site said it saved
    assert switch.is_checked() is False  # and the person saw Off
    context.close()
    assert site.settings_of(email)[AI] is True
    report = verify(site.url, catalog, cookies=cookies)
    assert report.check(AI).state is State.ON


def test_expired_session_is_signed_out(site, new_email, catalog):
    email = new_email()
    cookies = practice_cookies(site, email)
    site.expire_sessions(email)
    report = verify(site.url, catalog, cookies=cookies)
    assert {c.state for c in report.checks} == {State.SIGNED_OUT}


def test_no_browser_gives_the_clear_message_and_exit_2(site, new_email, monkeypatch):
    monkeypatch.setattr(browsers, "candidates", lambda *_: iter(()))
    run = verify_command(site.url, sign_in_lines(new_email()), as_json=True)
    assert run.status == 2
    doc = run.json()
    assert doc["browser"] == "none"
    for r in doc["results"]:
        assert r["state"] == "ERROR"
        assert "No browser for the check was found" in r["reason"]
        assert "apt install chromium-headless-shell" in r["reason"]


def test_the_check_prefers_a_headless_shell_and_says_so(site, new_email, catalog):
    from tests.helpers.machine import skip_missing

    if not browsers.headless_shells():
        skip_missing("Chromium's headless shell (Debian: chromium-headless-shell)")
    email = new_email()
    report = verify(site.url, catalog, cookies=practice_cookies(site, email))
    assert "headless shell" in report.browser
    assert {c.state for c in report.checks} == {State.ON}


def test_a_full_browser_still_works_as_the_fallback(site, new_email, catalog, monkeypatch):
    """With no headless shell to be had, a full Chromium does the check (in headless
    mode) and the report names it."""
    full = [p for p in browsers.system_browsers() if "headless" not in p.name]
    if not full:
        from tests.helpers.machine import skip_missing

        skip_missing("a full Chromium or Chrome (Debian: chromium)")
    monkeypatch.setattr(browsers, "headless_shells", list)
    email = new_email()
    site.store.account(email).settings[AI] = False
    checked = []

    def without_playwrights_own(executable=None):
        for candidate in browsers.candidates(executable):
            if not candidate.kind.startswith("playwright"):
                checked.append(candidate)
                yield candidate

    report = verify(
        site.url,
        catalog,
        cookies=practice_cookies(site, email),
        find_browsers=without_playwrights_own,
    )
    assert "headless" not in report.browser
    assert str(full[0]) in report.browser or checked[0].description in report.browser
    assert {c.optout_id: c.state for c in report.checks} == {AI: State.OFF, PARTNERS: State.ON}


def test_browser_path_from_the_environment_that_does_not_exist(site, new_email, monkeypatch):
    monkeypatch.setenv("OPTOUT_BROWSER", "/nonexistent/chrome")
    run = verify_command(site.url, sign_in_lines(new_email()), as_json=True)
    assert run.status == 2
    assert "OPTOUT_BROWSER is set to /nonexistent/chrome" in run.json()["results"][0]["reason"]


def test_unreachable_site_is_an_error_naming_the_cause(catalog, new_email):
    from wizard.practice import practice_site

    with practice_site() as gone:
        url = gone.url
        cookies = practice_cookies(gone, new_email())
    report = verify(url, catalog, cookies=cookies)
    assert {c.state for c in report.checks} == {State.ERROR}
    assert "connection was refused" in report.checks[0].reason


def png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def test_evidence_pictures_show_the_switch(site, new_email, tmp_path):
    email = new_email()
    site.store.account(email).settings[AI] = False
    run = verify_command(site.url, sign_in_lines(email), as_json=True, evidence=tmp_path)
    shots = {r["id"]: r["evidence"] for r in run.json()["results"]}
    pictures = {}
    for optout_id, path in shots.items():
        assert path == str(tmp_path / f"{optout_id}.png")
        data = (tmp_path / f"{optout_id}.png").read_bytes()
        width, height = png_size(data)
        # The row with the label and the switch: wide and short, not the whole page.
        assert 300 <= width <= 1280
        assert 20 <= height <= 200
        pictures[optout_id] = data
    assert pictures[AI] != pictures[PARTNERS]


def test_evidence_of_a_missing_switch_is_the_whole_view(site, new_email, tmp_path):
    email = new_email("redesign")
    run = verify_command(site.url, sign_in_lines(email), as_json=True, evidence=tmp_path)
    assert run.status == 2
    assert png_size((tmp_path / "ai-training.png").read_bytes()) == (1280, 900)


def test_evidence_folder_that_cannot_be_made_is_refused(site, tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    run = verify_command(site.url, "", evidence=blocker / "sub")
    assert run.status == 2
    assert "Cannot use" in run.stderr


def test_each_setting_gets_a_fresh_context_with_the_session(site, new_email, catalog):
    email = new_email()
    cookies = practice_cookies(site, email)
    before = len(site.requests)
    verify(site.url, catalog, cookies=cookies)
    pages = [r for r in site.requests[before:] if r.path.startswith("/mypreferences/")]
    lists = set(catalog.settings_lists.paths) if catalog.settings_lists else set()
    assert len([r for r in pages if r.path not in lists]) == 2  # one per setting
    assert {r.path for r in pages if r.path in lists} == lists  # and each list once
    for request in pages:
        assert f"li_at={cookies[0].value}" in request.headers["cookie"]


def test_report_round_trips_through_json(site, new_email, catalog):
    email = new_email()
    report = verify(site.url, catalog, cookies=practice_cookies(site, email))
    again = Report.from_json(report.to_json())
    assert again.to_json() == report.to_json()
    assert again.exit_status() == report.exit_status() == 1


# The command line itself.


def run_cli(*args: str, stdin: str = "") -> subprocess.CompletedProcess:
    return app_process(*args, stdin=stdin)


def test_help_documents_the_exit_statuses():
    proc = run_cli("verify", "--help")
    assert proc.returncode == 0
    for words in ("every setting is off", "a setting is on", "could not be checked", "bad usage"):
        assert words in proc.stdout


@pytest.mark.parametrize(
    "args",
    [
        ("verify", "--site", "https://evil.example"),
        ("verify", "--practice", "--site", "http://127.0.0.1:1"),
        ("verify", "--timeout", "0"),
        ("verify", "--nope"),
    ],
)
def test_bad_usage_exits_64(args):
    proc = run_cli(*args)
    assert proc.returncode == 64, proc.stderr
    assert "error:" in proc.stderr


def test_non_loopback_site_message_says_why():
    proc = run_cli("verify", "--site", "https://evil.example")
    assert "only this computer's own addresses" in proc.stderr


def test_command_against_the_practice_site_from_a_pipe(site, new_email):
    email = new_email()
    site.set_all(email, False)
    proc = run_cli("verify", "--site", site.url, "--json", stdin=sign_in_lines(email))
    assert proc.returncode == 0, proc.stderr
    assert '"state": "OFF"' in proc.stdout
    assert "secret-password" not in proc.stdout + proc.stderr


def test_cancel_after_the_check_ended_is_harmless(site, new_email, catalog):
    """Cancel pressed, or the window closed, just as a check ends: the run's loop is
    already closed, and cancelling must neither raise ("Event loop is closed") nor
    change the report."""
    from tests.helpers.verifying import in_thread
    from wizard.base.site import Site
    from wizard.check.verify import Verification

    email = new_email()
    check = Verification(Site(site.url), catalog, cookies=practice_cookies(site, email))
    report = in_thread(check.run)
    check.cancel()
    check.cancel()
    assert {c.state for c in report.checks} == {State.ON}


@pytest.mark.parametrize("after_ms", [1000, 2000, 4000])
def test_a_page_drawn_late_by_a_timer_is_read_not_missed(site, new_email, after_ms):
    """ "Loading…" in a box, no aria-busy, nothing in flight; the switch comes later."""
    run = verify_command(site.url, f"{new_email(f'lazy={after_ms}')}\npw\n", as_json=True)
    assert run.states() == {"ai-training": "ON", "affiliate-sharing": "ON"}, run.stdout


def test_a_switch_named_only_by_its_description_is_read_and_says_so(site, new_email):
    run = verify_command(site.url, f"{new_email('described')}\npw\n", as_json=True)
    assert run.states() == {"ai-training": "ON", "affiliate-sharing": "ON"}, run.stdout
    reasons = [r["reason"] for r in run.json()["results"]]
    assert all("recognised by its description" in r for r in reasons), reasons


def test_a_page_without_the_switch_is_still_not_found_after_the_longer_quiet(site, new_email):
    email = new_email("redesign")
    site.set_all(email, False)
    run = verify_command(site.url, f"{email}\npw\n", as_json=True)
    assert run.states() == {"ai-training": "NOT_FOUND", "affiliate-sharing": "NOT_FOUND"}
    reasons = [r["reason"] for r in run.json()["results"]]
    # Why: the page had finished, not "still loading"; and what to do.
    assert all("finished loading" in r and "moved it" in r for r in reasons), reasons


@pytest.mark.parametrize(
    "tag",
    ["spinner", "foreignloading"],
    ids=["a spinning ring only, the switch after 3.5 s", "読み込み中…, the switch after 3.5 s"],
)
def test_a_page_still_drawing_in_a_way_no_list_names_is_read_not_called_moved(site, new_email, tag):
    """Its only loading sign is an animation (no words, no aria, a hashed class), or a
    loading word in a language the catalog does not hold: still drawing, all the same."""
    run = verify_command(site.url, f"{new_email(tag)}\npw\n", as_json=True)
    assert run.states() == {"ai-training": "ON", "affiliate-sharing": "ON"}, run.stdout


def test_a_page_that_never_stops_drawing_says_so_not_moved(site, new_email):
    """A spinner for longer than the check waits: "still loading after N s", never
    "LinkedIn may have moved it"."""
    run = verify_command(site.url, f"{new_email('spinner=60000')}\npw\n", as_json=True, timeout_s=8)
    assert set(run.states().values()) == {"ERROR"}, run.stdout
    reasons = [r["reason"] for r in run.json()["results"]]
    assert all("still loading" in r and "moved" not in r for r in reasons), reasons


@pytest.mark.parametrize("tags", ["", "low"], ids=["in-the-first-view", "below-the-first-view"])
def test_the_picture_shows_the_switch_wherever_it_lies(site, new_email, catalog, tmp_path, tags):
    """The proof is the switch and its words, cut from the page: a picture of the view
    where the switch is in it, of the whole page where it lies further down."""
    from PySide6.QtGui import QImage

    email = new_email(tags) if tags else new_email()
    report = verify(site.url, catalog, cookies=practice_cookies(site, email), evidence_dir=tmp_path)
    for check in report.checks:
        assert check.state is State.ON, check.reason
        image = QImage(str(check.evidence))
        assert not image.isNull() and 40 < image.height() < 400, image.size()
        lightness = {
            image.pixelColor(x, y).lightness()
            for x in range(0, image.width(), 4)
            for y in range(0, image.height(), 4)
        }
        assert min(lightness) < 100 and max(lightness) > 200  # words on the card, not blank
