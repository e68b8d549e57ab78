"""The house rule "the citizen types in their own account", as word lists per language.

After the citizen has logged in, staff may point, explain and read along; every
typing, clicking, choosing, uploading, signing or card insertion in the
citizen's account or on the citizen's device is done by the citizen. The
validator uses this module to find:

- staff texts of ``samen``/``medewerker`` steps that tell *staff* to do such an
  action (an imperative "Typ ...", or "u"/"we" as the subject: "u klikt",
  "klikt u", "we vullen", "u moet ... invullen");
- citizen texts of ``burger`` steps that ask the citizen to do one, so that the
  text must say "Deze stap doet u zelf." (or the translation's equivalent).

It is a word list, not a grammar: a sentence about the citizen ("de burger
typt", "laat de burger kiezen"), a prohibition ("typ nooit een code") and quoted
speech ('Zeg: "Typ nu uw PIN-code."') do not count. Guide texts are written in
Dutch, translations hold only citizen texts; the tables are per language so
that another guide language gets its own list instead of a Dutch one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

#: The sentence a ``burger`` step with an action says to the citizen, per language.
SELF_SENTENCES: Final[dict[str, str]] = {
    "nl": "Deze stap doet u zelf.",
    "fr": "Vous faites cette étape vous-même.",
    "en": "You do this step yourself.",
}


@dataclass(frozen=True)
class Verb:
    """One action verb.

    Attributes:
        imperative: The form that gives an order ("typ"); in Dutch also "ik typ".
        finite: The form with "u" as subject ("u typt", "typt u").
        infinitive: The form with "we"/"wij" ("we typen") and after a modal
            ("u moet typen"); separable verbs also as one word ("invullen").
        particle: A word that must follow in the same clause ("meld ... aan"),
            or "" when the verb counts alone.
        compounds: Infinitives with the particle written in front ("aanmelden").
        staff: Whether the verb counts in staff texts; some only make a citizen
            text an action (confirming in the app is only ever the citizen's).
        public: For navigating verbs ("open", "ga naar"): words that make the
            clause about a public page or place, not the citizen's account
            ("Open de website van de gemeente"); the verb then does not count.
    """

    imperative: str
    finite: str
    infinitive: str
    particle: str = ""
    compounds: tuple[str, ...] = ()
    staff: bool = True
    public: tuple[str, ...] = ()


@dataclass(frozen=True)
class ActionWords:
    """The word list of one language.

    Attributes:
        verbs: The actions that happen in the citizen's account or device.
        subjects: Who "you" or "we" are in an instruction ("u", "we", "wij").
        modals: Verbs that carry an action infinitive ("u moet ... typen").
        negations: Words that turn an instruction into a prohibition.
        not_staff: Words that make the citizen the one who acts ("laat de
            burger kiezen", "help de burger invullen").
        joiners: Words after which an order may follow within a clause
            ("Open de app en tik op ...").
        watcher: Who the citizen is called in staff texts ("burger").
        watching: Verbs that, with ``watch_particle``, say the citizen watches
            along ("de burger kijkt mee"): then staff are the ones at the keys.
    """

    language: str
    verbs: tuple[Verb, ...]
    subjects: tuple[str, ...]
    modals: tuple[str, ...]
    negations: tuple[str, ...]
    not_staff: tuple[str, ...]
    joiners: tuple[str, ...]
    watcher: str
    watching: tuple[str, ...]
    watch_particle: str


#: Where opening or going to something is not inside the citizen's account.
_PUBLIC_PLACES: Final = (
    "website", "websites", "site", "webpagina", "pagina", "www", "be", "com", "eu",
    "loket", "gemeentehuis", "afsprakenpagina", "app-winkel", "winkel",
)

DUTCH: Final = ActionWords(
    language="nl",
    verbs=(
        Verb("typ", "typt", "typen", compounds=("intypen",)),
        Verb("klik", "klikt", "klikken", compounds=("aanklikken",)),
        Verb("tik", "tikt", "tikken", compounds=("aantikken",)),
        Verb("vul", "vult", "vullen", compounds=("invullen",)),
        Verb("kies", "kiest", "kiezen"),
        Verb("selecteer", "selecteert", "selecteren"),
        Verb("vink", "vinkt", "vinken", compounds=("aanvinken",)),
        Verb("onderteken", "ondertekent", "ondertekenen"),
        Verb("steek", "steekt", "steken", compounds=("insteken",)),
        Verb("laad", "laadt", "laden", compounds=("opladen",)),
        Verb("upload", "uploadt", "uploaden"),
        Verb("scan", "scant", "scannen", compounds=("inscannen",)),
        Verb("plak", "plakt", "plakken"),
        Verb("sleep", "sleept", "slepen"),
        Verb("teken", "tekent", "tekenen"),
        Verb("fotografeer", "fotografeert", "fotograferen"),
        Verb("download", "downloadt", "downloaden"),
        Verb("installeer", "installeert", "installeren"),
        Verb("verstuur", "verstuurt", "versturen"),
        Verb("verzend", "verzendt", "verzenden"),
        Verb("dien", "dient", "dienen", particle="in", compounds=("indienen",)),
        Verb("wijzig", "wijzigt", "wijzigen"),
        Verb("pas", "past", "passen", particle="aan", compounds=("aanpassen",)),
        Verb("maak", "maakt", "maken", particle="aan", compounds=("aanmaken",)),
        Verb("aanvaard", "aanvaardt", "aanvaarden"),
        Verb("open", "opent", "openen", public=_PUBLIC_PLACES),
        Verb("ga", "gaat", "gaan", particle="naar", public=_PUBLIC_PLACES),
        Verb("accepteer", "accepteert", "accepteren"),
        Verb("druk", "drukt", "drukken", particle="op"),
        Verb("log", "logt", "loggen", particle="in", compounds=("inloggen",)),
        Verb("meld", "meldt", "melden", particle="aan", compounds=("aanmelden",)),
        Verb("bevestig", "bevestigt", "bevestigen", staff=False),
    ),
    subjects=("u", "we", "wij", "je", "jij"),
    modals=(
        "moet", "moeten", "mag", "mogen", "kunt", "kan", "kunnen", "gaat", "gaan",
        "zal", "zult", "zullen", "wilt", "wil", "willen",
    ),
    negations=("niet", "nooit", "niets", "geen", "nergens"),
    not_staff=("laat", "laten", "help", "helpen", "burger", "hij", "zij", "ze", "die"),
    joiners=("en", "of", "maar", "dan", "daarna", "nu", "eerst", "ook", "zelf", "samen"),
    watcher="burger",
    watching=("kijkt", "kijken", "leest", "lezen"),
    watch_particle="mee",
)

#: Word lists by guide language. A guide in a language without a list cannot be
#: checked; the validator says so.
ACTION_WORDS: Final[dict[str, ActionWords]] = {"nl": DUTCH}

_QUOTED = re.compile(r"\"[^\"\n]*\"|“[^”\n]*”|„[^”“\n]*[”“]|«[^»\n]*»")
_CLAUSE_END = re.compile(r"[.!?;:,()\n]+")
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
#: How many words after the verb a negation may stand ("typ de code nooit").
_NEGATION_REACH = 4


@dataclass(frozen=True)
class Action:
    """An action found in a text: the words as written and the 0-based line of the text."""

    words: str
    line: int


def _clauses(text: str) -> list[tuple[int, list[str]]]:
    """``(line index, lower-case words)`` per clause; quoted speech is left out."""
    result: list[tuple[int, list[str]]] = []
    for index, line in enumerate(text.split("\n")):
        line = _QUOTED.sub(" … ", line)
        for clause in _CLAUSE_END.split(line):
            words = [w.lower() for w in _WORD.findall(clause)]
            if words:
                result.append((index, words))
    return result


def _negated(words: list[str], at: int, table: ActionWords) -> bool:
    before = words[at - 1] if at > 0 else ""
    after = words[at + 1 : at + 1 + _NEGATION_REACH]
    return before in table.negations or any(w in table.negations for w in after)


def _find(words: list[str], table: ActionWords, *, staff: bool) -> list[str]:
    """The actions in one clause, as written."""
    hits: list[str] = []
    verbs = [v for v in table.verbs if v.staff or not staff]
    subjects = table.subjects
    for at, word in enumerate(words):
        previous = words[at - 1] if at > 0 else ""
        following = words[at + 1] if at + 1 < len(words) else ""
        for verb in verbs:
            if word == verb.imperative and (at == 0 or previous in table.joiners):
                # An order stands first in its clause: "Typ het adres", "... en klik op".
                found, order = word, True
            elif word == verb.finite and (previous in subjects or following in subjects):
                found = f"{previous} {word}" if previous in subjects else f"{word} {following}"
                order = False
            elif word in (verb.infinitive, *verb.compounds) and (
                previous in subjects or _modal_subject(words[:at], table)
            ):
                found = f"{previous} {word}" if previous in subjects else word
                order = False
            else:
                continue
            separable = verb.particle and word not in verb.compounds
            if separable and verb.particle not in words[at + 1 :]:
                continue  # "meld het verlies" is not "meld ... aan"
            if _negated(words, at, table):
                continue
            if verb.public and any(w in verb.public for w in words):
                continue  # "Open de website van de gemeente": a public page
            if not order and any(w in table.not_staff for w in words[:at]):
                # "u laat de burger kiezen", "we helpen de burger invullen"
                continue
            hits.append(found)
            break
    watching = _citizen_watches(words, table) if staff else None
    return [*hits, watching] if watching else hits


def _citizen_watches(words: list[str], table: ActionWords) -> str | None:
    """"de burger kijkt mee": the citizen watches while staff work in the account."""
    if table.watcher not in words:
        return None
    start = words.index(table.watcher)
    for at in range(start + 1, len(words)):
        if words[at] in table.watching and table.watch_particle in words[at + 1 :]:
            if _negated(words, at, table):
                return None
            return f"{table.watcher} {words[at]} {table.watch_particle}"
    return None


def _modal_subject(before: list[str], table: ActionWords) -> bool:
    """Whether the clause so far has "u/we" + a modal ("u moet", "kunt u") without a negation."""
    for at, word in enumerate(before):
        if word not in table.modals:
            continue
        near = before[max(0, at - 1) : at + 2]
        if any(s in near for s in table.subjects):
            return not any(w in table.negations for w in before[at:])
    return False


def staff_actions(text: str, language: str) -> list[Action]:
    """Where a staff text tells staff to act in the citizen's account, per clause.

    Returns an empty list for a language without a word list (see
    :data:`ACTION_WORDS`); callers check :func:`has_word_list` first.
    """
    return _actions(text, language, staff=True)


def citizen_actions(text: str, language: str) -> list[Action]:
    """Where a citizen text asks the citizen to type, click, choose... themselves."""
    return _actions(text, language, staff=False)


def _actions(text: str, language: str, *, staff: bool) -> list[Action]:
    table = ACTION_WORDS.get(language)
    if table is None:
        return []
    found: list[Action] = []
    for line, words in _clauses(text):
        found.extend(Action(hit, line) for hit in _find(words, table, staff=staff))
    return found


def has_word_list(language: str) -> bool:
    return language in ACTION_WORDS


def self_sentence(language: str) -> str | None:
    """"Deze stap doet u zelf." in *language*, or None when there is none for it."""
    return SELF_SENTENCES.get(language)


def says_self(text: str, language: str) -> bool:
    """Whether *text* contains the language's "you do this step yourself" sentence.

    Case and line breaks do not matter; the final full stop is optional.
    """
    sentence = SELF_SENTENCES.get(language)
    if sentence is None:
        return True
    wanted = " ".join(sentence.rstrip(".").lower().split())
    return wanted in " ".join(text.lower().replace("’", "'").split())
