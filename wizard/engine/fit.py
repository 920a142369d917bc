"""How large the window opens on the member's screen: never larger than the screen.

At most 90 % of the screen's available size (without panels and docks); on a screen
under 900 pixels high, maximised (a window a little shorter than such a screen only
loses room to its own title bar). Every screen's body scrolls inside itself (the
screens' job), so Back, Next and Close stay in view on a 1366×768 or 1280×720 laptop,
at larger text too.
"""

from __future__ import annotations

from dataclasses import dataclass

PREFERRED = (1100, 860)
SHARE = 0.9
MAXIMISE_BELOW_HEIGHT = 900


@dataclass(frozen=True)
class Fit:
    width: int
    height: int
    maximised: bool


def fit(available_width: int, available_height: int) -> Fit:
    """The window's first size on a screen whose free area is this large."""
    width = min(PREFERRED[0], int(available_width * SHARE))
    height = min(PREFERRED[1], int(available_height * SHARE))
    return Fit(width, height, available_height < MAXIMISE_BELOW_HEIGHT)


def fits(saved: tuple[int, int, int, int], available: tuple[int, int, int, int]) -> bool:
    """Does a saved window frame (x, y, width, height) lie on the screen's free area?"""
    x, y, w, h = saved
    ax, ay, aw, ah = available
    return ax <= x and ay <= y and x + w <= ax + aw and y + h <= ay + ah
