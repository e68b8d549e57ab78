"""The one clock: the only place in Desk that reads the machine's time of day.

Everything else asks a :class:`Clock` for "now":

- the domain takes ``now`` (a UTC moment) and, where it needs a day, the zone
  as arguments and never calls a clock itself;
- a process starts with one :class:`SystemClock` installed here; the GUI
  bootstrap hands it to every screen as ``AppContext.clock``; the store, sync,
  the command line and the central service ask :func:`now` / :func:`today`;
- tests :func:`install` a :class:`FrozenClock` (``tests/conftest.py``) and
  move it on explicitly; ``tests/foundation/test_clock.py`` fails on any other
  read of the wall clock in ``desk/``.

"Today" is the office's local day (Europe/Brussels), never the UTC date; the
rules are in :mod:`desk.domain.days`. Measuring how long something took is not
telling the time: use ``time.monotonic()`` or ``time.perf_counter()`` for that.
"""

from __future__ import annotations

import threading
from datetime import UTC, date, datetime, timedelta, tzinfo

from desk.domain.days import OFFICE_ZONE, local_date


class Clock:
    """Tells the current moment (aware, UTC) and the office's local day."""

    zone: tzinfo = OFFICE_ZONE

    def now(self) -> datetime:
        raise NotImplementedError

    def today(self) -> date:
        """The office's local date (Europe/Brussels), not the UTC date."""
        return local_date(self.now(), self.zone)


class SystemClock(Clock):
    """The machine's clock."""

    def __init__(self, zone: tzinfo = OFFICE_ZONE) -> None:
        self.zone = zone

    def now(self) -> datetime:
        return datetime.now(UTC)

    def __repr__(self) -> str:
        return "SystemClock()"


class FrozenClock(Clock):
    """A clock that stands still until it is set or moved on (tests, training)."""

    def __init__(self, moment: datetime, zone: tzinfo = OFFICE_ZONE) -> None:
        self.zone = zone
        self._lock = threading.Lock()
        self._moment = _aware(moment)

    def now(self) -> datetime:
        with self._lock:
            return self._moment

    def set(self, moment: datetime) -> None:
        with self._lock:
            self._moment = _aware(moment)

    def advance(self, delta: timedelta | None = None, **kwargs: float) -> datetime:
        """Move on by *delta* (or ``timedelta(**kwargs)``); returns the new moment."""
        step = delta if delta is not None else timedelta(**kwargs)
        with self._lock:
            self._moment = self._moment + step
            return self._moment

    def __repr__(self) -> str:
        return f"FrozenClock({self._moment.isoformat()})"


def _aware(moment: datetime) -> datetime:
    if moment.tzinfo is None:
        raise ValueError("a clock tells aware datetimes only")
    return moment.astimezone(UTC)


_installed: Clock = SystemClock()


def install(clock: Clock) -> Clock:
    """Make *clock* the process's clock; returns the one it replaces."""
    global _installed
    previous, _installed = _installed, clock
    return previous


def current() -> Clock:
    """The process's clock (the system clock unless an entry point or a test set one)."""
    return _installed


def now() -> datetime:
    """The current moment, aware and in UTC, from the process's clock."""
    return _installed.now()


def today() -> date:
    """The office's local day from the process's clock."""
    return _installed.today()
