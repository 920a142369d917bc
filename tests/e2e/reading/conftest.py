"""The two engines every reading test runs in: a real Chromium through Playwright
(the check's) and a real QtWebEngine view with the app's bridge (the wizard's)."""

from __future__ import annotations

import pytest

from tests.helpers.engines import ChromiumEngine, QtWebEngine
from tests.helpers.machine import skip_missing


@pytest.fixture(scope="module", params=["chromium", "qtwebengine"])
def engine(request, site):
    if request.param == "chromium":
        chromium = ChromiumEngine()
        if chromium.browser is None:
            chromium.close()
            skip_missing("no browser for Playwright")
        yield chromium
        chromium.close()
    else:
        request.getfixturevalue("qapp")
        qt = QtWebEngine(site.url)
        yield qt
        qt.close()
