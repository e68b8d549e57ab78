"""The citizen texts of the shipped guides follow the measurable rules of guides/WRITING.md.

Only the ``### Burger`` texts of the Dutch guides (``guides/*.md``) are checked. Every
failure names the guide and the step id, so an editor can find the text. (That a
``burger`` step in which the citizen acts says "Deze stap doet u zelf." is checked by
the validator, also in translations: see test_own_account.py and test_shipped.py.)
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path

import pytest

from desk.domain.guides.model import Guide
from desk.domain.guides.parser import parse_guide
from desk.paths import shipped_guides_dir

# Difficult words and the keyword that their standard explanation contains.
# Source: guides/WRITING.md, section "Leg moeilijke woorden één keer uit" (standard sentences).
# A term counts as explained when the first citizen text (in step order) that contains it,
# or an earlier citizen text, contains the keyword. Both are matched case-insensitively;
# the keyword as a whole word, the term as the pattern given (most are parts of words, so
# "PUK-code" and "browsers" count; "model" only as a whole word: "Het model is de soort
# uittreksel", not "modelformulier").
EXPLAINED_TERMS: dict[str, tuple[str, str]] = {
    # term: (pattern, keyword)
    "PUK": (r"PUK", "reservecode"),
    "kaartlezer": (r"kaartlezer", "toestel"),
    "itsme": (r"itsme", "app"),
    "PIN-code": (r"PIN-code", "geheime code"),
    "browser": (r"browser", "websites"),
    "certificaat": (r"certifica(?:at|ten)", "chip"),
    "personen ten laste": (r"perso(?:on|nen) ten laste", "zorgt"),
    "model": (r"(?<!\w)model(?:len)?(?!\w)", "soort"),
    "uitbetaler": (r"uitbetaler", "betaalt"),
    "netbeheerder": (r"netbeheerder", "Fluvius"),
    "beveiligingscode": (r"beveiligingscode", "eenmalige"),
}

# WRITING.md, "Vorm": a citizen paragraph has 1 to 4 sentences. Paragraphs are split by
# blank lines; list items are not paragraphs (and end the paragraph before them).
MAX_PARAGRAPH_SENTENCES = 4

# WRITING.md, "Korte zinnen": on average at most 10 à 12 words, 20 words is too long.
MAX_WORDS = 20
MAX_AVERAGE_WORDS = 12.0

# WRITING.md: address the citizen with "u", never "je"/"jij".
INFORMAL = re.compile(r"\b(?:je|jij|jou|jouw)\b", re.IGNORECASE)
# WRITING.md, "Vorm" and "Geruststellen": no abbreviations, no belittling words.
# "even" is deliberately not here: "even geldig als" is correct Dutch.
ABBREVIATIONS = re.compile(r"(?<!\w)(?:bv|o\.a|m\.b\.t)\.", re.IGNORECASE)
BELITTLING = re.compile(r"\b(?:gewoon|simpel)\b", re.IGNORECASE)

# A sentence ends at . ? ! or : followed by whitespace (a closing quote may come between).
_SENTENCE_END = re.compile(r"(?:(?<=[.?!:])|(?<=[.?!:][\"'”’»)]))\s+")
_LIST_MARKER = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+")

Texts = Sequence[tuple[str, str]]  # (step id, citizen text) in step order


def sentences(text: str) -> list[str]:
    """The sentences of a citizen text; paragraphs and list items end a sentence too."""
    result: list[str] = []
    for block in re.split(r"\n\s*\n", text):
        for line in _items(block):
            result.extend(part.strip() for part in _SENTENCE_END.split(line) if part.strip())
    return result


def _items(block: str) -> list[str]:
    """Join wrapped lines of a paragraph, but keep each list item apart."""
    items: list[str] = []
    for line in block.splitlines():
        if _LIST_MARKER.match(line) or not items:
            items.append(_LIST_MARKER.sub("", line))
        else:
            items[-1] += " " + line
    return items


def word_count(sentence: str) -> int:
    return len(sentence.split())


def check_address(guide_id: str, texts: Texts) -> list[str]:
    return [
        f"{guide_id}/{step_id}: spreek de burger aan met 'u', niet '{match.group(0)}'"
        for step_id, text in texts
        for match in INFORMAL.finditer(text)
    ]


def check_sentence_length(guide_id: str, texts: Texts) -> list[str]:
    problems: list[str] = []
    total_words = total_sentences = 0
    for step_id, text in texts:
        for sentence in sentences(text):
            words = word_count(sentence)
            total_words += words
            total_sentences += 1
            if words > MAX_WORDS:
                problems.append(
                    f"{guide_id}/{step_id}: zin van {words} woorden (max {MAX_WORDS}): {sentence!r}"
                )
    if total_sentences and total_words / total_sentences > MAX_AVERAGE_WORDS:
        longest = max(
            texts,
            key=lambda item: max((word_count(s) for s in sentences(item[1])), default=0),
        )[0]
        problems.append(
            f"{guide_id}: gemiddeld {total_words / total_sentences:.1f} woorden per zin "
            f"(max {MAX_AVERAGE_WORDS:g}); begin bij stap {longest}"
        )
    return problems


def check_tone(guide_id: str, texts: Texts) -> list[str]:
    problems: list[str] = []
    for step_id, text in texts:
        if "!" in text:
            problems.append(f"{guide_id}/{step_id}: geen uitroeptekens")
        for match in ABBREVIATIONS.finditer(text):
            problems.append(f"{guide_id}/{step_id}: geen afkorting '{match.group(0)}'")
        for match in BELITTLING.finditer(text):
            problems.append(f"{guide_id}/{step_id}: geen '{match.group(0)}'")
    return problems


def _contains_keyword(text: str, keyword: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(keyword)}(?!\w)", text, re.IGNORECASE) is not None


def check_terms_explained(guide_id: str, texts: Texts) -> list[str]:
    problems: list[str] = []
    for term, (pattern, keyword) in EXPLAINED_TERMS.items():
        for index, (step_id, text) in enumerate(texts):
            if re.search(pattern, text, re.IGNORECASE) is None:
                continue
            if not any(_contains_keyword(earlier, keyword) for _, earlier in texts[: index + 1]):
                problems.append(
                    f"{guide_id}/{step_id}: '{term}' staat hier voor het eerst maar is niet "
                    f"uitgelegd (verwacht '{keyword}' in deze of een eerdere burgertekst)"
                )
            break
    return problems


def paragraphs(text: str) -> list[str]:
    """The paragraphs of a citizen text: runs of non-list lines between blank lines."""
    result: list[str] = []
    for block in re.split(r"\n\s*\n", text):
        current: list[str] = []
        for line in block.splitlines():
            if _LIST_MARKER.match(line):
                if current:
                    result.append(" ".join(current))
                current = []
            elif line.strip():
                current.append(line.strip())
        if current:
            result.append(" ".join(current))
    return result


def check_paragraph_length(guide_id: str, texts: Texts) -> list[str]:
    problems: list[str] = []
    for step_id, text in texts:
        for paragraph in paragraphs(text):
            count = len(sentences(paragraph))
            if count > MAX_PARAGRAPH_SENTENCES:
                start = " ".join(paragraph.split()[:6])
                problems.append(
                    f"{guide_id}/{step_id}: alinea van {count} zinnen (max "
                    f"{MAX_PARAGRAPH_SENTENCES}; zet een lege regel tussen): '{start} …'"
                )
    return problems


CHECKS = (
    check_address,
    check_sentence_length,
    check_tone,
    check_terms_explained,
    check_paragraph_length,
)


def all_problems(guide: Guide) -> list[str]:
    texts = [(step.id, step.citizen_text) for step in guide.steps]
    return [problem for check in CHECKS for problem in check(guide.id, texts)]


# --------------------------------------------------------------------------- shipped guides


def _guide_files() -> list[Path]:
    return sorted(
        path
        for path in shipped_guides_dir().glob("*.md")
        if path.name not in {"README.md", "WRITING.md"}
    )


def _load(path: Path) -> Guide:
    guide = parse_guide(path)
    assert isinstance(guide, Guide), "\n".join(p.format() for p in guide)
    return guide


def test_there_are_guides_to_check() -> None:
    assert len(_guide_files()) >= 15


@pytest.mark.parametrize("path", _guide_files(), ids=lambda path: path.stem)
@pytest.mark.parametrize("check", CHECKS, ids=lambda check: check.__name__)
def test_shipped_guide_follows_writing_rules(path: Path, check: object) -> None:
    guide = _load(path)
    texts = [(step.id, step.citizen_text) for step in guide.steps]
    problems = check(guide.id, texts)  # type: ignore[operator]
    assert not problems, "\n".join(problems)


# --------------------------------------------------------------------------- the checker itself

_BAD_GUIDE = """\
+++
id = "slechte-gids"
title = "Een slechte gids"
summary = "Een verzonnen gids die de schrijfregels breekt."
category = "basisvaardigheden"
tags = []
synonyms = []
minutes = 5
bring = []
prechecks = []
sources = ["https://www.vlaanderen.be/"]
reviewed = 2026-10-15
reviewer = "Test"
version = 1
language = "nl"
+++

