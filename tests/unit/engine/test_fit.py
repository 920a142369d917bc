"""The window's first size on common screens."""

from __future__ import annotations

import pytest

from wizard.engine.fit import Fit, fit, fits


@pytest.mark.parametrize(
    ("available", "expected"),
    [
        ((1366, 768 - 32), Fit(1100, 662, True)),  # the most common laptop, a panel
        ((1280, 720), Fit(1100, 648, True)),
        ((1920, 1080 - 40), Fit(1100, 860, False)),
        ((1280, 1024), Fit(1100, 860, False)),
        ((1024, 900), Fit(921, 810, False)),
        ((800, 600), Fit(720, 540, True)),
    ],
)
def test_never_larger_than_the_screen(available, expected):
    chosen = fit(*available)
    assert chosen == expected
    assert chosen.width <= available[0] and chosen.height <= available[1]


def test_a_saved_place_counts_only_on_the_screen():
    assert fits((10, 10, 1100, 860), (0, 0, 1920, 1040))
    assert not fits((10, 10, 1100, 860), (0, 0, 1366, 736))  # saved on a larger screen
    assert not fits((-50, 10, 800, 600), (0, 0, 1920, 1040))
