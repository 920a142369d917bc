"""The detector, in a real Chromium (Playwright) and a real QtWebEngine view, against
the practice site: one table, both engines, same answers."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import pytest

from tests.helpers.engines import QUIET, practice_cookies
from wizard.base.site import Site
from wizard.reading.detect import detector_spec, state_from_result
from wizard.reading.result import State

AI_PATH = "/mypreferences/d/settings/data-for-ai-improvement"
OLD_PARTNERS = "/mypreferences/d/settings/share-data-with-select-partners"


@dataclass(frozen=True)
class Case:
    setting: str
    state: State
    matched_by: str | None = None
    tags: tuple[str, ...] = ()
    off: bool = False  # the account's switches are off before the check
    path: str | None = None  # default: the setting's preferred path
    signed_in: bool = True
    variant: str | None = None  # a fixed page from VARIANTS instead of the site's own
    own_page: bool = True  # the variant counts as the setting's own page
    not_offered: bool = False
    extra: dict[str, Any] = field(default_factory=dict)
    # The page shows some switch off while this setting is on (a wrong pick reads OFF).
    shows_an_off_switch: bool = False
    watch: dict[str, Any] | None = None  # watcher options instead of the engines' own
    says: str = ""  # words the reason must hold


LABEL = "Use my data for training content creation AI models"

VARIANTS = {
    "disagreeing-markers": f"""<main><span id="allowDataForGenerativeAI">{LABEL}</span>
        <input type="checkbox" role="switch" aria-labelledby="allowDataForGenerativeAI"
               aria-checked="true"></main>""",
    "button-without-state": f"""<main><span id="allowDataForGenerativeAI">{LABEL}</span>
        <button role="switch" aria-labelledby="allowDataForGenerativeAI">Toggle</button></main>""",
    "bad-aria-value": f"""<main><span id="allowDataForGenerativeAI">{LABEL}</span>
        <button role="switch" aria-checked="mixed" aria-labelledby="allowDataForGenerativeAI">
        </button></main>""",
    "only-switch-off": """<main><h1>Data for Generative AI Improvement</h1>
        <input type="checkbox" role="switch" aria-label="Off"></main>""",
    "only-switch-on": """<main><h1>Data for  generative AI improvement (beta)</h1>
        <input type="checkbox" role="switch" aria-label="Toggle" checked></main>""",
    "only-switch-named-by-heading": """<main><h1 id="settingTitle">Daten zur Verbesserung
        generativer KI</h1><input type="checkbox" role="switch"
        aria-labelledby="settingTitle"></main>""",
    "only-switch-other-heading": """<main><h1>Dark mode</h1>
        <input type="checkbox" role="switch" aria-label="Off"></main>""",
    "only-switch-named-otherwise": """<main><h1>Data for Generative AI Improvement</h1>
        <input type="checkbox" role="switch" aria-label="Something reworded"></main>""",
    "only-switch-email": """<main><h1>Data for Generative AI Improvement</h1>
        <label for="e1">Email notifications</label>
        <input id="e1" type="checkbox" role="switch"></main>""",
    "only-switch-foreign-id": """<main><h1>Data for Generative AI Improvement</h1>
        <span id="allowAIPersonalization">Off</span>
        <input type="checkbox" role="switch" aria-labelledby="allowAIPersonalization"></main>""",
    "only-switch-personalise": """<main><h1>Data for Generative AI Improvement</h1>
        <span id="ember71">Use my data to personalise AI features for me</span>
        <input type="checkbox" role="switch" aria-labelledby="ember71"></main>""",
    "negated-label": """<main><h1>Data for Generative AI Improvement</h1>
        <label for="n1">Do not use my data for training content creation AI models</label>
        <input id="n1" type="checkbox" role="switch"></main>""",
    "other-setting-reworded": """<main><h1>Data for Generative AI Improvement</h1>
        <label for="o1">Share my data with affiliates and partners</label>
        <input id="o1" type="checkbox" role="switch"></main>""",
    "reworded-label-on": """<main><h1>Your data</h1>
        <label for="r1">Use my data to train content-creation AI models</label>
        <input id="r1" type="checkbox" role="switch" checked></main>""",
    "reworded-label-off": """<main><h1>Your data</h1>
        <label for="r2">Meine Daten für das Training von KI-Modellen zum Erstellen von
        Inhalten nutzen</label><input id="r2" type="checkbox" role="switch"></main>""",
    "disabled-for-good": f"""<main><span id="allowDataForGenerativeAI">{LABEL}</span>
        <input type="checkbox" role="switch" aria-labelledby="allowDataForGenerativeAI"
               disabled></main>""",
    "busy-for-good": f"""<main><section aria-busy="true">
        <span id="allowDataForGenerativeAI">{LABEL}</span>
        <input type="checkbox" role="switch" aria-labelledby="allowDataForGenerativeAI">
        </section></main>""",
    "described-other": """<main><h1>Data for Generative AI Improvement</h1>
        <p id="d1">Email me about new features</p>
        <div role="switch" aria-checked="false" tabindex="0" aria-describedby="d1"></div></main>""",
    "loading-words-for-good": """<main><h1>Data for Generative AI Improvement</h1>
        <div class="_x81_a"><span>Loading…</span></div></main>""",
    "german-loading-words-for-good": """<main><h1>Daten zur Verbesserung generativer KI</h1>
        <p>Wird geladen …</p></main>""",
    "live-region-loading-for-good": """<main><h1>Data for Generative AI Improvement</h1>
        <div aria-live="polite">Loading your settings, one moment</div></main>""",
    "spinner-for-good": """<main><h1>Data for Generative AI Improvement</h1>
        <div class="artdeco-spinner" style="width:24px;height:24px"></div></main>""",
    "skeleton-test-id-for-good": """<main><h1>Data for Generative AI Improvement</h1>
        <div data-testid="settings-skeleton" style="height:40px;background:#eee"></div></main>""",
    "loading-words-outside-main": """<main><h1>Data for Generative AI Improvement</h1>
        <p>This page has no switch.</p></main><footer><span>Loading…</span></footer>""",
    "unnamed-for-good": """<main><span id="allowDataForGenerativeAI"></span>
        <input type="checkbox" role="switch" aria-labelledby="allowDataForGenerativeAI"></main>""",
    "invisible-for-good": f"""<main><div style="visibility:hidden">
        <span id="allowDataForGenerativeAI">{LABEL}</span>
        <input type="checkbox" role="switch" aria-labelledby="allowDataForGenerativeAI">
        </div></main>""",
    "open-shadow-root": f"""<main><h1>Data for Generative AI Improvement</h1>
        <li-card></li-card></main><script>
        const root = document.querySelector("li-card").attachShadow({{mode: "open"}});
        root.innerHTML = '<span id="allowDataForGenerativeAI">{LABEL}</span>' +
          '<input type="checkbox" role="switch" aria-labelledby="allowDataForGenerativeAI"' +
          ' checked>';</script>""",
    "closed-shadow-root": f"""<main><h1>Settings</h1><li-card></li-card></main><script>
        const root = document.querySelector("li-card").attachShadow({{mode: "closed"}});
        root.innerHTML = '<span id="allowDataForGenerativeAI">{LABEL}</span>' +
          '<input type="checkbox" role="switch" aria-labelledby="allowDataForGenerativeAI">';
        </script>""",
    "same-origin-frame": f"""<main><h1>Settings</h1><iframe srcdoc='<main>
        <span id="allowDataForGenerativeAI">{LABEL}</span><input type="checkbox"
        role="switch" aria-labelledby="allowDataForGenerativeAI" checked></main>'></iframe>
        </main>""",
    "cross-origin-frame": """<main><h1>Settings</h1>
        <iframe src="{OTHER_ORIGIN}/variants/switch-off"></iframe></main>""",
    "switch-off": f"""<main><span id="allowDataForGenerativeAI">{LABEL}</span>
        <input type="checkbox" role="switch" aria-labelledby="allowDataForGenerativeAI"></main>""",
    "region-in-new-words": """<main><h1>Share data with affiliates and partners</h1>
        <p>This setting isn't available for your region.</p></main>""",
    "region-words-in-the-footer": """<main><h1>Settings</h1><p>Nothing here.</p></main>
        <footer><p>Premium is not available in your region.</p></footer>""",
    "label-with-decoy-outside-main": """
        <header><input type="checkbox" role="switch" aria-label="Dark mode"></header>
        <main><label>  USE my   data for training
              content creation ai MODELS <input type="checkbox" checked></label></main>""",
    "two-switches-same-label": f"""<main>
        <input type="checkbox" aria-label="{LABEL}">
        <input type="checkbox" aria-label="{LABEL}" checked></main>""",
    "two-switches-same-id": """<main><span id="allowDataForGenerativeAI">x</span>
        <input type="checkbox" aria-labelledby="allowDataForGenerativeAI">
        <input type="checkbox" aria-labelledby="allowDataForGenerativeAI" checked></main>""",
    "french-label-apostrophe": """<main><label for="s1">Utiliser mes données pour
        l'entraînement des modèles d'IA de création de contenu</label>
        <input id="s1" type="checkbox" role="switch"></main>""",
    "hidden-decoy-with-id": f"""<main><span id="allowDataForGenerativeAI">{LABEL}</span>
        <div hidden><input type="checkbox" aria-labelledby="allowDataForGenerativeAI"></div>
        <input type="checkbox" role="switch" aria-labelledby="allowDataForGenerativeAI" checked>
        </main>""",
    "no-main-lone-switch": """<div><input type="checkbox" role="switch" aria-label="Off"></div>""",
}

