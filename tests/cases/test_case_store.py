"""The case repository: outbox, soft delete, filters, search, paging, training, retention."""

from __future__ import annotations

import json
import sqlite3
from datetime import timedelta

import pytest

from desk import paths
from desk.app.demo import fill, generate
from desk.errors import InputError
from desk.store.cases import CaseQuery, CaseRepository
from desk.store.common import to_iso
from desk.store.outbox import Outbox
from desk.store.retention import purge_personal
from desk.store.store import Store
from tests.support.clock import day_text, days_from_today

from .conftest import NOW, TOPICS, make_case


def outbox(store: Store) -> list[sqlite3.Row]:
    return store.conn().execute("SELECT * FROM outbox ORDER BY seq").fetchall()


def test_save_writes_the_case_and_its_outbox_entry(repo: CaseRepository, store: Store) -> None:
    case_id = repo.save(make_case(notes="eerste"))
    row = repo.get(case_id)
    assert row is not None and row["sync_state"] == "pending" and row["follow_up_done"] == 0
    (entry,) = outbox(store)
    assert entry["record_id"] == case_id and entry["kind"] == "case"
    assert json.loads(entry["payload"])["notes"] == "eerste"


def test_edit_and_soft_delete_sync(repo: CaseRepository, store: Store) -> None:
    case_id = repo.save(make_case())
    repo.save(make_case(duration_min=30), case_id=case_id)
    repo.delete(case_id)
    entries = outbox(store)
    assert [e["revision"] for e in entries] == [1, 2, 3]
    assert [e["deleted"] for e in entries] == [0, 0, 1]
    assert json.loads(entries[1]["payload"])["duration_min"] == 30
    row = repo.get(case_id)
    assert row is not None and row["deleted"] == 1  # kept, only marked
    assert repo.page(CaseQuery()).rows == []
    with pytest.raises(KeyError):
        repo.delete("00000000-0000-0000-0000-000000000000")


def ids(repo: CaseRepository, query: CaseQuery) -> set[str]:
    return {r[1] for r in repo.page(query, limit=1000).rows}


def test_filters_and_accent_insensitive_search(repo: CaseRepository) -> None:
    a = repo.save(make_case(notes="Attest gezinssamenstelling afgedrukt", channel="phone"))
    b = repo.save(make_case(date=day_text(-8), topics="Identiteitskaart en PIN",
                            outcome="not_possible", not_possible_reason="pin_unknown",
                            office="kortrijk-heule", notes="PIN vergeten, brief aangevraagd"))
    c = repo.save(make_case(date=day_text(-3), topics="guide:itsme-activeren;Belastingen",
                            outcome="follow_up", follow_up_on=day_text(0),
                            notes="Crème brûlée van de Financiën"))
    d = repo.save(make_case(date=day_text(-18), outcome="follow_up", follow_up_on=day_text(2)))
    everything = ids(repo, CaseQuery())
    assert everything == {a, b, c, d}
    assert ids(repo, CaseQuery(search="FINANCIEN")) == {c}
    assert ids(repo, CaseQuery(search="financiën crème")) == {c}
    assert ids(repo, CaseQuery(search="itsme")) == {c}  # guide topics are searchable
    assert ids(repo, CaseQuery(search="pin brief")) == {b}
    assert ids(repo, CaseQuery(search="nergens")) == set()
    assert ids(repo, CaseQuery(office="kortrijk-heule")) == {b}
    assert ids(repo, CaseQuery(channel="phone")) == {a}
    assert ids(repo, CaseQuery(outcome="follow_up")) == {c, d}
    assert ids(repo, CaseQuery(topic="guide:itsme-activeren")) == {c}
    assert ids(repo, CaseQuery(topic="topic:Belastingen")) == {a, c, d}
    assert ids(repo, CaseQuery(date_from=days_from_today(-8), date_to=days_from_today(-3))) == {b, c}
    assert ids(repo, CaseQuery(date_to=days_from_today(-18))) == {d}
    assert ids(repo, CaseQuery(follow_up_due=True, today=days_from_today(0))) == {c}
    repo.set_follow_up_done(c)
    assert ids(repo, CaseQuery(follow_up_due=True, today=days_from_today(2))) == {d}
    assert repo.count(CaseQuery(outcome="follow_up")) == 2
    assert [r["id"] for r in repo.follow_ups_due(days_from_today(3))] == [d]


@pytest.mark.parametrize("sort", ["occurred_at", "office", "staff", "channel", "outcome",
                                  "duration_min"])
