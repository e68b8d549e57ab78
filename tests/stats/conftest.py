"""Fixtures for the statistics tests: a profile filled with the hand-made records."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from typing import Any

import pytest

from desk.domain.stats import CaseRecord, ReferralRecord
from desk.store.common import to_iso
from desk.store.records import write_record
from desk.store.stats_queries import has_table
from desk.store.store import Store, open_store
from tests.stats.fixture import CASES, REFERRALS

# The live central server and an enrolled desk, shared with the sync tests.
from tests.sync.conftest import (  # noqa: F401
    central,
    desk,
    sleeps,
    store,
)


def _no_wire(row: Any) -> dict[str, Any]:
    return {}


#: Fixed record ids: disclosure control rounds with the records' keys, so the same
#: ids give the same published numbers in every run.
IDS = uuid.UUID("0d9ac2a4-52d1-4d55-9a55-6f1d1c1e5a01")


def fixed_id(name: str) -> str:
    return str(uuid.uuid5(IDS, name))


def write_case(conn: Any, c: CaseRecord, *, deleted: bool = False,
               record_id: str | None = None) -> None:  # fmt: skip
    session = None
    if c.guide is not None:
        session = json.dumps({
            "guide_id": c.guide.guide_id, "guide_version": 1,
            "visits": [{"step_id": s, "actor": "together"} for s in c.guide.steps],
            "drop_off_step": c.guide.drop_off_step,
            "outcome": "done" if c.guide.completed else "stopped",
            "reason": None, "completed": c.guide.completed,
        })  # fmt: skip
    values = {
        "occurred_at": c.occurred_at, "office": c.office, "staff": "Test", "channel": c.channel,
        "topics": json.dumps(list(c.topics)), "search_text": "", "outcome": c.outcome,
        "not_possible_reason": c.not_possible_reason, "duration_min": 10, "language": "nl",
        "notes": "GEHEIME-NOTITIE", "guide_session": session, "training": False,
        "follow_up_done": False,
    }  # fmt: skip
    write_record(conn, "cases", "case", values, _no_wire, local_only=True, deleted=deleted,
                 record_id=record_id)  # fmt: skip


def write_referral(conn: Any, r: ReferralRecord, status: str | None = None,
                   record_id: str | None = None) -> None:  # fmt: skip
    history = [{"status": h.status, "at": to_iso(h.at), "by": "Test", "note": "", "kind": "status"}
               for h in r.history]  # fmt: skip
    values = {
        "office": r.office, "staff": "Test", "municipality": r.municipality,
        "needs": json.dumps(list(r.needs)), "barriers": json.dumps(list(r.barriers)),
        "urgency": r.urgency, "service_id": r.service_id, "status": status or r.status,
        "last_change": r.history[-1].at, "status_history": json.dumps(history),
        "training": False, "consent_given": False, "consent_version": "",
        "consent_language": "nl", "consent_staff": "", "consent_withdrawn_by": "",
    }  # fmt: skip
    written, _rev = write_record(conn, "referrals", "referral", values, _no_wire,
                                 local_only=True, now=r.created_at,
                                 record_id=record_id)  # fmt: skip
    # As if the central service had accepted it: only those count (they are "Verstuurd").
    conn.execute("UPDATE referrals SET server_revision = 1, sync_state = 'synced' "
                 "WHERE id = ?", (written,))


def fill(target: Store) -> bool:
    """Write the fixture; returns whether referrals could be stored too."""
    with target.tx() as conn:
        for n, c in enumerate(CASES, start=1):
            write_case(conn, c, record_id=fixed_id(f"C{n}"))
        # a deleted contact is never counted
        write_case(conn, CASES[0], deleted=True, record_id=fixed_id("deleted"))
        with_refs = has_table(conn, "referrals")
        if with_refs:
            for n, r in enumerate(REFERRALS, start=1):
                write_referral(conn, r, record_id=fixed_id(f"R{n}"))
            # drafts are never counted
            write_referral(conn, REFERRALS[0], status="draft", record_id=fixed_id("draft"))
    return with_refs


@pytest.fixture
def filled_store() -> Iterator[Store]:
    opened = open_store()
    try:
        fill(opened)
        yield opened
    finally:
        opened.close()
