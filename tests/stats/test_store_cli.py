"""Reading the local database, and ``desk stats``."""

from __future__ import annotations

import json
import sqlite3
from datetime import date
from pathlib import Path

import pytest

from desk import cli
from desk.domain.stats import Filters, compute
from desk.store import stats_queries
from desk.store.store import Store
from tests.stats.fixture import CASES, REFERRALS

OCT_NOV = Filters(date(2026, 10, 1), date(2026, 11, 30))


def test_store_gives_the_same_figures_as_the_records(filled_store: Store) -> None:
    data = stats_queries.load(filled_store.conn(), OCT_NOV)
    from_store = compute(data.cases, data.referrals, OCT_NOV, data.topics)
    expected = compute(CASES, REFERRALS if data.referrals is not None else None, OCT_NOV)
    assert from_store.cases == 20
    assert [t.counts for t in from_store.tables] == [t.counts for t in expected.tables]
    assert [t.rows for t in from_store.tables] == [t.rows for t in expected.tables]
    assert from_store.ratios == expected.ratios
    assert from_store.ttfc_days == expected.ttfc_days
    # Grouped in SQL: 20 contacts, fewer records (the topics are counted apart).
    assert len(data.cases) < 20
    assert all(c.topics == () for c in data.cases)
    assert data.offices == ["A", "B"]


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
        cases = stats_queries.load_cases(store.conn(), Filters())
        late_october = stats_queries.load_cases(
            store.conn(), Filters(date(2026, 10, 10), date(2026, 10, 31))
        )
    finally:
        store.close()
    # 31/10 23:00 UTC is 1 November 00:00 in Brussels (UTC+1 after 25 October).
    assert sorted((c.count, c.occurred_at.isoformat()[:13]) for c in cases) == [
        (1, "2026-10-31T23"), (1, "2026-11-03T10"), (3, "2026-10-01T08")]  # fmt: skip
    fig = compute(cases, None)
    assert [sum(r) for r in fig.table("cases_by_month").counts] == [3, 2]
    # A group's moment is its earliest contact, so it stays inside a partial period.
    assert [(c.count, c.occurred_at.day) for c in late_october] == [(2, 14)]


def test_referrals_from_the_store(filled_store: Store) -> None:
    conn = filled_store.conn()
    if not stats_queries.has_table(conn, "referrals"):
        pytest.skip("this database has no referrals table yet (migration 0003)")
    refs = stats_queries.load_referrals(conn, OCT_NOV)
    assert refs is not None and len(refs) == 10  # the draft is left out
    assert sorted(r.status for r in refs) == sorted(r.status for r in REFERRALS)


def test_no_referrals_table_says_so(tmp_path: Path) -> None:
    conn = sqlite3.connect(tmp_path / "old.db")
    conn.execute("CREATE TABLE cases (occurred_at, office, channel, outcome, not_possible_reason,"
                 " topics, guide_session, deleted)")  # fmt: skip
    conn.execute("CREATE TABLE meta (key, value)")
    assert stats_queries.load_referrals(conn, OCT_NOV) is None
    report, _ = stats_queries.local_report(conn, OCT_NOV)
    assert any("nog geen doorverwijzingen" in m.lower() for m in report.messages)
    conn.close()


def test_cli_json(filled_store: Store, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["stats", "--json", "--from", "01/10/2026", "--to", "2026-11-30"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["source"] == "local"
    assert (out["from"], out["to"]) == ("2026-10-01", "2026-11-30")
    tables = {t["name"]: t for t in out["tables"]}
    months = tables["cases_by_month"]
    assert months["rows"] == ["2026-10", "2026-11"]
    assert months["row_totals"] == [10, 10]
    assert tables["cases_by_reason"]["cells"] == [["<5"], ["<5"], ["<5"]]
    assert out["note"].startswith("Aantallen van 1 tot 4")
    assert "GEHEIME-NOTITIE" not in json.dumps(out)


def test_cli_empty_period(filled_store: Store, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["stats", "--json", "--from", "2030-01-01", "--to", "31/01/2030"]) == 0
    captured = capsys.readouterr()
    out = json.loads(captured.out)
    assert out["empty"] is True
    assert all(t["rows"] == [] for t in out["tables"])
    assert "geen gegevens in deze periode" in captured.err


def test_cli_bad_dates(filled_store: Store, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["stats", "--from", "30/11/2026", "--to", "01/11/2026"]) != 0
    assert "begindatum" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        cli.main(["stats", "--from", "gisteren"])


def test_cli_csv_files(filled_store: Store, tmp_path: Path,
                       capsys: pytest.CaptureFixture[str]) -> None:  # fmt: skip
    folder = tmp_path / "csv"
    assert cli.main(["stats", "--from", "01/10/2026", "--to", "30/11/2026", "--csv",
                     str(folder)]) == 0  # fmt: skip
    raw = (folder / "cases_by_reason.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    text = raw.decode("utf-8-sig")
    lines = text.splitlines()
    assert lines[0] == "reden \\ aantal;Aantal"
    assert lines[1] == "Geen eID;<5"
    assert "Aantallen van 1 tot 4" in lines[-1]
    assert "Samen gedaan" in (folder / "cases_by_month.csv").read_text(encoding="utf-8-sig")


def test_cli_central_not_enrolled(filled_store: Store, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["stats", "--json", "--central"]) != 0
    err = capsys.readouterr().err
    assert "niet aangemeld" in err
    # The local figures stay available.
    assert cli.main(["stats", "--json"]) == 0
