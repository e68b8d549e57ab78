"""Translations and locale for the GUI.

Source strings are Dutch (nl-BE), the default language. Desk loads
``resources/translations/desk_<lang>.qm`` and Qt's own ``qtbase_<lang>``; the
Dutch catalogue holds the plural forms of counts ("1 contact", "2 contacten"),
which Qt takes only from a catalogue. A missing or corrupt ``.qm`` file falls
back to the Dutch source texts with a logged warning.

How the ``.ts``/``.qm`` files are made and updated: resources/translations/README.md
(``python -m tools.i18n update|compile|check`` in a source checkout).
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from desk import paths

log = logging.getLogger(__name__)

LOCALES = {"nl": ("nl", "BE"), "fr": ("fr", "BE"), "en": ("en", "BE")}

_installed: list[QTranslator] = []
_default_locale: list[QLocale] = []


def install_translations(app: QCoreApplication, language: str) -> list[str]:
    """Install Qt's and Desk's translators for *language*; return what was loaded."""
    lang = language if language in LOCALES else "nl"
    if not _default_locale:
        _default_locale.append(QLocale())
    QLocale.setDefault(QLocale(f"{LOCALES[lang][0]}_{LOCALES[lang][1]}"))
    loaded: list[str] = []
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt_tr = QTranslator(app)
    if qt_tr.load(f"qtbase_{lang}", qt_dir):
        app.installTranslator(qt_tr)
        _installed.append(qt_tr)
        loaded.append(f"qtbase_{lang}")
    else:
        log.warning("Qt translations qtbase_%s not found in %s", lang, qt_dir)
    own = QTranslator(app)
    qm = paths.resources_dir() / "translations" / f"desk_{lang}.qm"
    if qm.is_file() and own.load(str(qm)) and not own.isEmpty():
        app.installTranslator(own)
        _installed.append(own)
        loaded.append(qm.name)
    else:
        log.warning("translation %s missing or unreadable: falling back to Dutch", qm.name)
    return loaded


def remove_translations(app: QCoreApplication) -> None:
    """Uninstall what :func:`install_translations` installed (tests switch languages)."""
    while _installed:
        app.removeTranslator(_installed.pop())
    if _default_locale:
        QLocale.setDefault(_default_locale.pop())
