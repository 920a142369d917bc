"""The browser identity a session presents, as plain data: what each browser is made
to say, measured against what QtWebEngine 6.11 and Chromium 156 really send."""

from __future__ import annotations

import pytest

from wizard.base.identity import (
    BrowserIdentity,
    chromium_brands,
    embedded_engine,
    ordinary_chromium,
    ordinary_user_agent,
)

# Measured on this machine (QtWebEngine 6.11.3; Debian's chromium-headless-shell 156).
QT_UA = (
    "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "QtWebEngine/6.11.3 Chrome/140.0.0.0 Safari/537.36"
)
CHROME_140 = (
    "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/140.0.0.0 Safari/537.36"
)
SHELL_UA = (
    "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "HeadlessChrome/156.0.8078.114 Safari/537.36"
)


def test_the_embedded_engine_token_goes_and_nothing_else_changes():
    assert ordinary_user_agent(QT_UA) == CHROME_140
    assert ordinary_user_agent(CHROME_140) == CHROME_140
    electron = CHROME_140.replace("Chrome/140", "Electron/33.2.0 Chrome/140")
    assert ordinary_user_agent(electron) == CHROME_140


def test_a_headless_user_agent_becomes_chromes_reduced_one():
    assert ordinary_user_agent(SHELL_UA) == CHROME_140.replace("140", "156")


@pytest.mark.parametrize(
    ("version", "header"),
    [
        ("140.0.7339.264", '"Not=A?Brand";v="24", "Chromium";v="140"'),  # QtWebEngine 6.11
        ("156.0.8078.114", '"Not:A-Brand";v="8", "Chromium";v="156"'),  # Debian chromium
    ],
)
def test_brands_are_the_ones_chromium_itself_sends(version, header):
    identity = BrowserIdentity(CHROME_140, chromium_brands(version), "en")
    assert identity.sec_ch_ua() == header
    assert identity.full_version() == version


def test_an_ordinary_chromium_of_the_checks_engine_names_no_embedded_engine():
    identity = ordinary_chromium("156.0.8078.114", "de,en;q=0.9")
    assert "Headless" not in identity.user_agent and "Chrome/156.0.0.0" in identity.user_agent
    assert identity.names_embedded_engine() is None
    assert identity.languages() == ["de", "en"]


@pytest.mark.parametrize(
    ("agent", "brands", "named"),
    [
        (QT_UA, "", "QtWebEngine"),
        (SHELL_UA, "", "HeadlessChrome"),
        (CHROME_140, '"Chromium";v="156", "HeadlessChrome";v="156"', "HeadlessChrome"),
        (CHROME_140.replace("Chrome/140", "Electron/33 Chrome/140"), "", "Electron"),
        (CHROME_140, '"Not=A?Brand";v="24", "Chromium";v="140"', None),
    ],
)
def test_an_embedded_or_headless_engine_is_named_wherever_it_shows(agent, brands, named):
    assert embedded_engine(agent, brands) == named


def test_the_override_gives_chromium_a_plain_language_list_and_the_brands():
    identity = BrowserIdentity(CHROME_140, chromium_brands("140.0.7339.264"), "de,en;q=0.9")
    override = identity.cdp_override()
    # Given weights, Chromium weights them again ("de;q=0.9;q=0.9", measured).
    assert override["acceptLanguage"] == "de,en"
    assert override["userAgent"] == CHROME_140
    brands = override["userAgentMetadata"]["brands"]
    assert brands == [
        {"brand": "Not=A?Brand", "version": "24"},
        {"brand": "Chromium", "version": "140"},
    ]
    assert override["userAgentMetadata"]["fullVersion"] == "140.0.7339.264"


def test_an_identity_survives_the_keyring_and_a_damaged_one_is_refused():
    identity = ordinary_chromium("156.0.8078.114", "fr,en;q=0.9")
    assert BrowserIdentity.from_json(identity.to_json()) == identity
    for damaged in ({}, {"ua": "x"}, {"ua": "", "b": [["A", "1"]], "al": "en"}, {"ua": 1, "b": 5}):
        with pytest.raises(ValueError, match="not a browser identity"):
            BrowserIdentity.from_json(damaged)
