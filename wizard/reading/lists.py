"""LinkedIn's lists of settings (Data privacy, Advertising data): the rows it shows
with a state, and which of them the catalog does not know.

LinkedIn's pattern is to add a data-use setting switched on for everyone and to
announce it later. A fixed list of settings cannot notice that; reading the lists
the member's own menus show can. The rows are read by resources/detector.js (its
list mode) in the same engines and with the same waiting as a switch (watch.js),
and only a row that shows an on or off word of its own has a state.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any
from urllib.parse import urlsplit

from wizard.catalog.model import Catalog, every_language
from wizard.reading.detect import page_spec
from wizard.reading.reading import Row
from wizard.reading.result import plain_title

# A list is read once the page has been quiet this long (the same rule as "no switch",
# with a shorter quiet: a list comes from one answer of LinkedIn's, and a row missed
# costs a notice, never a wrong Off). It runs beside the settings' own checks.
LIST_QUIET_MS = 1000


def list_spec(catalog: Catalog, origin: str) -> dict[str, Any]:
    """The detector's spec for reading a list page of this site (every language's
    on and off words: the page is in the member's LinkedIn language)."""
    lists = catalog.settings_lists
    on = every_language(lists.on_words) if lists else ()
    off = every_language(lists.off_words) if lists else ()
    return {**page_spec(catalog, origin), "listRows": {"onWords": list(on), "offWords": list(off)}}


def unknown_rows(rows: Iterable[Row], catalog: Catalog) -> tuple[Row, ...]:
    """The rows no catalog entry is: not at one of its pages, not under one of its
    titles in any language. Each once, in the order the lists showed them."""
    paths = {_trim(p) for o in catalog.optouts for p in o.paths}
    titles = {plain_title(t) for o in catalog.optouts for t in o.all_titles()}
    out: list[Row] = []
    for row in rows:
        known = _trim(urlsplit(row.url).path) in paths or plain_title(row.title) in titles
        if not known and all(plain_title(r.title) != plain_title(row.title) for r in out):
            out.append(row)
    return tuple(out)


def _trim(path: str) -> str:
    return path.rstrip("/") or "/"
