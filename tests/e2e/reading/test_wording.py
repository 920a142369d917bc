"""The detector tells a small rewording of a setting's label from another setting.

Run on hundreds of labelled switches in one real Chromium page: each is drawn in
<main> in turn and read with resources/detector.js, on a page that is not the
setting's own (so the weak lone-switch rule cannot take it). Negative cases are
built from every other setting's labels, in every catalog language, reworded the
same ways; none may be read as this setting.
"""

from __future__ import annotations

from html import escape

import pytest

from wizard.reading.detect import detector_source, detector_spec

SITE = "http://127.0.0.1:9"  # only the spec's origin check looks at it

READ_ALL = """([detectSource, spec, names]) => {
  const detect = eval(detectSource);
  const main = document.querySelector("main");
  return names.map((name) => {
    main.innerHTML = name;
    const r = detect(spec);
    return r.found ? r.matchedBy : null;
  });
}"""


def switch(label: str) -> str:
    return f'<label for="s1">{escape(label)}</label><input id="s1" type="checkbox" role="switch">'


def rewordings(label: str, stop: set[str]) -> list[str]:
    """Small edits a site's copy desk makes: a little word dropped or added, a word's
    ending changed."""
    words = label.split()
    out = [label, "The " + label[0].lower() + label[1:]]
    small = [i for i, w in enumerate(words) if w.lower() in stop]
    if small and len(words) > 3:
        out.append(" ".join(w for i, w in enumerate(words) if i != small[0]))
    longest = max(range(len(words)), key=lambda i: len(words[i]))
    if len(words[longest]) >= 8:
        changed = [*words]
        changed[longest] = changed[longest][:-2]
        out.append(" ".join(changed))
    return out


@pytest.fixture(scope="module")
def blank_page(playwright_browser):
    """One page for the module: each test sets the switches it reads (see read())."""
    context = playwright_browser.new_context()
    page = context.new_page()
    page.set_content("<!DOCTYPE html><html><body><h1>Settings</h1><main></main></body></html>")
    yield page
    context.close()


def read(page, spec, names: list[str]) -> list[str | None]:
    return page.evaluate(READ_ALL, [detector_source(), spec, names])


@pytest.fixture(scope="module")
def stopwords(catalog) -> set[str]:
    return {w.lower() for words in catalog.matching.stop.values() for w in words}


def spec_for(catalog, optout_id: str) -> dict:
    spec = detector_spec(catalog.get(optout_id), catalog, "null")
    spec["origin"] = ""  # a page set by content has no origin of the site
    spec["switchId"] = ""
    spec["paths"] = []
    return spec


def test_small_rewordings_of_a_label_are_recognised_in_every_language(
    blank_page, catalog, stopwords
):
    for optout in catalog.optouts:
        spec = spec_for(catalog, optout.id)
        cases = [
            (lang, variant)
            for lang, labels in optout.labels.items()
            for label in labels
            for variant in rewordings(label, stopwords)
            if len(label.split()) >= 4 or variant == label
        ]
        found = read(blank_page, spec, [switch(v) for _, v in cases])
        missed = [case for case, how in zip(cases, found, strict=True) if how is None]
        assert not missed, (optout.id, missed)


def test_no_label_of_another_setting_is_read_as_this_one(blank_page, catalog, stopwords):
    for optout in catalog.optouts:
        spec = spec_for(catalog, optout.id)
        cases = [
            (other.id, variant)
            for other in catalog.optouts
            if other.id != optout.id
            for labels in other.labels.values()
            for label in labels
            for variant in rewordings(label, stopwords)
        ]
        found = read(blank_page, spec, [switch(v) for _, v in cases])
        wrong = [case for case, how in zip(cases, found, strict=True) if how is not None]
        assert not wrong, (optout.id, wrong)


DECOYS = {
    "ai-training": [
        "Use my data to personalise AI features for me",
        "Use generative AI to write posts for me",
        "Use my data for training",
        "Do not use my data for training content creation AI models",
        "Stop using my data for training content creation AI models",
        "Nutze meine Daten nicht für das Training von KI-Modellen zur Erstellung von Inhalten",
        "Ne pas utiliser mes données pour l’entraînement des modèles d’IA de création de contenu",
        "Email notifications",
        "Show my AI-generated content to others",
        "使用我的資料個人化 AI 功能",
    ],
    "affiliate-sharing": [
        "Share my profile with recruiters",
        "Share data with LinkedIn Learning",
        "Don't share data with affiliates and partners",
        "Data from others for ads",
        "Ads off LinkedIn",
        "Email notifications",
    ],
}


@pytest.mark.parametrize("optout_id", list(DECOYS))
def test_near_misses_and_negations_are_not_this_setting(blank_page, catalog, optout_id):
    found = read(blank_page, spec_for(catalog, optout_id), [switch(d) for d in DECOYS[optout_id]])
    wrong = [d for d, how in zip(DECOYS[optout_id], found, strict=True) if how is not None]
    assert not wrong


def test_exact_labels_are_matched_as_labels_not_as_rewordings(blank_page, catalog):
    optout = catalog.get("ai-training")
    labels = [switch(label) for label in optout.all_labels()]
    found = read(blank_page, spec_for(catalog, optout.id), labels)
    assert set(found) == {"label"}
