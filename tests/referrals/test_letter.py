from __future__ import annotations

import dataclasses
import shutil
from datetime import date
from pathlib import Path

import pytest

from desk.domain.directory import Directory
from desk.domain.directory.model import OpeningHours, OpeningSlot
from desk.domain.referrals.letter import (
    PARTNER_CONTACT,
    REFERRED_BY,
    WHAT_TO_BRING,
    WHEN,
    WHERE,
    Letter,
    LetterTemplateError,
    OfficeInfo,
    build_letter,
    format_opening_hours,
    load_letter_template,
)

from .helpers import RESOURCES, make_referral, with_consent

TEMPLATES = RESOURCES / "letters"
OFFICE = OfficeInfo(
    office_name="Sociaal Huis Voorbeeld (fictief)",
    staff_name="Ann Voorbeeld",
    phone="+32 56 00 00 50",
    email="loket@example.org",
)
TODAY = date(2026, 11, 28)


def letter_for(
    directory: Directory,
    referral=None,
    *,
    templates: Path = TEMPLATES,
    language: str | None = None,
    location: bool = True,
) -> Letter:  # type: ignore[no-untyped-def]
    referral = referral or with_consent(
        make_referral(needs=("smartphone", "egov")), availability="dinsdagvoormiddag"
    )
    service = directory.service("svc-digipunt-hulp")
    assert service is not None
    loc = directory.location("loc-digipunt-kortrijk") if location else None
    return build_letter(
        referral,
        service,
        loc,
        OFFICE,
        templates=templates,
        today=TODAY,
        organization=directory.organization(service.organization_id),
        language=language,
    )


def lines(letter: Letter, key: str) -> tuple[str, ...]:
    section = letter.section(key)
    assert section is not None, key
    return section.lines


def test_dutch_letter_has_where_when_what_who_and_how(directory: Directory) -> None:
    letter = letter_for(directory)
    assert letter.language == "nl" and letter.warnings == ()
    assert letter.title == "Uw doorverwijzing naar Hulp op het digipunt (fictief)"
    assert letter.date_line == "Datum: 28-11-2026"
    assert letter.greeting == "Beste Fictieve Burger,"
    assert "uw smartphone gebruiken, online diensten van de overheid" in letter.paragraphs[0]
    assert "belt u op" in letter.paragraphs[1]
    assert "dinsdagvoormiddag" in letter.paragraphs[2]
    assert lines(letter, WHERE)[:3] == (
        "Digipunt Voorbeeldstraat (fictief)",
        "Voorbeeldstraat 1",
        "8500 Kortrijk",
    )
    assert "Toegankelijk met een rolstoel." in lines(letter, WHERE)
    assert lines(letter, WHEN) == (
        "maandag 9.00–12.00 uur",
        "woensdag 13.30–16.30 uur",
        "vrijdag 9.00–12.00 uur",
        "Gesloten op feestdagen.",
    )
    assert "uw identiteitskaart (eID)" in lines(letter, WHAT_TO_BRING)
    assert lines(letter, REFERRED_BY) == (
        "Ann Voorbeeld, Sociaal Huis Voorbeeld (fictief)",
        "Telefoon: 056 00 00 50",
        "E-mail: loket@example.org",
    )
    # One phone number for the partner: the location's.
    assert lines(letter, PARTNER_CONTACT)[0] == "Telefoon: 056 00 00 10"
    assert sum(line.startswith("Telefoon") for line in lines(letter, PARTNER_CONTACT)) == 1
    text = letter.as_text()
    assert "Wanneer?" in text and "Wie heeft u doorverwezen?" in text


def test_french_letter_uses_the_french_template(directory: Directory) -> None:
    referral = with_consent(make_referral(), language="fr")
    letter = letter_for(directory, referral)  # language from the citizen
    assert letter.language == "fr" and letter.warnings == ()
    assert letter.greeting == "Bonjour Fictieve Burger,"
    assert letter.date_line == "Date : 28/11/2026"
    assert letter.section(WHEN) is not None and letter.section(WHEN).heading == "Quand ?"  # type: ignore[union-attr]
    assert lines(letter, WHEN)[0] == "lundi 9h00–12h00"
    assert "vous téléphonera" in letter.paragraphs[1]


def test_a_language_without_template_falls_back_to_dutch(directory: Directory) -> None:
    letter = letter_for(directory, language="ar")
    assert letter.language == "nl" and letter.requested_language == "ar"
    assert letter.warnings and "letter-ar.toml" in letter.warnings[0]
    assert letter.greeting.startswith("Beste")


