"""End to end (issue #20): desk -> central -> erased there -> the desk's copy is gone.

A real desk store syncs with the real central app (uvicorn, SQLite) through
the sync engine. The central service erases personal data in its two ways, a
citizen's erasure request and its own retention, and the next sync removes
every copy on the desk: the record, the outbox, an autosaved form, the WAL,
and (at the desk's next daily purge) a pre-migration backup.
"""

from __future__ import annotations

import dataclasses
from datetime import timedelta

from desk import paths
from desk.central import retention, subject
from desk.central.subject import Query
from desk.clock import FrozenClock
from desk.store.backup import backup_database
from desk.store.cases import CaseRepository, draft_key
from desk.store.referrals import ReferralRepository
from desk.store.retention import purge_personal
from tests.referrals_store.helpers import CANARY, CANARY_MAIL, personal

from .conftest import Desk, case_values
from .retention_helpers import where
from .test_engine import run

REF = "Kanarie-e2e-5512-Verhaeghe"
PHONE = "0470 12 34 56"  # the phone of tests.referrals_store.helpers.personal()


def _server_text(desk: Desk) -> str:
    import json

    return json.dumps({kind: desk.central.items(kind) for kind in ("case", "referral")})


def test_an_erasure_request_and_retention_at_the_central_service_reach_the_desk(
    desk: Desk, frozen_clock: FrozenClock
) -> None:
    cases, referrals = CaseRepository(desk.store), ReferralRepository(desk.store)
    case_id = cases.save(case_values(citizen_ref=REF))
    sent = referrals.submit(dataclasses.replace(personal(), office="balie"), by="Elke")
    assert run(desk).accepted == 2
    assert CANARY in _server_text(desk) and REF in _server_text(desk)
    cases.save_draft(draft_key(case_id), {"citizen_ref": REF, "notes": "verder invullen"})
    backup = backup_database(desk.store.conn(), paths.backup_dir(), label="test")
    assert where(REF)  # the scans below can fail
    assert referrals.get(sent.id).referral.citizen is not None

    # 1. The citizen asks the DPO to erase what the organisation keeps (name + phone).
    done = subject.erase(desk.central.engine, "harelbeke", Query(name=CANARY, phone=PHONE),
                         actor="cli:dpo")  # fmt: skip
    assert [e.kind for e in done.erased] == ["referral"]
    report = run(desk)
    assert report.ok and report.pulled >= 1
    stored = referrals.get(sent.id)
    assert stored.referral.citizen is None and stored.referral.notes == ""
    row = desk.store.conn().execute(
        "SELECT name_enc, phone_enc, email_enc, notes_enc, personal_purged_at FROM referrals "
        "WHERE id = ?", (sent.id,)).fetchone()  # fmt: skip
    assert row["name_enc"] is None and row["phone_enc"] is None and row["notes_enc"] is None
    assert row["personal_purged_at"] is not None
    assert CANARY not in _server_text(desk) and CANARY_MAIL not in _server_text(desk)

    # 2. Retention at the central service: this organisation keeps references 30 days.
    retention.set_policy(desk.central.engine, "harelbeke", retention_days=30,
                         referral_retention_days=None, actor="cli:beheer")  # fmt: skip
    frozen_clock.advance(timedelta(days=30))
    assert retention.run(desk.central.engine, actor="cli:beheer").counts == {
        "harelbeke": {"case": 1}}  # fmt: skip
    assert REF not in _server_text(desk)
    assert where(REF)  # still on the desk until it syncs
    assert run(desk).ok
    row = cases.get(case_id)
    assert row is not None and row["citizen_ref"] is None
    assert cases.load_draft(draft_key(case_id)) == {"notes": "verder invullen"}
    # Database, WAL, logs: gone at once; the backup at the desk's next daily purge
    # (its own 90 days are far away: it only scrubs what the live database no longer holds).
    assert [name for name in where(REF) if not name.startswith("backups/")] == []
    purge_personal(desk.store, 90)
    assert where(REF) == [] and REF.encode() not in backup.read_bytes()
