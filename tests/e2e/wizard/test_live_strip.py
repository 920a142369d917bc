"""The embedded view's strip on pages drawn the way real single-page sites draw
them: it must never say Off, and Next must never be allowed, while the member's
switch is on. Every change of the strip is sampled, with the server's value at
that moment, while the wizard is driven as a person would."""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest
from PySide6.QtWidgets import QWizard

from tests.helpers.driving import Person
from tests.helpers.engines import practice_cookies
from wizard.engine.livestate import Live
from wizard.engine.steps import PageId, optout_page_id

pytestmark = pytest.mark.gui

AI, PARTNERS = "ai-training", "affiliate-sharing"


@dataclass
class Sample:
    live: Live
    headline: str
    next_enabled: bool
    server_on: bool


@dataclass
class Strip:
    """Everything one setting's screen showed, change by change."""

    samples: list[Sample] = field(default_factory=list)

    def false_offs(self) -> list[Sample]:
        return [s for s in self.samples if s.server_on and s.live is Live.OFF]

    def next_while_on(self) -> list[Sample]:
        return [s for s in self.samples if s.server_on and s.next_enabled]

    def seen(self) -> list[Live]:
        return [s.live for s in self.samples]


def watch_strip(person: Person, site, email: str, index: int, optout_id: str) -> Strip:
    strip = Strip()
    screen = person.screen(index)
    next_button = person.window.button(QWizard.WizardButton.NextButton)

    def sample() -> None:
        if person.window.currentId() != optout_page_id(index):
            return
        strip.samples.append(
            Sample(
                screen.view.live,
                screen.strip.headline.text(),
                next_button.isEnabled(),
                site.settings_of(email)[optout_id],
            )
        )

    # After QWizard's own connection, so the Next button is already updated.
    screen.completeChanged.connect(sample)
    return strip


def signed_in_at_step(person: Person, site, email: str, index: int = 0) -> None:
    """Past Welcome; the session handed to the embedded browser as a remembered one
    would be; on to the setting's screen."""
    person.next()
    person.wait_page(PageId.SIGN_IN)
    person.ctx.session.set_cookies(practice_cookies(site, email))
    person.wait_page(optout_page_id(0))
    while person.window.currentId() != optout_page_id(index):
        person.wait_live(0, Live.OFF)
        person.next()


ON_PAGES = {
    "skeleton, then the member's value after 1.5 s": ("late=1500",),
    "a bare skeleton, value after 1.5 s": ("skeleton", "late=1500"),
    "a placeholder drawn Off, the value after 1.5 s": ("placeholder", "late=1500"),
    "data after 4 s": ("late=4000",),
    "data after 8 s": ("late=8000",),
    "enabled with the default, the value a moment later": ("twostep",),
    "another setting's switch beside it": ("second",),
    "a reworded label without the stable id": ("reworded",),
    "a web component": ("shadow",),
    "a same-origin frame, late": ("iframe", "late=1000"),
    "a cookie banner over the page": ("banner",),
    # "Loading…" in a box (no aria-busy, nothing in flight), the switch by a timer.
    "Loading…, the switch after 1 s": ("lazy=1000",),
    "Loading…, the switch after 2 s": ("lazy=2000",),
    "Loading…, the switch after 4 s": ("lazy=4000",),
    "a div switch named only by its description": ("described",),
    "a spinning ring only, the switch after 3.5 s": ("spinner",),
    "読み込み中…, the switch after 3.5 s": ("foreignloading",),
}


@pytest.mark.parametrize("tags", list(ON_PAGES.values()), ids=list(ON_PAGES))
def test_the_strip_never_says_off_while_the_switch_is_on(person, site, new_email, tags):
    email = new_email(*tags)
    site.account(email)
    strip = watch_strip(person, site, email, 0, AI)
    signed_in_at_step(person, site, email)
    person.wait_live(0, Live.ON)
    assert not strip.false_offs(), strip.samples
    assert not strip.next_while_on(), strip.samples
    # Never "not here" while the page is still drawing: that would let Next past it.
    assert Live.NOT_FOUND not in strip.seen(), strip.samples
    assert strip.seen()[-1] is Live.ON