CASES: dict[str, Case] = {
    "ai on, by id": Case("ai-training", State.ON, "id"),
    "ai off, by id": Case("ai-training", State.OFF, "id", off=True),
    "partners on, by id": Case("affiliate-sharing", State.ON, "id"),
    "partners off, by id": Case("affiliate-sharing", State.OFF, "id", off=True),
    "partners off, 2025 path redirects": Case(
        "affiliate-sharing", State.OFF, "id", off=True, path=OLD_PARTNERS
    ),
    "german, no id, on: by label": Case("ai-training", State.ON, "label", tags=("german",)),
    "german, no id, off: by label": Case(
        "affiliate-sharing", State.OFF, "label", tags=("german",), off=True
    ),
    "aria button on": Case("ai-training", State.ON, "id", tags=("button",)),
    "aria button off": Case("affiliate-sharing", State.OFF, "id", tags=("button",), off=True),
    "slow page, switch drawn late": Case(
        "ai-training", State.OFF, "id", tags=("slow=300",), off=True
    ),
    "redesigned page: not found": Case(
        "ai-training", State.NOT_FOUND, tags=("redesign",), off=True
    ),
    "not offered in region": Case(
        "affiliate-sharing", State.NOT_FOUND, tags=("region",), off=True, not_offered=True
    ),
    "http 500 page: not found, never off": Case(
        "ai-training", State.NOT_FOUND, tags=("error",), off=True
    ),
    "signed out: sign-in page": Case("ai-training", State.SIGNED_OUT, signed_in=False),
    "expired session: sign-in page": Case("affiliate-sharing", State.SIGNED_OUT, tags=("expired",)),
    "checkpoint page": Case("ai-training", State.CHALLENGE, path="challenge"),
    "checked and aria-checked disagree": Case(
        "ai-training", State.NOT_FOUND, "id", variant="disagreeing-markers"
    ),
    "aria switch without state": Case(
        "ai-training", State.NOT_FOUND, "id", variant="button-without-state"
    ),
    "aria-checked neither true nor false": Case(
        "ai-training", State.NOT_FOUND, "id", variant="bad-aria-value"
    ),
    "only switch in main, off": Case(
        "ai-training", State.OFF, "only-switch", variant="only-switch-off"
    ),
    "only switch in main, on": Case(
        "ai-training", State.ON, "only-switch", variant="only-switch-on"
    ),
    "only switch named by the (German) heading": Case(
        "ai-training", State.OFF, "only-switch", variant="only-switch-named-by-heading"
    ),
    "only switch with a name of its own is not this setting": Case(
        "ai-training", State.NOT_FOUND, variant="only-switch-named-otherwise"
    ),
    "only switch 'Email notifications' is not this setting": Case(
        "ai-training", State.NOT_FOUND, variant="only-switch-email"
    ),
    "only switch with another setting's stable id is not this setting": Case(
        "ai-training", State.NOT_FOUND, variant="only-switch-foreign-id"
    ),
    "only switch for AI personalisation is not this setting": Case(
        "ai-training", State.NOT_FOUND, variant="only-switch-personalise"
    ),
    "a negated label is not this setting": Case(
        "ai-training", State.NOT_FOUND, variant="negated-label"
    ),
    "another setting's reworded label is not this setting": Case(
        "ai-training", State.NOT_FOUND, variant="other-setting-reworded"
    ),
    "reworded English label, on": Case(
        "ai-training", State.ON, "similar-label", variant="reworded-label-on", own_page=False
    ),
    "reworded German label, off": Case(
        "ai-training", State.OFF, "similar-label", variant="reworded-label-off", own_page=False
    ),
    "disabled for good: not finished, never off": Case(
        "ai-training", State.ERROR, "id", variant="disabled-for-good", watch={"maxMs": 1000}
    ),
    "aria-busy for good: not finished, never off": Case(
        "ai-training", State.ERROR, "id", variant="busy-for-good", watch={"maxMs": 1000}
    ),
    "no label for good: a switch without a name, never off": Case(
        "ai-training", State.NOT_FOUND, "id", variant="unnamed-for-good", says="no name at all"
    ),
    "a div switch named only by its description, on": Case(
        "ai-training", State.ON, "label", tags=("described",), says="by its description"
    ),
    "a div switch named only by its description, off": Case(
        "affiliate-sharing", State.OFF, "label", tags=("described",), off=True
    ),
    "a description that names something else is not this setting": Case(
        "ai-training", State.NOT_FOUND, variant="described-other", says="moved it"
    ),
    "Loading…, then the switch by a timer after 1 s, nothing in flight": Case(
        "ai-training", State.ON, "id", tags=("lazy=1000",)
    ),
    "Loading…, the switch after 2 s, off": Case(
        "affiliate-sharing", State.OFF, "id", tags=("lazy=2000",), off=True
    ),
    "Loading…, the switch after 4 s": Case("ai-training", State.ON, "id", tags=("lazy=4000",)),
    "Loading…, German, the switch after 1.5 s": Case(
        "ai-training", State.ON, "label", tags=("lazy", "german")
    ),
    "Loading… for good: not finished, never not found": Case(
        "ai-training",
        State.ERROR,
        variant="loading-words-for-good",
        watch={"maxMs": 4000},
        says="still loading",
    ),
    "Wird geladen… for good: not finished": Case(
        "ai-training",
        State.ERROR,
        variant="german-loading-words-for-good",
        watch={"maxMs": 4000},
        says="still loading",
    ),
    "a live region saying loading, for good: not finished": Case(
        "ai-training",
        State.ERROR,
        variant="live-region-loading-for-good",
        watch={"maxMs": 4000},
        says="still loading",
    ),
    "a spinner for good: not finished": Case(
        "ai-training",
        State.ERROR,
        variant="spinner-for-good",
        watch={"maxMs": 4000},
        says="still loading",
    ),
    "a skeleton by its test id, for good: not finished": Case(
        "ai-training",
        State.ERROR,
        variant="skeleton-test-id-for-good",
        watch={"maxMs": 4000},
        says="still loading",
    ),
    "Loading… in the footer says nothing of main: not found": Case(
        "ai-training", State.NOT_FOUND, variant="loading-words-outside-main"
    ),
    "invisible for good: not finished, never off": Case(
        "ai-training", State.ERROR, "id", variant="invisible-for-good", watch={"maxMs": 1000}
    ),
    "open shadow root": Case("ai-training", State.ON, "id", variant="open-shadow-root"),
    "closed shadow root is not read": Case(
        "ai-training", State.NOT_FOUND, variant="closed-shadow-root"
    ),
    "same-origin frame": Case("ai-training", State.ON, "id", variant="same-origin-frame"),
    "cross-origin frame is not read": Case(
        "ai-training", State.NOT_FOUND, variant="cross-origin-frame"
    ),
    "not offered, in new words": Case(
        "affiliate-sharing", State.NOT_FOUND, variant="region-in-new-words", not_offered=True
    ),
    "region words in a footer are not about this setting": Case(
        "affiliate-sharing", State.NOT_FOUND, variant="region-words-in-the-footer"
    ),
    "skeleton, then the member's value late": Case(
        "ai-training", State.ON, "id", tags=("late=900",)
    ),
    "bare skeleton (no aria-busy), value late": Case(
        "ai-training", State.ON, "id", tags=("skeleton", "late=900")
    ),
    "placeholder drawn Off, the member's On arrives late": Case(
        "ai-training", State.ON, "id", tags=("placeholder", "late=900")
    ),
    "placeholder, the member's Off arrives late": Case(
        "affiliate-sharing", State.OFF, "id", tags=("placeholder", "late=600"), off=True
    ),
    "enabled with the default first, the value a moment later": Case(
        "ai-training", State.ON, "id", tags=("twostep",)
    ),
    "another setting's switch (off) beside ours (on)": Case(
        "ai-training", State.ON, "id", tags=("second",)
    ),
    "another setting's switch beside ours, no stable id": Case(
        "affiliate-sharing", State.ON, "label", tags=("second", "noid")
    ),
    "page re-used for another setting's switch": Case(
        "ai-training", State.NOT_FOUND, tags=("reused",), shows_an_off_switch=True
    ),
    "page re-used, placeholder first": Case(
        "ai-training", State.NOT_FOUND, tags=("reused", "placeholder"), shows_an_off_switch=True
    ),
    "not offered, the page's new words": Case(
        "affiliate-sharing", State.NOT_FOUND, tags=("regionwords",), off=True, not_offered=True
    ),
    "web component, on": Case("ai-training", State.ON, "id", tags=("shadow",)),
    "web component, off, no stable id": Case(
        "affiliate-sharing", State.OFF, "label", tags=("shadow", "noid"), off=True
    ),
    "same-origin frame, on": Case("ai-training", State.ON, "id", tags=("iframe",)),
    "same-origin frame, off, late": Case(
        "affiliate-sharing", State.OFF, "id", tags=("iframe", "late=600"), off=True
    ),
    "cookie banner over the page": Case("ai-training", State.ON, "id", tags=("banner",)),
    "reworded label, no stable id, on": Case(
        "ai-training", State.ON, "similar-label", tags=("reworded",)
    ),
    "reworded label, no stable id, off": Case(
        "affiliate-sharing", State.OFF, "similar-label", tags=("reworded",), off=True
    ),
    "lone switch on another page is not trusted": Case(
        "ai-training", State.NOT_FOUND, variant="only-switch-off", own_page=False
    ),
    "lone switch under another heading is not trusted": Case(
        "ai-training", State.NOT_FOUND, variant="only-switch-other-heading"
    ),
    "lone switch outside main is not trusted": Case(
        "ai-training", State.NOT_FOUND, variant="no-main-lone-switch"
    ),
    "label match ignores case and spacing; decoy outside main": Case(
        "ai-training", State.ON, "label", variant="label-with-decoy-outside-main"
    ),
    "two switches with the label: not found": Case(
        "ai-training", State.NOT_FOUND, variant="two-switches-same-label"
    ),
    "two switches with the id: not found": Case(
        "ai-training", State.NOT_FOUND, variant="two-switches-same-id"
    ),
    "french label, typewriter apostrophes": Case(
        "ai-training", State.OFF, "label", variant="french-label-apostrophe"
    ),
    "hidden copy of the switch is ignored": Case(
        "ai-training", State.ON, "id", variant="hidden-decoy-with-id"
    ),
}


