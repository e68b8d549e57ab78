"""Labels of the referral codes in nl, fr and en, the same words the desk shows.

The Dutch labels come from the domain's one vocabulary; French and English are read
from the desk's own translation files (``resources/translations/desk_*.ts``), so the
web pages and the desk's screens use one wording. A label the translation files do
not have stays Dutch.
"""

from __future__ import annotations

import functools
import xml.etree.ElementTree as ET
from typing import Final

from desk.domain import vocab

LANGS: Final = ("nl", "fr", "en")


#: Dutch labels by kind: the one vocabulary, as the desk's screens write them.
_DUTCH: Final[dict[str, dict[str, str]]] = {
    "need": dict(vocab.NEED_LABELS),
    "barrier": dict(vocab.BARRIER_LABELS),
    "urgency": dict(vocab.URGENCY_LABELS),
    "channel": dict(vocab.CONTACT_CHANNEL_LABELS),
    "status": dict(vocab.STATUS_LABELS),
}
#: Translation contexts of the desk's referral screens: their words win.
_CONTEXTS: Final = frozenset({"ReferralLabels", "ReferralsPage", "ReferralForm"})


@functools.cache
def _catalogue(lang: str) -> dict[str, str]:
    """Dutch source text -> translation, from the desk's translation file for *lang*."""
    from desk.paths import resources_dir

    preferred: dict[str, str] = {}
    found: dict[str, str] = {}
    path = resources_dir() / "translations" / f"desk_{lang}.ts"
    try:
        root = ET.parse(path).getroot()
    except (OSError, ET.ParseError):
        return found
    for context in root.iter("context"):
        target = preferred if context.findtext("name") in _CONTEXTS else found
        for message in context.iter("message"):
            source = message.findtext("source")
            node = message.find("translation")
            if not source or node is None or not node.text or node.get("type") == "unfinished":
                continue
            target.setdefault(source, node.text)
    found.update(preferred)
    return found


def translate(dutch: str, lang: str) -> str:
    """*dutch* in *lang* where the desk's translations have it, else *dutch*."""
    if lang == "nl" or lang not in LANGS:
        return dutch
    return _catalogue(lang).get(dutch, dutch)


def label(kind: str, code: str, lang: str) -> str:
    """The label of a code (``need``, ``barrier``, ``urgency``, ``channel``, ``status``)."""
    dutch = _DUTCH.get(kind, {}).get(code)
    return translate(dutch, lang) if dutch else code


def codes(kind: str) -> tuple[str, ...]:
    return tuple(_DUTCH.get(kind, {}))


def municipality(code: str, _lang: str = "nl") -> str:
    """Municipalities keep their official (Dutch) name on every page."""
    return vocab.MUNICIPALITY_NAMES.get(code, code)


LANGUAGE_NAMES: Final[dict[str, dict[str, str]]] = {
    "nl": {"nl": "Nederlands", "fr": "Frans", "en": "Engels", "de": "Duits", "ar": "Arabisch",
           "tr": "Turks", "uk": "Oekraïens", "ru": "Russisch", "pl": "Pools", "ro": "Roemeens",
           "es": "Spaans", "so": "Somalisch", "ti": "Tigrinya"},
    "fr": {"nl": "néerlandais", "fr": "français", "en": "anglais", "de": "allemand",
           "ar": "arabe", "tr": "turc", "uk": "ukrainien", "ru": "russe", "pl": "polonais",
           "ro": "roumain", "es": "espagnol", "so": "somali", "ti": "tigrigna"},
    "en": {"nl": "Dutch", "fr": "French", "en": "English", "de": "German", "ar": "Arabic",
           "tr": "Turkish", "uk": "Ukrainian", "ru": "Russian", "pl": "Polish",
           "ro": "Romanian", "es": "Spanish", "so": "Somali", "ti": "Tigrinya"},
}  # fmt: skip


def language_name(code: str, lang: str) -> str:
    return LANGUAGE_NAMES.get(lang, LANGUAGE_NAMES["nl"]).get(code, code)
