"""Search as you type: accents, case, synonyms, word forms, prefixes and ranking."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from desk.domain.guides.model import Guide, Step, Target
from desk.domain.guides.search import SearchIndex, forms, normalize


def _guide(
    guide_id: str,
    title: str,
    *,
    summary: str = "Een gids.",
    tags: tuple[str, ...] = (),
    synonyms: tuple[str, ...] = (),
    body: str = "Volg de stappen.",
    category: str = "basisvaardigheden",
) -> Guide:
    step = Step(
        id="stap",
        title="Stap",
        actor="together",
        staff_text=body,
        citizen_text="Doe mee.",
        image=None,
        question=None,
        flow=Target("end", "done"),
        line=1,
        actor_line=2,
    )
    return Guide(
        id=guide_id,
        title=title,
        summary=summary,
        category=category,
        tags=tags,
        synonyms=synonyms,
        minutes=10,
        bring=(),
        prechecks=(),
        sources=("https://example.be",),
        reviewed=date(2026, 10, 1),
        reviewer="Test",
        version=1,
        language="nl",
        start="stap",
        steps=(step,),
        path=Path(f"{guide_id}.md"),
    )


@pytest.fixture(scope="module")
def index() -> SearchIndex:
    return SearchIndex(
        [
            _guide(
                "eid-pin-puk",
                "PIN-code van de eID vergeten",
                tags=("eid", "pin"),
                synonyms=("paswoord kwijt", "pincode vergeten"),
            ),
            _guide(
                "verbouwpremie",
                "Mijn VerbouwPremie aanvragen",
                summary="Premies voor renovatie van de woning.",
                category="wonen-en-verbouwen",
            ),
            _guide(
                "attesten",
                "Attesten downloaden",
                body="Vraag een attest van gezinssamenstelling aan in het e-loket.",
                category="attesten-en-documenten",
            ),
            _guide("kaartlezer", "Kaartlezer installeren", body="Zonder kaartlezer geen eID-pin."),
            _guide("belastingaangifte", "Belastingaangifte in MyMinfin", tags=("belastingen",)),
            _guide("email", "E-mailadres maken", synonyms=("mailbox aanmaken",)),
            _guide("creche", "Inschrijven in de crèche", summary="Opvang voor uw kinderen."),
        ]
    )


def _ids(index: SearchIndex, query: str, category: str | None = None) -> list[str]:
    return [hit.guide.id for hit in index.search(query, category=category)]


def test_normalize_drops_accents_and_case() -> None:
    assert normalize("Crèche ÉÉN Ça") == "creche een ca"


def test_word_forms_overlap() -> None:
    for left, right in [
        ("pincodes", "pincode"),
        ("aanvragen", "aanvraag"),
        ("attesten", "attest"),
        ("premies", "premie"),
        ("kaartje", "kaart"),
        ("adressen", "adres"),
        ("kinderen", "kind"),
    ]:
        assert set(forms(left)) & set(forms(right)), (left, right)


def test_accents_and_case_are_ignored(index: SearchIndex) -> None:
    assert _ids(index, "CRECHE ") == ["creche"]
    assert _ids(index, "crèche") == ["creche"]
    assert _ids(index, "Verbouwpremie") == ["verbouwpremie"]


def test_synonyms_are_searched(index: SearchIndex) -> None:
    assert _ids(index, "paswoord kwijt") == ["eid-pin-puk"]


def test_word_forms_match(index: SearchIndex) -> None:
    assert _ids(index, "attest ")[0] == "attesten"
    assert _ids(index, "aanvraag verbouwpremies ") == ["verbouwpremie"]
    assert "creche" in _ids(index, "kind ")


def test_prefix_of_the_word_being_typed(index: SearchIndex) -> None:
    assert _ids(index, "kaartl") == ["kaartlezer"]
    assert _ids(index, "belast") == ["belastingaangifte"]
    # A finished word (followed by a space) is not a prefix any more.
    assert _ids(index, "kaartl ") == []


def test_hyphenated_words_match_joined_and_in_parts(index: SearchIndex) -> None:
    assert _ids(index, "email")[0] == "email"
    assert _ids(index, "e-mail")[0] == "email"
    assert "attesten" in _ids(index, "loket ")


def test_title_beats_body(index: SearchIndex) -> None:
    # 'pin' is in the title of the PIN guide and only in the body of the card-reader guide.
    assert _ids(index, "pin ")[:2] == ["eid-pin-puk", "kaartlezer"]
    hits = index.search("pin ")
    assert hits[0].score > hits[1].score


def test_full_word_beats_prefix_in_the_same_field() -> None:
    index = SearchIndex([_guide("a", "Attest aanvragen"), _guide("b", "Attestering nakijken")])
    assert _ids(index, "attest") == ["a", "b"]


def test_ties_go_by_title() -> None:
    index = SearchIndex(
        [_guide("z", "Zorgpremie"), _guide("b", "Bouwpremie"), _guide("k", "Kotpremie")]
    )
    # Same field, same kind of match: alphabetical by title.
    assert _ids(index, "premie ") == []  # compounds are not split
    assert _ids(index, "") == ["b", "k", "z"]
    index = SearchIndex(
        [_guide("z", "Zorg premie"), _guide("b", "Bouw premie"), _guide("k", "Kot premie")]
    )
    assert _ids(index, "premie") == ["b", "k", "z"]


def test_guides_with_all_words_come_alone_and_stopwords_are_ignored(index: SearchIndex) -> None:
    assert _ids(index, "hoe vraag ik de verbouwpremie aan") == ["verbouwpremie"]
    # 'pin' is in two guides, 'eid' too, both only in the PIN guide's title.
    assert _ids(index, "pin eid ") == ["eid-pin-puk", "kaartlezer"]
    assert _ids(index, "pin vergeten ") == ["eid-pin-puk"]


def test_when_no_guide_has_every_word_some_words_are_enough(index: SearchIndex) -> None:
    # Nobody wrote "gsm"; the guides with "pin" still show, best first.
    assert _ids(index, "pin gsm ") == ["eid-pin-puk", "kaartlezer"]
    assert _ids(index, "gsm fax ") == []


def test_a_word_in_more_fields_breaks_a_tie_but_never_beats_a_better_field() -> None:
    index = SearchIndex(
        [
            _guide("a", "Afspraak op afstand"),
            _guide("b", "Online afspraak", tags=("afspraak",), body="Maak een afspraak."),
            _guide("c", "Iets anders", tags=("afspraak",), summary="afspraak", body="afspraak"),
        ]
    )
    assert _ids(index, "afspraak ") == ["b", "a", "c"]


def test_ph_and_f_spellings_match() -> None:
    index = SearchIndex([_guide("p", "Phishing herkennen")])
    assert _ids(index, "fishing ") == ["p"]


def test_category_filter(index: SearchIndex) -> None:
    assert _ids(index, "", category="wonen-en-verbouwen") == ["verbouwpremie"]
    assert _ids(index, "pin", category="wonen-en-verbouwen") == []
    assert _ids(index, "", category="onbestaand") == []


def test_limit(index: SearchIndex) -> None:
    assert len(index.search("", limit=3)) == 3


def test_index_over_no_guides() -> None:
    assert SearchIndex([]).search("pin") == []


def test_guides_are_not_changed_by_indexing(index: SearchIndex) -> None:
    guide = index.guides[0]
    assert replace(guide) == guide
