"""Translation for the modules that know no Qt.

Qt's own system does the work (`.ts` sources under resources/translations/, `.qm`
files built by `make` with pyside6-lrelease): screens call `self.tr(...)`, and the
plain-Python modules call `translate(context, text)` below, which pyside6-lupdate
finds just as it finds `QCoreApplication.translate`. The desktop app installs Qt's
translator here at start; without it (the terminal commands) text stays English.
"""

from __future__ import annotations

from collections.abc import Callable

LANGUAGES = {
    "en": "English",
    "de": "Deutsch",
    "fr": "Français",
    "es": "Español",
    "it": "Italiano",
    "nl": "Nederlands",
    "pl": "Polski",
    "pt": "Português",
    "sv": "Svenska",
    "zh_Hant": "中文（繁體）",
}

_translate: Callable[[str, str], str] | None = None


def install(translator: Callable[[str, str], str] | None) -> None:
    """Route translate() through Qt (None: back to English)."""
    global _translate
    _translate = translator


def installed() -> Callable[[str, str], str] | None:
    return _translate


def translate(context: str, text: str) -> str:
    return _translate(context, text) if _translate is not None else text


def accept_language(lang: str) -> str:
    """An Accept-Language value for a language: 'de' → 'de,en;q=0.5'."""
    tag = "zh-Hant" if lang == "zh_Hant" else lang
    return tag if lang == "en" else f"{tag},en;q=0.5"


def browser_locale(lang: str) -> str:
    """A BCP 47 locale for a browser context: 'zh_Hant' → 'zh-HK', 'de' → 'de'."""
    return "zh-HK" if lang == "zh_Hant" else lang


def load_qm(path: str) -> Callable[[str, str], str] | None:
    """A translate function reading one compiled .qm file, for when no Qt
    application exists (the terminal commands); None if the file cannot be read."""
    from PySide6.QtCore import QTranslator

    translator = QTranslator()
    if not translator.load(path):
        return None

    def translate_with(context: str, text: str) -> str:
        return translator.translate(context, text) or text

    translate_with.translator = translator  # type: ignore[attr-defined]  # kept alive
    return translate_with


def normalize_language(code: str) -> str | None:
    """'de', 'de_AT', 'de-CH' → 'de'; 'zh-HK', 'zh_TW', 'zh_Hant' → 'zh_Hant'; else None."""
    value = code.strip().replace("-", "_")
    lowered = value.lower()
    if lowered.startswith("zh"):
        simplified = lowered in ("zh", "zh_cn", "zh_sg", "zh_hans") or "hans" in lowered
        return None if simplified else "zh_Hant"
    base = lowered.split("_", 1)[0]
    return base if base in LANGUAGES else None
