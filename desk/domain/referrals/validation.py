"""Inline validation of the referral form.

:func:`validate_referral` returns ``{field: Dutch message}``; an empty dict
means the referral can be sent. Field names are the dataclass paths the form
binds to: ``needs``, ``service_id``, ``citizen.phone``, ``consent``, ...
The form shows each message under its field. The messages are
:func:`desk.messages.msg` messages: the UI translates them with
``desk.ui.messages.tr_messages``.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Collection
from dataclasses import replace
from typing import Final

from desk.domain.contact import email_problem, normalise_email, normalise_phone, phone_problem
from desk.domain.referrals.model import Citizen, Referral
from desk.domain.vocab import (
    BARRIERS,
    CHANNELS_NEEDING_EMAIL,
    CHANNELS_NEEDING_PHONE,
    CONTACT_CHANNELS,
    MUNICIPALITIES,
    NEEDS,
    URGENCIES,
)
from desk.messages import msg

__all__ = [
    "NO_CONSENT_MESSAGE",
    "NO_CONSENT_NOTES_MESSAGE",
    "normalise_contact",
    "validate_referral",
]

_LANG: Final = re.compile(r"^[a-z]{2,3}$")

NO_CONSENT_MESSAGE: Final = msg(
    "Zonder toestemming mag u geen naam of contactgegevens bewaren. "
    "Vraag toestemming, of maak een anonieme doorverwijzing en wis deze gegevens."
)
NO_CONSENT_NOTES_MESSAGE: Final = msg(
    "Zonder toestemming kunt u geen notities bewaren: ze kunnen persoonsgegevens bevatten. "
    "Vraag toestemming of wis de notities."
)


def _required(value: str | None) -> bool:
    return value is None or not value.strip()


def validate_referral(
    referral: Referral, *, known_service_ids: Collection[str] | None = None
) -> dict[str, str]:
    """Check a referral before it is sent.

    Args:
        referral: the draft as the form holds it.
        known_service_ids: ids in the loaded partner directory; when given,
            an unknown ``service_id`` is reported.

    Returns:
        ``{field: message}`` in Dutch (:class:`desk.messages.Message` values);
        empty when everything is in order.
    """
    errors: dict[str, str] = {}
    if _required(referral.office):
        errors["office"] = msg("Het kantoor ontbreekt. Kies een kantoor in de instellingen.")
    if _required(referral.staff):
        errors["staff"] = msg("De medewerker ontbreekt.")
    if _required(referral.municipality):
        errors["municipality"] = msg("Kies de gemeente van de burger.")
    elif referral.municipality not in MUNICIPALITIES:
        errors["municipality"] = msg("Onbekende gemeente „{0}”.", referral.municipality)

    if not referral.needs:
        errors["needs"] = msg("Kies minstens één nood.")
    else:
        unknown = [n for n in referral.needs if n not in NEEDS]
        if unknown:
            errors["needs"] = msg("Onbekende nood: {0}.", ", ".join(unknown))
    unknown_barriers = [b for b in referral.barriers if b not in BARRIERS]
    if unknown_barriers:
        errors["barriers"] = msg("Onbekende drempel: {0}.", ", ".join(unknown_barriers))
    if referral.urgency not in URGENCIES:
        errors["urgency"] = msg("Kies hoe dringend het is: niet dringend, normaal of dringend.")

    if _required(referral.service_id):
        errors["service_id"] = msg("Kies een partnerdienst.")
    elif known_service_ids is not None and referral.service_id not in known_service_ids:
        errors["service_id"] = msg(
            "De partnerdienst „{0}” staat niet (meer) in de partnergids. Kies een andere dienst.",
            referral.service_id,
        )

    if referral.case_id is not None:
        try:
            uuid.UUID(referral.case_id)
        except ValueError:
            errors["case_id"] = msg(
                "De koppeling met het contact is ongeldig. Kies het contact opnieuw."
            )

    if referral.consent.active:
        errors.update(_consent_given(referral))
    else:
        errors.update(_without_consent(referral))
    return errors


def _without_consent(referral: Referral) -> dict[str, str]:
    errors: dict[str, str] = {}
    citizen = referral.citizen
    if citizen is not None:
        for name in ("name", "phone", "email", "availability"):
            if getattr(citizen, name).strip():
                errors[f"citizen.{name}"] = NO_CONSENT_MESSAGE
    if referral.notes.strip():
        # Notes are stored like personal data: they often name the citizen.
        errors["notes"] = NO_CONSENT_NOTES_MESSAGE
    if errors:
        errors["consent"] = NO_CONSENT_MESSAGE
    return errors


def _consent_given(referral: Referral) -> dict[str, str]:
    errors: dict[str, str] = {}
    consent = referral.consent
    if not consent.text_version or consent.at is None or _required(consent.staff):
        errors["consent"] = msg(
            "De toestemming is onvolledig: de versie van de tekst, het tijdstip "
            "of de medewerker ontbreekt. Toon de toestemmingstekst opnieuw."
        )
    citizen = referral.citizen or Citizen()
    if _required(citizen.name):
        errors["citizen.name"] = msg("Vul de naam van de burger in.")
    channel = citizen.contact_channel
    if not channel:
        errors["citizen.contact_channel"] = msg(
            "Kies hoe de partner de burger mag contacteren, of „niet contacteren: ik ga zelf”."
        )
    elif channel not in CONTACT_CHANNELS:
        errors["citizen.contact_channel"] = msg("Onbekend contactkanaal „{0}”.", channel)
    if citizen.phone.strip():
        problem = phone_problem(citizen.phone)
        if problem:
            errors["citizen.phone"] = problem
    elif channel in CHANNELS_NEEDING_PHONE:
        errors["citizen.phone"] = msg(
            "Vul een telefoonnummer in: de burger wil gebeld of ge-sms't worden."
        )
    if citizen.email.strip():
        problem = email_problem(citizen.email)
        if problem:
            errors["citizen.email"] = problem
    elif channel in CHANNELS_NEEDING_EMAIL:
        errors["citizen.email"] = msg("Vul een e-mailadres in: de burger wil een e-mail krijgen.")
    if not _LANG.match(citizen.language):
        errors["citizen.language"] = msg("Kies de taal van de burger.")
    return errors


def normalise_contact(referral: Referral) -> Referral:
    """The referral with phone in E.164 and e-mail domain in lower case.

    Fields that do not validate are left as typed (validation reports them).
    """
    citizen = referral.citizen
    if citizen is None:
        return referral
    phone, email = citizen.phone.strip(), citizen.email.strip()
    if phone and phone_problem(phone) is None:
        phone = normalise_phone(phone)
    if email and email_problem(email) is None:
        email = normalise_email(email)
    return replace(
        referral,
        citizen=replace(citizen, name=citizen.name.strip(), phone=phone, email=email),
    )