@pytest.mark.parametrize("descending", [True, False])
def test_keyset_pages_are_complete_and_ordered(store: Store, sort: str, descending: bool) -> None:
    fill(store, 230, seed=7, topics=TOPICS, now=NOW)
    repo = CaseRepository(store)
    query = CaseQuery(sort=sort, descending=descending)
    seen: list[tuple[object, ...]] = []
    page = repo.page(query, limit=40)
    seen += page.rows
    while page.more:
        page = repo.page(query, after=page.after, limit=40)
        seen += page.rows
    assert len(seen) == 230 and len({r[1] for r in seen}) == 230
    full = repo.page(query, limit=1000).rows
    assert seen == full
    col = {"occurred_at": 2, "office": 3, "staff": 4, "channel": 5, "outcome": 7,
           "duration_min": 9}[sort]
    keys = [(r[col], r[2]) for r in seen]
    assert keys == sorted(keys, reverse=descending)


def test_demo_data_is_reproducible_and_realistic() -> None:
    a = list(generate(50, seed=4, topics=TOPICS, now=NOW))
    b = list(generate(50, seed=4, topics=TOPICS, now=NOW))
    c = list(generate(50, seed=5, topics=TOPICS, now=NOW))
    assert a == b and a != c
    assert all(v.training and v.occurred_at < NOW for v in a)
    assert {v.outcome for v in generate(400, seed=1, topics=TOPICS, now=NOW)} >= {
        "together", "not_possible", "follow_up"}


def test_training_profile_never_reaches_the_outbox(store: Store) -> None:
    assert fill(store, 25, seed=1, topics=TOPICS, now=NOW) == 25
    assert store.is_training
    repo = CaseRepository(store)
    case_id = repo.save(make_case())
    repo.save(make_case(duration_min=5), case_id=case_id)
    repo.delete(case_id)
    assert outbox(store) == []
    states = {r[0] for r in store.conn().execute("SELECT DISTINCT sync_state FROM cases")}
    assert states == {"local"}
    # Even code that forgets local_only cannot queue anything: the database refuses.
    from desk.domain.cases import case_to_wire
    from desk.store.records import write_record

    with pytest.raises(sqlite3.IntegrityError, match="training profile"), store.tx() as conn:
        write_record(conn, "cases", "case", make_case().columns() | {"follow_up_done": 0},
                     case_to_wire)
    assert outbox(store) == []


def test_demo_data_refuses_a_profile_with_real_cases(repo: CaseRepository, store: Store) -> None:
    repo.save(make_case())
    with pytest.raises(InputError, match="echte contacten"):
        fill(store, 5, seed=1, topics=TOPICS, now=NOW)
    assert not store.is_training


CANARY = "Kanarie-4711-Vandenbroucke"


def test_retention_purges_personal_fields_from_the_file_bytes(
    repo: CaseRepository, store: Store
) -> None:
    old = repo.save(make_case(outcome="follow_up", follow_up_on=day_text(3),
                              citizen_ref=CANARY + "-oud", notes="opvolgen"))
    recent = repo.save(make_case(outcome="follow_up", follow_up_on=day_text(3),
                                 citizen_ref=CANARY + "-recent"))
    unsynced = repo.save(make_case(outcome="follow_up", follow_up_on=day_text(3),
                                   citizen_ref=CANARY + "-nietverzonden"))
    now = NOW + timedelta(days=95)
    # What the sync engine does when the server acknowledges (the acknowledged
    # outbox payloads, which carry the reference too, leave the outbox).
    entries = {e.record_id: e for e in Outbox(store).next_batch(10)}
    for case_id, synced in ((old, now - timedelta(days=91)), (recent, now - timedelta(days=10))):
        with Outbox(store).tx() as tx:
            tx.ack([(entries[case_id], 1)], to_iso(synced))
    result = purge_personal(store, 90, now=now)
    assert result.purged == 1
    assert repo.get(old)["citizen_ref"] is None  # type: ignore[index]
    assert repo.get(old)["notes"] == "opvolgen"  # type: ignore[index]
    assert repo.get(recent)["citizen_ref"] == CANARY + "-recent"  # type: ignore[index]
    assert repo.get(unsynced)["citizen_ref"] == CANARY + "-nietverzonden"  # type: ignore[index]
    audit = store.conn().execute("SELECT action FROM audit").fetchall()
    assert [a[0] for a in audit] == ["retention_purge"]
    raw = b""
    for suffix in ("", "-wal"):
        file = paths.database_path().with_name("desk.db" + suffix)
        if file.exists():
            raw += file.read_bytes()
    assert (CANARY + "-oud").encode() not in raw
    assert (CANARY + "-recent").encode() in raw  # the scan can see what is still there
    assert purge_personal(store, 90, now=now).purged == 0
