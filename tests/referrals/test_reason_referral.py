"""Every "not possible" reason of a guide ending maps to a referral's needs and barriers."""

from __future__ import annotations

import pytest

from desk.domain import vocab
from desk.domain.referrals import validate_referral
from desk.domain.referrals.model import new_referral
from tests.support.clock import TEST_NOW


def test_every_reason_maps_to_known_needs_and_barriers() -> None:
    assert set(vocab.REASON_REFERRAL) == set(vocab.REASONS)
    for reason, (needs, barriers) in vocab.REASON_REFERRAL.items():
        assert needs and set(needs) <= set(vocab.NEEDS), reason
        assert barriers and set(barriers) <= set(vocab.BARRIERS), reason


@pytest.mark.parametrize("reason", vocab.REASONS)
def test_the_mapped_needs_and_barriers_pass_the_referral_rules(reason: str) -> None:
    import dataclasses

    needs, barriers = vocab.referral_for_reason(reason)
    draft = dataclasses.replace(new_referral(office="balie", staff="Bo", now=TEST_NOW),
                                needs=needs, barriers=barriers)
    errors = validate_referral(draft)
    assert "needs" not in errors and "barriers" not in errors


def test_no_smartphone_is_the_e_inclusion_case() -> None:
    assert vocab.referral_for_reason("no_smartphone") == (
        ("smartphone", "device_lending"), ("no_device",))
    assert vocab.referral_for_reason(None) == vocab.REASON_REFERRAL["other"]
    assert vocab.referral_for_reason("unknown") == vocab.REASON_REFERRAL["other"]
