"""Issue #16, findings 2 and 5, tried again the way they were found (SQLite and PostgreSQL).

- By period: 2025-06..2026-12 minus 2025-07..2026-12 gave June = 3.
- By office: the organisation's email/sent minus office balie gave office sociaal = 2.
- Eight concurrent statistics calls of one organisation held every worker thread.

Plus: an existing cube (made before keys, vocabularies and Brussels months) is
rebuilt when the schema is upgraded and the server starts.
"""

from __future__ import annotations

import json
import os
import threading
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import Engine, select, text

from desk.central import admin, stats
from desk.central import tables as t
from desk.central.app import Settings, create_app
from desk.central.db import make_engine, reading
from desk.central.migrate import upgrade

from .conftest import Central, Device, case_body, change, push_body, referral_body


def _push(central: Central, dev: Device, *changes: dict[str, Any]) -> None:
    answer = central.client.post("/v1/push", json=push_body(*changes), headers=dev.headers)
    assert answer.status_code == 200, answer.text
    assert all(r["status"] == "accepted" for r in answer.json()["results"])


def _ref(day: str, office: str = "balie", **over: Any) -> dict[str, Any]:
    body = referral_body(created_at=f"{day}T09:30:00Z", office=office, citizen=None,
                         status_history=[{"status": "sent", "at": f"{day}T09:31:00Z",
                                          "by": "An", "note": ""}], **over)  # fmt: skip
    return change("referral", body=body)


def _table(central: Central, dev: Device, name: str, **params: str) -> dict[str, Any]:
    answer = central.client.get("/v1/stats", params=params, headers=dev.headers)
    assert answer.status_code == 200, answer.text
    return next(t for t in answer.json()["tables"] if t["name"] == name)


def _cell(table: dict[str, Any], row: str, column: str) -> int:
    if row not in table["rows"] or column not in table["columns"]:
        return 0
    return int(table["cells"][table["rows"].index(row)][table["columns"].index(column)])


def test_periods_are_whole_months_quarters_or_years(central: Central) -> None:
    reviewer = central.enroll("w13", role="reviewer", office=None)
    for bad in ("from=2025-06&to=2026-12", "from=2025-07&to=2026-12", "from=2025-06",
                "period=2026-Q5", "period=2026-13", "period=26", "", "from=2026-10-03&to=2026-10-31",
                "period=2026&from=2026-01&to=2026-12"):  # fmt: skip
        answer = central.client.get(f"/v1/stats?{bad}", headers=reviewer.headers)
        assert answer.status_code == 422, (bad, answer.text)
        assert "period" in answer.json()["detail"]
        csv_answer = central.client.get(f"/v1/stats.csv?table=referrals_by_month&{bad}",
                                        headers=reviewer.headers)  # fmt: skip
        assert csv_answer.status_code == 422
    for good, months in (("period=2026-03", ("2026-03", "2026-03")),
                         ("period=2026-Q2", ("2026-04", "2026-06")),
                         ("period=2026", ("2026-01", "2026-12")),
                         ("from=2026-07&to=2026-09", ("2026-07", "2026-09")),  # older desks
                         ("from=2026-01-01&to=2026-12-31", ("2026-01", "2026-12"))):  # fmt: skip
        body = central.client.get(f"/v1/stats?{good}", headers=reviewer.headers).json()
        assert (body["from_month"], body["to_month"]) == months, good


def test_june_cannot_be_recovered_from_other_periods(central: Central) -> None:
    """Three referrals in June 2025 among many: no answer or difference shows the 3."""
    desk = central.enroll("harelbeke")
    _push(central, desk, *[_ref("2025-06-10") for _ in range(3)])
    for month in range(7, 13):
        _push(central, desk, *[_ref(f"2025-{month:02d}-1{n % 9}") for n in range(month * 3)])
    reviewer = central.enroll("w13", role="reviewer", office=None)
    periods = ["2025", "2025-Q2", "2025-Q3", "2025-Q4", *[f"2025-{m:02d}" for m in range(4, 13)]]
    totals = {p: _table(central, reviewer, "referrals_by_month", period=p)["total"]
              for p in periods}  # fmt: skip
    assert all(v % 5 == 0 for v in totals.values()), totals
    differences = {a: totals[a] - totals[b] for a in periods for b in periods}
    assert 3 not in differences.values() and -3 not in differences.values()
    # Additive: the year is its quarters, a quarter its months, exactly.
    assert totals["2025"] == sum(totals[q] for q in ("2025-Q2", "2025-Q3", "2025-Q4"))
    assert totals["2025-Q2"] == sum(totals[m] for m in ("2025-04", "2025-05", "2025-06"))
    assert totals["2025-06"] in (0, 5)
    # The month table of the year shows June the same way as June's own answer.
    year = _table(central, reviewer, "referrals_by_month", period="2025")
    assert _cell(year, "2025-06", "sent") == totals["2025-06"]


def test_an_office_cannot_be_recovered_from_its_organisation(central: Central) -> None:
    admin.add_office(central.engine, "harelbeke", "sociaal", "Sociaal", "test")
    balie = central.enroll("harelbeke", role="social", office="balie")
    _push(central, balie, *[_ref("2026-10-05", "balie", needs=["email"]) for _ in range(6)],
          *[_ref("2026-10-05", "sociaal", needs=["email"]) for _ in range(2)])  # fmt: skip
    reviewer = central.enroll("w13", role="reviewer", office=None)
    q = {"period": "2026-Q4", "org": "harelbeke"}
    org = _cell(_table(central, reviewer, "referrals_by_need", **q), "email", "sent")
    only_balie = _cell(_table(central, reviewer, "referrals_by_need", **q, office="balie"),
                       "email", "sent")  # fmt: skip
    only_sociaal = _cell(_table(central, reviewer, "referrals_by_need", **q, office="sociaal"),
                         "email", "sent")  # fmt: skip
    assert org - only_balie != 2 and only_sociaal != 2
    assert org == only_balie + only_sociaal  # the organisation is exactly its offices
    by_office = _table(central, reviewer, "referrals_by_office", **q)
    assert _cell(by_office, "harelbeke/balie", "sent") == only_balie
    region = _cell(_table(central, reviewer, "referrals_by_need", period="2026-Q4"),
                   "email", "sent")  # fmt: skip
    assert region == org  # the other organisations have none: the same number, not 8