@pytest.fixture(scope="module")
def variant_pages(site):
    # The same server under another name is another origin (127.0.0.1 vs localhost).
    other = site.url.replace("127.0.0.1", "localhost")
    for name, html in VARIANTS.items():
        html = html.replace("{OTHER_ORIGIN}", other)
        site.add_page(f"/variants/{name}", f"<!DOCTYPE html><html><body>{html}</body></html>")


@pytest.mark.parametrize("name", list(CASES), ids=list(CASES))
def test_detector_table(engine, site, catalog, new_email, variant_pages, qtbot, name):
    case = CASES[name]
    optout = catalog.get(case.setting)
    email = new_email(*case.tags)
    site.account(email)
    if case.off:
        site.set_all(email, False)
    spec = detector_spec(optout, catalog, Site(site.url).origin)
    path = case.path or optout.path
    if case.variant:
        path = f"/variants/{case.variant}"
        if case.own_page:
            spec["paths"] = [path]
    elif case.path == "challenge":
        path = f"/checkpoint/challenge/{site.store.open_challenge(email, 'pin', '/').id}"

    cookies = practice_cookies(site, email if case.signed_in else None)
    if case.watch:
        spec["watch"] = {**QUIET, **case.watch}
    raw = engine.read(qtbot, site.url + path, spec, cookies)

    state, reason = state_from_result(raw, optout)
    assert state is case.state, (raw, reason)
    assert case.says in reason, reason
    assert raw.matched_by == case.matched_by, raw
    assert raw.not_offered is case.not_offered, raw
    assert reason
    if state in (State.ON, State.OFF):
        assert raw.found is True
        assert raw.box.width > 0
        assert raw.box.height > 0
    if case.state is State.NOT_FOUND and not (case.off or case.variant or case.shows_an_off_switch):
        pytest.fail("a not-found case must have its switches off, to prove off is not read")


