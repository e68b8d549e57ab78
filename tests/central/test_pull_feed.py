"""Pull cursors count the organisation's own changes (issue #16, finding 9).

A cursor used to be the global change number: the gap between two pulls showed how
much every other organisation had written. Each organisation now pulls its own
numbered feed; a migration keeps the cursors desks hold valid.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, insert, select, text

from desk import clock as desk_clock
from desk.central import admin, publish
from desk.central import tables as t
from desk.central.app import Settings, create_app
from desk.central.auth import Device as AuthDevice
from desk.central.db import make_engine
from desk.central.migrate import upgrade
from desk.central.pull import pull

from .conftest import Central, PgServer, _need_pg, case_body, change, push_body


def _seqs(central: Central, headers: dict[str, str], cursor: int = 0) -> list[tuple[str, int]]:
    answer = central.client.get(f"/v1/pull?cursor={cursor}", headers=headers)
    assert answer.status_code == 200, answer.text
    return [(c["id"], c["seq"]) for c in answer.json()["changes"]]


def _directory(tmp_path: Path, services: int) -> Path:
    path = tmp_path / "directory.json"
    path.write_text(json.dumps({"organizations": [], "locations": [],
                                "services": [{"id": f"svc-{n}"} for n in range(services)]}))  # fmt: skip
    return path


def test_the_cursor_does_not_show_other_organisations_activity(
    central: Central, tmp_path: Path
) -> None:
    mine = central.enroll("harelbeke")
    theirs = central.enroll("kortrijk")
    first = change("case")
    assert central.client.post("/v1/push", json=push_body(first), headers=mine.headers).json()
    seen = _seqs(central, mine.headers)
    assert [i for i, _ in seen] == [first["id"]]
    # As found: another organisation writes 40 records between two of ours ...
    busy = [change("case") for _ in range(40)]
    central.client.post("/v1/push", json=push_body(*busy), headers=theirs.headers)
    second = change("case")
    central.client.post("/v1/push", json=push_body(second), headers=mine.headers)
    later = _seqs(central, mine.headers, seen[-1][1])
    # ... and our cursor moves by exactly our own one change.
    assert later == [(second["id"], seen[-1][1] + 1)]
    # Shared items (guides, the directory) are numbered in every organisation's feed.
    publish.publish_directory(central.engine, _directory(tmp_path, 1), "test")
    assert _seqs(central, mine.headers, later[-1][1]) == [("directory", later[-1][1] + 1)]
    theirs_seen = _seqs(central, theirs.headers)
    assert [s for _, s in theirs_seen] == list(range(1, 42)) and theirs_seen[-1][0] == "directory"
    # A changed record comes once, with its newest number.
    edit = {**first, "revision": 2, "base_revision": 1, "idempotency_key": "e",
            "body": case_body(notes="edited")}  # fmt: skip
    central.client.post("/v1/push", json=push_body(edit), headers=mine.headers)
    everything = _seqs(central, mine.headers)
    assert [i for i, _ in everything] == [second["id"], "directory", first["id"]]
    assert [s for _, s in everything] == sorted(s for _, s in everything)


def test_a_new_organisation_pulls_what_was_published_before_it(
    central: Central, tmp_path: Path
) -> None:
    publish.publish_directory(central.engine, _directory(tmp_path, 2), "test")
    central.org("menen")
    dev = central.enroll("menen")
    assert _seqs(central, dev.headers) == [("directory", 1)]


# -- the migration keeps the cursors desks hold ---------------------------------------------------


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def engine_before_feeds(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Engine]:
    """A database at the schema revision before per-organisation feeds (0002)."""
    if request.param == "sqlite":
        eng = make_engine(f"sqlite:///{tmp_path / 'old.db'}")
        upgrade(eng, "0002")
        yield eng
        eng.dispose()
        return
    pg: PgServer = _need_pg(request.getfixturevalue("pg_server"))
    name = f"old_{uuid.uuid4().hex[:8]}"
    admin_engine = pg.admin_engine()
    with admin_engine.connect() as conn:
        conn.execute(text(f"CREATE DATABASE {name}"))
    eng = make_engine(pg.url(name))
    upgrade(eng, "0002")
    try:
        yield eng
    finally:
        eng.dispose()
        with admin_engine.connect() as conn:
            conn.execute(text(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
        admin_engine.dispose()


def test_the_migration_keeps_existing_cursors_valid(engine_before_feeds: Engine) -> None:
    eng = engine_before_feeds
    now = desk_clock.now()
    with eng.begin() as conn:
        for org in ("harelbeke", "kortrijk"):
            conn.execute(insert(t.orgs).values(code=org, name=org, created_at=now))
            conn.execute(insert(t.offices).values(org=org, code="balie", name="b",
                                                  created_at=now))  # fmt: skip
        devices = {}
        for org in ("harelbeke", "kortrijk"):
            devices[org] = str(uuid.uuid4())
            conn.execute(insert(t.devices).values(
                id=devices[org], org=org, office="balie", role="social", name="x",
                app_version="0.1.0", os="x", token_hash=uuid.uuid4().hex, created_at=now,
                expires_at=now + timedelta(days=1)))  # fmt: skip
        # Global change numbers as the old server gave them: 1..5, interleaved.
        rows: list[tuple[str, str, str | None, dict[str, Any]]] = [
            ("case", "a1", "harelbeke", case_body(citizen_ref="REF-1")),
            ("case", "k1", "kortrijk", case_body()),
            ("directory", "directory", None, {"services": []}),
            ("case", "a2", "harelbeke", case_body()),
            ("case", "k2", "kortrijk", case_body()),
        ]
        for seq, (kind, item_id, org, body) in enumerate(rows, start=1):
            conn.execute(insert(t.items).values(
                kind=kind, id=item_id, org=org, office="balie" if org else None, revision=1,
                deleted=False, body=json.dumps(body), seq=seq, updated_at=now,
                device_id=devices.get(org or ""), personal=False))  # fmt: skip
            if org:
                conn.execute(insert(t.idempotency).values(
                    org=org, key=f"key-{item_id}", device_id=devices[org], kind=kind,
                    item_id=item_id, body_hash="h", answer="{}", created_at=now))  # fmt: skip
        conn.execute(t.change_counter.update().values(value=5))
    upgrade(eng)

    def dev(org: str) -> AuthDevice:
        return AuthDevice(devices[org], org, "balie", "social", "x")

    # A harelbeke desk that had pulled up to the directory (cursor 3) gets a2 only;
    # a kortrijk desk at cursor 2 gets the directory and k2: nothing skipped or repeated.
    assert [(c.id, c.seq) for c in pull(eng, dev("harelbeke"), 3, 100).changes] == [("a2", 4)]
    assert [c.id for c in pull(eng, dev("kortrijk"), 2, 100).changes] == ["directory", "k2"]
    assert [c.id for c in pull(eng, dev("harelbeke"), 0, 100).changes] == ["a1", "directory",
                                                                           "a2"]  # fmt: skip
    with eng.connect() as conn:
        created = dict(conn.execute(select(t.items.c.id, t.items.c.created_by)).all())
        personal = dict(conn.execute(select(t.items.c.id, t.items.c.personal)).all())
    assert created["a1"] == devices["harelbeke"] and created["directory"] is None
    assert personal == {"a1": True, "k1": False, "directory": False, "a2": False, "k2": False}
    # New changes follow the numbers the desks already hold.
    from fastapi.testclient import TestClient

    with TestClient(create_app(eng, Settings())) as client:
        code = admin.create_enroll_code(eng, "harelbeke", office="balie", role="counter",
                                        expires=timedelta(days=1), actor="test")  # fmt: skip
        token = client.post("/v1/enroll", json={"code": code, "device_name": "d",
                                                "app_version": "0.1.0", "os": "x"},
                            headers={"X-Desk-Protocol": "1", "X-Desk-Version": "0.1.0"}
                            ).json()["token"]  # fmt: skip
        headers = {"Authorization": f"Bearer {token}", "X-Desk-Protocol": "1",
                   "X-Desk-Version": "0.1.0"}  # fmt: skip
        new = change("case")
        assert client.post("/v1/push", json=push_body(new), headers=headers).status_code == 200
        after = client.get("/v1/pull?cursor=4", headers=headers).json()["changes"]
        assert [(c["id"], c["seq"]) for c in after] == [(new["id"], 5)]
