"""Guide reports in the desk store: one transaction with the outbox, training, pulled answers,
and the migration."""

from __future__ import annotations

import json
import sqlite3
import uuid
from collections.abc import Iterator
from datetime import timedelta
from typing import Any

import pytest

from desk import clock, paths
from desk.domain.guide_reports import validate_report
from desk.store import meta, records
from desk.store.common import to_iso
from desk.store.guide_reports import GuideReportRepository
from desk.store.outbox import Outbox, UnreadableRecord
from desk.store.store import Store, open_store


@pytest.fixture
def store() -> Iterator[Store]:
    s = open_store()
    try:
        yield s
    finally:
        s.close()


def save(store: Store, note: str = "De knop heet nu anders.", **over: Any) -> str:
    args: dict[str, Any] = {"guide_id": "itsme-activeren", "guide_version": 3,
                            "step_id": "open-app", "note": note, "now": clock.now(),
                            "office": "balie"}  # fmt: skip
    args.update(over)
    return GuideReportRepository(store).save(validate_report(**args))


def outbox_rows(store: Store) -> list[sqlite3.Row]:
    return store.conn().execute("SELECT * FROM outbox ORDER BY seq").fetchall()


def test_a_report_and_its_outbox_entry_are_one_write(store: Store) -> None:
    report_id = save(store)
    row = GuideReportRepository(store).get(report_id)
    assert row is not None
    uuid.UUID(report_id)  # client-made
    assert (row["revision"], row["server_revision"], row["sync_state"]) == (1, 0, "pending")
    assert row["created_at"].endswith("Z") and row["reported_at"].endswith("Z")
    assert (row["status"], row["here"], row["training"]) == ("open", 1, 0)
    (entry,) = outbox_rows(store)
    assert (entry["kind"], entry["record_id"], entry["revision"], entry["base_revision"]) == (
        "guide_report", report_id, 1, 0)
    assert json.loads(entry["payload"]) == {
        "guide_id": "itsme-activeren", "guide_version": 3, "step_id": "open-app",
        "note": "De knop heet nu anders.", "reported_at": json.loads(entry["payload"])[
            "reported_at"], "office": "balie", "training": False}  # fmt: skip


def test_a_failed_outbox_write_leaves_no_report(store: Store, monkeypatch: pytest.MonkeyPatch
                                                ) -> None:  # fmt: skip
    def broken(*_args: object, **_kw: object) -> None:
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(records, "queue_change", broken)
    with pytest.raises(sqlite3.OperationalError):
        save(store)
    assert GuideReportRepository(store).reports() == [] and outbox_rows(store) == []


def test_a_training_profile_keeps_reports_local(store: Store) -> None:
    store.set_meta(meta.TRAINING, "1")
    report_id = save(store)
    row = GuideReportRepository(store).get(report_id)
    assert row is not None and row["sync_state"] == "local" and row["training"] == 1
    assert outbox_rows(store) == []


def test_the_list_is_newest_first_and_counts_open_reports_per_step(
    store: Store, frozen_clock: Any
) -> None:
    repo = GuideReportRepository(store)
    first = save(store, "Eerste melding over de stap.")
    frozen_clock.advance(minutes=5)
    second = save(store, "Tweede melding over de stap.", now=clock.now())
    other = save(store, "Over een andere stap.", step_id="download", now=clock.now())
    save(store, "Over een andere gids.", guide_id="eid-pin-puk", step_id="pin", now=clock.now())
    assert [r["id"] for r in repo.reports(guide_id="itsme-activeren", step_id="open-app")] == [
        second, first]
    assert repo.open_counts("itsme-activeren") == {"open-app": 2, "download": 1}
    assert {r["id"] for r in repo.reports(guide_id="itsme-activeren")} == {first, second, other}


def pulled(report_id: str, revision: int, **over: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "guide_id": "itsme-activeren", "guide_version": 3, "step_id": "open-app",
        "note": "De knop heet nu anders.", "reported_at": "2026-11-28T09:00:00Z",
        "office": "balie", "training": False,
    }  # fmt: skip
    body.update(over)
    return {"kind": "guide_report", "id": report_id, "revision": revision, "deleted": False,
            "body": body}  # fmt: skip


