"""The house rule "the citizen types in their own account", as the validator checks it.

Staff texts of ``samen``/``medewerker`` steps must not tell staff to type, click,
choose... (an error, unless a reviewed exception marker says why it happens
outside the citizen's account); ``burger`` steps in which the citizen acts say
"Deze stap doet u zelf." (a warning), and so do their translations.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from desk.domain.guides.model import Guide, Problem
from desk.domain.guides.own_account import (
    ACTION_WORDS,
    SELF_SENTENCES,
    citizen_actions,
    says_self,
    staff_actions,
)
from desk.domain.guides.parser import parse_guide
from desk.domain.guides.validate import check_guide, check_paths
from tests.guides.support import TODAY

# --------------------------------------------------------------------------- the word list

STAFF_ACTS = [
    "Typ voor de burger het adres in.",
    "Typ het e-mailadres van de burger.",
    "Klik samen op Volgende.",
    'Klik op "Aanmelden".',
    "Tik op Installeren op de smartphone van de burger.",
    "Vul samen het formulier in.",
    "Vul het e-mailadres van de burger in.",
    "Kies de aangifte van het juiste jaar.",
    "Kies je de juiste reden, dan plant de tool genoeg tijd in.",
    "Selecteer het certificaat.",
    "Vink de meldingen per e-mail aan.",
    "Onderteken het document.",
    "Steek de eID in de lezer.",
    "Laad de facturen op.",
    "Upload het attest.",
    "Scan de facturen in.",
    "Download het attest op het toestel van de burger.",
    "Open in MyMinfin de aangifte.",
    "Ga naar het profiel in Mijn eBox.",
    "Druk op de knop Versturen.",
    "Meld u aan met de itsme-app van de burger.",
    "Log in met de gegevens van de burger.",
    "Verstuur het formulier.",
    "Open de app en tik op Start.",
    "U klikt op Aanmelden.",
    "Klikt u daarna op Verder?",
    "Daarna vult u het formulier in.",
    "We vullen samen het formulier in.",
    "Wij kiezen de juiste categorie.",
    "U moet het adres intypen.",
    "Kunt u het adres intypen?",
    "De burger beslist en typt of kijkt mee.",
    "De burger leest mee terwijl u het formulier invult.",
    "- Kies samen de dienst.",
]

STAFF_DOES_NOT_ACT = [
    "De burger typt het adres.",
    "De burger typt zelf; u kijkt weg.",
    "Laat de burger kiezen.",
    "U laat de burger zelf het moment kiezen.",
    "Help de burger de dienst kiezen.",
    "Wijs aan waar de burger moet klikken.",
    "Leg uit wat de knop Versturen doet.",
    "Lees mee met de burger.",
    "Kijk mee.",
    "Kijk weg bij de code.",
    "Typ nooit een code van de burger.",
    "Typ de PIN-code nooit zelf.",
    "Raak niets aan en typ niets.",
    "Klik niet op de link in de sms.",
    "U typt niets voor de burger.",
    'Zeg: "Typ nu uw PIN-code."',
    "Zeg „Kies uw bank”.",
    "Het is druk op het loket.",
    "Druk de handout af.",
    "Meld het verlies bij de politie.",
    "Open de website van de gemeente.",
    "Open de officiële pagina om een account te maken.",
    "Ga naar het loket van burgerzaken.",
    "Ga na of uw gemeente activatiecodes uitreikt.",
    "De burger kijkt niet mee op een ander scherm.",
    "Bevestig samen dat aanmelden werkt.",
    "De typfout is snel gevonden.",
    "Het klikken gaat vanzelf.",
]


@pytest.mark.parametrize("text", STAFF_ACTS)
def test_staff_acting_in_the_account_is_found(text: str) -> None:
    assert staff_actions(text, "nl"), text


@pytest.mark.parametrize("text", STAFF_DOES_NOT_ACT)
def test_talking_about_the_citizen_is_not_staff_acting(text: str) -> None:
    assert staff_actions(text, "nl") == [], text


def test_found_actions_name_the_words_and_the_line() -> None:
    text = "Leg uit wat er komt.\nKlik op Verder en typ het adres.\n\nDaarna kiest u het jaar."
    assert [(a.words, a.line) for a in staff_actions(text, "nl")] == [
        ("klik", 1),
        ("typ", 1),
        ("kiest u", 3),
    ]


def test_citizen_actions_include_confirming_in_the_app() -> None:
    assert [a.words for a in citizen_actions("Bevestig met uw itsme-code.", "nl")] == ["bevestig"]
    # Confirming is never a staff action in the list: "bevestig samen" means "check together".
    assert staff_actions("Bevestig met uw itsme-code.", "nl") == []
    assert citizen_actions("Klik niet op de link. Wacht op de brief.", "nl") == []


def test_word_lists_and_self_sentences_are_per_language() -> None:
    assert set(ACTION_WORDS) == {"nl"}
    assert staff_actions("Typ het adres.", "fr") == []
    assert SELF_SENTENCES == {
        "nl": "Deze stap doet u zelf.",
        "fr": "Vous faites cette étape vous-même.",
        "en": "You do this step yourself.",
    }
    assert says_self("Typ uw code.\nDeze stap\ndoet u zelf", "nl")
    assert says_self("Tapez votre code. Vous faites cette étape vous-même.", "fr")
    assert not says_self("Tapez votre code.", "fr")
    assert not says_self("U doet het zelf.", "nl")


# --------------------------------------------------------------------------- in a guide

_HEAD = """\
+++
id = "{id}"
title = "Testgids"
summary = "Een verzonnen gids voor de regel over het eigen account."
category = "basisvaardigheden"
tags = []
synonyms = []
minutes = 5
bring = []
prechecks = []
sources = ["https://www.vlaanderen.be/"]
reviewed = 2026-10-01
reviewer = "Test"
version = 1
language = "{language}"
+++
"""


def _guide(tmp_path: Path, actor: str, staff: str, citizen: str, *, language: str = "nl") -> Path:
    path = tmp_path / "eigen-account.md"
    path.write_text(
        _HEAD.format(id="eigen-account", language=language)
        + f"## De stap {{#stap}}\nWie: {actor}\n\n### Medewerker\n{staff}\n\n"
        f"### Burger\n{citizen}\n",
        encoding="utf-8",
    )
    return path


def _problems(path: Path) -> list[Problem]:
    parsed = parse_guide(path)
    if isinstance(parsed, list):
        return parsed
    return check_guide(parsed, today=TODAY)


def _shown(problems: list[Problem]) -> list[str]:
    return [f"{p.line}:{p.severity}:{p.rule}:{p.message}" for p in problems]


@pytest.mark.parametrize("actor", ["samen", "medewerker"])
def test_staff_typing_in_a_together_or_staff_step_is_an_error(tmp_path: Path, actor: str) -> None:
    path = _guide(tmp_path, actor, "Leg uit wat er komt.\nTyp voor de burger het adres.", "Kijk mee.")
    problems = _problems(path)
    errors = [p for p in problems if p.is_error]
    assert len(errors) == 1, _shown(problems)
    assert errors[0].line == 22  # the line of "Typ voor de burger", not the step
    assert errors[0].rule == "staff-action"
    assert f"stap 'stap' (Wie: {actor}): de medewerker handelt zelf ('typ')" in errors[0].message
    assert "<!-- uitzondering: reden -->" in errors[0].message
    # The whole check: the guide is skipped, and the report says where.
    report = check_paths([path], today=TODAY)
    assert report.guides == [] and path in report.skipped


def test_a_citizen_step_may_say_what_the_citizen_types(tmp_path: Path) -> None:
    path = _guide(
        tmp_path, "burger", "Typ niets. De burger typt zelf.", "Typ uw PIN-code. Deze stap doet u zelf."
    )
    assert _problems(path) == []


def test_a_reviewed_exception_allows_the_word(tmp_path: Path) -> None:
    staff = (
        "Klik in de agenda van de gemeente op een vrij moment.\n"
        "<!-- uitzondering: afspraak in het systeem van de gemeente, niet in het account -->"
    )
    path = _guide(tmp_path, "medewerker", staff, "De medewerker maakt de afspraak.")
    assert _problems(path) == []
    guide = parse_guide(path)
    assert isinstance(guide, Guide)
    step = guide.steps[0]
    assert step.exception == "afspraak in het systeem van de gemeente, niet in het account"
    assert step.exception_line == 22
    assert "uitzondering" not in step.staff_text  # a comment: never shown


@pytest.mark.parametrize(
    ("marker", "fragment"),
    [
        ("<!-- uitzondering: -->", "uitzondering zonder reden"),
        ("<!-- uitzondering:    -->", "uitzondering zonder reden"),
        ("<!-- uitzondering -->", "uitzondering zonder reden"),
        ("<!-- Uitzondering : -->", "uitzondering zonder reden"),
    ],
)
def test_an_exception_without_a_reason_is_an_error(
    tmp_path: Path, marker: str, fragment: str
) -> None:
    path = _guide(tmp_path, "samen", f"Klik op Zoeken.\n{marker}", "Kijk mee.")
    problems = _problems(path)
    assert [(p.line, p.severity) for p in problems] == [(22, "error")], _shown(problems)
    assert fragment in problems[0].message


def test_an_exception_must_stand_on_its_own_line(tmp_path: Path) -> None:
    path = _guide(
        tmp_path, "samen", "Klik op Zoeken. <!-- uitzondering: pc van het loket -->", "Kijk mee."
    )
    problems = _problems(path)
    assert [(p.line, p.severity) for p in problems] == [(21, "error")], _shown(problems)
    assert "op een eigen regel" in problems[0].message
    multi = _guide(
        tmp_path, "samen", "Klik op Zoeken.\n<!-- uitzondering:\n  pc van het loket -->", "Kijk."
    )
    assert [(p.line, "op een eigen regel" in p.message) for p in _problems(multi)] == [(22, True)]


def test_other_comments_do_not_count_as_exceptions(tmp_path: Path) -> None:
    staff = "Klik op Zoeken.\n<!-- uitzonderingen zijn zeldzaam -->\n<!-- te verifiëren: knop -->"
    problems = _problems(_guide(tmp_path, "samen", staff, "Kijk mee."))
    assert [p.rule for p in problems] == ["staff-action"], _shown(problems)


def test_an_exception_outside_the_staff_text_is_an_error(tmp_path: Path) -> None:
    path = _guide(
        tmp_path, "samen", "Leg uit.", "Kijk mee.\n<!-- uitzondering: pc van het loket -->"
    )
    problems = _problems(path)
    assert [(p.line, p.severity) for p in problems] == [(25, "error")], _shown(problems)
    assert "hoort in de tekst onder '### Medewerker'" in problems[0].message


def test_an_unneeded_exception_is_a_warning(tmp_path: Path) -> None:
    path = _guide(
        tmp_path, "samen", "Wijs aan waar het staat.\n<!-- uitzondering: pc van het loket -->",
        "Kijk mee.",
    )
    problems = _problems(path)
    assert [(p.line, p.severity, p.rule) for p in problems] == [(22, "warning", "exception")]


def test_a_citizen_step_with_an_action_says_deze_stap_doet_u_zelf(tmp_path: Path) -> None:
    path = _guide(tmp_path, "burger", "Kijk weg.", "Kies een geheime code van 5 cijfers.")
    problems = _problems(path)
    assert [(p.line, p.severity, p.rule) for p in problems] == [(23, "warning", "self-step")]
    assert problems[0].message == (
        "stap 'stap' is 'Wie: burger' en de burger handelt zelf ('kies'); "
        'zeg het in de burgertekst: "Deze stap doet u zelf."'
    )
    # Without an action there is nothing to say.
    quiet = _guide(tmp_path, "burger", "Kijk weg.", "Wacht op de brief. Klik niet op links.")
    assert _problems(quiet) == []


def test_a_guide_language_without_a_word_list_is_said(tmp_path: Path) -> None:
    path = _guide(tmp_path, "samen", "Typ het adres.", "Regardez.", language="de")
    problems = _problems(path)
    assert [(p.line, p.severity) for p in problems] == [(15, "warning")], _shown(problems)
    assert "geen woordenlijst voor de taal 'de'" in problems[0].message
