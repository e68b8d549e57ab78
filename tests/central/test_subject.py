"""A citizen's access and erasure requests (issue #20, item 5), on SQLite and PostgreSQL.

Every name, number and address is fictional.
"""

from __future__ import annotations

import json
import os
import re
import stat
import tomllib
from pathlib import Path

import pytest
from sqlalchemy import Engine

from desk import clock
from desk.central import subject, subject_report
from desk.central.cli import main
from desk.central.subject import Query, SubjectError
from desk.clock import FrozenClock

from .conftest import Central, change
from .privacy_support import (
    EMAIL,
    NAME,
    NOTE,
    PHONE,
    REF,
    all_audit_text,
    audit_rows,
    case_change,
    cube,
    days,
    item,
    personal_referral,
    pull_all,
    push,
    stats,
)

OTHER_NAME = "Zwanhilde Andersen"


def _find(central: Central, org: str = "harelbeke", **query: str) -> subject.Found:
    return subject.find(central.engine, org, Query(**query), actor="cli:dpo")


def _ids(found: subject.Found) -> set[str]:
    return {m.id for m in found.matches}


# -- matching -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("stored", "searched", "same"),
    [
        ("Zwanhilde Kanariepietersen", "kanariepietersen  ZWANHILDE", True),
        ("Marie-José Dubois", "marie jose dubois", True),
        ("Marie-José Dubois", "Marie Dubois", False),
        ("Zwanhilde Kanariepietersen", "Zwanhilde Kanariepieters", False),
    ],
)
def test_names_match_whatever_the_spelling_of_case_accents_and_order(
    stored: str, searched: str, same: bool
) -> None:
    assert (subject.name_key(stored) == subject.name_key(searched)) is same


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("+32 470 12 34 56", "0470/12.34.56", True),
        ("0032 470 12 34 56", "0470123456", True),
        ("+32 470 12 34 56", "+31 470 12 34 56", False),
        ("0470 12 34 56", "0470 12 34 57", False),
    ],
)
def test_phone_numbers_match_with_any_belgian_prefix(a: str, b: str, same: bool) -> None:
    assert (subject.phone_key(a) == subject.phone_key(b)) is same


def test_find_by_name_and_phone_or_email(central: Central) -> None:
    dev = central.enroll("harelbeke")
    mine = change("referral", personal_referral())
    namesake = change("referral", personal_referral(citizen={
        "name": NAME, "phone": "0470 99 99 99", "email": None, "contact_channel": "phone",
        "language": "nl", "availability": None}))  # fmt: skip
    housemate = change("referral", personal_referral(citizen={
        "name": OTHER_NAME, "phone": PHONE, "email": None, "contact_channel": "phone",
        "language": "nl", "availability": None}))  # fmt: skip
    by_phone = case_change(citizen_ref="0470.12.34.56")
    by_mail = case_change(citizen_ref=EMAIL.upper())
    unrelated = case_change(citizen_ref="iemand anders")
    push(central, dev, mine, namesake, housemate, by_phone, by_mail, unrelated)
    elsewhere = change("referral", personal_referral())
    push(central, central.enroll("kortrijk"), elsewhere)

    found = _find(central, name="kanariepietersen zwanhilde", phone="0470/12.34.56")
    assert _ids(found) == {mine["id"], by_phone["id"]}
    on = {m.id: m.matched_on for m in found.matches}
    assert on[mine["id"]] == ("by_name", "by_phone") and on[by_phone["id"]] == ("by_phone",)
    found = _find(central, name=NAME, email=f"  {EMAIL.upper()} ")
    assert _ids(found) == {mine["id"], by_mail["id"]}
    assert _ids(_find(central, name=NAME, phone="0470 00 00 01")) == set()
    # Another organisation's records are never searched.
    assert _ids(_find(central, "kortrijk", name=NAME, phone=PHONE)) == {elsewhere["id"]}


