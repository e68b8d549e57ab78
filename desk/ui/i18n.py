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
_language = ["nl"]


def ui_language() -> str:
    """The language Desk speaks now (``nl``, ``fr`` or ``en``): what a citizen at this
    counter most likely reads too, so the first choice for their language."""
    return _language[0]


#: Strings of Qt's own dialogs (file, print) that Qt's shipped catalogues lack: Qt
#: gave them an accelerator (``&Look in:``) and the old translations no longer match,
#: so a French or Dutch file dialog said "Look in" and "Files of type" in English.
QT_GAPS: dict[str, dict[tuple[str, str], str]] = {
    "fr": {
        ("QFileDialog", "&Look in:"): "&Voir dans\u00a0:",
        ("QFileDialog", "Files of &type:"): "Fichiers de &type\u00a0:",
        ("QAbstractFileIconProvider", "Folder"): "Dossier",
        ("QAbstractFileIconProvider", "Drive"): "Lecteur",
        ("QAbstractFileIconProvider", "Unknown"): "Inconnu",
        ("QPrintSettingsOutput", "Page &Set:"): "Pa&ges à imprimer\u00a0:",
    },
    "nl": {
        ("QFileDialog", "&Look in:"): "&Zoeken in:",
        ("QFileDialog", "Files of &type:"): "Bestanden van &type:",
        ("QAbstractFileIconProvider", "Folder"): "Map",
        ("QAbstractFileIconProvider", "Drive"): "Station",
        ("QAbstractFileIconProvider", "Unknown"): "Onbekend",
        ("QPrintSettingsOutput", "Page &Set:"): "Afdruk&bereik:",
        ("QPrintSettingsOutput", "Double Sided Printing"): "Dubbelzijdig afdrukken",
        ("QPrintSettingsOutput", "Long side binding"): "Binden aan de lange zijde",
        ("QPrintSettingsOutput", "Short side binding"): "Binden aan de korte zijde",
        ("QPrintSettingsOutput", "Off"): "Uit",
    },
}


class _QtGaps(QTranslator):
    """Answers only for the strings in :data:`QT_GAPS`; asked after Qt's own catalogue."""

    def __init__(self, table: dict[tuple[str, str], str], parent: QCoreApplication) -> None:
        super().__init__(parent)
        self.table = table

    def translate(self, context: str, source: str, disambiguation: str | None = None,
                  n: int = -1) -> str | None:
        # None, not "": Qt takes an empty string for a translation and stops looking.
        return self.table.get((context, source))

    def isEmpty(self) -> bool:
        return not self.table


def install_translations(app: QCoreApplication, language: str) -> list[str]:
    """Install Qt's and Desk's translators for *language*; return what was loaded."""
    lang = language if language in LOCALES else "nl"
    _language[0] = lang
    if not _default_locale:
        _default_locale.append(QLocale())
    QLocale.setDefault(QLocale(f"{LOCALES[lang][0]}_{LOCALES[lang][1]}"))
    loaded: list[str] = []
    if QT_GAPS.get(lang):
        # Installed first, so asked last: only when no other catalogue knows the string.
        gaps = _QtGaps(QT_GAPS[lang], app)
        app.installTranslator(gaps)
        _installed.append(gaps)
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
    _language[0] = "nl"
    while _installed:
        app.removeTranslator(_installed.pop())
    if _default_locale:
        QLocale.setDefault(_default_locale.pop())
