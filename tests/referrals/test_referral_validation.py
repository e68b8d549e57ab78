from __future__ import annotations

import dataclasses

import pytest

from desk.domain.referrals import Citizen, Consent, normalise_contact, validate_referral
from desk.domain.referrals.validation import NO_CONSENT_MESSAGE, NO_CONSENT_NOTES_MESSAGE

from .helpers import make_referral, with_consent


def test_a_complete_anonymous_referral_is_valid() -> None:
    assert validate_referral(make_referral()) == {}


def test_a_complete_referral_with_consent_is_valid() -> None:
    assert validate_referral(with_consent(make_referral())) == {}


@pytest.mark.parametrize(
    ("changes", "field", "fragment"),
    [
        ({"office": ""}, "office", "kantoor ontbreekt"),
        ({"staff": " "}, "staff", "medewerker ontbreekt"),
        ({"municipality": ""}, "municipality", "Kies de gemeente"),
        ({"municipality": "gent"}, "municipality", "Onbekende gemeente"),
        ({"needs": ()}, "needs", "minstens één nood"),
        ({"needs": ("smartphone", "vliegen")}, "needs", "vliegen"),
        ({"barriers": ("cost", "boos")}, "barriers", "boos"),
        ({"urgency": "asap"}, "urgency", "dringend"),
        ({"service_id": None}, "service_id", "Kies een partnerdienst"),
        ({"service_id": ""}, "service_id", "Kies een partnerdienst"),
        ({"case_id": "case-1"}, "case_id", "koppeling met het contact"),
    ],
)
def test_required_and_known_fields(changes: dict[str, object], field: str, fragment: str) -> None:
    errors = validate_referral(make_referral(**changes))
    assert set(errors) == {field}
    assert fragment in errors[field]


def test_unknown_partner_service_is_reported_when_the_directory_is_given() -> None:
    referral = make_referral(service_id="svc-bestaat-niet")
    assert validate_referral(referral) == {}
    errors = validate_referral(referral, known_service_ids={"svc-digipunt-hulp"})
    assert "svc-bestaat-niet" in errors["service_id"]


def test_without_consent_no_contact_data_is_allowed() -> None:
    referral = make_referral(citizen=Citizen(name="Fictieve Burger", phone="056 12 34 56"))
    errors = validate_referral(referral)
    assert errors["citizen.name"] == NO_CONSENT_MESSAGE
    assert errors["citizen.phone"] == NO_CONSENT_MESSAGE
    assert errors["consent"] == NO_CONSENT_MESSAGE
    assert "anonieme doorverwijzing" in NO_CONSENT_MESSAGE


def test_without_consent_notes_are_refused_too() -> None:
    errors = validate_referral(make_referral(notes="Mevrouw X belt morgen"))
    assert errors["notes"] == NO_CONSENT_NOTES_MESSAGE
    assert "consent" in errors


def test_without_consent_an_empty_citizen_is_fine() -> None:
    assert validate_referral(make_referral(citizen=Citizen(language="fr"))) == {}


def test_withdrawn_consent_counts_as_no_consent() -> None:
    referral = with_consent(make_referral())
    withdrawn = dataclasses.replace(
        referral, consent=dataclasses.replace(referral.consent, withdrawn_at=referral.created_at)
    )
    assert "citizen.name" in validate_referral(withdrawn)


def test_consent_must_record_version_time_and_staff() -> None:
    referral = with_consent(make_referral())
    for broken in (
        dataclasses.replace(referral.consent, text_version=""),
        dataclasses.replace(referral.consent, at=None),
        dataclasses.replace(referral.consent, staff=""),
    ):
        errors = validate_referral(dataclasses.replace(referral, consent=broken))
        assert set(errors) == {"consent"}
        assert "onvolledig" in errors["consent"]


def test_consent_requires_a_name_and_a_contact_channel() -> None:
    errors = validate_referral(with_consent(make_referral(), name="", contact_channel=""))
    assert set(errors) == {"citizen.name", "citizen.contact_channel"}
    assert "ik ga zelf" in errors["citizen.contact_channel"]


def test_unknown_contact_channel() -> None:
    errors = validate_referral(with_consent(make_referral(), contact_channel="fax"))
    assert set(errors) == {"citizen.contact_channel"}


@pytest.mark.parametrize("channel", ["phone", "sms"])
def test_phone_channels_need_a_phone(channel: str) -> None:
    errors = validate_referral(with_consent(make_referral(), phone="", contact_channel=channel))
    assert set(errors) == {"citizen.phone"}
    assert "telefoonnummer" in errors["citizen.phone"]


def test_email_channel_needs_an_email() -> None:
    errors = validate_referral(with_consent(make_referral(), phone="", contact_channel="email"))
    assert set(errors) == {"citizen.email"}
    assert (
        validate_referral(
            with_consent(make_referral(), phone="", email="a@example.org", contact_channel="email")
        )
        == {}
    )


def test_i_will_go_myself_needs_no_phone_or_email() -> None:
    referral = with_consent(make_referral(), phone="", email="", contact_channel="none_i_will_go")
    assert validate_referral(referral) == {}


@pytest.mark.parametrize(
    ("phone", "fragment"),
    [("0470 12 34 5x", "alleen cijfers"), ("056 12", "te kort"), ("abc", "alleen cijfers")],
)
def test_phone_format_is_checked_even_when_not_the_channel(phone: str, fragment: str) -> None:
    referral = with_consent(
        make_referral(), phone=phone, email="a@example.org", contact_channel="email"
    )
    errors = validate_referral(referral)
    assert set(errors) == {"citizen.phone"}
    assert fragment in errors["citizen.phone"]


def test_email_format_is_checked() -> None:
    errors = validate_referral(with_consent(make_referral(), email="jan@@example"))
    assert set(errors) == {"citizen.email"}


def test_language_must_be_a_code() -> None:
    errors = validate_referral(with_consent(make_referral(), language="Frans"))
    assert set(errors) == {"citizen.language"}


def test_normalise_contact_stores_canonical_forms_and_leaves_bad_input() -> None:
    referral = with_consent(make_referral(), phone="0470/12.34.56", email=" Jan@Example.ORG ")
    citizen = normalise_contact(referral).citizen
    assert citizen is not None
    assert (citizen.phone, citizen.email) == ("+32470123456", "Jan@example.org")
    bad = with_consent(make_referral(), phone="bel me")
    assert normalise_contact(bad).citizen == bad.citizen
    assert normalise_contact(make_referral()).citizen is None


def test_consent_dataclass_active_flag() -> None:
    assert not Consent().active
    assert Consent(given=True).active