def test_detector_reads_the_2026_page_after_the_redirect(engine, site, catalog, new_email, qtbot):
    optout = catalog.get("affiliate-sharing")
    email = new_email()
    raw = engine.read(
        qtbot,
        site.url + OLD_PARTNERS,
        detector_spec(optout, catalog, site.url),
        practice_cookies(site, email),
    )
    assert raw.url == site.url + optout.path


def test_sign_in_path_on_another_origin_is_not_signed_out(engine, site, catalog, qtbot):
    """Prefixes count only on the site's own origin (LINKEDIN.md)."""
    optout = catalog.get("ai-training")
    spec = detector_spec(optout, catalog, "https://www.linkedin.com")
    raw = engine.read(qtbot, site.url + "/login", spec, [])
    assert raw.signed_out is False
    assert state_from_result(raw, optout)[0] is State.NOT_FOUND
    assert "left the site" in raw.detail


LANGUAGE_CODES = ["en", "de", "fr", "es", "it", "nl", "pl", "pt", "sv", "zh_Hant"]


@pytest.mark.parametrize("stable_id", [True, False], ids=["with-id", "without-id"])
@pytest.mark.parametrize("lang", LANGUAGE_CODES)
def test_detector_in_every_language(engine, site, catalog, new_email, qtbot, lang, stable_id):
    """The practice site serves each language; with the stable id gone only the label
    (in that language) can find the switch: it must, and read it right."""
    email = new_email() if stable_id else new_email("noid")
    site.account(email)
    site.store.account(email).settings["affiliate-sharing"] = False
    for optout_id, expected in (("ai-training", State.ON), ("affiliate-sharing", State.OFF)):
        optout = catalog.get(optout_id)
        raw = engine.read(
            qtbot,
            f"{site.url}{optout.path}?lang={lang}",
            detector_spec(optout, catalog, site.url),
            practice_cookies(site, email),
        )
        assert state_from_result(raw, optout)[0] is expected, (lang, optout_id, raw)
        assert raw.matched_by == ("id" if stable_id else "label"), raw
        from wizard.practice.settings import SETTINGS

        assert raw.label == SETTINGS[optout_id].label[lang]


@pytest.mark.parametrize("lang", LANGUAGE_CODES)
def test_detector_reads_the_optional_settings_by_label(
    engine, site, catalog, new_email, qtbot, lang
):
    """Without the stable id, each extra's catalog labels must find its switch in every
    language the practice site speaks, and read on and off apart."""
    from wizard.practice.settings import SETTINGS

    email = new_email("noid")
    site.account(email)
    site.store.account(email).settings["research"] = False
    for optout in catalog.optional():
        raw = engine.read(
            qtbot,
            f"{site.url}{optout.path}?lang={lang}",
            detector_spec(optout, catalog, site.url),
            practice_cookies(site, email),
        )
        expected = State.OFF if optout.id == "research" else State.ON
        assert state_from_result(raw, optout)[0] is expected, (lang, optout.id, raw)
        assert raw.matched_by == "label", raw
        assert raw.label == SETTINGS[optout.id].label[lang]
