"""The catalog loads, and every kind of broken catalog fails with a message naming
the file, the entry and the field."""

from __future__ import annotations

import dataclasses
import re
import tomllib
from pathlib import Path

import pytest

from wizard.catalog.model import CatalogError, default_catalog_path, load_catalog

SHIPPED = default_catalog_path().read_text(encoding="utf-8")


MISSION = ("ai-training", "affiliate-sharing")
EXTRAS = ("research", "ads-off-linkedin", "data-from-others", "measure-ad-success")


def test_shipped_catalog_holds_the_two_mission_settings(catalog):
    assert tuple(o.id for o in catalog.required()) == MISSION
    ai = catalog.get("ai-training")
    assert ai.switch_id == "allowDataForGenerativeAI"
    assert ai.paths == ("/mypreferences/d/settings/data-for-ai-improvement",)
    assert "Use my data for training content creation AI models" in ai.labels["en"]
    partners = catalog.get("affiliate-sharing")
    assert partners.switch_id == "shareDataWithTrustedPartners"
    assert partners.path == "/mypreferences/s/settings/share-data-with-trusted-partners"
    assert "/mypreferences/d/settings/share-data-with-select-partners" in partners.paths


LANGUAGES = {"en", "de", "fr", "es", "it", "nl", "pl", "pt", "sv", "zh_Hant"}


def test_shipped_catalog_offers_the_related_settings_as_extras(catalog):
    assert tuple(o.id for o in catalog.optional()) == EXTRAS
    assert catalog.get("research").switch_id == "allowAnonymizedDataResearch"
    assert catalog.get("ads-off-linkedin").path == "/mypreferences/d/settings/ads-beyond-linkedin"
    assert catalog.get("data-from-others").switch_id == "allowUseOfThirdPartyData"
    for extra in catalog.optional():
        assert extra.loses, extra.id  # what the member gives up, said before they choose
    assert not any(o.loses for o in catalog.required())


def test_chosen_keeps_the_mission_and_adds_only_named_extras(catalog):
    assert tuple(o.id for o in catalog.chosen()) == MISSION
    chosen = catalog.chosen(["measure-ad-success", "research"])
    assert tuple(o.id for o in chosen) == (*MISSION, "research", "measure-ad-success")
    with pytest.raises(KeyError, match="nope"):
        catalog.chosen(["nope"])


@pytest.mark.parametrize("optout_id", MISSION + EXTRAS)
def test_each_entry_is_complete(catalog, optout_id):
    entry = catalog.get(optout_id)
    assert entry.wanted == "off"
    assert set(entry.labels) == LANGUAGES
    assert set(entry.texts) == LANGUAGES - {"en"}
    for lang, text in entry.texts.items():
        assert len(text.menu_route) == len(entry.menu_route), lang
        assert text.title and text.explanation, lang
        assert bool(text.loses) == entry.optional, lang
    assert len(entry.menu_route) >= 3
    # "a two-sentence plain explanation"
    sentences = [s for s in re.split(r"(?<=[.!?])\s+", entry.explanation) if s]
    assert len(sentences) == 2, entry.explanation
    assert entry.title and entry.all_labels()


def test_catalog_records_are_frozen(catalog):
    with pytest.raises(dataclasses.FrozenInstanceError):
        catalog.get("ai-training").switch_id = "x"  # type: ignore[misc]
    with pytest.raises(TypeError):
        catalog.get("ai-training").labels["en"] = ("x",)  # type: ignore[index]


def test_unknown_id_names_the_known_ones(catalog):
    with pytest.raises(KeyError, match="ai-training"):
        catalog.get("nope")


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "optouts.toml"
    path.write_text(text, encoding="utf-8")
    return path


def edit(old: str, new: str, count: int = 1) -> str:
    assert old in SHIPPED, old
    return SHIPPED.replace(old, new, count)


