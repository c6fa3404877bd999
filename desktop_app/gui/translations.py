"""Qt translations: Registre's own (``resources/translations/registre_<lang>.qm``) and Qt's.

English is the source language: for "en" nothing is installed. Keep the returned
translators alive (``QCoreApplication`` does not own them).
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from desktop_app.core.resources import resource_path

log = logging.getLogger(__name__)


def registre_translator(lang: str) -> QTranslator | None:
    """Registre's translator for ``lang``; None for English (the source language)."""
    if lang == "en":
        return None
    path = resource_path("translations", f"registre_{lang}.qm")
    translator = QTranslator()
    if not translator.load(str(path)):
        raise FileNotFoundError(f"cannot load the translation {path}")
    return translator


def qt_translator(lang: str) -> QTranslator | None:
    """Qt's own strings (standard buttons, file dialogs) in ``lang``, when Qt ships them."""
    if lang == "en":
        return None
    translator = QTranslator()
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if translator.load(f"qtbase_{lang}", folder):
        return translator
    log.info("no Qt base translation for %s in %s", lang, folder)
    return None


_locales_before: list[QLocale] = []


def install(app: QCoreApplication, lang: str) -> list[QTranslator]:
    """Install the translators for ``lang`` and make it the default locale (see ``uninstall``)."""
    _locales_before.append(QLocale())
    QLocale.setDefault(
        QLocale(QLocale.Language.French if lang == "fr" else QLocale.Language.English)
    )
    installed = []
    for translator in (qt_translator(lang), registre_translator(lang)):
        if translator is not None:
            app.installTranslator(translator)
            installed.append(translator)
    return installed


def uninstall(app: QCoreApplication, translators: list[QTranslator]) -> None:
    """Remove what ``install`` installed and put the previous default locale back."""
    for translator in translators:
        app.removeTranslator(translator)
    if _locales_before:
        QLocale.setDefault(_locales_before.pop())
