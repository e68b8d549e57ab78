"""Languages as a citizen recognises them: by their own name.

A citizen points at "Français" or "Türkçe" in a list sooner than at the Dutch word
for it; the employee's word follows in brackets where it differs. Qt's own names
carry a country for some languages ("American English"), which a Belgian counter
has no use for, so the languages Desk offers have their name written here.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale

OWN_NAMES = {
    "nl": "Nederlands", "fr": "Français", "en": "English", "de": "Deutsch",
    "ar": "العربية", "tr": "Türkçe", "uk": "Українська", "ru": "Русский",
    "pl": "Polski", "ro": "Română", "es": "Español", "so": "Soomaali", "ti": "ትግርኛ",
}


def own_name(code: str) -> str:
    """The language's name in that language, without a country: ``English``, ``Français``."""
    if code in OWN_NAMES:
        return OWN_NAMES[code]
    locale = QLocale(code)
    name = locale.nativeLanguageName()
    if not name or locale.language() == QLocale.Language.C:
        return code
    return name[:1].upper() + name[1:]


def with_own_name(code: str, name: str) -> str:
    """``Français (Frans)``: the own name, then *name* (the employee's word) if it differs."""
    own = own_name(code)
    return own if own.casefold() == name.casefold() else f"{own} ({name})"
