from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import select, text

from desk import paths
from desk.errors import StoreError
from desk.store import db
from desk.store.migrate import alembic_head
from desk.store.models import Case, Outbox
from desk.store.records import write_record
from desk.store.schema import SCHEMA_HEAD
from desk.store.store import open_store


def test_schema_head_constant_matches_alembic() -> None:
    assert alembic_head() == SCHEMA_HEAD


def test_fresh_profile_is_migrated_without_backup() -> None:
    store = open_store()
    try:
        with store.read() as conn:
            assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == SCHEMA_HEAD
            assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
            assert conn.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL
            assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
            assert conn.execute(text("PRAGMA secure_delete")).scalar() == 1
        assert store.get_meta("device_id")
    finally:
        store.close()
    assert not paths.backup_dir().exists() or not list(paths.backup_dir().iterdir())


def test_existing_database_is_backed_up_before_migration() -> None:
    dbfile = paths.database_path()
    dbfile.parent.mkdir(parents=True)
    con = sqlite3.connect(dbfile)
    con.execute("CREATE TABLE legacy (x TEXT)")
    con.execute("INSERT INTO legacy VALUES ('kept')")
    con.commit()
    con.close()
    store = open_store()
    store.close()
    (backup,) = paths.backup_dir().glob("desk-*.db")
    copy = sqlite3.connect(backup)
    assert copy.execute("SELECT x FROM legacy").fetchall() == [("kept",)]
    copy.close()


def test_failed_migration_keeps_data_and_backup() -> None:
    store = open_store()
    with store.tx() as conn:
        conn.execute("DELETE FROM alembic_version")
        conn.execute("INSERT INTO meta(key, value) VALUES ('canary', 'still-here')")
    store.close()
    with pytest.raises(StoreError, match="reservekopie"):
        open_store()
    con = sqlite3.connect(paths.database_path())
    assert con.execute("SELECT value FROM meta WHERE key='canary'").fetchone() == ("still-here",)
    con.close()
    assert len(list(paths.backup_dir().glob("desk-*.db"))) == 1


def test_backups_are_pruned_to_keep(tmp_path: Path) -> None:
    from desk.store.backup import backup_database

    con = sqlite3.connect(tmp_path / "x.db")
    con.execute("CREATE TABLE t (x)")
    for _ in range(7):
        backup_database(con, tmp_path / "b", label="t", keep=3)
    con.close()
    assert len(list((tmp_path / "b").glob("desk-*.db"))) == 3


def test_network_share_is_refused(tmp_path: Path) -> None:
    mounts = tmp_path / "mounts"
    mounts.write_text(
        "/dev/vda / ext4 rw 0 0\n"
        f"//fileserver/profiles {tmp_path / 'share'} cifs rw 0 0\n"
    )
    target = tmp_path / "share" / "desk" / "desk.db"
    with pytest.raises(StoreError, match="netwerkschijf"):
        db.open_database(target, mounts_file=mounts)
    assert not target.exists()
    # the same folder on a local file system is fine
    mounts.write_text("/dev/vda / ext4 rw 0 0\n")
    db.open_database(target, mounts_file=mounts).conn.close()


def test_mount_lookup_prefers_longest_mount_point() -> None:
    lines = ["/dev/a / ext4 rw 0 0", "srv:/x /mnt/nfs nfs4 rw 0 0", "/dev/b /mnt/nfsish ext4 rw 0 0"]
    assert db.mount_fstype(Path("/mnt/nfs/desk"), lines) == "nfs4"
    assert db.mount_fstype(Path("/mnt/nfsish/desk"), lines) == "ext4"
    assert db.mount_fstype(Path("/home/x"), lines) == "ext4"


def test_corrupt_database_is_reported_and_left_alone() -> None:
    dbfile = paths.database_path()
    dbfile.parent.mkdir(parents=True)
    garbage = b"this is not a database" * 200
    dbfile.write_bytes(garbage)
    with pytest.raises(StoreError, match="beschadigd"):
        open_store()
    assert dbfile.read_bytes() == garbage


