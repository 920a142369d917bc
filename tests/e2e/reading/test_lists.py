"""Reading LinkedIn's lists of settings (detector.js, list mode), in both engines:
each row's title, its state as the row shows it, and its link; rows without a state
of their own are not settings; a list still drawing is waited for, as a switch is."""

from __future__ import annotations

import pytest

from tests.helpers.engines import practice_cookies
from wizard.reading.lists import LIST_QUIET_MS, list_spec, unknown_rows

PRIVACY = "/mypreferences/d/categories/privacy"
ADS = "/mypreferences/d/categories/ads"
NEW_TITLE = "Data for AI-powered features"
WATCH = {"quietMs": LIST_QUIET_MS, "maxMs": 8000}

# Markup LinkedIn may use for a list (its own is not public; LINKEDIN.md): the whole
# row a link, a description under the title, a segmented control, a title that holds
# the word "on", a hidden copy, a row drawn late inside a busy list.
VARIANTS = {
    "row-is-a-link": """<main><h1>Data privacy</h1>
        <a href="/s/one"><span>Setting one</span><span class="state">On</span></a>
        <a href="/s/two"><span>Setting two</span> <span>Off</span></a></main>""",
    "with-a-description": """<main><section><h2>How LinkedIn uses your data</h2>
        <div><a href="/s/three">Setting three</a><p>Lets LinkedIn use what you post.</p>
        <span>On</span></div></section></main>""",
    "both-words": """<main><div><a href="/s/four">Setting four</a>
        <button>On</button><button>Off</button></div></main>""",
    "on-in-the-title": """<main><div><a href="/s/five">Turn on smart replies</a>
        <span>Off</span></div></main>""",
    "hidden-copy": """<main><div><a href="/s/six">Setting six</a><span>On</span></div>
        <div hidden><a href="/s/seven">Setting seven</a><span>On</span></div></main>""",
    "no-state": """<main><div><a href="/s/eight">Get a copy of your data</a></div>
        <div><a href="/s/nine">Profile viewing</a><span>Private mode</span></div></main>""",
    "drawn-late-in-a-busy-list": """<main><div id="list" aria-busy="true">Loading…</div>
        <script>setTimeout(() => { const l = document.getElementById('list');
          l.innerHTML = '<div><a href="/s/ten">Setting ten</a><span>On</span></div>';
          l.removeAttribute('aria-busy'); }, 1500);</script></main>""",
    "drawn-late-without-a-sign": """<main><div id="list"></div>
        <script>setTimeout(() => { document.getElementById('list').innerHTML =
          '<div><a href="/s/eleven">Setting eleven</a><span>Off</span></div>'; }, 500);
        </script></main>""",
    "german": """<main><div><a href="/s/zwoelf">Einstellung zwölf</a><span>An</span></div>
        <div><a href="/s/dreizehn">Einstellung dreizehn</a><span>Aus</span></div></main>""",
}
EXPECTED = {
    "row-is-a-link": [("Setting one", True, "/s/one"), ("Setting two", False, "/s/two")],
    "with-a-description": [("Setting three", True, "/s/three")],
    "both-words": [],
    "on-in-the-title": [("Turn on smart replies", False, "/s/five")],
    "hidden-copy": [("Setting six", True, "/s/six")],
    "no-state": [],
    "drawn-late-in-a-busy-list": [("Setting ten", True, "/s/ten")],
    "drawn-late-without-a-sign": [("Setting eleven", False, "/s/eleven")],
    "german": [
        ("Einstellung zwölf", True, "/s/zwoelf"),
        ("Einstellung dreizehn", False, "/s/dreizehn"),
    ],
}


@pytest.fixture(scope="module")
def list_pages(site):
    for name, html in VARIANTS.items():
        site.add_page(f"/lists/{name}", f"<!DOCTYPE html><html><body>{html}</body></html>")


def spec(catalog, site) -> dict:
    return {**list_spec(catalog, site.url), "watch": WATCH}


@pytest.mark.parametrize("name", list(VARIANTS), ids=list(VARIANTS))
def test_list_markup(engine, site, catalog, qtbot, list_pages, new_email, name):
    cookies = practice_cookies(site, new_email())
    reading = engine.read(qtbot, f"{site.url}/lists/{name}", spec(catalog, site), cookies)
    got = [(r.title, r.on, r.url.removeprefix(site.url)) for r in reading.rows]
    assert got == EXPECTED[name]


def test_the_practice_lists_with_a_new_setting(engine, site, catalog, qtbot, new_email):
    """LinkedIn's own lists, as the practice site draws them (busy, then the rows):
    the catalog's settings and the new one, each with its state; rows that show no
    state are left out; only the new one is unknown."""
    email = new_email("newsetting")
    site.store.save(email, "ai-training", False)
    cookies = practice_cookies(site, email)
    privacy = engine.read(qtbot, site.url + PRIVACY, spec(catalog, site), cookies)
    rows = {r.title: r.on for r in privacy.rows}
    assert rows == {
        "Data for Generative AI Improvement": False,
        "Social, economic and workplace research": True,
        NEW_TITLE: True,
    }
    ads = engine.read(qtbot, site.url + ADS, spec(catalog, site), cookies)
    assert len(ads.rows) == 4 and all(r.on for r in ads.rows)
    unknown = unknown_rows([*privacy.rows, *ads.rows], catalog)
    assert [(r.title, r.on) for r in unknown] == [(NEW_TITLE, True)]


def test_the_practice_lists_in_german(engine, site, catalog, qtbot, new_email):
    """The page in the member's LinkedIn language: German titles and An/Aus; the
    catalog knows its settings by their German titles too."""
    email = new_email("newsetting")
    site.configure(email, lang="de")
    cookies = practice_cookies(site, email)
    reading = engine.read(qtbot, site.url + PRIVACY, spec(catalog, site), cookies)
    assert {r.title for r in reading.rows} >= {"Daten zur Verbesserung generativer KI"}
    assert all(r.on for r in reading.rows)
    unknown = unknown_rows(reading.rows, catalog)
    assert [r.title for r in unknown] == ["Daten für KI-gestützte Funktionen"]


def test_signed_out_is_said_not_read_as_an_empty_list(engine, site, catalog, qtbot):
    reading = engine.read(qtbot, site.url + PRIVACY, spec(catalog, site), [])
    assert reading.signed_out and reading.rows == ()