def test_a_broken_template_falls_back_to_dutch(directory: Directory, tmp_path: Path) -> None:
    folder = tmp_path / "letters"
    shutil.copytree(TEMPLATES, folder)
    fr = folder / "letter-fr.toml"
    fr.write_text(
        fr.read_text(encoding="utf-8").replace("{service_name}", "{servce_name}"), encoding="utf-8"
    )
    with pytest.raises(
        LetterTemplateError, match=r"letter-fr\.toml: title: onbekende plaatshouder"
    ):
        load_letter_template(folder, "fr")
    letter = letter_for(directory, templates=folder, language="fr")
    assert letter.language == "nl" and "servce_name" in letter.warnings[0]
    assert "{" not in letter.as_text()


@pytest.mark.parametrize(
    ("old", "new", "fragment"),
    [
        ('language = "fr"', 'language = "nl"', "verwacht"),
        ("[needs]", "[besoins]", "[needs]"),
        ('joiner = " et "', "", "hours.joiner"),
        ('time = "{hour}h{minute:02d}"', 'time = "{hour:q}"', "ongeldige plaatshouder"),
        ('title = "', "title = ", "geen geldige TOML"),
    ],
)
def test_template_errors_name_file_and_key(
    tmp_path: Path, old: str, new: str, fragment: str
) -> None:
    folder = tmp_path / "letters"
    shutil.copytree(TEMPLATES, folder)
    fr = folder / "letter-fr.toml"
    content = fr.read_text(encoding="utf-8")
    assert old in content
    fr.write_text(content.replace(old, new, 1), encoding="utf-8")
    with pytest.raises(LetterTemplateError) as err:
        load_letter_template(folder, "fr")
    assert str(err.value).startswith("letter-fr.toml: ")
    assert fragment in str(err.value)


def test_anonymous_letter_has_no_name_and_says_go_yourself(directory: Directory) -> None:
    letter = letter_for(directory, make_referral())
    assert letter.greeting == "Beste,"
    assert letter.paragraphs[1] == "U gaat zelf langs. Neem deze brief mee."
    assert "Fictieve Burger" not in letter.as_text()


def test_i_will_go_myself(directory: Directory) -> None:
    referral = with_consent(make_referral(), phone="", contact_channel="none_i_will_go")
    assert "U gaat zelf langs" in letter_for(directory, referral).paragraphs[1]


def test_service_without_location(directory: Directory) -> None:
    letter = letter_for(directory, location=False)
    assert lines(letter, WHERE) == (
        "Digipunten Voorbeeldregio (fictief) komt naar u toe of helpt u op afstand.",
    )
    assert lines(letter, WHEN) == ("Bel eerst om te vragen wanneer u kunt komen.",)
    assert lines(letter, PARTNER_CONTACT)[0] == "Telefoon: 056 00 00 01"


def test_several_periods_on_one_day_are_joined() -> None:
    tpl = load_letter_template(TEMPLATES, "nl")
    hours = OpeningHours(
        slots=(
            OpeningSlot("wednesday", "09:00", "12:00"),
            OpeningSlot("wednesday", "13:30", "16:00"),
            OpeningSlot("monday", "08:30", "12:00"),
        ),
        note="Op afspraak.",
    )
    assert format_opening_hours(hours, tpl) == [
        "maandag 8.30–12.00 uur",
        "woensdag 9.00–12.00 en 13.30–16.00 uur",
        "Op afspraak.",
    ]


def test_withdrawn_consent_letter_is_anonymous(directory: Directory) -> None:
    from desk.domain.referrals import withdraw_consent

    from .helpers import NOW

    referral = withdraw_consent(with_consent(make_referral()), by="ann", at=NOW)
    assert "Fictieve Burger" not in letter_for(directory, referral).as_text()


def test_letter_is_immutable_data(directory: Directory) -> None:
    letter = letter_for(directory)
    with pytest.raises(dataclasses.FrozenInstanceError):
        letter.title = "x"  # type: ignore[misc]


def test_no_letter_title_promises_an_appointment() -> None:
    """The referral may still wait to be sent; nobody has made an appointment yet (#15)."""
    import tomllib

    from desk import paths

    folder = paths.resources_dir() / "letters"
    titles = {p.name: tomllib.loads(p.read_text(encoding="utf-8"))["title"]
              for p in folder.glob("letter-*.toml")}
    assert len(titles) >= 3
    for name, title in titles.items():
        assert not any(word in title.lower() for word in ("afspraak", "rendez-vous",
                                                          "appointment")), name
