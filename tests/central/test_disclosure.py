"""Disclosure control: no published count of 1..4, no hidden count recoverable."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desk.domain.disclosure import (
    SUPPRESSED_LABEL,
    extend,
    protect,
    share,
    suppression_mask,
)

Edge = tuple[int, int]


def _sign(r: int, c: int, last_r: int, last_c: int) -> int:
    return -1 if (r == last_r) != (c == last_c) else 1


def _paths(
    hidden: set[Edge], start_col: int, goal_row: int, banned: Edge, budget: list[int]
) -> Iterator[list[Edge]]:
    """Simple alternating paths col -> row -> col ... -> goal_row through hidden cells."""

    def walk(
        node: tuple[str, int], seen: set[tuple[str, int]], path: list[Edge]
    ) -> Iterator[list[Edge]]:
        if budget[0] <= 0:
            return
        budget[0] -= 1
        kind, idx = node
        for r, c in hidden:
            if (r, c) == banned or (r, c) in path:
                continue
            if kind == "col" and c == idx:
                nxt = ("row", r)
            elif kind == "row" and r == idx:
                nxt = ("col", c)
            else:
                continue
            if nxt == ("row", goal_row):
                yield [*path, (r, c)]
            elif nxt not in seen:
                yield from walk(nxt, seen | {nxt}, [*path, (r, c)])

    yield from walk(("col", start_col), {("col", start_col)}, [])


def recoverable(ext: list[list[int]], mask: list[list[bool]]) -> list[Edge]:
    """Hidden cells (value >= 1) with no other non-negative completion along any cycle.

    Independent of the algorithm under test: it searches all simple cycles of
    hidden cells (not only rectangles) for a feasible +-1 shift.
    """
    last_r, last_c = len(ext) - 1, len(ext[0]) - 1
    hidden = {(r, c) for r, row in enumerate(mask) for c, h in enumerate(row) if h}
    bad = []
    for r, c in sorted(hidden):
        if ext[r][c] == 0:
            continue  # a hidden 0 may be "recovered": 0 may be published anyway
        ok = False
        for path in _paths(hidden, c, r, (r, c), [20000]):
            cycle = [(r, c), *path]
            for direction in (1, -1):
                if all(
                    ext[rr][cc]
                    + direction * (1 if i % 2 == 0 else -1) * _sign(rr, cc, last_r, last_c)
                    >= 0
                    for i, (rr, cc) in enumerate(cycle)
                ):
                    ok = True
                    break
            if ok:
                break
        if not ok:
            bad.append((r, c))
    return bad


def _check_linear_sums(ext: list[list[int]]) -> None:
    last_r, last_c = len(ext) - 1, len(ext[0]) - 1
    for r in range(last_r + 1):
        assert sum(ext[r][c] * _sign(r, c, last_r, last_c) for c in range(last_c + 1)) == 0
    for c in range(last_c + 1):
        assert sum(ext[r][c] * _sign(r, c, last_r, last_c) for r in range(last_r + 1)) == 0


tables = st.integers(1, 4).flatmap(
    lambda n_rows: st.integers(1, 4).flatmap(
        lambda n_cols: st.lists(
            st.lists(
                st.one_of(st.integers(0, 6), st.integers(0, 40)), min_size=n_cols, max_size=n_cols
            ),
            min_size=n_rows,
            max_size=n_rows,
        )
    )
)


@settings(max_examples=300, deadline=None, database=None)
@given(tables)
def test_no_small_count_published_and_nothing_recoverable(counts: list[list[int]]) -> None:
    ext = extend(counts)
    _check_linear_sums(ext)
    mask = suppression_mask(counts)
    for r, row in enumerate(ext):
        for c, value in enumerate(row):
            if not mask[r][c]:
                assert not 1 <= value <= 4, (counts, mask)
    assert recoverable(ext, mask) == [], (counts, mask)


@settings(max_examples=100, deadline=None, database=None)
@given(tables)
def test_protected_table_matches_mask(counts: list[list[int]]) -> None:
    rows = [f"r{i}" for i in range(len(counts))]
    cols = [f"c{j}" for j in range(len(counts[0]))]
    table = protect(counts, rows, cols)
    mask = suppression_mask(counts)
    ext = extend(counts)
    for r in range(len(rows)):
        for c in range(len(cols)):
            cell = table.cells[r][c]
            assert cell.suppressed == mask[r][c]
            assert cell.display == (SUPPRESSED_LABEL if mask[r][c] else str(ext[r][c]))
        assert table.row_totals[r].suppressed == mask[r][len(cols)]
    assert table.total.suppressed == mask[len(rows)][len(cols)]


def test_single_small_cell_gets_a_complement() -> None:
    table = protect([[3, 10, 12], [20, 30, 40]], ["a", "b"], ["x", "y", "z"])
    assert table.cells[0][0].display == "<5"
    hidden_first_row = [c for c in table.cells[0] if c.suppressed]
    assert len(hidden_first_row) + int(table.row_totals[0].suppressed) >= 2
    # The complement is the smallest inner cell that works, not a margin.
    assert table.total.value == 115
    assert table.cells[0][1].suppressed and table.cells[1][0].suppressed


def test_zero_is_published_and_known_tables() -> None:
    table = protect([[0, 10], [7, 9]], ["a", "b"], ["x", "y"])
    assert [c.value for c in table.cells[0]] == [0, 10]
    assert table.suppressed_count == 0
    one_column = protect([[2], [8], [9]], ["a", "b", "c"], ["n"])
    assert one_column.cells[0][0].suppressed
    assert sum(c.suppressed for row in one_column.cells for c in row) >= 2


def test_empty_and_bad_tables() -> None:
    empty = protect([], [], ["x"])
    assert empty.total.value == 0
    with pytest.raises(ValueError):
        suppression_mask([[1, -1]])
    with pytest.raises(ValueError):
        protect([[1, 2]], ["a"], ["x"])


def test_share_uses_published_numbers_only() -> None:
    t = protect([[3, 10], [20, 30]], ["a", "b"], ["x", "y"])
    assert share(t.cells[0][0], t.total) == SUPPRESSED_LABEL
    assert share(t.row_totals[1], t.total) == "79%"
    assert share(t.cells[1][1], t.total) == SUPPRESSED_LABEL


def test_large_table_is_fast() -> None:
    import random
    import time

    rnd = random.Random(7)
    counts = [[rnd.choice([0, 1, 2, 3, 5, 8, 13, 40]) for _ in range(12)] for _ in range(40)]
    start = time.perf_counter()
    mask = suppression_mask(counts)
    assert time.perf_counter() - start < 5
    for r, row in enumerate(extend(counts)):
        for c, v in enumerate(row):
            assert mask[r][c] or not 1 <= v <= 4


populations = st.lists(
    st.tuples(st.integers(0, 2), st.integers(0, 3), st.sampled_from(["x", "y", "z"])),
    min_size=1,
    max_size=60,
)


@settings(max_examples=150, deadline=None, database=None)
@given(populations)
def test_linked_tables_hide_shared_margins_everywhere(records: list[tuple[int, int, str]]) -> None:
    from desk.domain.disclosure import protect_linked

    cols = sorted({c for _, _, c in records})
    tables = []
    for dim in (0, 1):
        rows = sorted({str(r[dim]) for r in records})
        counts = [
            [sum(1 for r in records if str(r[dim]) == row and r[2] == col) for col in cols]
            for row in rows
        ]
        tables.append((counts, rows, cols))
    result = protect_linked(tables)
    for (counts, _rows, _cols), table in zip(tables, result, strict=True):
        ext = extend(counts)
        mask = [
            [c.suppressed for c in (*row, total)]
            for row, total in zip(table.cells, table.row_totals, strict=True)
        ] + [[c.suppressed for c in (*table.column_totals, table.total)]]
        for r, row in enumerate(ext):
            for c, value in enumerate(row):
                assert mask[r][c] or not 1 <= value <= 4
        assert recoverable(ext, mask) == []
    for col_index in range(len(cols)):
        states = {t.column_totals[col_index].suppressed for t in result}
        assert len(states) == 1, "a shared column total is hidden in one table but shown in another"
    assert len({t.total.suppressed for t in result}) == 1
