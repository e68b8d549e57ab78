"""Referrals that need a follow-up call: no progress for too long."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, timedelta

from desk.domain.lifecycle import FINAL
from desk.domain.referrals.model import DRAFT, Referral

__all__ = ["stale_referrals"]


def stale_referrals(records: Iterable[Referral], now: datetime, days: int) -> list[Referral]:
    """Sent referrals whose status has not moved for *days* days, oldest first.

    Drafts and referrals in a final status (completed, declined, ...) never
    need a follow-up. A referral in ``no_show`` or ``no_capacity`` does: the
    lifecycle lets it move on, so someone should check.
    """
    if days < 0:
        raise ValueError("days must be 0 or more")
    limit = now - timedelta(days=days)
    stale = [
        r for r in records if r.status != DRAFT and r.status not in FINAL and r.last_change <= limit
    ]
    return sorted(stale, key=lambda r: (r.last_change, r.id))
