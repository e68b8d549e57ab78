"""Reading the local database, and ``desk stats``."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from desk import cli
from desk.domain.periods import Period
from desk.domain.stats import Filters, compute, publish
from desk.store import stats_queries
from desk.store.store import Store
from tests.stats.fixture import CASES, REFERRALS

Q4 = Filters(Period(2026, "quarter", 4))


def test_store_gives_the_same_figures_as_the_records(filled_store: Store) -> None:
    data = stats_queries.load(filled_store.conn(), Q4)
    from_store = compute(data.cases, data.referrals, Q4, data.topics)
    expected = compute(CASES, REFERRALS if data.referrals is not None else None, Q4)
    assert from_store.cases == 21
    assert [t.counts for t in from_store.tables] == [t.counts for t in expected.tables]
    assert [t.rows for t in from_store.tables] == [t.rows for t in expected.tables]
    # Grouped in SQL: 21 contacts, fewer records (the topics are counted apart).
    assert len(data.cases) < 21
    assert all(c.topics == () for c in data.cases)
    assert data.offices == ["A", "B"]


def test_store_and_records_publish_the_same_numbers(filled_store: Store) -> None:
    """The record keys summed in SQL round exactly like the records one by one."""
    from dataclasses import replace

    from desk.domain.cube import record_key

    rows = filled_store.conn().execute(
        "SELECT occurred_at, id FROM cases WHERE deleted = 0 ORDER BY occurred_at"
    ).fetchall()
    keys = {at: record_key(i) for at, i in rows}
    from desk.store.common import to_iso

    keyed = [replace(c, keys=keys[to_iso(c.occurred_at)]) for c in CASES]
    data = stats_queries.load(filled_store.conn(), Q4)
    now = CASES[0].occurred_at
    from_store = publish(compute(data.cases, None, Q4, data.topics), generated_at=now)
    by_record = publish(compute(keyed, None, Q4), generated_at=now)
    assert [t.to_json() for t in from_store.tables] == [t.to_json() for t in by_record.tables]


def test_store_groups_by_belgian_month_in_sql() -> None:
    from dataclasses import replace

    from desk.store.store import open_store
    from tests.stats.conftest import write_case
    from tests.stats.fixture import at

    store = open_store()
    try:
        with store.tx() as conn:
            for day, hour in (("2026-10-01", 8), ("2026-10-14", 9), ("2026-10-31", 21),
                              ("2026-10-31", 23), ("2026-11-03", 10)):  # fmt: skip
                write_case(conn, replace(CASES[1], occurred_at=at(day, hour)))
        cases = stats_queries.load_cases(store.conn(), Q4)
        october = stats_queries.load_cases(store.conn(), Filters(Period(2026, "month", 10)))
    finally:
        store.close()
    # 31/10 23:00 UTC is 1 November 00:00 in Brussels (UTC+1 after 25 October).
    assert sorted((c.count, c.occurred_at.isoformat()[:13]) for c in cases) == [
        (1, "2026-10-31T23"), (1, "2026-11-03T10"), (3, "2026-10-01T08")]  # fmt: skip
    fig = compute(cases, None, Q4)
    assert [sum(r) for r in fig.table("cases_by_month").counts] == [3, 2]
    # The contact at 23:00 UTC on 31 October belongs to November: October has three.
    assert [(c.count, c.occurred_at.day) for c in october] == [(3, 1)]


def test_referrals_from_the_store(filled_store: Store) -> None:
    conn = filled_store.conn()
    if not stats_queries.has_table(conn, "referrals"):
        pytest.skip("this database has no referrals table yet (migration 0003)")
    refs = stats_queries.load_referrals(conn, Q4)
    assert refs is not None and len(refs) == 10  # the draft is left out
    assert sorted(r.status for r in refs) == sorted(r.status for r in REFERRALS)


def test_no_referrals_table_says_so(tmp_path: Path) -> None:
    conn = sqlite3.connect(tmp_path / "old.db")
    conn.execute("CREATE TABLE cases (id, occurred_at, office, channel, outcome, not_possible_reason,"
                 " topics, guide_session, deleted)")  # fmt: skip
    conn.execute("CREATE TABLE meta (key, value)")
    assert stats_queries.load_referrals(conn, Q4) is None
    report, _ = stats_queries.local_report(conn, Q4)
    assert any("nog geen doorverwijzingen" in m.lower() for m in report.messages)
    conn.close()


def test_cli_json(filled_store: Store, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["stats", "--json", "--period", "2026-Q4"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["source"] == "local" and out["period"] == "2026-Q4"
    assert (out["from"], out["to"]) == ("2026-10-01", "2026-12-31")
    assert out["method"] == "rounding-5"
    tables = {t["name"]: t for t in out["tables"]}
    months = tables["cases_by_month"]
    assert months["rows"][:2] == ["2026-10", "2026-11"]
    assert all(v % 5 == 0 for v in months["row_totals"])
    for table in out["tables"]:
        assert not any(1 <= v <= 4 for row in table["cells"] for v in row), table["name"]
    assert out["note"].startswith("Alle aantallen zijn afgerond")
    assert "GEHEIME-NOTITIE" not in json.dumps(out)
    # The same period, written as days
    assert cli.main(["stats", "--json", "--from", "01/10/2026", "--to", "2026-12-31"]) == 0
    assert json.loads(capsys.readouterr().out)["tables"] == out["tables"]


def test_cli_empty_period(filled_store: Store, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["stats", "--json", "--from", "2030-01-01", "--to", "31/01/2030"]) == 0
    captured = capsys.readouterr()
    out = json.loads(captured.out)
    assert out["empty"] is True
    assert all(t["rows"] == [] for t in out["tables"])
    assert "geen gegevens in deze periode" in captured.err


def test_cli_bad_periods(filled_store: Store, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["stats", "--from", "30/11/2026", "--to", "01/11/2026"]) != 0
    assert "begindatum" in capsys.readouterr().err
    # Only whole months, quarters or years: no day ranges that could be subtracted.
    assert cli.main(["stats", "--from", "01/10/2026", "--to", "30/11/2026"]) != 0
    assert "kwartaal" in capsys.readouterr().err
    assert cli.main(["stats"]) != 0
    with pytest.raises(SystemExit):
        cli.main(["stats", "--from", "gisteren"])
    with pytest.raises(SystemExit):
        cli.main(["stats", "--period", "2026-Q5"])


def test_cli_csv_files(filled_store: Store, tmp_path: Path,
                       capsys: pytest.CaptureFixture[str]) -> None:  # fmt: skip
    folder = tmp_path / "csv"
    assert cli.main(["stats", "--period", "2026-Q4", "--csv", str(folder)]) == 0
    raw = (folder / "cases_by_channel.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    text = raw.decode("utf-8-sig")
    lines = text.splitlines()
    assert lines[0].startswith("kanaal \\ uitkomst;")
    assert lines[1].startswith("Loket;")
    assert "Alle aantallen zijn afgerond" in lines[-1]
    assert "Samen gedaan" in (folder / "cases_by_month.csv").read_text(encoding="utf-8-sig")


def test_cli_central_not_enrolled(filled_store: Store, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["stats", "--json", "--central", "--period", "2026"]) != 0
    err = capsys.readouterr().err
    assert "niet aangemeld" in err
    # The local figures stay available.
    assert cli.main(["stats", "--json", "--period", "2026"]) == 0


def test_a_topic_listed_twice_counts_once() -> None:
    from dataclasses import replace

    from desk.domain.cube import record_key
    from desk.store.store import open_store
    from tests.stats.conftest import fixed_id, write_case

    twice = replace(CASES[1], topics=("topic:Belastingen", "topic:Belastingen", "topic:Pensioen"))
    store = open_store()
    try:
        with store.tx() as conn:
            write_case(conn, twice, record_id=fixed_id("twice"))
        topics = stats_queries.load_topics(store.conn(), Q4)
    finally:
        store.close()
    found = {t.topic: (t.count, t.keys) for t in topics}
    key = record_key(fixed_id("twice"))
    assert found == {"topic:Belastingen": (1, key), "topic:Pensioen": (1, key)}
