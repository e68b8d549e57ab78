"""Shared helpers for the referral store tests (fixtures live in conftest.py)."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime
from typing import Any

from desk.domain.referrals import Citizen, Referral, give_consent, new_referral
from tests.support.keyrings import MemoryKeyring  # noqa: F401 - re-exported

NOW = datetime(2026, 11, 28, 14, 5, tzinfo=UTC)
#: A name that appears nowhere else: if these bytes are on disk, encryption failed.
CANARY = "Zwanhilde Kanariepietersen"
CANARY_MAIL = "zwanhilde.kanarie@example.org"
CANARY_NOTE = "Kanarienotitie-7731"




def anonymous(**changes: Any) -> Referral:
    base = new_referral(office="kortrijk-stadhuis", staff="Elke", now=NOW,
                        municipality="kortrijk")
    base = dataclasses.replace(base, needs=("smartphone", "email"), barriers=("no_device",),
                               service_id="svc-digipunt-hulp", urgency="normal")
    return dataclasses.replace(base, **changes)


def personal(**citizen: Any) -> Referral:
    fields: dict[str, Any] = {"name": CANARY, "phone": "0470 12 34 56", "email": CANARY_MAIL,
                              "contact_channel": "phone", "language": "fr",
                              "availability": "dinsdagvoormiddag"}
    fields.update(citizen)
    consented = give_consent(anonymous(), text_version="2026-11-v1", language="fr",
                             staff="Elke", at=NOW)
    return dataclasses.replace(consented, citizen=Citizen(**fields), notes=CANARY_NOTE)