def apply(store: Store, change: dict[str, Any]) -> str:
    with Outbox(store).tx() as tx:
        return tx.apply_record(change, to_iso(clock.now()))


def test_pulled_answers_change_only_the_editors_part(store: Store) -> None:
    repo = GuideReportRepository(store)
    mine = save(store)
    entry = Outbox(store).next_batch(1)
    with Outbox(store).tx() as tx:
        tx.ack([(entry[0], 1)], to_iso(clock.now()))
    assert apply(store, pulled(mine, 1)) == "unchanged"  # our own push coming back
    answer = pulled(mine, 2, note="a server may not rewrite the desk's text", status="closed",
                    reply="Klopt, aangepast.", closed_at="2026-11-29T10:00:00Z",
                    resolved_in_version=4)  # fmt: skip
    assert apply(store, answer) == "applied"
    row = repo.get(mine)
    assert row is not None
    assert (row["status"], row["reply"], row["resolved_in_version"]) == (
        "closed", "Klopt, aangepast.", 4)
    assert row["note"] == "De knop heet nu anders." and row["here"] == 1
    assert (row["server_revision"], row["revision"], row["sync_state"]) == (2, 2, "synced")
    assert apply(store, pulled(mine, 2)) == "unchanged"  # re-applying a page is harmless
    assert repo.open_counts("itsme-activeren") == {}


def test_a_colleagues_report_is_added_and_an_unreadable_one_is_not(store: Store) -> None:
    colleague = str(uuid.uuid4())
    assert apply(store, pulled(colleague, 1)) == "applied"
    row = GuideReportRepository(store).get(colleague)
    assert row is not None and (row["here"], row["sync_state"]) == (0, "synced")
    broken = str(uuid.uuid4())
    for change in (pulled(broken, 1, status="verdwenen"), pulled(broken, 1, note="a\x1bb"),
                   pulled(broken, 1, guide_version="3"), {**pulled(broken, 1), "body": "x"}):
        with pytest.raises(UnreadableRecord):
            apply(store, change)
    assert GuideReportRepository(store).get(broken) is None


def test_migration_adds_and_removes_the_table(store: Store) -> None:
    """0004 -> head -> 0004 -> head on a profile with a case: nothing else changes."""
    from alembic import command

    from desk.store.migrate import alembic_config

    store.conn().execute(
        "INSERT INTO cases (id, created_at, updated_at, revision, server_revision, sync_state, "
        "deleted, occurred_at, office, staff, channel, topics, search_text, outcome, "
        "follow_up_done, duration_min, language, notes, training) VALUES ('c1', 'x', 'x', 1, 0, "
        "'pending', 0, 'x', 'balie', 'An', 'counter', '[]', '', 'together', 0, 5, 'nl', "
        "'blijft', 0)"
    )
    save(store)
    engine = store.engine

    def migrate(target: str, action: Any) -> None:
        with engine.connect() as connection:
            cfg = alembic_config(str(engine.url))
            cfg.attributes["connection"] = connection  # type: ignore[attr-defined]
            action(cfg, target)
            connection.commit()

    def tables() -> set[str]:
        return {r[0] for r in sqlite3.connect(paths.database_path()).execute(
            "SELECT name FROM sqlite_master WHERE type = 'table'")}  # fmt: skip

    store.close()
    migrate("0004", command.downgrade)
    assert "guide_reports" not in tables() and "cases" in tables()
    migrate("head", command.upgrade)
    assert "guide_reports" in tables()
    reopened = open_store()
    try:
        assert reopened.conn().execute("SELECT notes FROM cases").fetchone()[0] == "blijft"
        save(reopened, now=clock.now() + timedelta(seconds=1))
        assert len(GuideReportRepository(reopened).reports()) == 1
    finally:
        reopened.close()
