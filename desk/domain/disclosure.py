"""Statistical disclosure control: the finest cells rounded to 5, everything else their sum.

Shared by desk-central (``/v1/stats``, ``/v1/stats.csv``) and the desk's own
report, so a figure is protected the same way wherever it is shown.

**The method: random rounding to base 5 of the finest cells, controlled within
each split, with every published number a sum of rounded cells.** (It is the
"small cell adjustment" of statistical offices, applied to the monthly cube of
:mod:`desk.domain.cube`; PROTOCOL.md names it.)

1. The finest cells are the cube's: one local month, one organisation, one
   office, one code. A count that is a multiple of 5 (0 included) is kept.
   Any other count ``5q + m`` becomes ``5q + 5`` or ``5q``; it goes up with
   probability ``m / 5`` (so on average the rounded figures equal the true
   ones). The draw comes from the sum of the cell's record keys
   (:func:`desk.domain.cube.record_key`): the same records always give the same
   rounding, on the server and on every desk.
2. A split (channel within outcome, reason within "not possible", drop-off step
   within stopped guide runs, service, urgency and municipality within status)
   is rounded *under* its rounded parent: each child goes to the multiple of 5
   just below or just above its count, and the children add up to the parent
   exactly (always possible; the children to round up are drawn by their
   remainders, again from their keys).
3. Every number published anywhere (a table cell, a row or column total, a
   grand total, in any table, period or scope) is the sum of the rounded cells
   it covers. Nothing else is ever computed from the true counts.

Why this blocks differencing: every published number is a sum of the same
rounded cells. The difference of any two answers (two periods, an office and
its organisation, an organisation and the region, the desk's own report and
the server's) is again a sum of rounded cells: it tells exactly what a direct
answer would, and nothing more. A rounded cell is a multiple of 5, so no
combination of published numbers can equal a count from 1 to 4, and the true
count of a cell is only known to lie within 4 of its rounded value (0 to 4
when it shows 0). Linked tables share their margins by construction: a total is
the same sum in every table that shows it.

What it costs: a figure can differ from the count of the records behind it, by
at most 4 per finest cell; on average the differences cancel out.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Final, Protocol

from desk.domain.cube import CubeKey, parent_of

BASE: Final = 5
#: Kept for readers of the wire format: the smallest count that is ever shown as such.
DEFAULT_THRESHOLD: Final = BASE
#: A figure that is not shown at all (a median of fewer than 5 values; older servers).
SUPPRESSED_LABEL: Final = "<5"
METHOD: Final = "rounding-5"

#: The note shown under every protected table (Dutch, user-facing).
SUPPRESSION_NOTE_NL: Final = (
    "Alle aantallen zijn afgerond op een veelvoud van 5, per maand en kantoor; totalen zijn "
    "de som van die afgeronde aantallen. Een aantal kan daardoor tot 4 per maand en kantoor "
    "afwijken van het echte aantal, en 0 kan ook 1 tot 4 betekenen. Zo kan niemand kleine "
    "aantallen terugrekenen."
)

_MASK64: Final = (1 << 64) - 1


@dataclass(frozen=True)
class Cell:
    """One published number, or a hidden one (``value is None``)."""

    value: int | None

    @property
    def suppressed(self) -> bool:
        return self.value is None

    @property
    def display(self) -> str:
        """``"<5"`` for a hidden cell, else the number."""
        return SUPPRESSED_LABEL if self.value is None else str(self.value)

    def as_json(self) -> int | str:
        """The wire form: the number, or the string ``"<5"``."""
        return SUPPRESSED_LABEL if self.value is None else self.value


SUPPRESSED: Final = Cell(None)


class Counted(Protocol):
    n: int
    keys: int


def _unit(keys: int, salt: int) -> float:
    """A number in (0, 1) drawn from *keys* (splitmix64's finaliser)."""
    x = ((keys & 0xFFFFFFFF) * 4 + salt + 0x9E3779B97F4A7C15) & _MASK64
    x = ((x ^ (x >> 30)) * 0xBF58476D1CE4E5B9) & _MASK64
    x = ((x ^ (x >> 27)) * 0x94D049BB133111EB) & _MASK64
    x ^= x >> 31
    return (x + 0.5) / 2**64


def round_count(n: int, keys: int) -> int:
    """*n* rounded to a multiple of 5, up with probability ``(n mod 5) / 5`` (drawn from *keys*)."""
    if n < 0:
        raise ValueError("counts cannot be negative")
    low, rest = divmod(n, BASE)
    if rest == 0:
        return n
    return BASE * (low + 1) if _unit(keys, 1) < rest / BASE else BASE * low


def split(total: int, children: list[tuple[int, int]]) -> list[int]:
    """Round *children* ``(n, keys)`` to adjacent multiples of 5 that add up to *total*.

    *total* is the rounded parent of children that divide it (their counts add
    up to the parent's count), so it lies between the sum of the children
    rounded down and the sum rounded up. Which children go up is drawn with
    probability growing with their remainder (weighted sampling by keys).
    """
    floors = [BASE * (n // BASE) for n, _ in children]
    ups = (total - sum(floors)) // BASE
    candidates = [i for i, (n, _) in enumerate(children) if n % BASE]
    if ups < 0 or ups > len(candidates):
        raise ValueError("a split's children do not add up to its parent")
    # Efraimidis-Spirakis: the largest log(u) / weight are a weighted sample without
    # replacement.
    chosen = sorted(candidates, key=lambda i: math.log(_unit(children[i][1], 2))
                    / (children[i][0] % BASE), reverse=True)[:ups]  # fmt: skip
    out = list(floors)
    for i in chosen:
        out[i] += BASE
    return out


def round_cube(cells: Mapping[CubeKey, Counted]) -> dict[CubeKey, int]:
    """The published value of every finest cell (steps 1 and 2 above).

    Runs in O(cells log cells): one pass for the roots, one sort per split.
    """
    rounded: dict[CubeKey, int] = {}
    splits: dict[tuple[CubeKey, str], list[CubeKey]] = defaultdict(list)
    for key, count in cells.items():
        kind, month, org, office, dim, a, b = key
        parent = parent_of(dim, a, b)
        parent_key = None if parent is None else (kind, month, org, office, *parent)
        if parent_key is None or parent_key not in cells:
            rounded[key] = round_count(count.n, count.keys)
        else:
            splits[(parent_key, dim)].append(key)
    for (parent_key, _dim), children in splits.items():
        children.sort()
        total = rounded[parent_key]
        counts = [(cells[k].n, cells[k].keys) for k in children]
        try:
            values = split(total, counts)
        except ValueError:
            # A split that does not add up to its parent (an inconsistent cube): round each
            # child on its own rather than publish anything exact.
            values = [round_count(n, keys) for n, keys in counts]
        rounded.update(zip(children, values, strict=True))
    return rounded


def share(part: Cell, whole: Cell) -> str:
    """A percentage for display, computed from published numbers only."""
    if part.value is None or whole.value is None:
        return SUPPRESSED_LABEL if part.value is None else "-"
    if whole.value == 0:
        return "-"
    return f"{100 * part.value / whole.value:.0f}%"
