"""The wizard's page ids: fixed screens, and one per catalog entry from OPTOUT_BASE."""

from __future__ import annotations

from enum import IntEnum


class PageId(IntEnum):
    WELCOME = 0
    SIGN_IN = 1
    OPTOUT_BASE = 10  # the n-th opt-out's screen is OPTOUT_BASE + n
    VERIFY = 90
    DONE = 99


def optout_page_id(index: int) -> int:
    return PageId.OPTOUT_BASE + index
