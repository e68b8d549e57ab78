"""What a referral shows: "Verstuurd" only once the central service accepted it (#15)."""

from __future__ import annotations

import pytest

from desk.domain import vocab
from desk.domain.lifecycle import STATUSES
from desk.domain.referrals import DRAFT, shown_status


def test_sent_but_not_accepted_is_ready_to_send() -> None:
    assert shown_status("sent", accepted=False) == vocab.READY_TO_SEND
    assert shown_status("sent", accepted=True) == "sent"


@pytest.mark.parametrize("status", [DRAFT, *(s for s in STATUSES if s != "sent")])
def test_other_statuses_show_as_they_are(status: str) -> None:
    assert shown_status(status, accepted=False) == status
    assert shown_status(status, accepted=True) == status


def test_ready_to_send_is_no_lifecycle_status_and_has_a_label() -> None:
    assert vocab.READY_TO_SEND not in vocab.STATUSES
    assert vocab.READY_TO_SEND_LABEL == "Klaar om te versturen"
