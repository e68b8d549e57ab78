"""Referrals through sync: personal fields travel unsealed over TLS only, and a
partner's status update comes back to the referring desk."""

from __future__ import annotations

import dataclasses
import json

import requests
from sqlalchemy import select

from desk.central.tables import items
from desk.store.referrals import ReferralRepository
from tests.referrals_store.helpers import CANARY, personal

from .conftest import Desk
from .test_engine import other_device, run


def _submit(desk: Desk) -> str:
    referral = dataclasses.replace(personal(), office="balie")
    sent = ReferralRepository(desk.store).submit(referral, by="Elke")
    return sent.id


def _server_body(desk: Desk, referral_id: str) -> dict[str, object]:
    with desk.central.engine.connect() as conn:
        body = conn.execute(
            select(items.c.body).where(items.c.kind == "referral", items.c.id == referral_id)
        ).scalar_one()
    return dict(json.loads(body))


def test_personal_referral_reaches_the_server_with_its_contact_data(desk: Desk) -> None:
    referral_id = _submit(desk)
    outbox = desk.store.conn().execute("SELECT payload FROM outbox").fetchone()[0]
    assert CANARY not in outbox  # sealed at rest, also in the outbox
    report = run(desk)
    assert report.ok and report.accepted == 1 and report.pending == 0
    citizen = _server_body(desk, referral_id)["citizen"]
    assert isinstance(citizen, dict) and citizen["name"] == CANARY


def test_partner_status_update_reaches_the_referring_desk(desk: Desk) -> None:
    referral_id = _submit(desk)
    assert run(desk).ok
    social = other_device(desk.central, role="social")
    requests.post(
        desk.central.url + f"/v1/referrals/{referral_id}/status",
        headers=social, timeout=10, json={"status": "received", "note": "gebeld"},
    ).raise_for_status()
    assert run(desk).ok
    stored = ReferralRepository(desk.store).get(referral_id).referral
    assert stored.status == "received"
    assert stored.status_history[-1].status == "received"
    assert stored.status_history[-1].note == "gebeld"


def test_a_lost_data_key_quarantines_the_referral_and_keeps_it(desk: Desk) -> None:
    import keyring

    from tests.support.keyrings import MemoryKeyring

    referral_id = _submit(desk)
    backend = keyring.get_keyring()
    assert isinstance(backend, MemoryKeyring)
    lost = {k: v for k, v in backend.store.items() if k[1] != "device_token"}
    for key in lost:
        del backend.store[key]
    report = run(desk)
    assert report.quarantined == 1
    row = desk.store.conn().execute(
        "SELECT state, last_error FROM outbox WHERE record_id = ?", (referral_id,)
    ).fetchone()
    assert row["state"] == "quarantined" and "personal_data_key" in row["last_error"]
    backend.store.update(lost)  # the key comes back: nothing was lost
    desk.store.conn().execute("UPDATE outbox SET state = 'pending' WHERE record_id = ?",
                              (referral_id,))
    assert run(desk).accepted == 1


def test_a_conflicting_referral_keeps_the_server_copy_sealed(desk: Desk) -> None:
    referral_id = _submit(desk)
    assert run(desk).ok
    social = other_device(desk.central, role="social")
    requests.post(
        desk.central.url + f"/v1/referrals/{referral_id}/status",
        headers=social, timeout=10, json={"status": "received", "note": ""},
    ).raise_for_status()
    # this desk changes the referral before it has pulled the partner's update
    ReferralRepository(desk.store).change_status(referral_id, "cancelled", by="Elke")
    report = run(desk)
    assert report.conflicts >= 1
    (value,) = desk.store.conn().execute(
        "SELECT value FROM meta WHERE key LIKE 'sync.conflict.referral.%'"
    ).fetchone()
    assert CANARY not in value and "sealed_personal" in value


def test_a_conflict_found_while_pulling_is_sealed_too(desk: Desk) -> None:
    referral_id = _submit(desk)
    assert run(desk).ok
    social = other_device(desk.central, role="social")
    requests.post(
        desk.central.url + f"/v1/referrals/{referral_id}/status",
        headers=social, timeout=10, json={"status": "received", "note": ""},
    ).raise_for_status()
    ReferralRepository(desk.store).change_status(referral_id, "cancelled", by="Elke")
    # a fresh engine (no key loaded yet) that only pulls: the key is loaded inside
    # the pull's transaction
    from desk.sync.engine import SyncEngine, SyncReport

    client = desk.client()
    try:
        SyncEngine(desk.store, client).pull(SyncReport())
    finally:
        client.close()
    values = [v for (v,) in desk.store.conn().execute(
        "SELECT value FROM meta WHERE key LIKE 'sync.conflict.referral.%'")]
    assert values and all(CANARY not in v for v in values)
