"""Translator setup. Source strings are English; Japanese is shipped and the default.

Qt's own translations (standard dialogs, context menus) are installed first, then ours.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from app.paths import resource_path

LANGUAGES = {"ja": "日本語", "en": "English"}
DEFAULT_LANGUAGE = "ja"


def translations_dir() -> str:
    return str(resource_path("translations"))


def install_translators(app: QCoreApplication, language: str = DEFAULT_LANGUAGE) -> list[QTranslator]:
    """Install Qt's and Yorisoi's translators for ``language``; returns them (keep them
    referenced for the application's life). English needs none: it is the source text."""
    if language not in LANGUAGES:
        language = DEFAULT_LANGUAGE
    QLocale.setDefault(QLocale(QLocale.Language.Japanese if language == "ja" else QLocale.Language.English))
    installed: list[QTranslator] = []
    if language == "en":
        return installed
    qt_tr = QTranslator(app)
    if qt_tr.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_tr)
        installed.append(qt_tr)
    ours = QTranslator(app)
    if not ours.load(f"yorisoi_{language}", translations_dir()):
        raise FileNotFoundError(f"translation yorisoi_{language}.qm missing in {translations_dir()}")
    app.installTranslator(ours)
    installed.append(ours)
    return installed
