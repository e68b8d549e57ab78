"""Statistical disclosure control for published count tables.

Shared by the central service (``/v1/stats``) and the desk's statistics
screen, so that a table looks the same, and is protected the same way,
wherever it is shown or exported.

The rules:

* **Primary suppression.** A count from 1 to ``threshold - 1`` (1..4 by
  default) is never published. 0 may be shown.
* **Secondary suppression.** The table is published with its row totals,
  column totals and grand total. A hidden cell must not be recomputable from
  what *is* published. We treat the table together with its margins as one
  extended table in which every row and every column is a linear equation.
  A hidden value is recoverable exactly when no other non-negative integer
  completion of the hidden cells fits the published numbers. For every hidden
  cell with a value >= 1 we therefore demand a *rectangle* of hidden cells
  through it along which all hidden values can be shifted by one while every
  equation still holds and no value turns negative. While a cell lacks such
  a rectangle, the cheapest rectangle that gives it one is hidden as well
  (preferring small, non-zero inner cells over margins), until a fixpoint.
* Margins are the true totals; they are published only when they are safe
  by the same rules (a margin is just another cell of the extended table).
* Percentages must be computed from published numbers only; the display
  helpers here never compute a share from a hidden total.

A hidden cell is represented by :data:`SUPPRESSED` (``None`` as value) and
shown as ``"<5"`` (:data:`SUPPRESSED_LABEL`).
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from itertools import product
from typing import Final

DEFAULT_THRESHOLD: Final = 5
SUPPRESSED_LABEL: Final = "<5"

#: The note shown under every protected table (Dutch, user-facing).
SUPPRESSION_NOTE_NL: Final = (
    "Aantallen van 1 tot 4 worden niet getoond (<5). Om ze niet te laten terugrekenen "
    "uit totalen zijn soms ook andere cellen of totalen verborgen."
)

_MARGIN_COST: Final = 10**6
_GRAND_COST: Final = 10**9
_ZERO_COST: Final = 10**3


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


@dataclass(frozen=True)
class ProtectedTable:
    """A count table after disclosure control.

    ``cells[r][c]`` belongs to ``rows[r]`` and ``columns[c]``.
    """

    rows: tuple[str, ...]
    columns: tuple[str, ...]
    cells: tuple[tuple[Cell, ...], ...]
    row_totals: tuple[Cell, ...]
    column_totals: tuple[Cell, ...]
    total: Cell

    @property
    def suppressed_count(self) -> int:
        hidden = sum(c.suppressed for row in self.cells for c in row)
        hidden += sum(c.suppressed for c in self.row_totals)
        hidden += sum(c.suppressed for c in self.column_totals)
        return hidden + int(self.total.suppressed)


def extend(counts: Sequence[Sequence[int]]) -> list[list[int]]:
    """The table with its margins: one extra column (row totals), one extra row."""
    n_cols = len(counts[0]) if counts else 0
    ext = [[*row, sum(row)] for row in counts]
    col_totals = [sum(row[c] for row in counts) for c in range(n_cols)]
    ext.append([*col_totals, sum(col_totals)])
    return ext


def _sign(r: int, c: int, last_r: int, last_c: int) -> int:
    # In the signed table every row and column sums to zero: margins enter
    # with a minus sign, the grand total with a plus sign.
    return -1 if (r == last_r) != (c == last_c) else 1


def rectangle_allows_shift(
    ext: Sequence[Sequence[int]], r1: int, c1: int, r2: int, c2: int
) -> bool:
    """True when the four cells can move by one without breaking any equation.

    Moving the signed values by +1/-1/-1/+1 around the rectangle keeps every
    row and column sum; in real counts each cell moves by +-1. The move is
    possible in one of the two directions when, in that direction, no
    decreasing cell is already 0.
    """
    last_r, last_c = len(ext) - 1, len(ext[0]) - 1
    corners = ((r1, c1, 1), (r1, c2, -1), (r2, c1, -1), (r2, c2, 1))
    for direction in (1, -1):
        if all(ext[r][c] + direction * k * _sign(r, c, last_r, last_c) >= 0 for r, c, k in corners):
            return True
    return False


def _protected(ext: Sequence[Sequence[int]], hidden: set[tuple[int, int]], r: int, c: int) -> bool:
    rows, cols = len(ext), len(ext[0])
    for r2, c2 in product(range(rows), range(cols)):
        if r2 == r or c2 == c:
            continue
        if {(r, c2), (r2, c), (r2, c2)} <= hidden and rectangle_allows_shift(ext, r, c, r2, c2):
            return True
    return False


def _cost(ext: Sequence[Sequence[int]], r: int, c: int) -> int:
    last_r, last_c = len(ext) - 1, len(ext[0]) - 1
    value = ext[r][c]
    cost = value if value > 0 else _ZERO_COST
    if r == last_r and c == last_c:
        return cost + _GRAND_COST
    if r == last_r or c == last_c:
        return cost + _MARGIN_COST
    return cost


def suppression_mask(
    counts: Sequence[Sequence[int]],
    threshold: int = DEFAULT_THRESHOLD,
    *,
    hidden: Collection[tuple[int, int]] = (),
) -> list[list[bool]]:
    """Which cells of the *extended* table (see :func:`extend`) to hide.

    Args:
        counts: a non-empty rectangular table of non-negative counts.
        threshold: counts ``1 .. threshold - 1`` are primary-suppressed.
        hidden: extended-table cells to hide regardless (e.g. a margin that a
            linked table had to hide); they are protected like the others.

    Returns:
        A mask of the extended table's shape: ``True`` means hidden.
    """
    if not counts or not counts[0]:
        raise ValueError("a table needs at least one row and one column")
    if any(len(row) != len(counts[0]) for row in counts):
        raise ValueError("all rows of a table must have the same length")
    if any(v < 0 for row in counts for v in row):
        raise ValueError("counts cannot be negative")
    ext = extend(counts)
    rows, cols = len(ext), len(ext[0])
    hidden = {(r, c) for r in range(rows) for c in range(cols) if 0 < ext[r][c] < threshold} | {
        (r, c) for r, c in hidden if 0 <= r < rows and 0 <= c < cols
    }
    changed = True
    while changed:
        changed = False
        for r, c in sorted(hidden):
            if ext[r][c] == 0 or _protected(ext, hidden, r, c):
                continue
            best: tuple[int, set[tuple[int, int]]] | None = None
            for r2, c2 in product(range(rows), range(cols)):
                if r2 == r or c2 == c or not rectangle_allows_shift(ext, r, c, r2, c2):
                    continue
                new = {(r, c2), (r2, c), (r2, c2)} - hidden
                cost = sum(_cost(ext, rr, cc) for rr, cc in new)
                if best is None or cost < best[0]:
                    best = (cost, new)
            if best is None:
                # Cannot happen for a value >= 1 (its row margin, column margin
                # and the grand total always allow a shift), but never publish
                # a table we could not protect.
                hidden = set(product(range(rows), range(cols)))
            else:
                hidden |= best[1]
            changed = True
    return [[(r, c) in hidden for c in range(cols)] for r in range(rows)]


def protect(
    counts: Sequence[Sequence[int]],
    rows: Sequence[str],
    columns: Sequence[str],
    threshold: int = DEFAULT_THRESHOLD,
    *,
    hidden_columns: Collection[str] = (),
    hide_total: bool = False,
) -> ProtectedTable:
    """Apply primary and secondary suppression to a count table.

    ``hidden_columns`` (column labels) and ``hide_total`` force those margins
    hidden, for tables linked to others (see :func:`protect_linked`).
    An empty table (no rows) is returned as such, with a total of 0.
    """
    if len(counts) != len(rows):
        raise ValueError("one label per row is needed")
    if counts and len(counts[0]) != len(columns):
        raise ValueError("one label per column is needed")
    if not rows or not columns:
        return ProtectedTable(
            tuple(rows),
            tuple(columns),
            tuple(() for _ in rows),
            tuple(Cell(0) for _ in rows),
            tuple(Cell(0) for _ in columns),
            Cell(0),
        )
    ext = extend(counts)
    n_rows, n_cols = len(rows), len(columns)
    forced = {(n_rows, c) for c, label in enumerate(columns) if label in hidden_columns}
    if hide_total:
        forced.add((n_rows, n_cols))
    mask = suppression_mask(counts, threshold, hidden=forced)

    def cell(r: int, c: int) -> Cell:
        return SUPPRESSED if mask[r][c] else Cell(ext[r][c])

    return ProtectedTable(
        rows=tuple(rows),
        columns=tuple(columns),
        cells=tuple(tuple(cell(r, c) for c in range(n_cols)) for r in range(n_rows)),
        row_totals=tuple(cell(r, n_cols) for r in range(n_rows)),
        column_totals=tuple(cell(n_rows, c) for c in range(n_cols)),
        total=cell(n_rows, n_cols),
    )


def protect_linked(
    tables: Sequence[tuple[Sequence[Sequence[int]], Sequence[str], Sequence[str]]],
    threshold: int = DEFAULT_THRESHOLD,
) -> list[ProtectedTable]:
    """Protect tables that split the same population by different row dimensions.

    Such tables share their column totals and grand total (e.g. referrals by
    month x status and by organisation x status). A margin hidden in one of
    them must be hidden in all, or the other table gives it away; we repeat
    until no table hides a shared margin that another still shows.
    """
    hidden_columns: set[str] = set()
    hide_total = False
    while True:
        result = [
            protect(c, r, k, threshold, hidden_columns=hidden_columns, hide_total=hide_total)
            for c, r, k in tables
        ]
        now_hidden = {
            label
            for table in result
            for label, cell in zip(table.columns, table.column_totals, strict=True)
            if cell.suppressed
        }
        now_total = any(table.total.suppressed for table in result if table.rows)
        if now_hidden <= hidden_columns and now_total <= hide_total:
            return result
        hidden_columns |= now_hidden
        hide_total = hide_total or now_total


def share(part: Cell, whole: Cell) -> str:
    """A percentage for display, computed from published numbers only."""
    if part.value is None or whole.value is None:
        return SUPPRESSED_LABEL if part.value is None else "-"
    if whole.value == 0:
        return "-"
    return f"{100 * part.value / whole.value:.0f}%"
