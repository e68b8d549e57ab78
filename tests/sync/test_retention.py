"""Retention on the desk: one rule, every copy, and nothing purged before it synced.

A personal field is purged ``retention_days`` after its record was last
changed and synced; never before it synced, never while a newer change
waits. The purge reaches the record, the outbox, conflict copies, autosaved
forms, held pulled records, the WAL and the pre-migration backups.
"""

from __future__ import annotations

import dataclasses
import json
import sqlite3
from pathlib import Path

import pytest

from desk import clock, paths
from desk.clock import FrozenClock
from desk.store import conflicts, meta
from desk.store.backup import backup_database
from desk.store.cases import CaseRepository, draft_key
from desk.store.common import to_iso
from desk.store.outbox import Outbox
from desk.store.personal import Keep, scrub_backup
from desk.store.referrals import ReferralRepository, form_draft_key
from desk.store.retention import purge_personal
from desk.store.store import Store, open_store
from tests.referrals_store.helpers import CANARY as NAME
from tests.referrals_store.helpers import personal
from tests.support.keyrings import MemoryKeyring

from .conftest import case_values
from .retention_helpers import profile_bytes, sync_all, where

REF = "Kanarie-ref-5521-Vercruysse"
DAYS = 90


def _ref(store: Store, case_id: str) -> str | None:
    row = CaseRepository(store).get(case_id)
    assert row is not None
    return row["citizen_ref"]


def _payloads(store: Store) -> str:
    return " ".join(str(r[0]) for r in store.conn().execute("SELECT payload FROM outbox"))


# -- the rule --------------------------------------------------------------------------------


def test_a_reference_typed_on_a_case_synced_long_ago_waits_for_its_own_sync(
    store: Store, frozen_clock: FrozenClock
) -> None:
    """The probe of issue #20: it was wiped at once, while the outbox still sent it."""
    repo = CaseRepository(store)
    case_id = repo.save(case_values())
    sync_all(store)
    frozen_clock.advance(days=200)
    repo.save(case_values(citizen_ref=REF), case_id=case_id)

    assert purge_personal(store, DAYS).purged == 0
    assert _ref(store, case_id) == REF and REF in _payloads(store)

    sync_all(store)
    frozen_clock.advance(days=DAYS - 1)
    assert purge_personal(store, DAYS).purged == 0
    assert _ref(store, case_id) == REF
    frozen_clock.advance(days=1)
    result = purge_personal(store, DAYS)
    assert (result.purged, result.cases) == (1, 1)
    assert _ref(store, case_id) is None
    row = repo.get(case_id)
    assert row is not None and row["personal_purged_at"] == to_iso(clock.now())
    assert row["sync_state"] == "synced" and store.outbox_counts() == {}  # purging is local


def test_an_edit_restarts_the_period(store: Store, frozen_clock: FrozenClock) -> None:
    repo = CaseRepository(store)
    case_id = repo.save(case_values(citizen_ref=REF))
    sync_all(store)
    frozen_clock.advance(days=60)
    repo.save(case_values(citizen_ref=REF, notes="nagebeld"), case_id=case_id)
    sync_all(store)
    frozen_clock.advance(days=60)
    assert purge_personal(store, DAYS).purged == 0 and _ref(store, case_id) == REF
    frozen_clock.advance(days=30)
    assert purge_personal(store, DAYS).purged == 1 and _ref(store, case_id) is None


@pytest.mark.parametrize("state", ["pending", "quarantined", "conflict"])
def test_a_change_that_did_not_reach_the_server_is_never_purged(
    store: Store, frozen_clock: FrozenClock, state: str
) -> None:
    repo = CaseRepository(store)
    case_id = repo.save(case_values(citizen_ref=REF))
    sync_all(store)
    repo.save(case_values(citizen_ref=REF + "-nieuw"), case_id=case_id)
    outbox = Outbox(store)
    (entry,) = outbox.next_batch(10)
    if state != "pending":
        with outbox.tx() as tx:
            if state == "quarantined":
                tx.quarantine(entry, "invalid_body: test")
            else:
                tx.conflict(entry, "conflict: test", None, 5, to_iso(clock.now()))
    frozen_clock.advance(days=DAYS * 3)
    assert purge_personal(store, DAYS).purged == 0
    assert _ref(store, case_id) == REF + "-nieuw"
    assert REF + "-nieuw" in _payloads(store)


