"""The sync engine against a real central server: exactly once, quarantine, conflicts, pull."""

from __future__ import annotations

import json
import uuid
from pathlib import Path
from typing import Any

import pytest
import requests

from desk.central import publish
from desk.store import meta
from desk.store.cases import CaseRepository
from desk.store.conflicts import open_conflicts as conflicts
from desk.store.directory_store import synced_directory_file
from desk.store.outbox import quarantined_entries, referral_statuses, requeue
from desk.store.store import Store
from desk.sync.client import TokenInvalid
from desk.sync.engine import SyncEngine, SyncReport
from desk.sync.enrollment import TrainingProfile

from .conftest import (
    Desk,
    Fault,
    LiveCentral,
    add_cases,
    case_body,
    case_values,
    client,
    json_fault,
    referral_body,
)

pytestmark = pytest.mark.timeout(90)


def directory(store: Store) -> Any:
    """The synced partner directory, read the way the referral page reads it."""
    path = synced_directory_file(store)
    return None if path is None else json.loads(path.read_text(encoding="utf-8"))


def run(desk: Desk, **kw: Any) -> SyncReport:
    c = desk.client()
    try:
        return SyncEngine(desk.store, c, **kw).run()
    finally:
        c.close()


def other_device(central: LiveCentral, role: str = "counter") -> dict[str, str]:
    answer = requests.post(
        central.url + "/v1/enroll",
        json={"code": central.code(role=role), "device_name": "other", "app_version": "0.1.0",
              "os": "Linux"},
        headers={"X-Desk-Protocol": "1", "X-Desk-Version": "0.1.0"},
        timeout=10,
    )  # fmt: skip
    answer.raise_for_status()
    token = answer.json()["token"]
    return {"Authorization": f"Bearer {token}", "X-Desk-Protocol": "1", "X-Desk-Version": "0.1.0"}


def rows(desk: Desk, sql: str, *params: Any) -> list[Any]:
    return desk.store.conn().execute(sql, params).fetchall()


def test_push_marks_records_synced(desk: Desk):
    ids = add_cases(desk.store, 5)
    report = run(desk)
    assert report.ok and report.accepted == 5 and report.pending == 0
    assert set(desk.central.items()) == set(ids)
    states = rows(desk, "SELECT sync_state, server_revision, synced_at FROM cases")
    assert all(s[0] == "synced" and s[1] == 1 and s[2] for s in states)
    assert desk.store.outbox_counts() == {}
    assert desk.store.get_meta("sync.last_success")


def test_lost_response_after_commit_is_resent_as_duplicate(desk: Desk):
    ids = add_cases(desk.store, 4)
    desk.central.faults.add(Fault("/v1/push", 502, b"", after_app=True))
    report = run(desk)
    assert report.ok
    assert report.duplicates == 4 and report.accepted == 0
    assert len(desk.central.items()) == 4 and desk.central.idempotency_rows() == 4
    assert desk.store.outbox_counts() == {}
    assert {r[0] for r in rows(desk, "SELECT id FROM cases WHERE sync_state = 'synced'")} == set(
        ids
    )


def test_truncated_answer_after_commit_loses_and_duplicates_nothing(desk: Desk):
    add_cases(desk.store, 3)
    desk.central.faults.add(Fault("/v1/push", 200, b'{"results": [', after_app=True,
                                  content_length=500))  # fmt: skip
    report = run(desk)
    assert report.ok and report.duplicates == 3
    assert len(desk.central.items()) == 3 and desk.central.idempotency_rows() == 3


def test_network_failure_keeps_everything_queued(desk: Desk):
    add_cases(desk.store, 3)
    desk.central.faults.add(*[json_fault("/v1/push", 503, "down") for _ in range(4)])
    report = run(desk)
    assert not report.ok and report.error is not None and report.error.retryable
    assert report.pending == 3
    assert rows(desk, "SELECT min(attempts) FROM outbox")[0][0] == 1
    assert desk.store.get_meta("sync.last_error")
    assert run(desk).ok and desk.store.outbox_counts() == {}


