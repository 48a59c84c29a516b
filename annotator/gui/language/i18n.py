"""The interface's language: English, or French from Qt translation files, chosen from
the system's locale unless the person picked one (View ▸ Language)."""

from __future__ import annotations

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from annotator.core.resources import resources_dir

LANGUAGE_KEY = "view/language"
LANGUAGES = {"en": "English", "fr": "Français"}
_installed: list[QTranslator] = []


def chosen_language(preference: str) -> str:
    """'en' or 'fr': the preference, or the system's language when it is 'system'."""
    if preference in LANGUAGES:
        return preference
    system = QLocale.system().name()[:2]
    return system if system in LANGUAGES else "en"


def install_translations(preference: str) -> str:
    """Load the translations for the chosen language (ours and Qt's own dialogs)."""
    app = QApplication.instance()
    for translator in _installed:
        QApplication.removeTranslator(translator)
    _installed.clear()
    language = chosen_language(preference)
    if language == "en":
        return language
    ours = QTranslator(app)
    if ours.load(str(resources_dir() / "translations" / f"annotator_{language}.qm")):
        QApplication.installTranslator(ours)
        _installed.append(ours)
    qt = QTranslator(app)
    if qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        QApplication.installTranslator(qt)
        _installed.append(qt)
    return language
