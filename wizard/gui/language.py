"""The app's language: chosen from the system's, or --lang; Qt's translators installed.

The `.qm` files are built from resources/translations/*.ts by `make translations`
(pyside6-lrelease). A language whose file is missing falls back to English.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from wizard.base import i18n
from wizard.base.paths import resource

log = logging.getLogger(__name__)


def choose_language(requested: str | None) -> str:
    """--lang if given and known; otherwise the system's language; otherwise English."""
    if requested:
        chosen = i18n.normalize_language(requested)
        if chosen:
            return chosen
        log.warning("language %r is not one the wizard speaks; using the system's", requested)
    for name in QLocale.system().uiLanguages():
        chosen = i18n.normalize_language(name)
        if chosen:
            return chosen
    return "en"


def install_translations(app: QCoreApplication, lang: str) -> bool:
    """Install the app's and Qt's own translations; True when the app's loaded."""
    QLocale.setDefault(QLocale(i18n.locale_name(lang)))
    i18n.install(QCoreApplication.translate, lang)
    if lang == "en":
        return True
    ours = QTranslator(app)
    loaded = ours.load(str(resource(f"translations/optout_{lang}.qm")))
    if loaded:
        app.installTranslator(ours)
    else:
        log.warning("no translation file for %s (run `make translations`); using English", lang)
    qt_own = QTranslator(app)  # Qt's own dialogs (Save report…) in the same language
    if qt_own.load(
        QLocale(i18n.locale_name(lang)),
        "qtbase",
        "_",
        QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath),
    ):
        app.installTranslator(qt_own)
    return loaded
