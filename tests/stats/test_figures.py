"""The figures of the hand-made fixture, worked out by hand (see fixture.py)."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from desk.domain import disclosure
from desk.domain.cube import Vocabulary
from desk.domain.periods import Period
from desk.domain.stats import Filters, build_tables, compute, publish, report_from_central
from tests.stats.fixture import CASES, REFERRALS

#: October to December 2026 (C21 falls on 1 December in Brussels: it counts).
Q4 = Filters(Period(2026, "quarter", 4))
NOW = datetime(2026, 11, 28, 13, 0, tzinfo=UTC)


def rows_of(table) -> dict[str, dict[str, int]]:  # type: ignore[no-untyped-def]
    return {
        r: {c: n for c, n in zip(table.columns, counts, strict=True) if n}
        for r, counts in zip(table.rows, table.counts, strict=True)
    }


def test_case_counts_by_hand() -> None:
    fig = compute(CASES, REFERRALS, Q4)
    assert fig.cases == 21
    assert rows_of(fig.table("cases_by_month")) == {
        "2026-10": {
            "together": 5,
            "citizen_alone": 1,
            "not_possible": 2,
            "for_citizen": 1,
            "referred": 1,
        },
        "2026-11": {"together": 6, "citizen_alone": 1, "not_possible": 2, "follow_up": 1},
        "2026-12": {"together": 1},  # C21: 30/11 23:30 UTC is 1 December in Brussels
    }
    channel = fig.table("cases_by_channel")
    assert {r: sum(v.values()) for r, v in rows_of(channel).items()} == {
        "counter": 16,
        "phone": 2,
        "home_visit": 1,
        "email": 1,
        "video": 1,
    }
    assert channel.get("counter", "together") == 11
    assert rows_of(fig.table("cases_by_reason")) == {
        "no_eid": {"count": 2},
        "pin_unknown": {"count": 1},
        "other": {"count": 1},
    }
    topics = fig.table("cases_by_topic")
    assert dict(zip(topics.rows, (r[0] for r in topics.counts), strict=True)) == {
        "topic:Belastingen": 10,
        "guide:itsme": 5,
        "topic:Pensioen": 4,
        "guide:ebox": 2,
        "topic:Internet": 2,
    }
    assert topics.rows[0] == "topic:Belastingen"  # most frequent first


def test_guide_drop_off_by_hand() -> None:
    fig = compute(CASES, REFERRALS, Q4)
    assert rows_of(fig.table("guide_completion")) == {
        "ebox": {"completed": 1, "stopped": 1},
        "itsme": {"completed": 2, "stopped": 3},
    }
    drop = fig.table("guide_drop_off")
    # Per guide, steps in the order of the guide (start before pin), not by count.
    assert drop.rows == ("ebox / login", "itsme / start", "itsme / pin")
    assert [r[0] for r in drop.counts] == [1, 1, 2]


def test_referral_counts_by_hand() -> None:
    fig = compute(CASES, REFERRALS, Q4)
    assert fig.referrals == 10
    assert rows_of(fig.table("referrals_by_month")) == {
        "2026-10": {"completed": 2, "contact_made": 1, "no_show": 1, "sent": 1},
        "2026-11": {
            "first_session": 1,
            "declined": 1,
            "received": 1,
            "contact_made": 1,
            "cancelled": 1,
        },
    }
    # Only statuses that occur, in lifecycle order.
    assert fig.table("referrals_by_month").columns == (
        "sent",
        "received",
        "contact_made",
        "first_session",
        "completed",
        "no_show",
        "declined",
        "cancelled",
    )
    totals = lambda name: {r: sum(v.values()) for r, v in rows_of(fig.table(name)).items()}  # noqa: E731
    assert totals("referrals_by_municipality") == {"kortrijk": 6, "menen": 3, "waregem": 1}
    assert totals("referrals_by_need") == {"smartphone": 4, "email": 2, "eid_itsme": 4, "egov": 1}
    assert fig.table("referrals_by_need").rows == ("smartphone", "email", "eid_itsme", "egov")
    assert totals("referrals_by_barrier") == {
        "no_device": 2,
        "no_internet": 1,
        "cost": 2,
        "literacy": 1,
        "language": 1,
    }
    assert totals("referrals_by_service") == {"svc-a": 6, "svc-b": 3, "svc-c": 1}


def test_time_to_first_contact_and_measures_by_hand() -> None:
    fig = compute(CASES, REFERRALS, Q4)
    # R1 2 d, R2 4 d, R3 1 d, R5 10 d, R6 2 d, R9 2 d (from "sent" to contact_made).
    ttfc = fig.table("time_to_first_contact")
    assert rows_of(ttfc) == {"0-2 d": {"count": 4}, "3-7 d": {"count": 1}, "8-14 d": {"count": 1}}
    report = publish(fig, generated_at=NOW)
    measures = {m.key: m for m in report.measures}
    # Measures come from published (rounded) numbers only, as on the server.
    published = report.table("time_to_first_contact")
    assert measures["ttfc_median"].whole == published.total
    done = report.table("referrals_by_month")
    part = measures["referrals_completed"].part.value
    assert part is not None and part % 5 == 0 and measures["referrals_completed"].whole == done.total


def test_filters_office_and_period() -> None:
    only_b = compute(CASES, REFERRALS, Filters(Q4.period, office="B"))
    assert only_b.cases == 5  # C5, C6, C10, C14, C15
    assert only_b.referrals == 0
    november = compute(CASES, REFERRALS, Filters(Period(2026, "month", 11)))
    assert (november.cases, november.referrals) == (10, 5)
    other_org = compute(CASES, REFERRALS, Filters(Q4.period, org="menen"))
    assert other_org.cases == 0
    assert Filters.between(date(2026, 10, 1), date(2026, 12, 31)).period == Q4.period
    for start, end in ((date(2026, 12, 1), date(2026, 11, 1)), (date(2026, 10, 1),
                        date(2026, 11, 30)), (date(2026, 10, 3), date(2026, 10, 31)),
                       (None, None)):  # fmt: skip
        with pytest.raises(ValueError):
            Filters.between(start, end)


def _atoms_per_cell(fig) -> dict[str, list[list[int]]]:  # type: ignore[no-untyped-def]
    """How many finest cells each table cell sums (each may be off by at most 4)."""
    ones = {k: 1 for k, c in fig.cube.cells.items() if c.n}
    return {t.spec.name: [list(r) for r in t.counts] for t in build_tables(ones, fig.vocab)}


def test_publish_rounds_every_count_and_stays_close() -> None:
    fig = compute(CASES, REFERRALS, Q4)
    report = publish(fig, generated_at=NOW)
    atoms = _atoms_per_cell(fig)
    published_any_change = False
    for raw, pub in zip(fig.tables, report.tables, strict=True):
        assert raw.spec.name == pub.name
        assert set(pub.rows) <= set(raw.rows)  # a row rounded to 0 everywhere is left out
        for row, cells in zip(pub.rows, pub.cells, strict=True):
            n_row = raw.rows.index(row)
            for c, cell in enumerate(cells):
                assert cell.value is not None and cell.value % 5 == 0
                column = pub.columns[c]
                true = raw.counts[n_row][raw.columns.index(column)] if column in raw.columns else 0
                k = atoms[raw.spec.name][n_row][raw.columns.index(column)]
                assert abs(cell.value - true) <= 4 * k, (pub.name, row, column)
                published_any_change |= cell.value != true
        values = [c.value for row in pub.cells for c in row]
        values += [c.value for c in (*pub.row_totals, *pub.column_totals, pub.total)]
        assert not any(v is not None and 1 <= v <= 4 for v in values), pub.name
        # Margins are the sums of the published cells.
        assert pub.total.value == sum(c.value or 0 for c in pub.row_totals)
    assert published_any_change
    assert report.note == disclosure.SUPPRESSION_NOTE_NL
    assert report.suppressed_count == 0


def test_the_same_records_give_the_same_report() -> None:
    first = publish(compute(CASES, REFERRALS, Q4), generated_at=NOW)
    again = publish(compute(list(reversed(CASES)), REFERRALS[::-1], Q4), generated_at=NOW)
    assert [t.to_json() for t in first.tables] == [t.to_json() for t in again.tables]


def test_free_text_counts_as_other_with_a_vocabulary() -> None:
    vocab = Vocabulary(topics={"kortrijk": frozenset({"Belastingen"})})
    fig = compute(CASES, REFERRALS, Q4, vocab=vocab)
    rows = fig.table("cases_by_topic").rows
    assert "topic:Pensioen" not in rows and "topic:Internet" not in rows
    assert {"topic:Belastingen", "guide:itsme", "other"} <= set(rows)
    assert fig.table("cases_by_topic").get("other") == 6  # Pensioen 4, Internet 2


def test_empty_period() -> None:
    empty = publish(compute(CASES, None, Filters(Period(2030, "month", 1))), generated_at=NOW)
    assert empty.empty
    assert any("Geen gegevens" in m for m in empty.messages)
    assert any("nog geen doorverwijzingen" in m.lower() for m in empty.messages)


def test_central_answer_round_trips_into_a_report() -> None:
    local = publish(compute(CASES, REFERRALS, Q4), generated_at=NOW)
    wire = {
        "period": "2026-Q4",
        "from_month": "2026-10",
        "to_month": "2026-12",
        "org": None,
        "office": None,
        "generated_at": "2026-11-28T12:00:00Z",
        "method": "rounding-5",
        "threshold": 5,
        "suppressed_label": "<5",
        "note": disclosure.SUPPRESSION_NOTE_NL,
        "tables": [
            {**t.to_json(), "row_label": t.row_dim, "column_label": t.col_dim} for t in local.tables
        ],
    }
    central = report_from_central(wire, generated_at=NOW)
    assert (central.start, central.end) == (date(2026, 10, 1), date(2026, 12, 31))
    assert [t.cells for t in central.tables] == [t.cells for t in local.tables]
    assert [m.to_json() for m in central.measures] == [m.to_json() for m in local.measures]
    # An older server's "<5" cells are still read.
    old = {**wire, "period": None, "tables": [{**wire["tables"][0], "total": "<5"}]}  # type: ignore[dict-item]
    assert report_from_central(old, generated_at=NOW).tables[0].total.suppressed
    with pytest.raises(ValueError):
        report_from_central({"tables": [{"name": "x"}]}, generated_at=NOW)