def test_a_page_that_truly_has_no_switch_is_still_not_found(person, site, new_email):
    email = new_email("redesign")
    site.set_all(email, False)
    strip = watch_strip(person, site, email, 0, AI)
    signed_in_at_step(person, site, email)
    person.wait_live(0, Live.NOT_FOUND)
    assert strip.seen()[0] is Live.LOOKING and Live.OFF not in strip.seen()
    assert person.screen(0).isComplete()
    assert "finished loading" in person.screen(0).strip.detail.text()


def test_a_re_used_page_is_not_found_and_never_off(person, site, new_email):
    email = new_email("reused", "placeholder")
    strip = watch_strip(person, site, email, 0, AI)
    signed_in_at_step(person, site, email)
    person.wait_live(0, Live.NOT_FOUND)
    assert Live.OFF not in strip.seen(), strip.samples
    assert "has no such switch" in person.screen(0).strip.detail.text()


def test_a_first_off_is_confirmed_by_the_server_before_next(person, site, new_email):
    """A placeholder page whose member really is off: Off only after a fresh read
    from the server, never before, and Next only then."""
    email = new_email("placeholder", "late=800")
    site.set_all(email, False)
    strip = watch_strip(person, site, email, 0, AI)
    signed_in_at_step(person, site, email)
    person.wait_live(0, Live.OFF)
    seen = strip.seen()
    assert Live.CONFIRMING in seen and seen.index(Live.CONFIRMING) < seen.index(Live.OFF)
    first_next = next(i for i, s in enumerate(strip.samples) if s.next_enabled)
    assert strip.samples[first_next].live is Live.OFF
    reads = site.requests_to("/mypreferences/d/settings/data-for-ai-improvement", "GET")
    assert len(reads) >= 2  # the page the member sees, and the server's own confirmation


def test_not_offered_in_new_words(person, site, new_email):
    email = new_email("regionwords")
    signed_in_at_step(person, site, email)
    person.wait_live(0, Live.NOT_OFFERED)


def test_a_placeholder_that_never_ends_is_still_loading_with_reload(person, site, new_email):
    email = new_email("placeholder", "late=60000")
    site.set_all(email, False)
    person.ctx.pane()  # the watcher's limit for this test: 2 s instead of 15
    screen = person.screen(0)
    original = screen._spec
    screen._spec = lambda: {**original(), "watch": {"maxMs": 2000}}
    strip = watch_strip(person, site, email, 0, AI)
    signed_in_at_step(person, site, email)
    person.wait_live(0, Live.NOT_READY)
    assert Live.OFF not in strip.seen()
    assert "did not finish loading" in screen.strip.detail.text()
    assert screen.reload_button.isVisible()
    assert not screen.isComplete()


def test_flipping_a_placeholder_page_off_is_confirmed(person, site, new_email):
    email = new_email("placeholder", "late=600")
    strip = watch_strip(person, site, email, 0, AI)
    signed_in_at_step(person, site, email)
    person.wait_live(0, Live.ON)
    person.press(person.screen(0).switch_button)
    person.wait_live(0, Live.OFF)
    assert site.settings_of(email)[AI] is False
    assert not strip.false_offs(), strip.samples


def test_a_refused_click_says_why(person, site, new_email):
    """ "Switch it off for me" on a page whose switch is not ready clicks nothing, and
    the screen says so in words (it used to say nothing at all)."""
    email = new_email("placeholder", "late=60000")
    strip = watch_strip(person, site, email, 0, AI)
    signed_in_at_step(person, site, email)
    screen = person.screen(0)
    bridge = person.ctx.pane().bridge
    person.qtbot.waitUntil(  # the page's placeholder switch is drawn and read
        lambda: bridge.last_result is not None and bridge.last_result.found, timeout=10_000
    )
    with person.qtbot.waitSignal(bridge.clickFinished, timeout=10_000) as sent:
        screen.switch_off()
    assert sent.args == [False, "not-ready"]
    assert "has not finished loading" in screen.strip.detail.text()  # said on the strip
    assert site.settings_of(email)[AI] is True  # nothing was clicked
    assert Live.OFF not in strip.seen()
