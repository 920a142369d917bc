"""Qt's own options are set apart from ours, each with its value."""

from __future__ import annotations

import pytest

from wizard.base.qtargs import split_qt_arguments


@pytest.mark.parametrize(
    ("argv", "ours", "qt"),
    [
        ([], [], []),
        (["--practice"], ["--practice"], []),
        (["-style", "fusion", "--practice"], ["--practice"], ["-style", "fusion"]),
        (["--style=fusion", "--lang", "de"], ["--lang", "de"], ["--style=fusion"]),
        (["-platform", "xcb", "-reverse"], [], ["-platform", "xcb", "-reverse"]),
        (["verify", "--json", "-v"], ["verify", "--json", "-v"], []),
        (
            ["--site", "http://127.0.0.1:9", "-display", ":1"],
            ["--site", "http://127.0.0.1:9"],
            ["-display", ":1"],
        ),
        (["--", "-style"], ["--", "-style"], []),  # after "--", nothing is Qt's
        (["---style", "x"], ["---style", "x"], []),
    ],
)
def test_split(argv, ours, qt):
    assert split_qt_arguments(argv) == (ours, qt)
