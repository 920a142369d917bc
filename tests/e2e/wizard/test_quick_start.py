"""A quick start: Welcome paints first and the other screens are made just after it,
while the member reads. Making a screen never shows a piece of it as a window of its
own (a widget made visible before it has a place is one, for a moment: on a desktop a
flash, and the keyboard taken from the wizard)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from tests.helpers.driving import Person, make_window, words
from wizard.base.site import Site
from wizard.engine.steps import PageId
from wizard.gui.context import Services, WizardContext
from wizard.gui.window import OptOutWizard
from wizard.reading.result import State

pytestmark = pytest.mark.gui


class StrayWindows(QObject):
    """Every widget of the app shown as a window of its own, other than the wizard and
    its dialogs."""

    def __init__(self) -> None:
        super().__init__()
        self.seen: list[str] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.Show
            and isinstance(watched, QWidget)
            and watched.isWindow()
            and type(watched).__name__ != "OptOutWizard"
            and not isinstance(watched, QDialog)
        ):
            self.seen.append(f"{type(watched).__name__} {watched.objectName()}".strip())
        return False


@pytest.fixture
def stray():
    watcher = StrayWindows()
    QApplication.instance().installEventFilter(watcher)
    yield watcher
    QApplication.instance().removeEventFilter(watcher)


def test_the_later_screens_are_made_after_welcome_and_never_take_the_keyboard(
    qtbot, site, catalog, stray
):
    window = make_window(qtbot, site.url, catalog)
    qtbot.waitUntil(window.rest_built)
    QApplication.processEvents()
    assert stray.seen == []
    assert QApplication.activeWindow() is window
    # A related setting chosen on Welcome: its screen is made now, in a window on screen.
    person = Person(qtbot, window)
    welcome = window.welcome_screen
    person.press(welcome.more_button)
    extra = next(iter(welcome.extras.values()))
    person.press(extra)
    assert extra.isChecked()
    QApplication.processEvents()
    assert stray.seen == []
    assert QApplication.activeWindow() is window
    assert len(window.optout_screens) == len(window.ctx.chosen())


def test_next_before_the_later_screens_are_made_still_goes_on(qtbot, site, catalog):
    """Next pressed at once (a member who knows the way, or Enter held down): the
    screens are made then, and Next goes on to Sign in."""
    ctx = WizardContext(Site(site.url, practice=True), Services.make(catalog))
    window = OptOutWizard(ctx, remember_geometry=False)
    qtbot.addWidget(window)
    try:
        window.show()
        assert not window.rest_built()
        window.next()  # before the first paint
        assert window.rest_built()
        Person(qtbot, window).wait_page(PageId.SIGN_IN)
    finally:  # the page and its engine go before the next test's
        window.close()
        window.shutdown()


def test_each_answer_shows_as_soon_as_it_is_read_not_after_linkedins_lists(
    person, new_email, monkeypatch
):
    """The check also reads LinkedIn's lists of settings (to notice a new one), which
    wait for the page to be quiet; a setting's answer, once read, is shown at once, and
    what to fix is offered with the whole report."""
    from wizard.check import listing

    monkeypatch.setattr(listing, "LIST_QUIET_MS", 4_000)  # lists read slowly
    person.switch_both_off(new_email())
    person.wait_page(PageId.VERIFY)
    screen = person.window.verify_screen
    rows = [screen.rows[o.id] for o in person.ctx.chosen()]

    def both_answered() -> None:
        assert all(row.check is not None for row in rows)

    person.qtbot.waitUntil(both_answered, timeout=30_000)
    assert screen.running() and person.ctx.record.report is None  # the lists go on
    for row in rows:
        assert row.check.state is State.OFF
        assert words(row.state) != "Done"  # the answer, not a step
        assert row.picture.isVisibleTo(row)  # and its proof
    report = person.verify()
    assert [c.state for c in report.checks] == [State.OFF, State.OFF]