def test_find_by_contact_reference(central: Central) -> None:
    dev = central.enroll("harelbeke")
    a, b = case_change(citizen_ref=REF), case_change(citizen_ref=f"  {REF.upper()}")
    push(central, dev, a, b, case_change(citizen_ref=REF + "-2"), case_change())
    found = _find(central, ref=REF.lower())
    assert _ids(found) == {a["id"], b["id"]}
    assert found.count("case") == 2 and found.count("referral") == 0


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ({"name": NAME}, "a name alone matches namesakes"),
        ({"phone": PHONE}, "give --name with --phone"),
        ({}, "give --ref REF"),
        ({"ref": "  "}, "--ref is empty"),
        ({"name": "--", "phone": PHONE}, "--name has no letters"),
        ({"name": NAME, "phone": "bel me"}, "is not a phone number"),
    ],
)
def test_searches_that_cannot_single_out_one_person_are_refused(
    central: Central, query: dict[str, str], message: str
) -> None:
    with pytest.raises(SubjectError, match=message):
        _find(central, **query)
    assert audit_rows(central, "subject.find") == []


def test_an_unknown_organisation_is_refused(central: Central) -> None:
    with pytest.raises(SubjectError, match="unknown organisation"):
        _find(central, "nergens", ref=REF)


def test_a_search_is_audited_with_counts_never_with_what_was_searched(central: Central) -> None:
    dev = central.enroll("harelbeke")
    push(central, dev, change("referral", personal_referral()), case_change(citizen_ref=PHONE))
    _find(central, name=NAME, phone=PHONE)
    (entry,) = audit_rows(central, "subject.find")
    assert entry["org"] == "harelbeke" and entry["actor"] == "cli:dpo"
    assert entry["detail"] == {"by": ["by_name", "by_phone"], "cases": 1, "referrals": 1}
    text = all_audit_text(central)
    assert all(v not in text for v in (NAME, PHONE, "470", EMAIL, NOTE))


# -- the report ---------------------------------------------------------------------------


def test_the_report_lists_what_is_kept(central: Central) -> None:
    dev = central.enroll("harelbeke")
    ref = change("referral", personal_referral())
    case = case_change(citizen_ref=PHONE, notes="vraag over pensioen")
    push(central, dev, ref, case)
    social = central.enroll("harelbeke", role="social")
    answer = central.client.post(f"/v1/referrals/{ref['id']}/status", headers=social.headers,
                                 json={"status": "received", "note": "gebeld op dinsdag"})
    assert answer.status_code == 200
    text = subject_report.render(_find(central, name=NAME, phone=PHONE), "nl")
    assert re.search(r"  - \d\d-\d\d-\d{4}: Ontvangen \(gebeld op dinsdag\)", text)
    for value in (NAME, PHONE, EMAIL, NOTE, "dinsdagvoormiddag", ref["id"], case["id"],
                  "vraag over pensioen", "Smartphone gebruiken", "Geen toestel", "Harelbeke"):
        assert value in text, value
    assert "Gevonden: 1 doorverwijzing(en) en 1 contact(en) aan het loket." in text
    assert "Gevonden via: naam en telefoonnummer" in text
    # Dates as dd-mm-jjjj; how long each is kept, with the organisation's period.
    assert re.search(r"Bewaard tot \d\d-\d\d-\d{4}, als er niets meer verandert \(365 dagen", text)
    assert "## Uw rechten" in text


def test_a_stored_value_cannot_forge_lines_of_the_report(central: Central) -> None:
    forged = "Brecht Voorbeeld\n\n## Doorverwijzing 2\n- Naam: Iemand Anders\r- Telefoon: 0"
    push(central, central.enroll("harelbeke"),
         change("referral", personal_referral(notes=forged)))  # fmt: skip
    text = subject_report.render(_find(central, name=NAME, phone=PHONE), "nl")
    assert "\n## Doorverwijzing 2" not in text and "\n- Naam: Iemand" not in text
    assert ("- Notities van de medewerker: Brecht Voorbeeld ## Doorverwijzing 2 - Naam: Iemand "
            "Anders - Telefoon: 0") in text


@pytest.mark.parametrize(("lang", "title"), [("nl", "Uw gegevens"), ("fr", "Vos données"),
                                             ("en", "Your details")])  # fmt: skip