## Begin {#begin}
Wie: burger

### Medewerker
Leg uit wat de burger doet.

### Burger
Open je browser en meld aan met itsme! Typ bv. uw PIN-code. Dat is simpel.

## Lang {#lang}
Wie: burger

### Medewerker
Een te lange zin.

### Burger
Als u op de website bent aangekomen, klikt u op de knop bovenaan rechts, waarna u \
uw gegevens invult en alles nog eens goed nakijkt voor u verstuurt.
Itsme is een app. De PIN-code is uw geheime code.
"""


def test_checker_flags_a_bad_guide() -> None:
    guide = parse_guide(Path("slechte-gids.md"), _BAD_GUIDE.encode("utf-8"))
    assert isinstance(guide, Guide), guide
    problems = "\n".join(all_problems(guide))
    assert "slechte-gids/begin: spreek de burger aan met 'u', niet 'je'" in problems
    assert "slechte-gids/lang: zin van 28 woorden" in problems
    assert "slechte-gids/begin: geen uitroeptekens" in problems
    assert "slechte-gids/begin: geen afkorting 'bv.'" in problems
    assert "slechte-gids/begin: geen 'simpel'" in problems
    # Explained only in a later step: still flagged at the first use.
    assert "slechte-gids/begin: 'itsme' staat hier voor het eerst" in problems
    assert "slechte-gids/begin: 'PIN-code' staat hier voor het eerst" in problems
    assert "'kaartlezer'" not in problems
    assert "'PUK'" not in problems


def test_checker_flags_a_high_average() -> None:
    fifteen = "U leest deze zin van vijftien woorden rustig op het scherm van uw computer thuis."
    texts = [("een", fifteen), ("twee", f"{fifteen} {fifteen}")]
    assert [word_count(s) for s in sentences(texts[1][1])] == [15, 15]
    assert check_sentence_length("lange-gids", texts) == [
        "lange-gids: gemiddeld 15.0 woorden per zin (max 12); begin bij stap een"
    ]


def test_checker_accepts_good_texts() -> None:
    texts = [
        ("uitleg", "itsme is een app op uw smartphone. Het is even geldig als uw eID."),
        ("pin", "De PIN-code is uw geheime code. Typ uw PIN-code. Deze stap doet u zelf."),
        ("later", "Meld aan met itsme. Gebruik bijvoorbeeld uw PIN-code."),
    ]
    for check in CHECKS:
        assert check("goede-gids", texts) == []


def test_new_terms_need_their_keyword_at_first_use() -> None:
    texts = [
        ("open", "Open de browser. Kies het model van het uittreksel."),
        ("uitleg", "Een browser is het programma waarmee u websites bekijkt."),
        ("meer", "Uw uitbetaler stuurt een brief. De netbeheerder komt langs."),
        ("code", "Typ de beveiligingscode. Kies uw certificaten. Vul de personen ten laste in."),
    ]
    problems = "\n".join(check_terms_explained("termen", texts))
    # Explained later than first used: still flagged at the first use.
    assert "termen/open: 'browser' staat hier voor het eerst" in problems
    assert "termen/open: 'model' staat hier voor het eerst" in problems
    for term in ("uitbetaler", "netbeheerder"):
        assert f"termen/meer: '{term}' staat hier voor het eerst" in problems
    for term in ("beveiligingscode", "certificaat", "personen ten laste"):
        assert f"termen/code: '{term}' staat hier voor het eerst" in problems

    explained = [
        ("een", "Een browser is het programma waarmee u websites bekijkt. Open de browser."),
        ("twee", "Het model is de soort uittreksel. Kies model 2."),
        ("drie", "De uitbetaler is de organisatie die het geld betaalt."),
        ("vier", "De netbeheerder beheert de leidingen. In Vlaanderen is dat Fluvius."),
        ("vijf", "Een beveiligingscode is een eenmalige code. U krijgt ze via sms."),
        ("zes", "Een certificaat is een stukje informatie op de chip van uw eID."),
        ("zeven", "Personen ten laste zijn mensen voor wie u zorgt."),
        ("acht", "Gebruik een modelformulier."),  # not the word "model"
    ]
    assert check_terms_explained("goed", explained) == []


def test_a_paragraph_has_at_most_four_sentences_and_lists_do_not_count() -> None:
    five = "Een. Twee. Drie. Vier. Vijf."
    assert paragraphs(f"{five}\n\nZes.") == [five, "Zes."]
    assert check_paragraph_length("alinea", [("lang", f"Intro.\n\n{five}")]) == [
        "alinea/lang: alinea van 5 zinnen (max 4; zet een lege regel tussen): "
        "'Een. Twee. Drie. Vier. Vijf. …'"
    ]
    # Wrapped lines are one paragraph; a blank line splits it.
    assert check_paragraph_length("alinea", [("kort", "Een. Twee.\nDrie. Vier.\n\nVijf.")]) == []
    wrapped = "Een. Twee.\nDrie.\nVier. Vijf."
    assert len(check_paragraph_length("alinea", [("lang", wrapped)])) == 1
    # List items are no paragraph, and a list ends the paragraph before it.
    listed = "Neem mee:\n- uw eID\n- uw PIN-code\n- uw gsm\n- uw bankkaart\n- een pen"
    assert paragraphs(listed) == ["Neem mee:"]
    around = "Een. Twee. Drie.\n- iets\nVier. Vijf. Zes."
    assert paragraphs(around) == ["Een. Twee. Drie.", "Vier. Vijf. Zes."]
    assert check_paragraph_length("alinea", [("lijst", listed), ("rond", around)]) == []


def test_sentences_split_on_punctuation_quotes_and_list_items() -> None:
    text = 'Klik op "Aanmelden." Kies: itsme\nof eID? Ja.\n\n- uw eID\n- uw PIN-code'
    assert sentences(text) == [
        'Klik op "Aanmelden."',
        "Kies:",
        "itsme of eID?",
        "Ja.",
        "uw eID",
        "uw PIN-code",
    ]