def test_records_that_never_sync_count_from_their_last_change(
    store: Store, frozen_clock: FrozenClock
) -> None:
    """A training profile's cases: nothing waits for a server there."""
    store.set_meta(meta.TRAINING, "1")
    repo = CaseRepository(store)
    case_id = repo.save(case_values(citizen_ref=REF))
    frozen_clock.advance(days=DAYS - 1)
    assert purge_personal(store, DAYS).purged == 0
    frozen_clock.advance(days=1)
    assert purge_personal(store, DAYS).purged == 1 and _ref(store, case_id) is None


def test_old_autosaved_forms_lose_their_personal_fields(
    store: Store, frozen_clock: FrozenClock
) -> None:
    repo = CaseRepository(store)
    repo.save_draft(draft_key(None), {"citizen_ref": REF, "notes": "half getypt"})
    frozen_clock.advance(days=DAYS - 1)
    assert purge_personal(store, DAYS).drafts == 0
    assert repo.load_draft(draft_key(None)) == {"citizen_ref": REF, "notes": "half getypt"}
    frozen_clock.advance(days=1)
    assert purge_personal(store, DAYS).drafts == 1
    assert repo.load_draft(draft_key(None)) == {"notes": "half getypt"}


def test_a_referral_loses_name_contact_and_notes_everywhere(
    store: Store, frozen_clock: FrozenClock, memory_keyring: MemoryKeyring
) -> None:
    repo = ReferralRepository(store)
    sent = repo.submit(personal(), by="Elke")
    sync_all(store)
    frozen_clock.advance(days=DAYS - 10)
    key = form_draft_key(sent.id)
    repo.save_form_draft(key, {"name": NAME, "needs": ["email"]})  # someone opened it again
    frozen_clock.advance(days=10)

    result = purge_personal(store, DAYS)
    assert (result.referrals, result.drafts) == (1, 0)  # the draft went with its referral
    stored = repo.get(sent.id)
    assert stored.referral.citizen is None and stored.referral.notes == ""
    assert not stored.personal_locked and stored.personal_purged_at == clock.now()
    assert stored.referral.status == sent.status and stored.referral.needs == sent.needs
    assert stored.referral.consent.given  # what was agreed stays on record
    assert repo.load_form_draft(key) == {"needs": ["email"]}
    row = store.conn().execute("SELECT * FROM referrals WHERE id = ?", (sent.id,)).fetchone()
    assert all(row[c] is None for c in ("name_enc", "phone_enc", "email_enc",
                                        "availability_enc", "notes_enc", "contact_channel",
                                        "citizen_language", "key_id"))
    assert row["personal_purged_at"] is not None


def test_a_referral_draft_counts_from_its_last_change(
    store: Store, frozen_clock: FrozenClock, memory_keyring: MemoryKeyring
) -> None:
    repo = ReferralRepository(store)
    draft = repo.save_draft(personal())
    frozen_clock.advance(days=DAYS)
    assert purge_personal(store, DAYS).referrals == 1
    assert repo.get(draft.id).referral.citizen is None


def test_a_stale_conflict_copy_goes_with_its_record(
    store: Store, frozen_clock: FrozenClock
) -> None:
    repo = CaseRepository(store)
    case_id = repo.save(case_values(citizen_ref=REF))
    sync_all(store)
    with store.tx() as conn:  # left behind by an older Desk
        conflicts.save(conn, "case", case_id, {"server_record": {
            "body": {"citizen_ref": REF + "-server", "notes": ""}}, "server_revision": 1})
    frozen_clock.advance(days=DAYS)
    purge_personal(store, DAYS)
    copy = conflicts.open_conflicts(store)[("case", case_id)]
    assert copy["server_record"]["body"]["citizen_ref"] is None


def test_retention_days_below_one_is_refused(store: Store) -> None:
    with pytest.raises(ValueError):
        purge_personal(store, 0)


# -- the backups -------------------------------------------------------------------------------


