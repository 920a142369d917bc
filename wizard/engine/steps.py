"""The wizard's steps in order: Welcome, Sign in, each chosen setting, Verify, the
objection form when chosen, Done.

Plain Python (the window only asks it what comes next), so the order is tested
without a screen. Page ids: fixed screens, and one per catalog entry from
OPTOUT_BASE, so a setting keeps its id whatever else is chosen.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping, Sequence
from enum import IntEnum, StrEnum


class PageId(IntEnum):
    WELCOME = 0
    SIGN_IN = 1
    OPTOUT_BASE = 10  # the n-th opt-out's screen is OPTOUT_BASE + n
    VERIFY = 90
    OBJECTION = 95  # LinkedIn's Data Processing Objection form (optional)
    DONE = 99


def optout_page_id(index: int) -> int:
    return PageId.OPTOUT_BASE + index


class Mark(StrEnum):
    """A step's mark in the path beside the screens."""

    DONE = "✓"
    HERE = "▶"
    SKIPPED = "–"
    TO_COME = "○"
    NOT_DONE = "!"  # passed, but not off (or the check found something not off)


class Steps:
    """Which screen follows which, for the settings of a catalog (in its order)."""

    def __init__(self, catalog_ids: Sequence[str]) -> None:
        self._ids = tuple(catalog_ids)

    def of(self, optout_id: str) -> int:
        """The page id of a setting's screen."""
        return optout_page_id(self._ids.index(optout_id))

    def settings(self, chosen: Iterable[str]) -> list[int]:
        """The chosen settings' screens, in catalog order."""
        wanted = set(chosen)
        return [optout_page_id(n) for n, i in enumerate(self._ids) if i in wanted]

    def after(
        self,
        current: int,
        chosen: Iterable[str],
        signed_in: bool,
        back_to_check: bool = False,
        objection: bool = False,
    ) -> int:
        """The screen after the current one. Signed in already: Welcome skips Sign in.
        A setting no longer chosen is passed over. Signing in again because LinkedIn
        ended the session during the check (back_to_check) leads straight back to it:
        the settings were done, only the check is to run again. The objection form,
        when chosen, comes after the check: the switches first, and its proof goes
        into the report the check made."""
        settings = self.settings(chosen)
        if current == PageId.WELCOME:
            return self._first_setting(settings) if signed_in else PageId.SIGN_IN
        if current == PageId.SIGN_IN:
            return PageId.VERIFY if back_to_check else self._first_setting(settings)
        if PageId.OPTOUT_BASE <= current < PageId.VERIFY:
            later = [s for s in settings if s > current]
            return later[0] if later else PageId.VERIFY
        if current == PageId.VERIFY:
            return PageId.OBJECTION if objection else PageId.DONE
        if current == PageId.OBJECTION:
            return PageId.DONE
        return -1  # Done is the last

    @staticmethod
    def _first_setting(settings: list[int]) -> int:
        return settings[0] if settings else PageId.VERIFY

    def number(self, page_id: int, chosen: Iterable[str]) -> tuple[int, int] | None:
        """A setting screen's place among the chosen ("Step n of count"), or None."""
        settings = self.settings(chosen)
        if page_id not in settings:
            return None
        return settings.index(page_id) + 1, len(settings)

    def path(self, chosen: Iterable[str], objection: bool = False) -> list[int]:
        """Every step the member will pass, in order: Welcome, Sign in, the chosen
        settings, Verify, the objection form if chosen, Done (the path beside the
        screens shows these)."""
        form = [PageId.OBJECTION] if objection else []
        return [
            PageId.WELCOME,
            PageId.SIGN_IN,
            *self.settings(chosen),
            PageId.VERIFY,
            *form,
            PageId.DONE,
        ]

    def marks(
        self,
        chosen: Iterable[str],
        current: int,
        visited: Collection[int],
        skipped: Collection[str] = (),
        done: Mapping[str, bool] | None = None,
        check_done: bool | None = None,
        objection: bool | None = None,
    ) -> list[tuple[int, Mark]]:
        """Each step of the path with its mark, following results: here; skipped; a
        setting passed is done (✓) only when it is off or not offered (`done`, by the
        check when it ran, else as its screen stands), else marked not done (!); the
        check is done only when it found every setting done (`check_done`); the
        objection form (when `objection` is not None: chosen) is done once sent
        (True), else passed over (skipped); other steps passed are done; the rest
        still to come."""
        order = self.path(chosen, objection is not None)
        skipped_ids = {self.of(i) for i in skipped if i in self._ids}
        here_at = order.index(current) if current in order else 0
        marks = []
        for index, page_id in enumerate(order):
            setting = self.optout_id(page_id)
            passed = index < here_at and page_id in visited
            if page_id == current:
                mark = Mark.HERE
            elif page_id in skipped_ids:
                mark = Mark.SKIPPED
            elif setting is not None and done is not None and setting in done and passed:
                mark = Mark.DONE if done[setting] else Mark.NOT_DONE
            elif page_id == PageId.VERIFY and check_done is not None:
                mark = Mark.DONE if check_done else Mark.NOT_DONE
            elif page_id == PageId.OBJECTION and passed:
                mark = Mark.DONE if objection else Mark.SKIPPED
            elif passed:
                mark = Mark.DONE
            else:
                mark = Mark.TO_COME
            marks.append((page_id, mark))
        return marks

    def optout_id(self, page_id: int) -> str | None:
        """The setting a screen is for (None: not a setting's screen)."""
        index = page_id - PageId.OPTOUT_BASE
        return self._ids[index] if 0 <= index < len(self._ids) else None
