"""An erasure from the server (a newer version with the personal fields emptied) reaches
every copy on this desk; pulled records this Desk cannot read are kept, not dropped.

The pulled bodies are made by hand, as desk-central sends them after its
retention or a citizen's erasure request.
"""

from __future__ import annotations

import dataclasses
import json
import uuid
from typing import Any

import pytest

from desk import clock
from desk.app.sync import status
from desk.clock import FrozenClock
from desk.domain.cases import case_to_wire
from desk.domain.referrals.wire import to_wire
from desk.store import conflicts, meta
from desk.store.cases import CaseRepository, draft_key
from desk.store.common import to_iso
from desk.store.outbox import Outbox, UnreadableRecord
from desk.store.referrals import ReferralRepository, form_draft_key
from desk.store.retention import purge_personal
from desk.store.store import Store
from desk.sync import resolve
from desk.sync.engine import SyncEngine, SyncReport
from tests.referrals_store.helpers import CANARY as NAME
from tests.referrals_store.helpers import CANARY_NOTE, personal
from tests.support.keyrings import MemoryKeyring

from .conftest import Desk, Fault, case_values
from .retention_helpers import sync_all, where

REF = "Kanarie-wis-8830-Desmet"


def _pulled_case(store: Store, case_id: str, revision: int, **over: Any) -> dict[str, Any]:
    row = CaseRepository(store).get(case_id)
    assert row is not None
    body = case_to_wire(row) | {"citizen_ref": None} | over
    return {"kind": "case", "id": case_id, "revision": revision, "deleted": False, "body": body}


def _apply(store: Store, change: dict[str, Any]) -> str:
    outbox = Outbox(store)
    with outbox.tx() as tx:
        outcome = tx.apply_record(change, to_iso(clock.now()))
    store.checkpoint()
    return outcome


def test_an_erased_case_loses_its_reference_here_too(store: Store) -> None:
    repo = CaseRepository(store)
    case_id = repo.save(case_values(citizen_ref=REF))
    sync_all(store)
    repo.save_draft(draft_key(case_id), {"citizen_ref": REF, "notes": "bewerken"})

    assert _apply(store, _pulled_case(store, case_id, 2)) == "applied"
    row = repo.get(case_id)
    assert row is not None and row["citizen_ref"] is None and row["server_revision"] == 2
    assert row["personal_purged_at"] is not None and row["sync_state"] == "synced"
    assert repo.load_draft(draft_key(case_id)) == {"notes": "bewerken"}
    assert where(REF) == []


def test_an_erasure_reaches_a_change_still_waiting_to_be_sent(store: Store) -> None:
    """The local change goes into conflict, and neither it nor the choice brings it back."""
    repo = CaseRepository(store)
    case_id = repo.save(case_values(citizen_ref=REF))
    sync_all(store)
    repo.save(case_values(citizen_ref=REF, notes="nagebeld"), case_id=case_id)
    assert REF in store.conn().execute("SELECT payload FROM outbox").fetchone()[0]

    assert _apply(store, _pulled_case(store, case_id, 2, notes="")) == "conflict"
    assert where(REF) == []
    (payload,) = [json.loads(r[0]) for r in store.conn().execute("SELECT payload FROM outbox")]
    assert payload["citizen_ref"] is None and payload["notes"] == "nagebeld"  # the rest waits
    resolve.keep_mine(store, "case", case_id)
    (payload,) = [json.loads(r[0]) for r in store.conn().execute("SELECT payload FROM outbox")]
    assert payload["citizen_ref"] is None and payload["notes"] == "nagebeld"
    assert conflicts.open_conflicts(store) == {}


def test_an_erasure_clears_an_older_conflict_copy(store: Store) -> None:
    repo = CaseRepository(store)
    case_id = repo.save(case_values(citizen_ref=REF))
    sync_all(store)
    repo.save(case_values(citizen_ref=REF, notes="lokaal"), case_id=case_id)
    # The server's version 2 still had it; this desk's change conflicts with it.
    assert _apply(store, _pulled_case(store, case_id, 2, citizen_ref=REF + "-server")) == (
        "conflict")
    assert where(REF + "-server")
    # Then the server erases (version 3).
    assert _apply(store, _pulled_case(store, case_id, 3)) == "conflict"
    assert where(REF) == []
    copy = conflicts.open_conflicts(store)[("case", case_id)]
    assert copy["server_revision"] == 3 and copy["server_record"]["body"]["citizen_ref"] is None


def test_a_deleted_case_from_the_server_keeps_no_reference(store: Store) -> None:
    repo = CaseRepository(store)
    case_id = repo.save(case_values(citizen_ref=REF))
    sync_all(store)
    change = {"kind": "case", "id": case_id, "revision": 2, "deleted": True, "body": {}}
    assert _apply(store, change) == "applied"
    row = repo.get(case_id)
    assert row is not None and row["deleted"] == 1 and row["citizen_ref"] is None
    assert where(REF) == []


