"""Referrals that need a follow-up call: no progress for too long."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime, timedelta, tzinfo

from desk.domain.days import OFFICE_ZONE, local_date, start_of_day
from desk.domain.lifecycle import FINAL
from desk.domain.referrals.model import DRAFT, Referral

__all__ = ["follow_up_due", "stale_before", "stale_referrals"]


def follow_up_due(last_change: datetime, days: int, zone: tzinfo = OFFICE_ZONE) -> date:
    """The local day a follow-up is due: *days* office days after the last change's day.

    Counted in whole local days, like every "due" in Desk: a status set on
    Monday at 23:30 with ``days=7`` is due the next Monday, whatever the hour.
    """
    return local_date(last_change, zone) + timedelta(days=days)


def stale_before(today: date, days: int, zone: tzinfo = OFFICE_ZONE) -> datetime:
    """The UTC moment before which a last change makes a follow-up due on *today*.

    ``last_change < stale_before(today, days)`` holds exactly when
    ``follow_up_due(last_change, days) <= today``, so a list and a count agree.
    """
    return start_of_day(today - timedelta(days=days - 1), zone)


def stale_referrals(
    records: Iterable[Referral], now: datetime, days: int, zone: tzinfo = OFFICE_ZONE
) -> list[Referral]:
    """Sent referrals whose status has not moved for *days* days, oldest first.

    Drafts and referrals in a final status (completed, declined, ...) never
    need a follow-up. A referral in ``no_show`` or ``no_capacity`` does: the
    lifecycle lets it move on, so someone should check. Days are the office's
    local days (:func:`follow_up_due`).
    """
    if days < 0:
        raise ValueError("days must be 0 or more")
    limit = stale_before(local_date(now, zone), days, zone)
    stale = [
        r for r in records if r.status != DRAFT and r.status not in FINAL and r.last_change < limit
    ]
    return sorted(stale, key=lambda r: (r.last_change, r.id))