def test_rejected_record_is_quarantined_and_others_pass(desk: Desk):
    ids = add_cases(desk.store, 5)
    bad = ids[2]
    payload = json.loads(rows(desk, "SELECT payload FROM outbox WHERE record_id = ?", bad)[0][0])
    payload["outcome"] = "not_possible"  # without a reason: the server refuses it
    with desk.store.tx() as conn:
        conn.execute(
            "UPDATE outbox SET payload = ? WHERE record_id = ?", (json.dumps(payload), bad)
        )
    report = run(desk)
    assert report.ok and report.accepted == 4 and report.rejected == 1
    assert report.quarantined == 1 and report.pending == 0
    assert set(desk.central.items()) == set(ids) - {bad}
    [entry] = quarantined_entries(desk.store)
    assert entry["record_id"] == bad and "not_possible_reason" in entry["last_error"]
    state = rows(desk, "SELECT sync_state FROM cases WHERE id = ?", bad)[0][0]
    assert state == "quarantined"
    # later changes keep flowing
    add_cases(desk.store, 2)
    assert run(desk).accepted == 2
    # resending it unchanged is possible (the server refuses it again)
    requeue(desk.store, entry["seq"])
    assert desk.store.outbox_counts() == {"pending": 1}
    assert run(desk).rejected == 1
    # "fix and resend": a corrected version goes through and clears the quarantine
    CaseRepository(desk.store).save(case_values(notes="verbeterd"), case_id=bad)
    report = run(desk)
    assert report.accepted == 1 and bad in desk.central.items()
    assert report.quarantined == 0 and desk.store.outbox_counts() == {}
    state = rows(desk, "SELECT sync_state FROM cases WHERE id = ?", bad)[0][0]
    assert state == "synced"


def test_batch_level_refusal_is_split_to_the_one_bad_change(desk: Desk):
    ids = add_cases(desk.store, 7)
    bad = ids[4]
    with desk.store.tx() as conn:  # revision out of the protocol's range: the whole batch is 422
        conn.execute("UPDATE outbox SET revision = ? WHERE record_id = ?", (2**40, bad))
    report = run(desk)
    assert report.ok and report.accepted == 6 and report.rejected == 1
    [entry] = quarantined_entries(desk.store)
    assert entry["record_id"] == bad and "http_422" in entry["last_error"]


def test_chained_local_edits_reach_the_server_in_order(desk: Desk):
    repo = CaseRepository(desk.store)
    case_id = repo.save(case_values(notes="een"))
    repo.save(case_values(notes="twee"), case_id=case_id)
    repo.save(case_values(notes="drie"), case_id=case_id)
    report = run(desk)
    assert report.ok and report.accepted == 3 and report.conflicts == 0
    item = desk.central.items()[case_id]
    assert item["revision"] == 3 and item["body"]["notes"] == "drie"
    assert rows(desk, "SELECT sync_state, server_revision FROM cases")[0][:] == ("synced", 3)


def test_edit_after_a_lost_answer_is_not_a_false_conflict(desk: Desk):
    repo = CaseRepository(desk.store)
    case_id = repo.save(case_values(notes="een"))
    desk.central.faults.add(*[Fault("/v1/push", 503, b"", after_app=True) for _ in range(4)])
    assert not run(desk).ok  # the server has it, the desk does not know
    repo.save(case_values(notes="twee"), case_id=case_id)
    report = run(desk)
    assert report.ok and report.duplicates == 1 and report.accepted == 1 and not report.conflicts
    assert desk.central.items()[case_id]["body"]["notes"] == "twee"


def test_conflict_keeps_the_server_version_for_a_person(desk: Desk):
    repo = CaseRepository(desk.store)
    case_id = repo.save(case_values(notes="van de balie"))
    assert run(desk).ok
    body = desk.central.items()[case_id]["body"]
    body["notes"] = "van een collega"
    other = other_device(desk.central)
    answer = requests.post(
        desk.central.url + "/v1/push", headers=other, timeout=10,
        json={"client_time": "2026-11-28T10:00:00Z", "changes": [
            {"kind": "case", "id": case_id, "revision": 2, "base_revision": 1,
             "idempotency_key": uuid.uuid4().hex, "body": body}]},
    )  # fmt: skip
    assert answer.json()["results"][0]["status"] == "accepted"
    repo.save(case_values(notes="mijn versie"), case_id=case_id)
    report = run(desk)
    assert report.conflicts >= 1
    assert desk.central.items()[case_id]["body"]["notes"] == "van een collega"
    state = rows(desk, "SELECT sync_state, notes FROM cases WHERE id = ?", case_id)[0]
    assert tuple(state) == ("conflict", "mijn versie")  # nothing silently overwritten
    found = conflicts(desk.store)[("case", case_id)]
    assert found["server_revision"] == 2
    assert found["server_record"]["body"]["notes"] == "van een collega"


