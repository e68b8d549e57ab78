"""The note of a guide report: the case-note rule, and no personal data. Attacked."""

from __future__ import annotations

from datetime import datetime

import pytest

from desk import clock
from desk.domain.cases import MAX_NOTES, CaseInvalid, Rules, validate_case
from desk.domain.guide_reports import (
    MAX_NOTE,
    ReportInvalid,
    note_problem,
    personal_data_problem,
    report_from_wire,
    report_to_wire,
    validate_report,
)


def report(note: str, **over: object) -> object:
    args: dict[str, object] = {"guide_id": "itsme-activeren", "guide_version": 3,
                               "step_id": "open-app", "note": note, "now": clock.now()}  # fmt: skip
    args.update(over)
    return validate_report(**args)  # type: ignore[arg-type]


def problem_of(note: str, field: str = "note") -> str:
    with pytest.raises(ReportInvalid) as caught:
        report(note)
    return str(caught.value.errors[field])


@pytest.mark.parametrize(
    "note",
    [
        "De knop heet nu 'Aanmelden', niet 'Inloggen'.",
        "Card Stop heeft nu 078 170 170; het oude nummer werkt niet meer.",
        "Fluvius: 0800 63 535 staat er niet bij.",
        "Sinds vorige week vraagt de site eerst de taal.\nDaarna pas het menu.",
        "Stap 3 van 12: de afbeelding toont de oude app.",
        "De link https://www.mijnburgerprofiel.be/ opent een lege pagina.",
        "Meneer kwam niet verder: de sms-code komt niet aan.",
        "Versie 2025 van MyMinfin heeft het menu 'Mijn documenten'.",
    ],
)
def test_what_staff_write_about_a_step_is_accepted(note: str) -> None:
    values = report(f"  {note}  ")
    assert values.note == note  # trimmed like a case note  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("note", "expected"),
    [
        # A name and a number, the way a tired employee writes them.
        ("Mevrouw Peeters, 0470 12 34 56, kreeg een foutmelding", "gsm-, rijksregister-"),
        ("mevr. De Smet kon niet verder", "bevat een naam"),
        ("Dhr. Janssens belt terug", "bevat een naam"),
        ("Mme Dubois ne comprend pas", "bevat een naam"),
        ("naam: Jan, lukt niet", "bevat een naam"),
        ("bel 0470/12.34.56 terug", "gsm-"),
        ("+32 470 12 34 56 gaf een fout", "gsm-"),
        ("0032470123456", "gsm-"),
        ("rijksregisternummer 85.07.30-033.28 werd geweigerd", "rijksregister"),
        ("85073003328 werd geweigerd", "rijksregister"),
        ("betaald van BE68 5390 0754 7034", "rekeningnummer"),
        ("kaart 4111 1111 1111 1111 geweigerd", "rekeningnummer"),
        ("stuur het naar jan.peeters@example.com", "e-mailadres"),
        ("woont Kerkstraat 12 en kreeg geen brief", "adres"),
        ("Grote Markt 1 staat verkeerd", "adres"),
        ("habite rue de la Gare 5", "adres"),
        ("geboren op 3/4/1950 en te oud voor de app", "geboortedatum"),
        # The case-note rule.
        ("De knop\x07 is weg", "onzichtbare of stuurtekens (U+0007)"),
        ("De knop \x1b[2J is weg", "U+001B"),
        ("De knop\u200b is weg", "U+200B"),
        ("De knop\u202e is weg", "U+202E"),
        ("regel\u2028regel", "U+2028"),
        ("nul\x00byte", "U+0000"),
        ("x" * 10_000, f"hoogstens {MAX_NOTE} tekens (10000 nu)"),
        ("x" * (MAX_NOTE + 1), f"hoogstens {MAX_NOTE} tekens ({MAX_NOTE + 1} nu)"),
        ("", "beschrijf kort"),
        ("   \n\t  ", "beschrijf kort"),
        ("ok", "beschrijf kort"),
    ],
)
def test_attacks_on_the_note_are_refused_with_a_reason(note: str, expected: str) -> None:
    assert expected in problem_of(note)


def test_the_limit_counts_the_trimmed_note() -> None:
    assert note_problem(" " * 50 + "x" * MAX_NOTE + " " * 50) is None
    assert note_problem("x" * MAX_NOTE) is None


def test_case_notes_keep_their_own_rule() -> None:
    """The shared free-text rule did not change what a case note allows."""
    rules = Rules(now=clock.now())
    form = {"topics": "guide:itsme-activeren", "outcome": "together", "duration_min": "5",
            "office": "balie", "staff": "An"}  # fmt: skip
    assert validate_case({**form, "notes": "x" * MAX_NOTES}, rules).notes == "x" * MAX_NOTES
    with pytest.raises(CaseInvalid) as caught:
        validate_case({**form, "notes": "x" * (MAX_NOTES + 1)}, rules)
    assert caught.value.errors["notes"] == f"hoogstens {MAX_NOTES} tekens ({MAX_NOTES + 1} nu)"
    with pytest.raises(CaseInvalid) as caught:
        validate_case({**form, "notes": "a\x07b"}, rules)
    assert "U+0007" in caught.value.errors["notes"]
    # Case notes may still quote a phone number (they are the employee's own log).
    assert validate_case({**form, "notes": "terugbellen 0470 12 34 56"}, rules).notes


@pytest.mark.parametrize(
    ("field", "value"),
    [("guide_id", "../etc/passwd"), ("guide_id", "Itsme"), ("step_id", ""), ("step_id", "a b"),
     ("guide_version", 0), ("guide_version", True), ("guide_version", "3")],
)
def test_ids_and_version_are_checked(field: str, value: object) -> None:
    with pytest.raises(ReportInvalid) as caught:
        report("De knop heet anders.", **{field: value})
    assert set(caught.value.errors) == {field}


def test_an_unknown_office_code_is_left_out_and_the_time_is_utc() -> None:
    values = report("De knop heet anders.", office="Balie 2")
    assert values.office is None  # type: ignore[attr-defined]
    assert report("De knop heet anders.", office="balie").office == "balie"  # type: ignore[attr-defined]
    with pytest.raises(ValueError):
        report("De knop heet anders.", now=datetime(2026, 1, 1))


def test_wire_round_trip_and_unreadable_pulled_bodies() -> None:
    values = report("De knop heet anders.", office="balie")
    row = {**values.columns(), "reported_at": values.reported_at}  # type: ignore[attr-defined]
    body = report_to_wire(row)
    assert set(body) == {"guide_id", "guide_version", "step_id", "note", "reported_at", "office",
                         "training"}  # fmt: skip
    assert body["reported_at"].endswith("Z")
    columns = report_from_wire({**body, "status": "closed", "reply": "Aangepast.",
                                "closed_at": body["reported_at"], "resolved_in_version": 4})
    assert (columns["status"], columns["reply"], columns["resolved_in_version"]) == (
        "closed", "Aangepast.", 4)
    for broken in ({**body, "status": "weg"}, {**body, "guide_version": "3"},
                   {**body, "note": "a\x1bb"}, {**body, "reply": 5},
                   {**body, "reported_at": "gisteren"}, {k: v for k, v in body.items()
                                                         if k != "step_id"}):  # fmt: skip
        with pytest.raises((ValueError, KeyError)):
            report_from_wire(broken)


def test_personal_data_is_looked_for_only_where_it_is_certain() -> None:
    assert personal_data_problem("De stap 'Kies een moment' klopt niet meer.") is None
    assert personal_data_problem("Bel 056 27 70 00 (het gemeentehuis) staat er niet.") is None
