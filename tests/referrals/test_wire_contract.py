"""The referral body must pass the central service's own schema.

If the central schema changes, this test says so before sync quarantines
every referral.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest

from desk.domain import lifecycle
from desk.domain.referrals import change_status, from_wire, submit, to_wire, withdraw_consent

from .helpers import NOW, make_referral, with_consent

schemas = pytest.importorskip("desk.central.schemas")

CASE_ID = "6f1c2e0a-3b4d-4e5f-8a9b-0c1d2e3f4a5b"


def check(body: dict[str, Any]) -> None:
    schemas.ReferralBody.model_validate(body)


def test_anonymous_referral_passes_the_central_schema() -> None:
    referral = submit(make_referral(barriers=("cost", "language")), by="ann", at=NOW)
    body = to_wire(referral)
    assert body["consent"] is None and body["citizen"] is None
    check(body)
    assert from_wire(referral.id, body) == referral


def test_referral_with_consent_passes_the_central_schema() -> None:
    referral = submit(
        with_consent(
            make_referral(case_id=CASE_ID, notes="belt na 16 uur"), email="", availability=""
        ),
        by="ann",
        at=NOW,
    )
    referral = change_status(
        referral, lifecycle.RECEIVED, by="partner", at=NOW + timedelta(hours=2)
    )
    body = to_wire(referral)
    assert body["citizen"]["email"] is None and body["citizen"]["availability"] is None
    assert body["consent"]["text_version"] == "2026-11-v1/nl"
    check(body)
    assert from_wire(referral.id, body) == referral


def test_withdrawn_referral_passes_the_central_schema_and_round_trips() -> None:
    referral = submit(with_consent(make_referral()), by="ann", at=NOW)
    withdrawn = withdraw_consent(
        referral, by="bert", at=NOW + timedelta(days=1), note="per telefoon"
    )
    body = to_wire(withdrawn)
    check(body)
    back = from_wire(withdrawn.id, body)
    assert back == withdrawn
    assert back.consent.withdrawn_by == "bert" and back.citizen is None
