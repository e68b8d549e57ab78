"""The domain's validation messages are desk.messages.Message objects.

The core cannot call tr(); its messages remember their Dutch template and
arguments so the UI can translate them (desk.ui.messages.tr_message). These
tests check that the case form, the referral form, contact details and date
parsing hand out such messages, and that their text is still the Dutch one.
"""

from __future__ import annotations

import dataclasses
import pickle
from datetime import UTC, datetime
from typing import Any

import pytest

from desk.domain.cases import CaseInvalid, Rules, parse_clock, validate_case
from desk.domain.contact import InvalidContactError, normalise_phone, phone_problem
from desk.domain.formats import parse_date
from desk.domain.referrals import Citizen, Referral, give_consent, new_referral, validate_referral
from desk.domain.referrals.validation import NO_CONSENT_MESSAGE
from desk.messages import Message

NOW = datetime(2026, 11, 28, 14, 5, tzinfo=UTC)
RULES = Rules(topics=("Belastingen", "Pensioen"), now=NOW)


def case_errors(**form: str) -> dict[str, str]:
    base = {"date": "27-11-2026", "time": "10:15", "office": "kortrijk-stadhuis",
            "staff": "Elke", "topics": "Belastingen", "outcome": "together",
            "duration_min": "12"}
    base.update(form)
    with pytest.raises(CaseInvalid) as info:
        validate_case(base, RULES)
    return info.value.errors


def referral(**changes: Any) -> Referral:
    base = new_referral(office="kortrijk", staff="ann", now=NOW, municipality="kortrijk")
    base = dataclasses.replace(
        base, needs=("smartphone",), service_id="svc-digipunt-hulp", urgency="normal"
    )
    return dataclasses.replace(base, **changes)


def consented(base: Referral, **citizen: Any) -> Referral:
    fields: dict[str, Any] = {
        "name": "Fictieve Burger", "phone": "0470 12 34 56",
        "contact_channel": "phone", "language": "nl",
    }
    fields.update(citizen)
    given = give_consent(base, text_version="2026-11-v1", language="nl", staff="ann", at=NOW)
    return dataclasses.replace(given, citizen=Citizen(**fields))


def assert_message(value: object, template: str, *args: object, text: str) -> None:
    assert isinstance(value, Message), f"{value!r} is a plain str, not a Message"
    assert value.template == template
    assert value.args == args
    assert str(value) == text
    assert value == text


# -- case form ---------------------------------------------------------------------------


def test_case_errors_without_arguments_are_messages() -> None:
    errors = case_errors(outcome="", office="")
    assert_message(errors["outcome"], "kies een uitkomst", text="kies een uitkomst")
    assert_message(errors["office"], "kies een kantoor", text="kies een kantoor")


def test_case_errors_with_arguments_keep_them() -> None:
    errors = case_errors(outcome="gevlogen", duration_min="9999", notes="x" * 4001)
    assert_message(errors["outcome"], "onbekende uitkomst '{0}'", "gevlogen",
                   text="onbekende uitkomst 'gevlogen'")
    assert_message(errors["duration_min"], "hoogstens {0} minuten", 600,
                   text="hoogstens 600 minuten")
    assert_message(errors["notes"], "hoogstens {0} tekens ({1} nu)", 4000, 4001,
                   text="hoogstens 4000 tekens (4001 nu)")


def test_a_joined_list_is_one_argument() -> None:
    errors = case_errors(topics="Kookles;Zwemmen", notes="plak\x1b[31mrood\x07")
    assert_message(errors["topics"], "onbekend onderwerp: {0}", "Kookles, Zwemmen",
                   text="onbekend onderwerp: Kookles, Zwemmen")
    assert_message(errors["notes"],
                   "bevat onzichtbare of stuurtekens ({0}); typ de tekst opnieuw",
                   "U+0007, U+001B",
                   text="bevat onzichtbare of stuurtekens (U+0007, U+001B); typ de tekst opnieuw")


def test_unknown_guides_are_named_in_one_template() -> None:
    rules = Rules(topics=RULES.topics, guide_ids=frozenset({"itsme"}), now=NOW)
    form = {"date": "27-11-2026", "time": "10:15", "office": "kortrijk-stadhuis",
            "staff": "Elke", "topics": "guide:onbekend;Kookles", "outcome": "together",
            "duration_min": "12"}
    with pytest.raises(CaseInvalid) as info:
        validate_case(form, rules)
    assert_message(info.value.errors["topics"], "onbekend onderwerp: {0}; gids {1}",
                   "Kookles", "onbekend", text="onbekend onderwerp: Kookles; gids onbekend")
    form["topics"] = "guide:onbekend"
    with pytest.raises(CaseInvalid) as info:
        validate_case(form, rules)
    assert_message(info.value.errors["topics"], "onbekend onderwerp: gids {0}", "onbekend",
                   text="onbekend onderwerp: gids onbekend")