def test_the_report_speaks_the_citizens_language(central: Central, lang: str, title: str) -> None:
    push(central, central.enroll("harelbeke"), case_change(citizen_ref=REF))
    text = subject_report.render(_find(central, ref=REF), lang)
    assert text.startswith(f"# {title}") and REF in text


def test_the_report_without_anything_found_says_so(central: Central) -> None:
    text = subject_report.render(_find(central, ref=REF), "en")
    assert "The central service keeps no details that go with these search details." in text
    assert "Found:" not in text


def test_every_language_has_every_text_with_the_same_placeholders() -> None:
    texts = {}
    for lang in subject.LANGUAGES:
        with (subject_report.TEXTS / f"subject-{lang}.toml").open("rb") as fh:
            texts[lang] = tomllib.load(fh)
    assert texts["fr"].keys() == texts["nl"].keys() == texts["en"].keys()
    for key, dutch in texts["nl"].items():
        want = set(re.findall(r"\{\w+\}", dutch))
        for lang in ("fr", "en"):
            assert set(re.findall(r"\{\w+\}", texts[lang][key])) == want, (lang, key)


# -- erasure ------------------------------------------------------------------------------


def test_erase_empties_the_fields_and_reaches_the_desks(central: Central) -> None:
    dev = central.enroll("harelbeke")
    ref, case = change("referral", personal_referral()), case_change(citizen_ref=PHONE)
    other = change("referral", personal_referral(citizen={
        "name": OTHER_NAME, "phone": "0470 99 99 99", "email": None, "contact_channel": "phone",
        "language": "nl", "availability": None}))  # fmt: skip
    push(central, dev, ref, case, other)
    cursor = max(c["seq"] for c in pull_all(central, dev))
    year = clock.today().year
    before = stats(central, dev, year)
    raw = cube(central)
    assert raw  # there is something to compare

    result = subject.erase(central.engine, "harelbeke", Query(name=NAME, phone=PHONE),
                           actor="cli:dpo")  # fmt: skip
    assert result.count("referral") == 1 and result.count("case") == 1
    erased = item(central, "referral", ref["id"])
    assert erased["revision"] == 2 and erased["personal"] is False
    assert erased["body"]["citizen"] is None and erased["body"]["notes"] == ""
    assert erased["body"]["needs"] == ref["body"]["needs"]
    assert item(central, "case", case["id"])["body"]["citizen_ref"] is None
    assert item(central, "referral", other["id"])["revision"] == 1
    pulled = {c["id"]: c for c in pull_all(central, dev, cursor)}
    assert set(pulled) == {ref["id"], case["id"]}
    assert all(NAME not in json.dumps(c) and "470 12" not in json.dumps(c)
               for c in pulled.values())  # fmt: skip
    assert stats(central, dev, year) == before  # statistics are not personal and stay
    assert cube(central) == raw
    assert _find(central, name=NAME, phone=PHONE).matches == []
    (entry,) = audit_rows(central, "subject.erase")
    assert entry["detail"] == {"by": ["by_name", "by_phone"], "cases": 1, "referrals": 1}
    assert NAME not in all_audit_text(central)


def test_erase_can_be_narrowed_to_the_records_the_dpo_confirmed(central: Central) -> None:
    dev = central.enroll("harelbeke")
    a, b = case_change(citizen_ref=REF), case_change(citizen_ref=REF)
    push(central, dev, a, b)
    result = subject.erase(central.engine, "harelbeke", Query(ref=REF, records=(a["id"],)),
                           actor="cli:dpo")  # fmt: skip
    assert [e.id for e in result.erased] == [a["id"]]
    assert item(central, "case", b["id"])["body"]["citizen_ref"] == REF
    # A record the search does not find (or of another organisation): nothing at all is erased.
    k = case_change(citizen_ref=REF)
    push(central, central.enroll("kortrijk"), k)
    with pytest.raises(SubjectError, match="nothing was erased"):
        subject.erase(central.engine, "harelbeke", Query(ref=REF, records=(b["id"], k["id"])),
                      actor="cli:dpo")  # fmt: skip
    assert item(central, "case", b["id"])["body"]["citizen_ref"] == REF
    assert item(central, "case", k["id"])["body"]["citizen_ref"] == REF