def test_pull_applies_other_desks_cases_and_saves_the_cursor(desk: Desk):
    other = other_device(desk.central)
    changes = [
        {"kind": "case", "id": str(uuid.uuid4()), "revision": 1, "base_revision": 0,
         "idempotency_key": uuid.uuid4().hex, "body": case_body(notes=f"collega {n}")}
        for n in range(3)
    ]  # fmt: skip
    answer = requests.post(
        desk.central.url + "/v1/push",
        headers=other,
        timeout=10,
        json={"client_time": "2026-11-28T10:00:00Z", "changes": changes},
    )
    assert answer.status_code == 200
    report = run(desk, pull_limit=2)  # two pages
    assert report.ok and report.pulled == 3
    got = rows(desk, "SELECT id, sync_state, server_revision, notes FROM cases ORDER BY notes")
    assert [tuple(r) for r in got] == [(c["id"], "synced", 1, c["body"]["notes"]) for c in changes]
    cursor = int(desk.store.get_meta(meta.SYNC_CURSOR) or 0)
    assert cursor > 0
    again = run(desk)
    assert again.pulled == 0 and int(desk.store.get_meta(meta.SYNC_CURSOR) or 0) == cursor


def test_cursor_is_saved_in_the_same_transaction_as_the_changes(desk: Desk):
    other = other_device(desk.central)
    change = {"kind": "case", "id": str(uuid.uuid4()), "revision": 1, "base_revision": 0,
              "idempotency_key": uuid.uuid4().hex, "body": case_body()}  # fmt: skip
    requests.post(desk.central.url + "/v1/push", headers=other, timeout=10,
                  json={"client_time": "2026-11-28T10:00:00Z", "changes": [change]})  # fmt: skip

    class Crash(Exception):
        pass

    def hook(point: str) -> None:
        if point == "before_cursor":
            raise Crash()

    c = desk.client()
    try:
        with pytest.raises(Crash):
            SyncEngine(desk.store, c, hook=hook).run()
    finally:
        c.close()
    assert rows(desk, "SELECT count(*) FROM cases")[0][0] == 0
    assert int(desk.store.get_meta(meta.SYNC_CURSOR, "0") or 0) == 0
    report = run(desk)
    assert report.pulled == 1 and rows(desk, "SELECT count(*) FROM cases")[0][0] == 1
    assert run(desk).pulled == 0


def test_pull_brings_guides_directory_and_referral_status(desk: Desk, tmp_path: Path):
    from desk import paths

    shipped = paths.shipped_guides_dir() / "eid-pin-puk.md"
    publish.publish_guides(desk.central.engine, paths.shipped_guides_dir(), "test")
    dir_file = tmp_path / "directory.json"
    dir_file.write_text(json.dumps({"organizations": [], "services": [{"id": "s1"}],
                                    "locations": []}))  # fmt: skip
    publish.publish_directory(desk.central.engine, dir_file, "test")
    social = other_device(desk.central, role="social")
    ref_id = str(uuid.uuid4())
    requests.post(desk.central.url + "/v1/push", headers=social, timeout=10,
                  json={"client_time": "2026-11-28T10:00:00Z", "changes": [
                      {"kind": "referral", "id": ref_id, "revision": 1, "base_revision": 0,
                       "idempotency_key": uuid.uuid4().hex, "body": referral_body()}]},
                  ).raise_for_status()  # fmt: skip
    requests.post(
        desk.central.url + f"/v1/referrals/{ref_id}/status",
        headers=social,
        timeout=10,
        json={"status": "received", "note": ""},
    ).raise_for_status()
    report = run(desk)
    assert report.ok
    assert (paths.synced_guides_dir() / "eid-pin-puk.md").read_text(encoding="utf-8") == (
        shipped.read_text(encoding="utf-8")
    )
    assert directory(desk.store) == {"organizations": [], "services": [{"id": "s1"}],
                                     "locations": []}  # fmt: skip
    # Another desk's referral: its status update is not kept here (nothing to apply it to).
    assert ref_id not in referral_statuses(desk.store)