def test_profile_that_cannot_be_created(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    monkeypatch.setenv("DESK_HOME", str(blocker / "profile"))
    with pytest.raises(StoreError, match="profielmap"):
        open_store()


def test_locked_database_is_reported() -> None:
    open_store().close()
    holder = sqlite3.connect(paths.database_path(), isolation_level=None)
    holder.execute("PRAGMA locking_mode=EXCLUSIVE")
    holder.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(StoreError, match="vergrendeld"):
            r = db.open_database(paths.database_path())
            r.conn.close()
    finally:
        holder.execute("ROLLBACK")
        holder.close()


def _wire(row: object) -> dict[str, object]:
    return {"office": row["office"], "notes": row["notes"]}  # type: ignore[index]


def _case_values(**extra: object) -> dict[str, object]:
    from datetime import UTC, datetime

    values: dict[str, object] = dict(
        occurred_at=datetime(2026, 11, 28, 9, 0, tzinfo=UTC), office="stadhuis", staff="an",
        channel="counter", topics="[]", search_text="", outcome="together",
        follow_up_done=False, duration_min=5, language="nl", notes="", training=False,
    )
    values.update(extra)
    return values


def test_change_and_outbox_are_one_transaction() -> None:
    store = open_store()
    with store.tx() as conn:
        rid, rev = write_record(conn, "cases", "case", _case_values(), _wire)
    assert rev == 1
    with store.tx() as conn:
        _, rev2 = write_record(conn, "cases", "case", {"notes": "tweede"}, _wire, record_id=rid)
    assert rev2 == 2
    with pytest.raises(RuntimeError), store.tx() as conn:
        write_record(conn, "cases", "case", {"notes": "derde"}, _wire, record_id=rid)
        raise RuntimeError("crash before commit")
    conn = store.conn()
    row = conn.execute("SELECT revision, notes, sync_state, occurred_at FROM cases").fetchone()
    outbox = conn.execute("SELECT revision, payload, idempotency_key FROM outbox ORDER BY seq").fetchall()
    assert tuple(row) == (2, "tweede", "pending", "2026-11-28T09:00:00.000000Z")
    assert [r["revision"] for r in outbox] == [1, 2]
    assert json.loads(outbox[1]["payload"])["notes"] == "tweede"
    assert len({r["idempotency_key"] for r in outbox}) == 2
    store.close()


def test_sqlalchemy_models_read_what_the_runtime_wrote() -> None:
    store = open_store()
    with store.tx() as conn:
        rid, _ = write_record(conn, "cases", "case", _case_values(), _wire)
    with store.read() as sa_conn:
        case = sa_conn.execute(select(Case).where(Case.id == rid)).one()
        assert case.occurred_at.year == 2026 and case.occurred_at.tzinfo is not None
        assert sa_conn.execute(select(Outbox.record_id)).scalar() == rid
    store.close()


def test_models_and_migrations_agree() -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from desk.store.models import Base

    store = open_store()
    with store.read() as sa_conn:
        diff = compare_metadata(MigrationContext.configure(sa_conn), Base.metadata)
    store.close()
    assert diff == []


def test_training_records_never_reach_the_outbox() -> None:
    store = open_store()
    with store.tx() as conn:
        write_record(conn, "cases", "case", _case_values(training=True), _wire, local_only=True)
    assert store.outbox_counts() == {}
    assert store.conn().execute("SELECT sync_state FROM cases").fetchone()[0] == "local"
    store.close()


def test_write_record_refuses_odd_column_names() -> None:
    store = open_store()
    with pytest.raises(ValueError), store.tx() as conn:
        write_record(conn, "cases", "case", {"notes; DROP TABLE cases": "x"}, _wire)
    store.close()


def test_current_schema_opens_without_sqlalchemy_or_alembic() -> None:
    open_store().close()
    code = (
        "import sys; from desk.store.store import open_store; s = open_store();"
        "s.outbox_counts(); s.get_meta('device_id'); s.close();"
        "print('sqlalchemy' in sys.modules, 'alembic' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "False"]
