"""One setting's live reading as one object, driven with a fake page: what the strip is
told, when the server is asked again, and what the member's click met. No Qt."""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest

from wizard.engine.livestate import Live, LiveView
from wizard.engine.settingwatch import CLICK_TAKES_MS, Outlets, SettingWatch
from wizard.reading.reading import Reading

OWN = "/mypreferences/d/settings/data-for-ai-improvement"
LABEL = "Use my data for training content creation AI models"


def switch(on: bool, document: float = 1.0, path: str = OWN) -> Reading:
    return Reading(
        found=True,
        ready=True,
        checked=on,
        matched_by="id",
        label=LABEL,
        doc_start=document,
        path=path,
    )


@dataclass
class FakePage:
    """What the screen would do for the watch: timers run by hand, reads answered by
    hand, and everything it was told, kept."""

    shown: list[LiveView] = field(default_factory=list)
    elsewhere: list[bool] = field(default_factory=list)
    switched: int = 0
    reloads: int = 0
    timers: list[tuple[int, object]] = field(default_factory=list)
    reads: list[tuple[int, object]] = field(default_factory=list)

    def later(self, ms, fn):
        entry = (ms, fn)
        self.timers.append(entry)
        return lambda: self.timers.remove(entry) if entry in self.timers else None

    def confirm(self, delay_ms, done):
        entry = (delay_ms, done)
        self.reads.append(entry)
        return lambda: self.reads.remove(entry) if entry in self.reads else None

    def fire_timers(self) -> None:
        timers, self.timers = self.timers, []
        for _ms, fn in timers:
            fn()

    def answer_read(self, raw: Reading | None) -> None:
        (_delay, done), *self.reads = self.reads
        done(raw)

    @property
    def live(self) -> Live:
        return self.shown[-1].live


@pytest.fixture
def page():
    return FakePage()


@pytest.fixture
def watch(catalog, page):
    def count_switched() -> None:
        page.switched += 1

    def count_reload() -> None:
        page.reloads += 1

    outlets = Outlets(
        show=page.shown.append,
        elsewhere=page.elsewhere.append,
        switched=count_switched,
        reload=count_reload,
    )
    made = SettingWatch(catalog.get("ai-training"), outlets, page.later, page.confirm)
    made.fresh_page()
    return made


def test_off_on_the_page_is_only_checking_until_the_server_agrees(watch, page):
    watch.reading(switch(True), settled=True)
    assert page.live is Live.ON and LABEL in page.shown[-1].detail  # the switch by name
    watch.clicked()
    watch.reading(switch(False), settled=True)
    assert page.live is Live.CONFIRMING
    assert page.switched == 0
    page.answer_read(switch(False))
    assert page.live is Live.OFF
    assert page.switched == 1
    assert page.timers == []  # the click took: nothing more to say of it


def test_a_click_that_changes_nothing_is_said_after_a_short_time(watch, page):
    watch.reading(switch(True), settled=True)
    watch.clicked()
    assert [ms for ms, _ in page.timers] == [CLICK_TAKES_MS]
    page.fire_timers()
    assert page.live is Live.ON
    assert "did not change it" in page.shown[-1].detail
    watch.reading(switch(True), settled=True)  # the same On again: still said
    assert "did not change it" in page.shown[-1].detail


def test_a_covered_switch_is_said_until_its_state_changes(watch, page):
    watch.reading(switch(True), settled=True)
    watch.click_refused("covered")
    assert "did not reach the switch" in page.shown[-1].detail
    watch.reading(switch(False), settled=True)  # the member's own click
    assert page.live is Live.CONFIRMING
    assert "did not reach" not in page.shown[-1].detail


def test_a_dropped_save_reads_the_page_again_and_never_says_off(watch, page):
    watch.reading(switch(True), settled=True)
    watch.reading(switch(False), settled=True)
    page.answer_read(switch(True))  # the retry of a slow save
    assert page.reads
    page.answer_read(switch(True))
    assert page.live is Live.NOT_KEPT
    assert page.reloads == 1
    assert Live.OFF not in [v.live for v in page.shown]


def test_a_menu_page_on_the_way_says_where_the_member_is_and_nothing_else(watch, page):
    watch.reading(switch(True), settled=True)
    watch.reading(
        Reading(found=False, doc_start=2.0, path="/mypreferences/d/categories/privacy"), True
    )
    assert page.elsewhere[-1] is True
    assert page.live is Live.ON  # nothing of this setting was said there
    watch.reading(switch(True, document=3.0), settled=True)
    assert page.elsewhere[-1] is False


def test_a_new_document_starts_from_nothing_known(watch, page):
    watch.reading(switch(False), settled=True)
    assert page.live is Live.CONFIRMING
    watch.reading(Reading(found=False, doc_start=2.0, path=OWN), settled=False)
    assert page.live is Live.LOOKING
    assert page.reads == []  # the read under way for the old document was dropped