def test_revoked_device_keeps_its_data(desk: Desk):
    from desk.central import admin

    add_cases(desk.store, 2)
    from desk.sync.enrollment import Enrollment

    enrollment = Enrollment.load(desk.store)
    assert enrollment is not None
    admin.revoke_device(desk.central.engine, enrollment.device_id, "test")
    report = run(desk)
    assert isinstance(report.error, TokenInvalid)
    assert "opnieuw aan" in report.error.message
    assert report.pending == 2


def test_training_profile_never_syncs(desk: Desk):
    desk.store.set_meta("training", "1")
    add_cases(desk.store, 2)
    c = desk.client()
    try:
        with pytest.raises(TrainingProfile, match="oefenprofiel"):
            SyncEngine(desk.store, c).run()
    finally:
        c.close()
    assert desk.central.faults.seen.count("/v1/push") == 0
    assert desk.store.outbox_counts() == {}  # training writes are local only


def test_progress_is_reported(desk: Desk):
    add_cases(desk.store, 5)
    seen: list[tuple[int, int, str]] = []
    report = run(desk, batch_size=2, progress=lambda d, t, s: seen.append((d, t, s)))
    assert report.ok
    pushes = [p for p in seen if p[2] == "Verzenden"]
    assert pushes[0] == (0, 5, "Verzenden") and pushes[-1] == (5, 5, "Verzenden")


def test_unused_helpers_are_importable(desk: Desk):
    # client() from conftest works without a token for health
    c = client(desk.central.url, None, desk.sleeps)
    try:
        assert c.health()["status"] == "ok"
    finally:
        c.close()


def test_large_push_is_gzipped(desk: Desk):
    from .conftest import add_cases

    add_cases(desk.store, 60)
    from desk.sync.engine import SyncEngine

    c = desk.client()
    try:
        report = SyncEngine(desk.store, c).run()
    finally:
        c.close()
    assert report.ok and report.accepted == 60
    assert c.gzip_ok is True


def test_unreadable_pulled_record_does_not_block_the_pull(desk: Desk):
    from .conftest import Fault

    body = json.dumps({"changes": [
        {"seq": 5, "kind": "case", "id": str(uuid.uuid4()), "revision": 1, "deleted": False,
         "body": {"unexpected": True}},
        {"seq": 6, "kind": "directory", "id": "directory", "revision": 1, "deleted": False,
         "body": {"services": []}},
    ], "cursor": 6, "more": False}).encode()  # fmt: skip
    desk.central.faults.add(Fault("/v1/pull", 200, body, [(b"content-type", b"application/json")]))
    report = run(desk)
    assert report.ok and report.pulled == 2 and report.warnings
    assert directory(desk.store) == {"services": []}
    assert desk.store.get_meta(meta.SYNC_CURSOR) == "6"


def test_push_answer_for_the_wrong_changes_is_a_bad_answer(desk: Desk):
    from .conftest import Fault

    [case_id] = add_cases(desk.store, 1)
    key = rows(desk, "SELECT idempotency_key FROM outbox")[0][0]
    wrong = json.dumps({"results": [{"id": case_id, "idempotency_key": key + "x",
                                     "status": "accepted", "revision": 1}]}).encode()  # fmt: skip
    desk.central.faults.add(Fault("/v1/push", 200, wrong, [(b"content-type", b"application/json")]))
    report = run(desk)
    assert report.ok and report.accepted == 1, report  # the bad answer was retried
    assert desk.sleeps.waits


def test_cancel_between_batches_keeps_exactly_once(desk: Desk):
    repo = CaseRepository(desk.store)
    with desk.store.tx() as conn:
        for k in range(23):
            repo.save(case_values(notes=f"n{k}"), conn=conn)
    c = desk.client()

    def hook(point: str) -> None:
        if point == "after_mark":
            c.cancel.set()

    try:
        report = SyncEngine(desk.store, c, batch_size=5, hook=hook).run()
    finally:
        c.close()
    from desk.sync.client import Cancelled

    assert isinstance(report.error, Cancelled)
    on_server = len(desk.central.items())
    assert 5 <= on_server < 23
    assert report.pending == 23 - (report.accepted + report.duplicates)
    again = run(desk)
    assert again.ok and again.pending == 0
    assert len(desk.central.items()) == 23 and desk.central.idempotency_rows() == 23
