"""Statistics periods: one whole calendar month, quarter or year, in Brussels months.

Statistics are never asked for an arbitrary range of days or months: a period
is ``2026-03`` (March 2026), ``2026-Q1`` (January to March) or ``2026`` (the
year). Fixed periods are half of the protection against differencing (see
:mod:`desk.domain.disclosure`): every answer is a sum of the same monthly
figures, so no two answers can be subtracted to single out a few days.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Final, Literal

from desk.domain.days import month_bounds
from desk.domain.formats import MONTHS_NL

PeriodKind = Literal["month", "quarter", "year"]
KINDS: Final[tuple[PeriodKind, ...]] = ("year", "quarter", "month")
#: What the desk shows for each kind (Dutch, translated by the UI).
KIND_LABELS: Final[dict[str, str]] = {"year": "Jaar", "quarter": "Kwartaal", "month": "Maand"}
#: Statistics start in 2000 (older dates are refused by the case form too).
FIRST_YEAR: Final = 2000
LAST_YEAR: Final = 2999

_CODE: Final = re.compile(r"^(\d{4})(?:-(?:(0[1-9]|1[0-2])|Q([1-4])))?$")


class PeriodError(ValueError):
    """A period that is not one whole calendar month, quarter or year."""


@dataclass(frozen=True, order=True)
class Period:
    """One calendar month (``number`` 1–12), quarter (1–4) or year (``number`` 0)."""

    year: int
    kind: PeriodKind
    number: int = 0

    def __post_init__(self) -> None:
        top = {"month": 12, "quarter": 4, "year": 0}[self.kind]
        low = 0 if self.kind == "year" else 1
        if not (FIRST_YEAR <= self.year <= LAST_YEAR) or not (low <= self.number <= top):
            raise PeriodError(f"no such period: {self.kind} {self.number} of {self.year}")

    # -- constructors ---------------------------------------------------------------------
    @classmethod
    def parse(cls, text: str) -> Period:
        """``2026-03``, ``2026-Q1`` or ``2026``; raises :class:`PeriodError` otherwise."""
        m = _CODE.match(text.strip())
        if not m:
            raise PeriodError(
                f"{text!r} is not a period: use a month (2026-03), a quarter (2026-Q1) "
                "or a year (2026)"
            )
        year = int(m.group(1))
        if m.group(2):
            return cls(year, "month", int(m.group(2)))
        if m.group(3):
            return cls(year, "quarter", int(m.group(3)))
        return cls(year, "year")

    @classmethod
    def spanning(cls, start: date, end: date) -> Period:
        """The period that runs exactly from *start* to *end* (both included)."""
        kinds: tuple[PeriodKind, ...] = ("month", "quarter", "year")
        for kind in kinds:
            candidate = cls.containing(start, kind)
            if candidate.start == start and candidate.end == end:
                return candidate
        raise PeriodError(
            "a period is one whole calendar month, quarter or year "
            f"(not {start.isoformat()} to {end.isoformat()})"
        )

    @classmethod
    def of_months(cls, first: str, last: str) -> Period:
        """The period from month *first* to month *last* (``YYYY-MM``), whole months."""
        try:
            start = date(int(first[:4]), int(first[5:7]), 1)
            end = month_bounds(date(int(last[:4]), int(last[5:7]), 1))[1]
        except (ValueError, IndexError):
            raise PeriodError(f"not a month range: {first!r} to {last!r}") from None
        return cls.spanning(start, end)

    @classmethod
    def containing(cls, day: date, kind: PeriodKind) -> Period:
        if kind == "month":
            return cls(day.year, "month", day.month)
        if kind == "quarter":
            return cls(day.year, "quarter", (day.month - 1) // 3 + 1)
        return cls(day.year, "year")

    # -- what it covers ---------------------------------------------------------------------
    @property
    def first_month(self) -> int:
        return {"month": self.number, "quarter": 3 * self.number - 2, "year": 1}[self.kind]

    @property
    def last_month(self) -> int:
        return {"month": self.number, "quarter": 3 * self.number, "year": 12}[self.kind]

    @property
    def months(self) -> tuple[str, ...]:
        """The ``YYYY-MM`` months of the period, in order."""
        return tuple(f"{self.year:04d}-{m:02d}"
                     for m in range(self.first_month, self.last_month + 1))  # fmt: skip

    @property
    def start(self) -> date:
        return date(self.year, self.first_month, 1)

    @property
    def end(self) -> date:
        return month_bounds(date(self.year, self.last_month, 1))[1]

    @property
    def code(self) -> str:
        """``2026-03``, ``2026-Q1`` or ``2026`` (what the API takes)."""
        if self.kind == "month":
            return f"{self.year:04d}-{self.number:02d}"
        if self.kind == "quarter":
            return f"{self.year:04d}-Q{self.number}"
        return f"{self.year:04d}"

    @property
    def label(self) -> str:
        """Dutch: ``maart 2026``, ``1e kwartaal 2026`` or ``2026``."""
        if self.kind == "month":
            return f"{MONTHS_NL[self.number - 1]} {self.year}"
        if self.kind == "quarter":
            return f"{self.number}e kwartaal {self.year}"
        return str(self.year)

    def previous(self) -> Period:
        """The period of the same kind just before this one."""
        if self.kind == "year":
            return Period(self.year - 1, "year")
        top = 12 if self.kind == "month" else 4
        if self.number > 1:
            return Period(self.year, self.kind, self.number - 1)
        return Period(self.year - 1, self.kind, top)

    def __str__(self) -> str:
        return self.code