def test_statistics_have_their_own_concurrency_limit(central: Central) -> None:
    """While statistics calls run, further ones get 429 at once and sync is not held up."""
    started = threading.Semaphore(0)
    release = threading.Event()
    real_build = stats.build

    def slow_build(engine: Engine, scope: stats.Scope) -> Any:
        started.release()
        release.wait(30)
        return real_build(engine, scope)

    h = central.enroll("harelbeke")
    k = central.enroll("kortrijk")
    reviewer = central.enroll("w13", role="reviewer", office=None)
    answers: dict[str, int] = {}

    def ask(name: str, dev: Device) -> None:
        answers[name] = central.client.get("/v1/stats?period=2026", headers=dev.headers).status_code

    mp = pytest.MonkeyPatch()
    mp.setattr(stats, "build", slow_build)
    try:
        first = threading.Thread(target=ask, args=("h1", h))
        first.start()
        assert started.acquire(timeout=30)
        ask("h2", h)  # the same organisation: its one slot is taken
        assert answers["h2"] == 429
        second = threading.Thread(target=ask, args=("k1", k))
        second.start()
        assert started.acquire(timeout=30)
        ask("w13", reviewer)  # both slots taken
        assert answers["w13"] == 429
        # Sync goes on meanwhile.
        _push(central, k, change("case", body=case_body()))
        assert central.client.get("/v1/pull", headers=k.headers).status_code == 200
        retry = central.client.get("/v1/stats?period=2026", headers=h.headers)
        assert retry.status_code == 429 and int(retry.headers["Retry-After"]) > 0
    finally:
        release.set()
        mp.undo()
    first.join(30)
    second.join(30)
    assert answers["h1"] == 200 and answers["k1"] == 200
    assert central.client.get("/v1/stats?period=2026", headers=h.headers).status_code == 200


@pytest.fixture
def old_database(engine: Engine) -> Iterator[Engine]:
    """A database at schema 0001 with a record and the cube an older server kept."""
    url = engine.url.render_as_string(hide_password=False)
    if engine.dialect.name == "postgresql":
        with engine.connect() as conn:
            conn.execute(text("DROP SCHEMA public CASCADE"))
            conn.execute(text("CREATE SCHEMA public"))
            conn.commit()
    else:
        engine.dispose()
        path = engine.url.database
        assert path
        os.remove(path)
    old = make_engine(url)
    upgrade(old, "0001")
    with old.begin() as conn:
        conn.execute(text("INSERT INTO orgs (code, name, created_at) VALUES "
                          "('kortrijk', 'Kortrijk', '2027-01-01 00:00:00')"))  # fmt: skip
        conn.execute(text("INSERT INTO offices (org, code, name, created_at) VALUES "
                          "('kortrijk', 'balie', 'Balie', '2027-01-01 00:00:00')"))  # fmt: skip
        conn.execute(text("INSERT INTO change_counter (id, value) VALUES (1, 1) "
                          "ON CONFLICT (id) DO NOTHING"))  # fmt: skip
        body = case_body(occurred_at="2027-02-28T23:30:00Z", topics=["topic:Belastingen"])
        conn.execute(
            t.items.insert().values(kind="case", id=str(uuid.uuid4()), org="kortrijk",
                                    office="balie", revision=1, deleted=False,
                                    body=json.dumps(body), seq=1,
                                    updated_at=datetime(2027, 3, 1, tzinfo=UTC),
                                    device_id=None, personal=False)
        )
        # What the server before #14 and #16 kept: a UTC month, free text, no keys.
        conn.execute(text(
            "INSERT INTO stats_cube (kind, month, org, office, dim, a, b, n) VALUES "
            "('case', '2027-02', 'kortrijk', 'balie', 'topic', 'topic:Belastingen', '', 1),"
            "('case', '2027-02', 'kortrijk', 'balie', 'outcome', 'together', '', 1)"
        ))  # fmt: skip
    yield old
    old.dispose()


def test_an_old_cube_is_rebuilt_on_upgrade_and_start(old_database: Engine) -> None:
    upgrade(old_database)
    with TestClient(create_app(old_database, Settings())):
        pass  # start-up rebuilds what needs it
    with reading(old_database) as conn:
        rows = conn.execute(select(t.stats_cube.c.month, t.stats_cube.c.dim, t.stats_cube.c.a,
                                   t.stats_cube.c.n, t.stats_cube.c.keysum)).all()  # fmt: skip
        marker = conn.execute(select(t.server_config.c.value)
                              .where(t.server_config.c.key == "stats_cube")).scalar_one()  # fmt: skip
    assert {r.month for r in rows} == {"2027-03"}  # 00:30 on 1 March in Brussels
    assert ("topic", "other") in {(r.dim, r.a) for r in rows}  # no topic list configured
    assert all(r.n == 1 and r.keysum > 0 for r in rows)
    assert marker.startswith("2:")
    # Current now: a second start changes nothing.
    assert stats.ensure_current(old_database) is False
