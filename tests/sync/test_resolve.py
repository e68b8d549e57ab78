"""Resolving conflicts: keep mine, take theirs, per field; nothing silently overwritten."""

from __future__ import annotations

import uuid

import pytest
import requests

from desk.errors import InputError
from desk.store.cases import CaseRepository
from desk.store.conflicts import open_conflicts as conflicts
from desk.sync import resolve
from desk.sync.engine import SyncEngine, SyncReport

from .conftest import Desk, case_values
from .test_engine import other_device

pytestmark = pytest.mark.timeout(60)


def run(desk: Desk) -> SyncReport:
    c = desk.client()
    try:
        return SyncEngine(desk.store, c).run()
    finally:
        c.close()


def make_conflict(desk: Desk) -> str:
    repo = CaseRepository(desk.store)
    case_id = repo.save(case_values(notes="van de balie", duration_min=10))
    assert run(desk).ok
    body = desk.central.items()[case_id]["body"]
    body["notes"] = "van een collega"
    body["duration_min"] = 30
    answer = requests.post(
        desk.central.url + "/v1/push", headers=other_device(desk.central), timeout=10,
        json={"client_time": "2026-11-28T10:00:00Z", "changes": [
            {"kind": "case", "id": case_id, "revision": 2, "base_revision": 1,
             "idempotency_key": uuid.uuid4().hex, "body": body}]},
    )  # fmt: skip
    assert answer.json()["results"][0]["status"] == "accepted"
    repo.save(case_values(notes="mijn versie", duration_min=45), case_id=case_id)
    assert run(desk).conflicts >= 1
    assert ("case", case_id) in conflicts(desk.store)
    return case_id


def local(desk: Desk, case_id: str) -> tuple[str, int, str]:
    row = (
        desk.store.conn()
        .execute("SELECT notes, duration_min, sync_state FROM cases WHERE id = ?", (case_id,))
        .fetchone()
    )
    return row[0], row[1], row[2]


def test_keep_mine(desk: Desk):
    case_id = make_conflict(desk)
    resolve.keep_mine(desk.store, "case", case_id)
    assert conflicts(desk.store) == {}
    report = run(desk)
    assert report.ok and report.accepted == 1 and report.conflicts == 0
    server = desk.central.items()[case_id]
    assert server["body"]["notes"] == "mijn versie" and server["revision"] == 3
    assert local(desk, case_id) == ("mijn versie", 45, "synced")


def test_take_theirs(desk: Desk):
    case_id = make_conflict(desk)
    resolve.take_theirs(desk.store, "case", case_id)
    assert local(desk, case_id) == ("van een collega", 30, "synced")
    assert desk.store.outbox_counts() == {}
    report = run(desk)
    assert report.ok and report.accepted == 0 and report.conflicts == 0
    assert desk.central.items()[case_id]["revision"] == 2


def test_per_field(desk: Desk):
    case_id = make_conflict(desk)
    diff = resolve.differing_fields(desk.store, "case", case_id)
    assert diff["notes"] == ("mijn versie", "van een collega")
    assert diff["duration_min"] == (45, 30)
    with pytest.raises(InputError):
        resolve.merge(desk.store, "case", case_id, ["no_such_field"])
    resolve.merge(desk.store, "case", case_id, ["notes"])
    assert run(desk).ok
    body = desk.central.items()[case_id]["body"]
    assert (body["notes"], body["duration_min"]) == ("van een collega", 45)
    assert local(desk, case_id) == ("van een collega", 45, "synced")
    with pytest.raises(InputError, match="al opgelost"):
        resolve.keep_mine(desk.store, "case", case_id)
