"""Translation for the modules that know no Qt.

Qt's own system does the work (`.ts` sources under resources/translations/, `.qm`
files built by `make` with pyside6-lrelease): screens call `self.tr(...)`, and the
plain-Python modules call `translate(context, text)` below, which pyside6-lupdate
finds just as it finds `QCoreApplication.translate`. The desktop app installs Qt's
translator here at start; without it (the terminal commands) text stays English.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

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
_lang = "en"


def install(translator: Callable[[str, str], str] | None, lang: str = "en") -> None:
    """Route translate() through Qt (None: back to English); `lang` names the
    language the translator speaks, for dates."""
    global _translate, _lang
    _translate = translator
    _lang = lang if translator is not None else "en"


def installed() -> Callable[[str, str], str] | None:
    return _translate


def installed_language() -> str:
    return _lang


def translate(context: str, text: str) -> str:
    return _translate(context, text) if _translate is not None else text


# Traditional Chinese is LinkedIn's zh_TW ("中文 (繁體)"): one region for pages,
# Accept-Language and dates alike, so a page and the dates beside it never disagree.
_REGION = {"zh_Hant": "TW"}


def locale_name(lang: str) -> str:
    """A POSIX/Qt locale name for a language: 'zh_Hant' → 'zh_TW', 'de' → 'de'."""
    region = _REGION.get(lang)
    return f"{lang.split('_')[0]}_{region}" if region else lang


def browser_locale(lang: str) -> str:
    """A BCP 47 locale for a browser context: 'zh_Hant' → 'zh-TW', 'de' → 'de'."""
    return locale_name(lang).replace("_", "-")


def accept_language(lang: str) -> str:
    """An Accept-Language value for a language, weighted as Chrome weights its own
    list: 'de' → 'de,en;q=0.9'. Both browsers send exactly this (one identity)."""
    return weighted_languages(browser_locale(lang))


def weighted_languages(tag: str) -> str:
    """'de' → 'de,en;q=0.9'; English alone stays alone."""
    return tag if tag == "en" or tag.startswith("en-") else f"{tag},en;q=0.9"


def long_date(moment: datetime, lang: str | None = None) -> str:
    """'Tuesday, 3 March 2026' in the language installed (or `lang`): Qt's locale
    data (CLDR) knows each language's order and grammatical case of month names
    ("3 marca" in Polish, "2026年3月3日" in Chinese), which a translated list cannot.
    The wizard's English is British English, so English dates are too."""
    from PySide6.QtCore import QDate, QLocale

    chosen = lang or _lang
    local = moment.astimezone()
    name = "en_GB" if chosen == "en" else locale_name(chosen)
    return QLocale(name).toString(
        QDate(local.year, local.month, local.day), QLocale.FormatType.LongFormat
    )


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


def long_date_time(moment: datetime, lang: str | None = None) -> str:
    """'Tuesday, 3 March 2026, 09:15', local time: what a member reads without
    wondering whether 12/7/26 is July or December."""
    return f"{long_date(moment, lang)}, {moment.astimezone():%H:%M}"
