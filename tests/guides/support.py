"""Shared constants and helpers for the guide tests (imported; fixtures are in conftest.py)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

FIXTURES = Path(__file__).parent / "fixtures"
BAD = FIXTURES / "bad"
LIBRARY = FIXTURES / "library"
#: Reference date for review warnings; the fixtures were reviewed in autumn 2026.
TODAY = date(2026, 11, 28)


class FakeClock:
    """A clock that moves only when told to."""

    def __init__(self) -> None:
        self.now = datetime(2026, 11, 28, 9, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += timedelta(seconds=seconds)
