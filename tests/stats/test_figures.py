"""The figures of the hand-made fixture, worked out by hand (see fixture.py)."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from desk.domain import disclosure
from desk.domain.stats import (
    Filters,
    Ratio,
    compute,
    protect_ratio,
    publish,
    report_from_central,
)
from tests.stats.fixture import CASES, REFERRALS

OCT_NOV = Filters(date(2026, 10, 1), date(2026, 11, 30))
NOW = datetime(2026, 11, 28, 13, 0, tzinfo=UTC)


def rows_of(table) -> dict[str, dict[str, int]]:  # type: ignore[no-untyped-def]
    return {
        r: {c: n for c, n in zip(table.columns, counts, strict=True) if n}
        for r, counts in zip(table.rows, table.counts, strict=True)
    }


def test_case_counts_by_hand() -> None:
    fig = compute(CASES, REFERRALS, OCT_NOV)
    assert fig.cases == 20  # C21 is 1 December in Brussels
    assert rows_of(fig.table("cases_by_month")) == {
        "2026-10": {
            "together": 5,
            "citizen_alone": 1,
            "not_possible": 2,
            "for_citizen": 1,
            "referred": 1,
        },
        "2026-11": {"together": 6, "citizen_alone": 1, "not_possible": 2, "follow_up": 1},
    }
    channel = fig.table("cases_by_channel")
    assert {r: sum(v.values()) for r, v in rows_of(channel).items()} == {
        "counter": 15,
        "phone": 2,
        "home_visit": 1,
        "email": 1,
        "video": 1,
    }
    assert channel.get("counter", "together") == 10
    assert rows_of(fig.table("cases_by_reason")) == {
        "no_eid": {"count": 2},
        "pin_unknown": {"count": 1},
        "other": {"count": 1},
    }
    topics = fig.table("cases_by_topic")
    assert dict(zip(topics.rows, (r[0] for r in topics.counts), strict=True)) == {
        "topic:Belastingen": 9,
        "guide:itsme": 5,
        "topic:Pensioen": 4,
        "guide:ebox": 2,
        "topic:Internet": 2,
    }
    assert topics.rows[0] == "topic:Belastingen"  # most frequent first


def test_guide_drop_off_by_hand() -> None:
    fig = compute(CASES, REFERRALS, OCT_NOV)
    assert rows_of(fig.table("guide_completion")) == {
        "ebox": {"completed": 1, "stopped": 1},
        "itsme": {"completed": 2, "stopped": 3},
    }
    drop = fig.table("guide_drop_off")
    # Per guide, steps in the order of the guide (start before pin), not by count.
    assert drop.rows == ("ebox / login", "itsme / start", "itsme / pin")
    assert [r[0] for r in drop.counts] == [1, 1, 2]
    guides = next(r for r in fig.ratios if r.key == "guides_completed")
    assert (guides.part, guides.whole) == (3, 7)


def test_referral_counts_by_hand() -> None:
    fig = compute(CASES, REFERRALS, OCT_NOV)
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


def test_time_to_first_contact_and_rates_by_hand() -> None:
    fig = compute(CASES, REFERRALS, OCT_NOV)
    # R1 2 d, R2 4 d, R3 1 d, R5 10 d, R6 2 d, R9 2 d (from "sent" to contact_made).
    assert fig.ttfc_days == (1.0, 2.0, 2.0, 2.0, 4.0, 10.0)
    ttfc = fig.table("time_to_first_contact")
    assert rows_of(ttfc) == {"0-2 d": {"count": 4}, "3-7 d": {"count": 1}, "8-14 d": {"count": 1}}
    ratios = {r.key: (r.part, r.whole) for r in fig.ratios}
    assert ratios["referrals_completed"] == (2, 10)  # R1, R5
    assert ratios["referrals_no_show"] == (2, 6)  # R3, R6 of the six with contact
    report = publish(fig, generated_at=NOW)
    measures = {m.key: m for m in report.measures}
    assert measures["ttfc_median"].value == "2,0 dagen"  # median of six = (2 + 2) / 2
    # 2 of 10, 2 of 6, 3 of 7: every part is 1..4, so no rate is published.
    for key in ("referrals_completed", "referrals_no_show", "guides_completed"):
        assert measures[key].value == "<5"
        assert measures[key].part.suppressed


def test_filters_office_and_month() -> None:
    only_b = compute(CASES, REFERRALS, Filters(office="B"))
    assert only_b.cases == 5  # C5, C6, C10, C14, C15
    assert only_b.referrals == 0
    november = compute(CASES, REFERRALS, Filters(date(2026, 11, 1), date(2026, 11, 30)))
    assert (november.cases, november.referrals) == (10, 5)
    other_org = compute(CASES, REFERRALS, Filters(org="menen"))
    assert other_org.cases == 0
    with pytest.raises(ValueError):
        Filters(date(2026, 12, 1), date(2026, 11, 1))


def test_publish_hides_every_small_count_and_keeps_the_rest() -> None:
    fig = compute(CASES, REFERRALS, OCT_NOV)
    report = publish(fig, generated_at=NOW)
    hidden = 0
    for raw, pub in zip(fig.tables, report.tables, strict=True):
        assert raw.rows == pub.rows
        for counts, cells in zip(raw.counts, pub.cells, strict=True):
            for n, cell in zip(counts, cells, strict=True):
                if 1 <= n <= 4:
                    assert cell.suppressed, (raw.spec.name, n)
                if not cell.suppressed:
                    assert cell.value == n
                hidden += cell.suppressed
    assert hidden > 10
    reason = report.table("cases_by_reason")
    assert [c[0].display for c in reason.cells] == ["<5", "<5", "<5"]
    assert reason.total.display == "<5"  # 4 contacts in all: also hidden
    assert report.table("cases_by_channel").row_totals[0].value == 15  # counter: safe
    assert report.note == disclosure.SUPPRESSION_NOTE_NL


def test_published_rate_and_empty_period() -> None:
    assert protect_ratio(Ratio("x", "X", 6, 12)).value == "50%"
    assert protect_ratio(Ratio("x", "X", 12, 14)).value == "<5"  # the rest (2) would show
    empty = publish(
        compute(CASES, None, Filters(date(2030, 1, 1), date(2030, 1, 31))), generated_at=NOW
    )
    assert empty.empty
    assert any("Geen gegevens" in m for m in empty.messages)
    assert any("nog geen doorverwijzingen" in m.lower() for m in empty.messages)


def test_central_answer_round_trips_into_a_report() -> None:
    local = publish(compute(CASES, REFERRALS, OCT_NOV), generated_at=NOW)
    wire = {
        "from_month": "2026-10",
        "to_month": "2026-11",
        "org": None,
        "office": None,
        "generated_at": "2026-11-28T12:00:00Z",
        "threshold": 5,
        "suppressed_label": "<5",
        "note": disclosure.SUPPRESSION_NOTE_NL,
        "tables": [
            {**t.to_json(), "row_label": t.row_dim, "column_label": t.col_dim} for t in local.tables
        ],
    }
    central = report_from_central(wire, generated_at=NOW)
    assert (central.start, central.end) == (date(2026, 10, 1), date(2026, 11, 30))
    assert [t.cells for t in central.tables] == [t.cells for t in local.tables]
    measures = {m.key: m.value for m in central.measures}
    assert measures["ttfc_median"] == "<5"  # the 3-7 d and 8-14 d classes are hidden
    with pytest.raises(ValueError):
        report_from_central({"tables": [{"name": "x"}]}, generated_at=NOW)