BROKEN = {
    "missing field": (
        edit('switch_id = "allowDataForGenerativeAI"\n', ""),
        r"entry 'ai-training': field 'switch_id': missing",
    ),
    "unknown state": (
        edit('wanted = "off"', 'wanted = "of"'),
        r"entry 'ai-training': field 'wanted': unknown state 'of'",
    ),
    "duplicate id": (
        edit('id = "affiliate-sharing"', 'id = "ai-training"'),
        r"entry 'ai-training': field 'id': duplicate id",
    ),
    "path without slash": (
        edit(
            'paths = ["/mypreferences/d/settings/data-for-ai-improvement"]',
            'paths = ["mypreferences/d/settings/data-for-ai-improvement"]',
        ),
        r"entry 'ai-training': field 'paths': bad path 'mypreferences",
    ),
    "path with a host": (
        edit(
            '"/mypreferences/d/settings/share-data-with-select-partners",',
            '"https://evil.example/mypreferences",',
        ),
        r"entry 'affiliate-sharing': field 'paths': bad path 'https://evil",
    ),
    "path climbing up": (
        edit(
            '"/mypreferences/d/settings/share-data-with-select-partners",',
            '"/mypreferences/../logout",',
        ),
        r"entry 'affiliate-sharing': field 'paths': bad path",
    ),
    "wrong type": (
        edit('title = "Data for Generative AI Improvement"', "title = 3"),
        r"entry 'ai-training': field 'title': must be text, not int",
    ),
    "empty labels for a language": (
        edit('fr = ["Partager des données', 'fr = [] # ["Partager des données'),
        r"entry 'affiliate-sharing': field 'labels.fr': must be a list of non-empty texts",
    ),
    "no english labels": (
        edit('en = ["Use my data for training content creation AI models"]\n', ""),
        r"entry 'ai-training': field 'labels': needs English labels",
    ),
    "typo in a field name": (
        edit("menu_route = [", "menu_rout = [", 1),
        r"entry 'ai-training': field 'menu_route': missing",
    ),
    "unknown extra field": (
        edit('wanted = "off"', 'wanted = "off"\ncolour = "blue"', 1),
        r"entry 'ai-training': unknown field\(s\) 'colour'",
    ),
    "translation missing its route": (
        edit(
            'menu_route = [\n    "Klicken Sie auf Ihr Foto',
            'menu_rout = [\n    "Klicken Sie auf Ihr Foto',
        ),
        r"entry 'ai-training', text.de: field 'menu_route': missing",
    ),
    "translation with a different number of steps": (
        edit('    "Zet het uit",\n', ""),
        r"entry 'affiliate-sharing': field 'text.nl.menu_route': has 4 steps; the English has 5",
    ),
    "bad language code": (
        edit("[optout.text.sv]", "[optout.text.Swedish]"),
        r"field 'text.Swedish': 'Swedish' is not a language code",
    ),
    "wrong schema": (
        edit("schema = 1", "schema = 2"),
        r"top level: field 'schema': schema 2 is not supported",
    ),
    "no pages table": (
        SHIPPED.replace("[pages", "[pagez"),
        r"top level: field 'pages': missing",
    ),
    "optional is not true or false": (
        edit("optional = true", 'optional = "yes"'),
        r"entry 'research': field 'optional': must be true or false, not str",
    ),
    "optional without what it loses": (
        edit('loses = "Nothing you use on LinkedIn:', 'lost = "Nothing you use on LinkedIn:'),
        r"entry 'research': field 'loses': missing: an optional entry must say what",
    ),
    "translation without what it loses": (
        edit('loses = "Nichts, was Sie auf LinkedIn nutzen', 'lose = "Nichts, was Sie'),
        r"entry 'research', text.de: field 'loses': missing",
    ),
    "settings hub on another host": (
        edit(
            'settings_hub = "/mypreferences/d/categories/account"',
            'settings_hub = "https://evil.example/settings"',
        ),
        r": \[pages\]: field 'settings_hub': bad path 'https://evil",
    ),
    "quirk on a host that is not a host": (
        edit('hosts = ["accounts.google.com"]', 'hosts = ["https://accounts.google.com/"]'),
        r"\[sign_in\], quirk 'ua-google': field 'hosts': 'https://accounts.google.com/' is not",
    ),
    "quirk report that is not https": (
        edit(
            '"https://github.com/qutebrowser/qutebrowser/issues/5147",',
            '"http://github.com/qutebrowser/qutebrowser/issues/5147",',
        ),
        r"quirk 'ua-google': field 'reports': 'http://github.com",
    ),
    "quirk without its reason": (
        edit('why = """', 'reason = """'),
        r"quirk 'ua-google': field 'why': missing",
    ),
    "quirk switched on by a word": (
        edit("enabled = true\npractice = true", 'enabled = "yes"\npractice = true'),
        r"quirk 'ua-google': field 'enabled': must be true or false, not str",
    ),
    "refusal phrases with a bad language": (
        edit("[sign_in.refusal_phrases]\nen =", "[sign_in.refusal_phrases]\nEnglish ="),
        r"\[sign_in\]: field 'refusal_phrases': 'English' is not a language code",
    ),
    "not toml": ("this is = = not toml", r"not valid TOML"),
}


