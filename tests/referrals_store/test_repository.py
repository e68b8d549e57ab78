"""Drafts stay local, submitted referrals sync, the loop moves and is recorded."""

from __future__ import annotations

import dataclasses
import json
from datetime import timedelta

import pytest

from desk.domain.lifecycle import IllegalTransition
from desk.store.referrals import (
    SEALED_KEY,
    ReferralInvalid,
    ReferralQuery,
    ReferralRepository,
    create_demo_referrals,
    form_draft_key,
)
from desk.store.store import Store

from .helpers import CANARY, NOW, anonymous, personal


def _outbox(store: Store) -> list[dict[str, object]]:
    rows = store.conn().execute("SELECT * FROM outbox ORDER BY seq").fetchall()
    return [dict(zip(r.keys(), tuple(r), strict=True)) for r in rows]


def test_draft_is_local_only_and_submit_queues_it(repo: ReferralRepository, store: Store) -> None:
    draft = repo.save_draft(personal())
    assert _outbox(store) == []
    row = store.conn().execute("SELECT status, sync_state FROM referrals").fetchone()
    assert tuple(row) == ("draft", "local")
    sent = repo.submit(repo.get(draft.id).referral, by="Elke", at=NOW)
    entries = _outbox(store)
    assert len(entries) == 1
    body = json.loads(str(entries[0]["payload"]))
    assert body["status"] == "sent" and entries[0]["record_id"] == sent.id
    assert repo.get(sent.id).sync_state == "pending"
    assert repo.get(sent.id).referral.citizen.phone == "+32470123456"  # type: ignore[union-attr]


def test_invalid_referral_lists_every_problem_and_writes_nothing(
    repo: ReferralRepository, store: Store
) -> None:
    broken = dataclasses.replace(personal(phone="12ab", email="geen-mail"), needs=(),
                                 service_id=None)
    with pytest.raises(ReferralInvalid) as info:
        repo.submit(broken, by="Elke", at=NOW)
    assert {"needs", "service_id", "citizen.phone", "citizen.email"} <= set(info.value.errors)
    assert repo.count() == 0 and _outbox(store) == []


def test_unknown_partner_service_is_named(repo: ReferralRepository) -> None:
    with pytest.raises(ReferralInvalid) as info:
        repo.submit(anonymous(service_id="svc-bestaat-niet"), by="Elke", at=NOW,
                    known_service_ids={"svc-digipunt-hulp"})
    assert "svc-bestaat-niet" in info.value.errors["service_id"]


def test_status_changes_record_who_when_why_and_refuse_illegal_steps(
    repo: ReferralRepository, store: Store
) -> None:
    sent = repo.submit(anonymous(), by="Elke", at=NOW)
    moved = repo.change_status(sent.id, "received", by="Partner", at=NOW + timedelta(hours=2),
                               note="Ontvangen door digipunt")
    with pytest.raises(IllegalTransition):
        repo.change_status(sent.id, "completed", by="Elke", at=NOW + timedelta(hours=3))
    got = repo.get(sent.id).referral
    assert got.status == "received" == moved.status
    assert [(e.status, e.by, e.note) for e in got.status_history] == [
        ("sent", "Elke", ""), ("received", "Partner", "Ontvangen door digipunt")]
    assert got.status_history[1].at == NOW + timedelta(hours=2)
    assert [json.loads(str(e["payload"]))["status"] for e in _outbox(store)] == ["sent", "received"]
    assert ReferralRepository.next_statuses("received") == [
        "contact_made", "declined", "no_capacity", "referred_elsewhere", "cancelled"]
    assert ReferralRepository.next_statuses("completed") == []


def test_withdrawing_consent_purges_personal_fields_everywhere(
    repo: ReferralRepository, store: Store
) -> None:
    sent = repo.submit(personal(), by="Elke", at=NOW)
    repo.save_form_draft(form_draft_key(sent.id), {"name": CANARY})
    repo.withdraw_consent(sent.id, by="Elke", at=NOW + timedelta(days=1), note="telefonisch")
    row = store.conn().execute("SELECT * FROM referrals").fetchone()
    assert all(row[c] is None for c in ("name_enc", "phone_enc", "email_enc",
                                        "availability_enc", "notes_enc", "contact_channel"))
    assert row["personal_purged_at"] is not None
    got = repo.get(sent.id).referral
    assert got.citizen is None and got.notes == "" and got.anonymous
    assert got.consent.withdrawn_by == "Elke"
    assert got.status_history[-1].kind == "consent_withdrawn"
    for entry in _outbox(store):  # nothing personal left to push, not even the first version
        assert SEALED_KEY not in json.loads(str(entry["payload"]))
    assert repo.form_drafts() == []
    audit = [r[0] for r in store.conn().execute("SELECT action FROM audit ORDER BY id")]
    assert audit == ["referral_consent", "referral_consent_withdrawn"]


