"""The catalog as the wizard shows it: a newer signed catalog fetched from the About
box, and a step whose entry was not compared with LinkedIn for a long time."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from tests.helpers.catalogs import newer

pytestmark = pytest.mark.gui


def test_about_dialog_fetches_a_newer_catalog(qtbot, site, catalog, release, monkeypatch):
    from tests.helpers.driving import make_window

    release.publish(newer())
    monkeypatch.setattr("wizard.catalog.update.store_dir", lambda: release.store)
    window = make_window(qtbot, site.url, catalog)
    try:
        dialog = window.show_about()
        dialog.update_url = release.url
        dialog.update_key = release.public
        dialog.update_button.click()

        def installed() -> None:
            assert "2027.1.1 is installed" in dialog.status.text()

        qtbot.waitUntil(installed, timeout=20_000)
        release.publish(newer(), b"broken signature")

        dialog.update_button.click()

        def refused() -> None:
            assert "not signed with the project's key" in dialog.status.text()
            assert "stays" in dialog.status.text()

        qtbot.waitUntil(refused, timeout=20_000)
        dialog.close()
    finally:
        window.close()
        window.shutdown()


def test_stale_entry_shows_a_quiet_note(qtbot, site, catalog):
    from dataclasses import replace

    from tests.helpers.driving import make_window

    old = date.today() - timedelta(days=120)
    stale = replace(
        catalog,
        optouts=(replace(catalog.optouts[0], last_verified=old), catalog.optouts[1]),
    )
    window = make_window(qtbot, site.url, stale)
    try:
        assert not window.optout_screens["ai-training"].freshness.isHidden()
        assert window.optout_screens["affiliate-sharing"].freshness.isHidden()
        assert "last compared" in window.optout_screens["ai-training"].freshness.text()
    finally:
        window.close()
        window.shutdown()
