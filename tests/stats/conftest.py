"""Fixtures for the statistics tests: a profile filled with the hand-made records."""

from __future__ import annotations

import json
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


def write_case(conn: Any, c: CaseRecord, *, deleted: bool = False) -> None:
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
    write_record(conn, "cases", "case", values, _no_wire, local_only=True, deleted=deleted)


def write_referral(conn: Any, r: ReferralRecord, status: str | None = None) -> None:
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
    write_record(conn, "referrals", "referral", values, _no_wire, local_only=True,
                 now=r.created_at)  # fmt: skip


def fill(target: Store) -> bool:
    """Write the fixture; returns whether referrals could be stored too."""
    with target.tx() as conn:
        for c in CASES:
            write_case(conn, c)
        write_case(conn, CASES[0], deleted=True)  # a deleted contact is never counted
        with_refs = has_table(conn, "referrals")
        if with_refs:
            for r in REFERRALS:
                write_referral(conn, r)
            write_referral(conn, REFERRALS[0], status="draft")  # drafts are never counted
    return with_refs


@pytest.fixture
def filled_store() -> Iterator[Store]:
    opened = open_store()
    try:
        fill(opened)
        yield opened
    finally:
        opened.close()
