"""Shared helpers for the referral tests (fixtures live in conftest.py)."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from desk.domain.referrals import Citizen, Referral, give_consent, new_referral
from tests.support.keyrings import MemoryKeyring  # noqa: F401 - re-exported

REPO = Path(__file__).resolve().parents[2]
RESOURCES = REPO / "resources"
NOW = datetime(2026, 11, 28, 14, 5, tzinfo=UTC)




def make_referral(**changes: Any) -> Referral:
    """A valid anonymous referral, with *changes* applied."""
    base = new_referral(office="kortrijk", staff="ann", now=NOW, municipality="kortrijk")
    base = dataclasses.replace(
        base, needs=("smartphone",), service_id="svc-digipunt-hulp", urgency="normal"
    )
    return dataclasses.replace(base, **changes)


def with_consent(referral: Referral, **citizen: Any) -> Referral:
    """*referral* with recorded consent and a (fictional) citizen."""
    fields: dict[str, Any] = {
        "name": "Fictieve Burger",
        "phone": "0470 12 34 56",
        "contact_channel": "phone",
        "language": "nl",
    }
    fields.update(citizen)
    consented = give_consent(
        referral, text_version="2026-11-v1", language="nl", staff="ann", at=NOW
    )
    return dataclasses.replace(consented, citizen=Citizen(**fields))