def test_date_and_time_parse_errors_reach_the_form_as_messages() -> None:
    errors = case_errors(date="31-02-2026", time="25:00", follow_up_on="gisteren",
                         outcome="follow_up")
    assert_message(errors["date"], "{0} bestaat niet als datum", "31-02-2026",
                   text="31-02-2026 bestaat niet als datum")
    assert_message(errors["time"], "{0} bestaat niet als uur", "25:00",
                   text="25:00 bestaat niet als uur")
    assert_message(errors["follow_up_on"],
                   "'{0}' is geen datum; schrijf dd-mm-jjjj, bv. 28-11-2026", "gisteren",
                   text="'gisteren' is geen datum; schrijf dd-mm-jjjj, bv. 28-11-2026")


def test_parse_errors_are_value_errors_whose_str_is_the_message() -> None:
    with pytest.raises(ValueError) as info:
        parse_date("gisteren")
    assert isinstance(str(info.value), Message)
    assert str(info.value) == "'gisteren' is geen datum; schrijf dd-mm-jjjj, bv. 28-11-2026"
    with pytest.raises(ValueError) as clock:
        parse_clock("straks")
    assert_message(str(clock.value), "'{0}' is geen uur; schrijf uu:mm, bv. 14:05", "straks",
                   text="'straks' is geen uur; schrijf uu:mm, bv. 14:05")


def test_the_error_summary_is_still_dutch_text() -> None:
    with pytest.raises(CaseInvalid) as info:
        validate_case({"outcome": "", "staff": "Elke", "office": "k", "topics": "Pensioen",
                       "duration_min": "3"}, RULES)
    assert "outcome: kies een uitkomst" in str(info.value)


# -- referral form -----------------------------------------------------------------------


def test_referral_errors_are_messages() -> None:
    errors = validate_referral(referral(municipality="gent", needs=()))
    assert_message(errors["municipality"], "Onbekende gemeente „{0}”.", "gent",
                   text="Onbekende gemeente „gent”.")
    assert_message(errors["needs"], "Kies minstens één nood.", text="Kies minstens één nood.")


def test_referral_list_errors_pass_the_joined_codes() -> None:
    errors = validate_referral(referral(needs=("smartphone", "vliegen", "zwemmen")))
    assert_message(errors["needs"], "Onbekende nood: {0}.", "vliegen, zwemmen",
                   text="Onbekende nood: vliegen, zwemmen.")


def test_the_consent_messages_are_messages() -> None:
    errors = validate_referral(referral(citizen=Citizen(name="Fictieve Burger")))
    assert isinstance(NO_CONSENT_MESSAGE, Message)
    assert isinstance(errors["citizen.name"], Message)
    consent = errors["consent"]
    assert isinstance(consent, Message)
    assert consent.template == NO_CONSENT_MESSAGE.template
    assert "anonieme doorverwijzing" in consent


def test_contact_problems_keep_their_message() -> None:
    errors = validate_referral(consented(referral(), phone="056 12"))
    assert_message(
        errors["citizen.phone"],
        "Dit telefoonnummer is te kort. Een Belgisch nummer heeft 9 of 10 cijfers.",
        text="Dit telefoonnummer is te kort. Een Belgisch nummer heeft 9 of 10 cijfers.",
    )
    errors = validate_referral(consented(referral(), email="jan@@example"))
    assert isinstance(errors["citizen.email"], Message)
    problem = phone_problem("0470 12 34 5x")
    assert isinstance(problem, Message)
    with pytest.raises(InvalidContactError) as info:
        normalise_phone("")
    assert_message(info.value.message, "Vul een telefoonnummer in.",
                   text="Vul een telefoonnummer in.")


def test_a_message_survives_pickling() -> None:
    errors = validate_referral(referral(municipality="gent"))
    copy = pickle.loads(pickle.dumps(errors))
    assert_message(copy["municipality"], "Onbekende gemeente „{0}”.", "gent",
                   text="Onbekende gemeente „gent”.")
