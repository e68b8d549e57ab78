"""The suite's frozen "now", and dates relative to it.

The whole test session lives at one moment, ``TEST_NOW``: the machine clock
read once, here, when the suite starts, or ``DESK_TEST_NOW`` when it is set
(an ISO moment such as ``2027-03-01 00:30``; without an offset it is
Brussels local time). With ``DESK_TEST_NOW`` the process's own clock travels
there too (time-machine, ticking from that moment), so a stray read of the
machine clock would be shifted as well. So the suite runs "today" on a normal
day, at 00:30 on the first of a month in CI (``python3 dev.py test --at``),
and any failure can be replayed with the moment ``pytest`` prints in its
header. ``tests/conftest.py`` installs a :class:`desk.clock.FrozenClock` at
this moment for every test.

No test reads the clock after this. Dates in tests are relative to
``TEST_NOW``: ``days_from_today(-3)``, ``local_today()``; never a literal
date that must lie in the past or the future.
"""

from __future__ import annotations

import os
from datetime import UTC, date, datetime, time, timedelta

from desk.domain.days import OFFICE_ZONE, local, local_date, to_utc
from desk.domain.formats import format_date


def _session_now() -> datetime:
    raw = os.environ.get("DESK_TEST_NOW", "").strip()
    if raw:
        moment = datetime.fromisoformat(raw.replace("Z", "+00:00"))
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=OFFICE_ZONE)
        moment = moment.astimezone(UTC)
        import time_machine

        # For the whole process, never stopped: the session lives at this moment.
        time_machine.travel(moment, tick=True).start()
        return moment
    # The one read of the machine clock in the test suite.
    return datetime.now(UTC).replace(microsecond=0)


#: The moment the whole test session lives at (aware, UTC).
TEST_NOW: datetime = _session_now()


def local_today() -> date:
    """The office's local day at ``TEST_NOW`` (not the UTC date)."""
    return local_date(TEST_NOW)


def days_from_today(days: int) -> date:
    """A local date *days* after (negative: before) the frozen today."""
    return local_today() + timedelta(days=days)


def day_text(days: int) -> str:
    """``dd-mm-jjjj`` of :func:`days_from_today`, as staff type it."""
    return format_date(days_from_today(days))


def at_local(days: int, hour: int = 10, minute: int = 0) -> datetime:
    """The UTC moment of a local time *days* from the frozen today."""
    return to_utc(days_from_today(days), time(hour, minute))


def local_now() -> datetime:
    """``TEST_NOW`` in Brussels local time."""
    return local(TEST_NOW)