def test_stale_referrals_are_follow_ups(repo: ReferralRepository) -> None:
    old = repo.submit(anonymous(), by="Elke", at=NOW - timedelta(days=20))
    done = repo.submit(anonymous(), by="Elke", at=NOW - timedelta(days=30))
    repo.change_status(done.id, "cancelled", by="Elke", at=NOW - timedelta(days=29))
    fresh = repo.submit(anonymous(), by="Elke", at=NOW - timedelta(days=2))
    repo.save_draft(anonymous())
    stale = repo.stale(NOW, days=14)
    assert [r.id for r in stale] == [old.id]
    assert repo.stale(NOW, days=1)[-1].id == fresh.id
    row = repo.find(ReferralQuery(status="sent"))[0]
    assert row.follow_up_on(14) is not None
    with pytest.raises(ValueError):
        repo.stale(NOW, days=-1)


def test_list_filters_and_names(repo: ReferralRepository) -> None:
    a = repo.submit(personal(), by="Elke", at=NOW)
    b = repo.submit(anonymous(municipality="menen"), by="Elke", at=NOW + timedelta(minutes=1))
    repo.save_draft(anonymous())
    assert len(repo.find()) == 3
    assert [r.id for r in repo.find(ReferralQuery(municipality="menen"))] == [b.id]
    assert len(repo.find(ReferralQuery(include_drafts=False))) == 2
    named = {r.id: r for r in repo.find(with_names=True)}
    assert named[a.id].name == CANARY and not named[a.id].anonymous
    assert named[b.id].name == "" and named[b.id].anonymous
    assert all(r.name == "" for r in repo.find())


def test_training_profile_never_queues(repo: ReferralRepository, store: Store) -> None:
    store.set_meta("training", "1")
    sent = repo.submit(anonymous(), by="Elke", at=NOW)
    assert _outbox(store) == [] and repo.get(sent.id).referral.training
    assert repo.get(sent.id).sync_state == "local"


def test_only_drafts_can_be_deleted(repo: ReferralRepository) -> None:
    draft = repo.save_draft(anonymous())
    sent = repo.submit(anonymous(), by="Elke", at=NOW)
    repo.delete_draft(draft.id)
    with pytest.raises(ValueError):
        repo.delete_draft(sent.id)
    assert repo.count() == 1


def test_pulled_status_updates_close_the_loop(repo: ReferralRepository, store: Store) -> None:
    sent = repo.submit(anonymous(), by="Elke", at=NOW)
    key = f"sync.referral_status.{sent.id}"
    update = {"referral_id": sent.id, "revision": 2, "status": "contact_made",
              "at": "2026-11-30T09:00:00Z", "by": "Digipunt", "note": "gebeld"}
    store.set_meta(key, json.dumps(update))
    assert repo.apply_pulled_statuses() == 0, "waits while our own change is unsent"
    store.conn().execute("DELETE FROM outbox")
    assert repo.apply_pulled_statuses() == 1
    got = repo.get(sent.id).referral
    assert got.status == "contact_made" and got.status_history[-1].by == "Digipunt"
    assert store.get_meta(key) is None


def test_demo_referrals_are_fictional_with_consent(repo: ReferralRepository,
                                                  store: Store) -> None:
    made = create_demo_referrals(store, 25, seed=3, now=NOW)
    assert made == 25 == repo.count()
    people = [s.referral for s in repo.iter_referrals()]
    named = [r for r in people if r.citizen is not None]
    assert named, "most demo referrals carry (fictional) personal data"
    for r in named:
        assert r.consent.active and r.consent.staff == "demo"
        assert r.citizen.phone.startswith("+3256000")  # type: ignore[union-attr]
        assert r.citizen.email.endswith("@example.org")  # type: ignore[union-attr]
    assert {r.status for r in people} - {"sent"}, "some moved along the loop"


def test_demo_referrals_without_keyring_are_anonymous(store: Store, fail_keyring: object) -> None:
    assert create_demo_referrals(store, 5, seed=1, now=NOW) == 5
    repo = ReferralRepository(store)
    assert all(s.referral.citizen is None for s in repo.iter_referrals())
