"""Every language is complete, in step with the code, and really used."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from tests.helpers import ROOT
from tests.helpers.verifying import verify_command
from wizard.base.i18n import LANGUAGES, normalize_language

TS_DIR = ROOT / "resources" / "translations"
TRANSLATED = sorted(set(LANGUAGES) - {"en"})
PLACEHOLDER = re.compile(r"\{[a-z_]+\}")
TAG = re.compile(r"</?[a-z]+[^>]*>")


def messages(path: Path) -> list[tuple[str, str, ET.Element]]:
    root = ET.parse(path).getroot()
    return [
        (ctx.findtext("name"), msg.findtext("source"), msg.find("translation"))
        for ctx in root.findall("context")
        for msg in ctx.findall("message")
    ]


def mnemonics(text: str) -> int:
    return len(re.findall(r"&(?!&)", text.replace("&&", "")))


@pytest.mark.parametrize("lang", TRANSLATED)
def test_ts_file_is_complete(lang):
    path = TS_DIR / f"optout_{lang}.ts"
    found = messages(path)
    assert len(found) > 200
    for context, source, translation in found:
        where = f"{lang} {context}: {source[:60]!r}"
        assert translation.get("type") is None, f"unfinished: {where}"
        text = translation.text or ""
        assert text.strip(), f"empty: {where}"
        assert sorted(PLACEHOLDER.findall(text)) == sorted(PLACEHOLDER.findall(source)), where
        assert sorted(TAG.findall(text)) == sorted(TAG.findall(source)), where
        assert mnemonics(text) == mnemonics(source), f"mnemonic: {where}"


def test_ts_files_hold_every_string_of_the_code(tmp_path):
    """New user-facing text must reach the .ts files (scripts/update-translations.sh)."""
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    sources = sorted(str(p) for p in (ROOT / "wizard").rglob("*.py"))
    fresh = tmp_path / "fresh.ts"
    subprocess.run(
        [str(lupdate), "-silent", "-locations", "none", *sources, "-ts", str(fresh)],
        check=True,
        timeout=120,
        cwd=ROOT,
    )
    in_code = {(c, s) for c, s, _ in messages(fresh)}
    for lang in TRANSLATED:
        in_file = {(c, s) for c, s, _ in messages(TS_DIR / f"optout_{lang}.ts")}
        assert in_code - in_file == set(), f"{lang}: not yet translated"
        assert in_file - in_code == set(), f"{lang}: translations of text the code no longer has"


@pytest.mark.parametrize("lang", TRANSLATED)
def test_compiled_translations_exist(lang):
    qm = TS_DIR / f"optout_{lang}.qm"
    assert qm.exists(), "run `make translations` (make test does it first)"
    assert qm.stat().st_mtime >= (TS_DIR / f"optout_{lang}.ts").stat().st_mtime


SHOW_TITLES = """
import json, sys
from PySide6.QtWidgets import QApplication, QWizard
from wizard.gui.qtsetup import prepare_qt
prepare_qt()
app = QApplication(sys.argv[:1])
from wizard.gui.language import choose_language, install_translations
from wizard.catalog.model import load_catalog
from wizard.gui.context import Services, WizardContext
from wizard.gui.window import OptOutWizard
from wizard.base.site import Site
lang = choose_language(sys.argv[1] if len(sys.argv) > 1 else None)
install_translations(app, lang)
ctx = WizardContext(Site("http://127.0.0.1:9", practice=True), Services.make(load_catalog(), lang))
window = OptOutWizard(ctx, remember_geometry=False)
step = window.optout_screens["ai-training"].title()
window.welcome_screen.show_extras()
ctx.choose("research", True)  # every screen there can be, with all its buttons
ctx.choose_objection(True)
from PySide6.QtWidgets import QAbstractButton
import re
W = QWizard.WizardButton
clashes = []
for page_id in window.pageIds():
    page = window.page(page_id)
    final = page is window.done_screen
    shared = [W.BackButton, W.CustomButton1] + (
        [W.FinishButton] if final else [W.NextButton, W.CancelButton]
    )
    texts = {window.buttonText(b) for b in shared}
    texts |= {b.text() for b in page.findChildren(QAbstractButton)}
    keys = {}
    for text in texts:
        found = re.search(r"&([^&])", text.replace("&&", ""))
        if found:
            keys.setdefault(found.group(1).lower(), set()).add(text)
    clashes += [sorted(t) for t in keys.values() if len(t) > 1]
print(json.dumps({
    "lang": lang,
    "clashes": clashes,
    "title": window.windowTitle(),
    "next": window.buttonText(QWizard.WizardButton.NextButton),
    "welcome": window.welcome_screen.title(),
    "step": step,
}))
"""


def show_titles(*args: str, **env: str) -> dict:
    proc = subprocess.run(
        [sys.executable, "-c", SHOW_TITLES, *args],
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", **env},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    return json.loads(proc.stdout.strip().splitlines()[-1])


def test_every_language_is_shown_when_asked():
    english = show_titles("en")
    assert english["clashes"] == []
    seen = set()
    for lang in TRANSLATED:
        shown = show_titles(lang)
        assert shown["lang"] == lang
        assert shown["clashes"] == [], f"{lang}: one access key for two controls on a screen"
        for key in ("title", "next", "welcome"):
            assert shown[key] != english[key], (lang, key, shown[key])
        seen.add(shown["welcome"])
    assert len(seen) == len(TRANSLATED)


def test_the_catalog_speaks_the_chosen_language_too():
    shown = show_titles("de")
    assert shown["step"] == "Schritt 1 von 2: Daten zur Verbesserung generativer KI"


def test_language_comes_from_the_system_locale():
    shown = show_titles(LANG="fr_FR.UTF-8", LC_ALL="fr_FR.UTF-8", LANGUAGE="fr")
    assert shown["lang"] == "fr"


def test_unknown_language_falls_back():
    assert show_titles("tlh", LANGUAGE="en", LC_ALL="C")["lang"] == "en"


@pytest.mark.parametrize(
    ("code", "lang"),
    [
        ("de", "de"),
        ("de_AT", "de"),
        ("pt-BR", "pt"),
        ("zh_HK", "zh_Hant"),
        ("zh-TW", "zh_Hant"),
        ("zh-Hant", "zh_Hant"),
        ("zh_CN", None),
        ("zh-Hans", None),
        ("tlh", None),
        ("sv_SE", "sv"),
    ],
)
def test_language_codes(code, lang):
    assert normalize_language(code) == lang


def test_verify_command_speaks_french_when_asked(site, new_email):
    run = verify_command(site.url, f"{new_email()}\npw\n", lang="fr")
    assert run.status == 1
    assert "Utiliser mes données pour l’entraînement" in run.stdout  # the page, in French
    assert "2 paramètres sont toujours activés." in run.stdout
    again = verify_command(site.url, f"{new_email()}\npw\n")
    assert "2 settings are still on." in again.stdout  # French did not outlive the command


def test_lrelease_is_available():
    assert shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent))
