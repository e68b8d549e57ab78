"""Local days are Brussels days: the one place where a moment becomes a date.

The rules, decided once for the desk and the central service:

- **Stored timestamps are UTC** with an offset (``2026-03-01T00:30:00Z``).
  Nothing is stored in local time.
- **A day is the office's local day** in Europe/Brussels (CET in winter,
  CEST in summer), whatever time zone the machine runs in. "Today", "in the
  future", "overdue" (a follow-up, a referral waiting for contact) and the
  month a record counts in for statistics all come from :func:`local_date` or
  :func:`local_month`.
- So in the hour after midnight the local day has already turned while the UTC
  date is still yesterday: a contact at 00:30 on 1 March (local) is a March
  contact, though it is stored as ``…-02-28T23:30Z``.
- A local date and time typed by staff becomes a UTC moment through
  :func:`to_utc`, with the offset that applies *on that date* (not today's).
  A time that does not exist (02:30 on the last Sunday of March) is moved
  forward by the gap; a time that exists twice (02:30 on the last Sunday of
  October) is taken as the first (summer time) one.

Every function takes the zone as an argument, defaulting to the office zone,
and never reads the clock: "now" comes in from :mod:`desk.clock`.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta, tzinfo
from zoneinfo import ZoneInfo

try:
    OFFICE_ZONE: tzinfo = ZoneInfo("Europe/Brussels")
except Exception:  # pragma: no cover - no tz database (some Windows installs without tzdata)
    OFFICE_ZONE = UTC


def local(moment: datetime, zone: tzinfo = OFFICE_ZONE) -> datetime:
    """*moment* in the office's local time. A naive datetime is taken as UTC."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(zone)


def local_date(moment: datetime, zone: tzinfo = OFFICE_ZONE) -> date:
    """The office's local day of *moment* ("today" when *moment* is now)."""
    return local(moment, zone).date()


def local_month(moment: datetime, zone: tzinfo = OFFICE_ZONE) -> str:
    """``2026-03``: the local month *moment* counts in for statistics."""
    return local(moment, zone).strftime("%Y-%m")


def to_utc(day: date, clock: time, zone: tzinfo = OFFICE_ZONE) -> datetime:
    """A local date and time as an aware UTC moment, with that date's offset."""
    # fold=0: zoneinfo reads a time in the spring gap with the winter offset, which
    # lands one hour later in summer time, and a doubled autumn time as the first one.
    return datetime.combine(day, clock).replace(tzinfo=zone, fold=0).astimezone(UTC)


def start_of_day(day: date, zone: tzinfo = OFFICE_ZONE) -> datetime:
    """The UTC moment the local *day* begins (00:00 local)."""
    return to_utc(day, time(0, 0), zone)


def is_future(day: date, today: date) -> bool:
    """Whether a local *day* lies after *today* (both local dates)."""
    return day > today


def is_due(due: date, today: date) -> bool:
    """A follow-up or deadline on *due* is due on that day and after it."""
    return due <= today


def is_overdue(due: date, today: date) -> bool:
    """Overdue: the due day has passed (the day itself is "due", not overdue)."""
    return due < today


def month_bounds(day: date) -> tuple[date, date]:
    """First and last local day of the month of *day*."""
    first = day.replace(day=1)
    following = (first + timedelta(days=32)).replace(day=1)
    return first, following - timedelta(days=1)
