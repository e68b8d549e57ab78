"""Shared helpers for the referral tests (fixtures live in conftest.py)."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import keyring
import keyring.errors
from keyring.backend import KeyringBackend

from desk.domain.referrals import Citizen, Referral, give_consent, new_referral

REPO = Path(__file__).resolve().parents[2]
RESOURCES = REPO / "resources"
NOW = datetime(2026, 11, 28, 14, 5, tzinfo=UTC)


class MemoryKeyring(KeyringBackend):
    """An in-memory keyring for tests; never touches the OS."""

    priority = 0  # type: ignore[assignment]  # never picked by auto-detection

    def __init__(self) -> None:
        super().__init__()
        self.store: dict[tuple[str, str], str] = {}
        self.locked = False

    def get_password(self, service: str, username: str) -> str | None:
        if self.locked:
            raise keyring.errors.KeyringLocked("locked")
        return self.store.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        if self.locked:
            raise keyring.errors.KeyringLocked("locked")
        self.store[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        try:
            del self.store[(service, username)]
        except KeyError:
            raise keyring.errors.PasswordDeleteError("not found") from None


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