def test_an_ordinary_newer_version_keeps_the_reference(store: Store) -> None:
    repo = CaseRepository(store)
    case_id = repo.save(case_values(citizen_ref=REF))
    sync_all(store)
    assert _apply(store, _pulled_case(store, case_id, 2, citizen_ref=REF, notes="ander")) == (
        "applied")
    row = repo.get(case_id)
    assert row is not None and row["citizen_ref"] == REF and row["notes"] == "ander"
    assert row["personal_purged_at"] is None


def test_an_erased_referral_loses_name_contact_and_notes_everywhere(
    store: Store, memory_keyring: MemoryKeyring
) -> None:
    repo = ReferralRepository(store)
    sent = repo.submit(personal(), by="Elke")
    sync_all(store)
    repo.save_form_draft(form_draft_key(sent.id), {"name": NAME, "needs": ["email"]})
    body = to_wire(dataclasses.replace(sent, citizen=None, notes=""))
    change = {"kind": "referral", "id": sent.id, "revision": 2, "deleted": False, "body": body}

    assert _apply(store, change) == "applied"
    stored = repo.get(sent.id)
    assert stored.referral.citizen is None and stored.referral.notes == ""
    assert stored.referral.status == sent.status
    row = store.conn().execute("SELECT * FROM referrals WHERE id = ?", (sent.id,)).fetchone()
    assert row["name_enc"] is None and row["server_revision"] == 2
    assert repo.load_form_draft(form_draft_key(sent.id)) == {"needs": ["email"]}
    # A later change here is based on the erased version: no conflict, nothing comes back.
    moved = repo.change_status(sent.id, "received", by="Elke")
    assert moved.citizen is None
    (payload,) = [json.loads(r[0]) for r in store.conn().execute("SELECT payload FROM outbox")]
    assert payload["citizen"] is None and "sealed_personal" not in payload


def test_an_erasure_reaches_a_waiting_referral_change(
    store: Store, memory_keyring: MemoryKeyring
) -> None:
    repo = ReferralRepository(store)
    sent = repo.submit(personal(), by="Elke")
    sync_all(store)
    repo.change_status(sent.id, "received", by="Elke")  # waiting, sealed personal part inside
    assert "sealed_personal" in store.conn().execute("SELECT payload FROM outbox").fetchone()[0]
    body = to_wire(dataclasses.replace(sent, citizen=None, notes=""))
    change = {"kind": "referral", "id": sent.id, "revision": 2, "deleted": False, "body": body}

    assert _apply(store, change) == "conflict"
    (payload,) = [json.loads(r[0]) for r in store.conn().execute("SELECT payload FROM outbox")]
    assert "sealed_personal" not in payload and payload["citizen"] is None
    assert repo.get(sent.id).referral.citizen is None
    resolve.keep_mine(store, "referral", sent.id)
    (payload,) = [json.loads(r[0]) for r in store.conn().execute("SELECT payload FROM outbox")]
    assert "sealed_personal" not in payload and payload["citizen"] is None
    assert CANARY_NOTE not in json.dumps(payload)


# -- through the engine, with a hand-made pull page ---------------------------------------


def _run(desk: Desk) -> SyncReport:
    c = desk.client()
    try:
        return SyncEngine(desk.store, c).run()
    finally:
        c.close()


def _page(*changes: dict[str, Any], cursor: int = 50) -> Fault:
    body = {"changes": [dict(c, seq=cursor - len(changes) + n + 1) for n, c in enumerate(changes)],
            "cursor": cursor, "more": False}
    return Fault("/v1/pull", 200, json.dumps(body).encode(),
                 [(b"content-type", b"application/json")])


def test_an_erasure_pulled_by_the_engine_leaves_no_byte_behind(desk: Desk) -> None:
    repo = CaseRepository(desk.store)
    case_id = repo.save(case_values(citizen_ref=REF))
    assert _run(desk).accepted == 1
    row = repo.get(case_id)
    assert row is not None and where(REF)
    desk.central.faults.add(_page(_pulled_case(desk.store, case_id, row["server_revision"] + 1)))
    report = _run(desk)
    assert report.ok and report.pulled == 1
    assert repo.get(case_id)["citizen_ref"] is None  # type: ignore[index]
    assert where(REF) == []


# -- pulled records this Desk cannot read ----------------------------------------------------


def _unreadable(case_id: str, **body: Any) -> dict[str, Any]:
    return {"kind": "case", "id": case_id, "revision": 3, "deleted": False,
            "body": {"citizen_ref": REF, "shiny_new_field": True, **body}}  # no office: unreadable


def test_an_unreadable_pulled_record_is_kept_sealed_and_counted(desk: Desk) -> None:
    case_id = str(uuid.uuid4())
    desk.central.faults.add(_page(_unreadable(case_id)))
    report = _run(desk)
    assert report.ok and report.held == 1 and report.warnings
    assert desk.store.get_meta(meta.SYNC_CURSOR) == "50"  # the pull goes on
    from desk.config import Config

    assert status(desk.store, Config())["unreadable"] == 1
    assert where(REF) == []  # sealed with the data key
    (held,) = Outbox(desk.store).held_to_retry("another version")
    assert held.sealed and held.record_id == case_id and held.revision == 3
    assert Outbox(desk.store).open_held(held)["body"]["citizen_ref"] == REF
    # The same version tries it no more; a second run keeps it, still one.
    assert _run(desk).held == 1