def test_backups_keep_only_what_the_live_database_still_holds(
    store: Store, frozen_clock: FrozenClock
) -> None:
    repo = CaseRepository(store)
    old = repo.save(case_values(citizen_ref=REF + "-oud"))
    sync_all(store)
    frozen_clock.advance(days=DAYS - 5)
    recent = repo.save(case_values(citizen_ref=REF + "-recent"))
    sync_all(store)
    backup = backup_database(store.conn(), paths.backup_dir(), label="test")
    assert REF.encode() + b"-oud" in backup.read_bytes()  # the scan below can fail
    frozen_clock.advance(days=5)

    result = purge_personal(store, DAYS)
    assert result.cases == 1 and result.backups == 1
    blob = backup.read_bytes()
    assert REF.encode() + b"-oud" not in blob
    assert REF.encode() + b"-recent" in blob  # still within its period in the live database
    assert not backup.with_name(backup.name + "-wal").exists()
    copy = sqlite3.connect(backup)
    try:
        rows = dict(copy.execute("SELECT id, citizen_ref FROM cases").fetchall())
        assert rows == {old: None, recent: REF + "-recent"}  # the contacts themselves stay
        assert copy.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    finally:
        copy.close()
    assert purge_personal(store, DAYS).backups == 0  # nothing left to do: not rewritten


def test_a_backup_in_an_older_schema_is_scrubbed_too(tmp_path: Path) -> None:
    old = tmp_path / "desk-20260101T000000000000Z-voor-migratie-0001.db"
    conn = sqlite3.connect(old)
    conn.executescript(
        "CREATE TABLE cases (id TEXT PRIMARY KEY, citizen_ref TEXT, notes TEXT);"
        "CREATE TABLE outbox (seq INTEGER PRIMARY KEY, kind TEXT, record_id TEXT, payload TEXT);"
        "CREATE TABLE drafts (key TEXT PRIMARY KEY, payload TEXT, updated_at TEXT);"
    )
    conn.execute("INSERT INTO cases VALUES ('a', ?, 'blijft'), ('b', 'houden', '')", (REF,))
    conn.execute("INSERT INTO outbox VALUES (1, 'case', 'a', ?)",
                 (json.dumps({"citizen_ref": REF, "notes": "blijft"}),))
    # A long payload: the value sits on an overflow page, which a rewrite frees.
    conn.execute("INSERT INTO outbox VALUES (2, 'case', 'a', ?)",
                 (json.dumps({"notes": "x" * 9000, "citizen_ref": REF}),))
    conn.execute("INSERT INTO drafts VALUES ('quicklog:a', ?, '2026-01-01')",
                 (json.dumps({"citizen_ref": REF}),))
    conn.commit()
    conn.close()
    keep = Keep(cases=frozenset({"b"}), referrals=frozenset(), drafts=frozenset(),
                held=frozenset())
    assert scrub_backup(old, keep) == 4
    assert REF.encode() not in old.read_bytes()
    conn = sqlite3.connect(old)
    assert conn.execute("SELECT id, citizen_ref, notes FROM cases ORDER BY id").fetchall() == [
        ("a", None, "blijft"), ("b", "houden", "")]
    assert json.loads(conn.execute("SELECT payload FROM outbox WHERE seq = 1").fetchone()[0]) == {
        "citizen_ref": None, "notes": "blijft"}
    conn.close()


def test_the_migration_backup_and_the_upgraded_database_follow_the_rule(
    frozen_clock: FrozenClock,
) -> None:
    """A profile at schema 0003 with a case synced long ago: after the upgrade to 0004
    the case counts from its old synced_at, and the pre-migration backup is scrubbed."""
    from alembic import command

    from desk.store.engine import make_engine
    from desk.store.migrate import alembic_config

    db = paths.database_path()
    db.parent.mkdir(parents=True)
    engine = make_engine(db)
    with engine.connect() as connection:
        cfg = alembic_config(str(engine.url))
        cfg.attributes["connection"] = connection  # type: ignore[attr-defined]
        command.upgrade(cfg, "0003")  # type: ignore[arg-type]
        connection.commit()
    engine.dispose()
    synced = to_iso(clock.now())
    row = {"id": "7d1c1f2e-0000-4000-8000-000000000001", "created_at": synced,
           "updated_at": synced, "revision": 1, "server_revision": 1, "sync_state": "synced",
           "deleted": 0, "synced_at": synced, "occurred_at": synced, "office": "balie",
           "staff": "An", "channel": "counter", "topics": "[]", "search_text": "",
           "outcome": "together", "follow_up_done": 0, "duration_min": 5, "language": "nl",
           "notes": "", "citizen_ref": REF, "training": 0}  # fmt: skip
    conn = sqlite3.connect(db)
    conn.execute(f"INSERT INTO cases ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})",
                 tuple(row.values()))
    conn.commit()
    conn.close()
    frozen_clock.advance(days=DAYS)

    store = open_store()  # migrates, backing up first
    try:
        (backup,) = paths.backup_dir().glob("desk-*-voor-migratie-0003.db")
        assert REF.encode() in backup.read_bytes()
        result = purge_personal(store, DAYS)
        assert (result.cases, result.backups) == (1, 1)
        assert REF.encode() not in backup.read_bytes()
        assert where(REF) == []
    finally:
        store.close()


