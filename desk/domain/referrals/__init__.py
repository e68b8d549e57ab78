"""E-inclusion referrals: the form's data, its rules, consent, letter and follow-up.

Pure Python. The UI builds a :class:`Referral` with :func:`new_referral`,
checks it with :func:`validate_referral`, records consent with
:func:`give_consent`, sends it with :func:`submit` and moves it along the
closed loop with :func:`change_status`. :func:`to_wire`/:func:`from_wire`
give the JSON body for sync; :func:`build_letter` the letter's content.
"""

from desk.domain.referrals.consent import (
    ConsentText,
    ConsentTextError,
    load_consent_text,
    parse_consent_text,
)
from desk.domain.referrals.consent_rules import give_consent, withdraw_consent
from desk.domain.referrals.followup import stale_referrals
from desk.domain.referrals.model import (
    DRAFT,
    Citizen,
    Consent,
    HistoryEntry,
    Referral,
    change_status,
    new_referral,
    shown_status,
    submit,
)
from desk.domain.referrals.validation import normalise_contact, validate_referral
from desk.domain.referrals.wire import WireFormatError, from_wire, to_wire

__all__ = [
    "DRAFT",
    "Citizen",
    "Consent",
    "ConsentText",
    "ConsentTextError",
    "HistoryEntry",
    "Referral",
    "WireFormatError",
    "change_status",
    "from_wire",
    "give_consent",
    "load_consent_text",
    "new_referral",
    "normalise_contact",
    "parse_consent_text",
    "shown_status",
    "stale_referrals",
    "submit",
    "to_wire",
    "validate_referral",
    "withdraw_consent",
]