def test_after_an_update_a_held_record_is_applied(desk: Desk) -> None:
    """Held by an older Desk (0.0.1) that could not read it; this one can."""
    case_id = str(uuid.uuid4())
    body = _pulled_case_body()
    outbox = Outbox(desk.store)
    with outbox.tx() as tx:
        tx.hold({"kind": "case", "id": case_id, "revision": 4, "deleted": False, "body": body},
                "KeyError: 'skill'", "0.0.1", to_iso(clock.now()))
    report = _run(desk)
    assert report.ok and report.released == 1 and report.held == 0
    row = CaseRepository(desk.store).get(case_id)
    assert row is not None and row["server_revision"] == 4 and row["citizen_ref"] == REF


def test_a_record_still_unreadable_after_an_update_waits_for_the_next(
    desk: Desk, monkeypatch: pytest.MonkeyPatch
) -> None:
    case_id = str(uuid.uuid4())
    with Outbox(desk.store).tx() as tx:
        tx.hold(_unreadable(case_id), "KeyError: 'office'", "0.0.1", to_iso(clock.now()))
    report = _run(desk)
    assert report.held == 1 and report.released == 0
    (row,) = desk.store.conn().execute("SELECT app_version, attempts FROM pull_quarantine")
    from desk import __version__

    assert tuple(row) == (__version__, 2)


def test_a_newer_readable_version_supersedes_a_held_one(store: Store,
                                                        memory_keyring: MemoryKeyring) -> None:
    case_id = str(uuid.uuid4())
    outbox = Outbox(store)
    with outbox.tx() as tx:
        tx.hold(_unreadable(case_id), "KeyError: 'office'", "0.0.1", to_iso(clock.now()))
    change = {"kind": "case", "id": case_id, "revision": 5, "deleted": False,
              "body": _pulled_case_body()}
    assert _apply(store, change) == "applied"
    assert outbox.held_count() == 0


def test_without_a_keyring_a_held_record_keeps_no_personal_field(store: Store,
                                                                 fail_keyring: object) -> None:
    with Outbox(store).tx() as tx:
        tx.hold(_unreadable(str(uuid.uuid4())), "KeyError: 'office'", "0.0.1",
                to_iso(clock.now()))
    (held,) = Outbox(store).held_to_retry("x")
    assert not held.sealed and "shiny_new_field" in held.body
    assert where(REF) == []


def test_retention_reaches_a_held_record(store: Store, frozen_clock: FrozenClock,
                                         memory_keyring: MemoryKeyring) -> None:
    outbox = Outbox(store)
    with outbox.tx() as tx:
        tx.hold(_unreadable(str(uuid.uuid4())), "KeyError: 'office'", "0.0.1",
                to_iso(clock.now()))
    frozen_clock.advance(days=89)
    assert purge_personal(store, 90).held == 0
    frozen_clock.advance(days=1)
    assert purge_personal(store, 90).held == 1
    (held,) = outbox.held_to_retry("x")
    assert outbox.open_held(held)["body"] == {"shiny_new_field": True}  # kept, minus the ref
    assert purge_personal(store, 90).held == 0


def test_a_held_body_that_is_not_an_object(store: Store, memory_keyring: MemoryKeyring) -> None:
    change = {"kind": "case", "id": str(uuid.uuid4()), "revision": 1, "deleted": False,
              "body": ["niet", "goed"]}
    with Outbox(store).tx() as tx, pytest.raises(UnreadableRecord):
        tx.apply_record(change, to_iso(clock.now()))


def _pulled_case_body() -> dict[str, Any]:
    return {
        "occurred_at": to_iso(clock.now()), "office": "balie", "staff": "Bo",
        "channel": "phone", "topics": ["topic:Belastingen"], "outcome": "together",
        "not_possible_reason": None, "follow_up_on": None, "referral_id": None,
        "duration_min": 10, "skill": "self_reliant", "language": "nl", "feedback": None,
        "notes": "", "citizen_ref": REF, "guide_session": None, "training": False,
    }  # fmt: skip


def test_a_withdrawn_consent_also_clears_the_conflict_copy(
    store: Store, memory_keyring: MemoryKeyring
) -> None:
    repo = ReferralRepository(store)
    sent = repo.submit(personal(), by="Elke")
    sync_all(store)
    repo.change_status(sent.id, "received", by="Elke")  # waiting
    change = {"kind": "referral", "id": sent.id, "revision": 2, "deleted": False,
              "body": to_wire(sent)}  # the server's newer version, with the name
    assert _apply(store, change) == "conflict"
    copy = conflicts.open_conflicts(store)[("referral", sent.id)]
    assert "sealed_personal" in copy["server_record"]["body"]

    repo.withdraw_consent(sent.id, by="Elke")
    copy = conflicts.open_conflicts(store)[("referral", sent.id)]
    body = copy["server_record"]["body"]
    assert "sealed_personal" not in body and body["citizen"] is None
    assert body["personal_withheld"]  # taking the server's version could not bring it back