# -- the raw bytes of the whole profile -----------------------------------------------------


def test_after_a_purge_no_file_in_the_profile_holds_the_value(
    store: Store, frozen_clock: FrozenClock, memory_keyring: MemoryKeyring
) -> None:
    """Every copy a real profile can hold, then one purge, then every byte of every file."""
    repo = CaseRepository(store)
    outbox = Outbox(store)
    case_id = repo.save(case_values(citizen_ref=REF, notes="eerste"))
    # Refused once (the payload sits quarantined), fixed and sent again, edited a few
    # times: old page images with the value pile up in the WAL.
    (entry,) = outbox.next_batch(10)
    with outbox.tx() as tx:
        tx.quarantine(entry, "invalid_body: test")
    for n in range(5):  # long notes: the row spills onto overflow pages, which get freed
        repo.save(case_values(citizen_ref=REF, notes=f"versie {n} " + "x" * 3900 * (n % 2)),
                  case_id=case_id)
        sync_all(store)
    repo.save_draft(draft_key(case_id), {"citizen_ref": REF, "notes": "bewerken"})
    with outbox.tx() as tx:  # a pulled version this Desk could not read, sealed
        tx.hold({"kind": "case", "id": case_id, "revision": 99, "deleted": False,
                 "body": {"citizen_ref": REF, "new_field": 1}}, "KeyError: office", "0.0.1",
                to_iso(clock.now()))  # fmt: skip
    backup_database(store.conn(), paths.backup_dir(), label="test")
    # A control that stays: the scan can see a value that is still there.
    keep_id = repo.save(case_values(citizen_ref="Controle-3917"))
    assert where(REF), "the value should be on disk before the purge"

    frozen_clock.advance(days=DAYS)
    repo.save(case_values(citizen_ref="Controle-3917"), case_id=keep_id)  # changed: kept
    result = purge_personal(store, DAYS)
    assert (result.cases, result.drafts, result.held, result.backups) == (1, 0, 1, 1)

    files = profile_bytes()
    assert "desk.db" in files and any(n.startswith("backups/") for n in files)
    assert where(REF, files) == []
    assert where("Controle-3917", files)
    # And the database is still whole.
    check = store.conn().execute("PRAGMA integrity_check").fetchone()[0]
    assert check == "ok" and store.conn().execute("PRAGMA secure_delete").fetchone()[0] == 1


def test_the_purge_is_audited_with_counts_only(store: Store, frozen_clock: FrozenClock) -> None:
    repo = CaseRepository(store)
    repo.save(case_values(citizen_ref=REF))
    sync_all(store)
    frozen_clock.advance(days=DAYS)
    purge_personal(store, DAYS)
    (detail,) = [r[0] for r in store.conn().execute(
        "SELECT detail FROM audit WHERE action = 'retention_purge'")]  # fmt: skip
    assert detail.startswith("1 contacten, 0 doorverwijzingen") and REF not in detail


def test_purge_result_counts_match_the_records(store: Store, frozen_clock: FrozenClock) -> None:
    repo = CaseRepository(store)
    ids = [repo.save(case_values(citizen_ref=f"{REF}-{n}")) for n in range(3)]
    sync_all(store)
    frozen_clock.advance(days=DAYS)
    assert dataclasses.astuple(purge_personal(store, DAYS))[0] == 3
    assert [_ref(store, i) for i in ids] == [None, None, None]
