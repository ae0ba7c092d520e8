"""Translations: Simplified Chinese is the source language; English comes from Qt Linguist.

Qt's own `qtbase_zh_CN` is installed for Chinese so standard dialogs speak Chinese too.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from ..config import resources_dir
from ..core.errors import DomainError

LANGUAGES = {"zh_CN": "简体中文", "en": "English"}

_installed: list[QTranslator] = []
_language = "zh_CN"  # the language last installed: every service error is shown in it


def current() -> str:
    """The UI's language code: "zh_CN" or "en"."""
    return _language


def short() -> str:
    """ "en" or "zh": the language key of the services' bilingual data (metric definitions,
    deadline explanations)."""
    return "en" if _language == "en" else "zh"


def in_ui_language(chinese: str, english: str) -> str:
    """The one place the UI picks between a Chinese text from below the UI (services, storage)
    and its English (safe to call from a worker thread)."""
    return english if _language == "en" and english else chinese


def error_text(error: DomainError) -> str:
    """A service error's text in the UI's language (its `message` or its `english`)."""
    return in_ui_language(error.message, error.english)


def translations_dir():  # noqa: ANN201
    return resources_dir() / "translations"


def install(language: str) -> None:
    """Replace the installed translators with those for `language`."""
    global _language
    _language = "zh_CN" if language == "zh_CN" else "en"
    app = QCoreApplication.instance()
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if language == "zh_CN":
        QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
        candidates = [("qtbase_zh_CN", qt_dir)]
    else:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
        candidates = [("window_app_en", str(translations_dir()))]
    for name, directory in candidates:
        translator = QTranslator(app)
        if translator.load(name, directory):
            app.installTranslator(translator)
            _installed.append(translator)