# -- the commands -------------------------------------------------------------------------


def _cli(engine: Engine, capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main([*argv, "--db", engine.url.render_as_string(hide_password=False)])
    out, err = capsys.readouterr()
    return code, out, err


def test_the_commands(
    central: Central, capsys: pytest.CaptureFixture[str], tmp_path: Path,
    frozen_clock: FrozenClock,
) -> None:  # fmt: skip
    dev = central.enroll("harelbeke")
    ref, case = change("referral", personal_referral()), case_change(citizen_ref=REF)
    push(central, dev, ref, case)
    e = central.engine

    out_file = tmp_path / "verzoek.md"
    code, out, _ = _cli(e, capsys, "subject", "find", "harelbeke", "--name", NAME, "--phone",
                        PHONE, "--lang", "fr", "--out", str(out_file))  # fmt: skip
    assert code == 0 and json.loads(out) == {"report": str(out_file), "cases": 0, "referrals": 1}
    assert NAME in out_file.read_text(encoding="utf-8") and NAME not in out
    if os.name == "posix":
        assert stat.S_IMODE(out_file.stat().st_mode) == 0o600
    code, _, err = _cli(e, capsys, "subject", "find", "harelbeke", "--ref", REF, "--out",
                        str(out_file))  # fmt: skip
    assert code == 1 and "already exists" in err
    code, out, _ = _cli(e, capsys, "subject", "find", "harelbeke", "--ref", REF)
    assert code == 0 and out.startswith("# Uw gegevens") and REF in out
    code, _, err = _cli(e, capsys, "subject", "find", "harelbeke", "--name", NAME)
    assert code == 1 and "namesakes" in err

    code, out, err = _cli(e, capsys, "subject", "erase", "harelbeke", "--ref", REF)
    assert code == 0 and json.loads(out)["would_erase"] == {"cases": 1, "referrals": 0}
    assert "nothing was erased" in err
    assert item(central, "case", case["id"])["revision"] == 1
    code, out, _ = _cli(e, capsys, "subject", "erase", "harelbeke", "--ref", REF, "--yes")
    assert code == 0 and json.loads(out) == {"erased": {"cases": 1, "referrals": 0},
                                             "records": [f"case:{case['id']}"]}  # fmt: skip
    assert item(central, "case", case["id"])["body"]["citizen_ref"] is None

    code, out, err = _cli(e, capsys, "org", "set", "harelbeke", "--retention-days", "400")
    assert code == 0 and json.loads(out)["retention_days"] == 400
    assert "longer than the consent text promises" in err
    code, _, err = _cli(e, capsys, "org", "set", "harelbeke", "--retention-days", "0")
    assert code == 1 and "from 1 to 3650" in err
    code, out, err = _cli(e, capsys, "org", "set", "harelbeke", "--retention-days", "30",
                          "--referral-retention-days", "90")  # fmt: skip
    assert code == 0 and "longer" not in err
    code, _, err = _cli(e, capsys, "org", "set", "harelbeke", "--topics", "Pensioen",
                        "--retention-days", "30")  # fmt: skip
    assert code == 1 and "in two commands" in err
    code, _, err = _cli(e, capsys, "org", "set", "harelbeke")
    assert code == 1 and "give --topics" in err
    code, out, _ = _cli(e, capsys, "retention", "show")
    assert json.loads(out)["harelbeke"] == {"retention_days": 30, "referral_retention_days": 90}

    frozen_clock.advance(days(90))
    code, out, _ = _cli(e, capsys, "retention", "run", "--dry-run")
    assert code == 0 and json.loads(out)["due"] == {"harelbeke": {"referral": 1}}
    assert item(central, "referral", ref["id"])["revision"] == 1
    code, out, _ = _cli(e, capsys, "retention", "run")
    assert code == 0 and json.loads(out)["erased"] == {"harelbeke": {"referral": 1}}
    assert item(central, "referral", ref["id"])["body"]["citizen"] is None