@pytest.mark.parametrize("case", list(BROKEN), ids=list(BROKEN))
def test_broken_catalog_fails_with_a_specific_message(tmp_path, case):
    text, expected = BROKEN[case]
    path = write(tmp_path, text)
    with pytest.raises(CatalogError) as info:
        load_catalog(path)
    message = str(info.value)
    assert message.startswith(str(path)), message
    assert re.search(expected, message), message


def test_every_broken_case_is_still_toml_where_it_should_be():
    """Guards the table above: each case breaks one thing, not the TOML itself."""
    for name, (text, _) in BROKEN.items():
        if name != "not toml":
            tomllib.loads(text)


def test_the_google_quirk_is_data_with_its_reason_and_can_be_switched_off(catalog, tmp_path):
    (quirk,) = catalog.sign_in.quirks
    assert quirk.name == "ua-google" and quirk.hosts == ("accounts.google.com",)
    assert "Firefox/" in quirk.user_agent_here("X11; Linux x86_64")
    assert "(X11; Linux x86_64;" in quirk.user_agent_here("X11; Linux x86_64")
    assert any("qutebrowser/issues/8492" in r for r in quirk.reports) and quirk.why
    assert catalog.sign_in.active_quirks() == (quirk,)
    off = load_catalog(write(tmp_path, edit("enabled = true", "enabled = false")))
    assert off.sign_in.quirks[0].enabled is False and off.sign_in.active_quirks() == ()
    phrases = catalog.sign_in.refusal_phrases
    assert set(phrases) == LANGUAGES
    assert "This browser or app may not be secure" in phrases["en"]
    assert "disallowed_useragent" in phrases["en"]
    assert catalog.sign_in.password_reset_path == "/checkpoint/rp/request-password-reset"


def test_missing_file_is_named(tmp_path):
    path = tmp_path / "nope.toml"
    with pytest.raises(CatalogError, match=re.escape(str(path))):
        load_catalog(path)


def test_localized_catalog_speaks_the_language_and_keeps_every_label(catalog):
    german = catalog.localized("de")
    ai = german.get("ai-training")
    assert ai.title == "Daten zur Verbesserung generativer KI"
    assert ai.menu_route[1] == "Datenschutz"
    assert ai.labels == catalog.get("ai-training").labels  # the detector still knows all
    assert catalog.localized("xx").get("ai-training").title == catalog.get("ai-training").title
    research = german.get("research")
    assert research.loses.startswith("Nichts, was Sie auf LinkedIn nutzen")
    assert research.optional


def test_not_offered_phrases_cover_every_language(catalog):
    assert set(catalog.pages.not_offered_phrases) == LANGUAGES


def test_last_verified_is_a_required_date(tmp_path):
    for text, expected in (
        (SHIPPED.replace("last_verified = 2026-11-29\n", "", 1), "field 'last_verified': missing"),
        (
            SHIPPED.replace("last_verified = 2026-11-29", 'last_verified = "soon"', 1),
            "field 'last_verified': must be a date",
        ),
    ):
        with pytest.raises(CatalogError, match=expected):
            load_catalog(write(tmp_path, text))


def test_stale_after_ninety_days(catalog):
    from datetime import timedelta

    entry = catalog.get("ai-training")
    assert not entry.stale(entry.last_verified + timedelta(days=90))
    assert entry.stale(entry.last_verified + timedelta(days=91))


def test_settings_hub_comes_from_the_catalog_with_a_default_for_older_ones(catalog, tmp_path):
    """The way by hand starts at the hub the catalog names; a catalog signed before
    the field existed still loads, with LinkedIn's known hub."""
    assert catalog.pages.settings_hub == "/mypreferences/d/categories/account"
    moved = load_catalog(write(tmp_path, edit("/categories/account", "/categories/privacy")))
    assert moved.pages.settings_hub == "/mypreferences/d/categories/privacy"
    older = edit('settings_hub = "/mypreferences/d/categories/account"\n', "")
    assert load_catalog(write(tmp_path, older)).pages.settings_hub == (
        "/mypreferences/d/categories/account"
    )
