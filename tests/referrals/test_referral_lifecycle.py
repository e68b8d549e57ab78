from __future__ import annotations

from datetime import timedelta

import pytest

from desk.domain import lifecycle
from desk.domain.lifecycle import IllegalTransition
from desk.domain.referrals import (
    DRAFT,
    change_status,
    from_wire,
    stale_referrals,
    submit,
    to_wire,
    withdraw_consent,
)
from desk.domain.referrals.model import KIND_CONSENT_WITHDRAWN
from desk.domain.referrals.wire import WireFormatError

from .helpers import NOW, make_referral, with_consent


def sent(**changes: object):  # type: ignore[no-untyped-def]
    return submit(make_referral(**changes), by="ann", at=NOW, note="verstuurd")


def test_submit_turns_a_draft_into_sent_with_history() -> None:
    referral = sent()
    assert referral.status == lifecycle.SENT
    entry = referral.status_history[-1]
    assert (entry.status, entry.by, entry.at, entry.note) == ("sent", "ann", NOW, "verstuurd")


def test_submit_twice_is_refused() -> None:
    with pytest.raises(IllegalTransition):
        submit(sent(), by="ann", at=NOW)


def test_drafts_cannot_jump_into_the_loop() -> None:
    with pytest.raises(IllegalTransition):
        change_status(make_referral(), lifecycle.RECEIVED, by="ann", at=NOW)


def test_happy_path_records_who_when_and_a_note() -> None:
    referral = sent()
    for i, status in enumerate(lifecycle.PROGRESS[1:], start=1):
        referral = change_status(
            referral, status, by="partner", at=NOW + timedelta(days=i), note=f"stap {i}"
        )
    assert referral.status == lifecycle.COMPLETED
    assert [e.status for e in referral.status_history] == list(lifecycle.PROGRESS)
    assert referral.status_history[-1].note == "stap 4"
    assert referral.last_change == NOW + timedelta(days=4)


@pytest.mark.parametrize(
    ("path", "illegal"),
    [
        ([], lifecycle.COMPLETED),
        ([], lifecycle.FIRST_SESSION),
        ([lifecycle.CANCELLED], lifecycle.RECEIVED),
        (
            [
                lifecycle.RECEIVED,
                lifecycle.CONTACT_MADE,
                lifecycle.FIRST_SESSION,
                lifecycle.COMPLETED,
            ],
            lifecycle.CANCELLED,
        ),
    ],
)
def test_illegal_transitions_are_refused(path: list[str], illegal: str) -> None:
    referral = sent()
    for status in path:
        referral = change_status(referral, status, by="w13", at=NOW)
    with pytest.raises(IllegalTransition):
        change_status(referral, illegal, by="w13", at=NOW)


def test_unknown_status_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown"):
        change_status(sent(), "lost", by="w13", at=NOW)


def test_no_show_can_still_lead_to_a_first_session() -> None:
    referral = sent()
    for status in (lifecycle.CONTACT_MADE, lifecycle.NO_SHOW, lifecycle.FIRST_SESSION):
        referral = change_status(referral, status, by="partner", at=NOW)
    assert referral.status == lifecycle.FIRST_SESSION


def test_naive_timestamps_are_refused() -> None:
    with pytest.raises(ValueError, match="time zone"):
        change_status(sent(), lifecycle.RECEIVED, by="x", at=NOW.replace(tzinfo=None))


# --- consent withdrawal -------------------------------------------------------


def test_withdrawal_purges_personal_fields_and_leaves_a_history_entry() -> None:
    referral = submit(with_consent(make_referral(notes="belt na 16 uur")), by="ann", at=NOW)
    later = NOW + timedelta(days=2)

    withdrawn = withdraw_consent(referral, by="bert", at=later)

    assert withdrawn.citizen is None
    assert withdrawn.notes == ""
    assert withdrawn.consent.withdrawn_at == later and withdrawn.consent.withdrawn_by == "bert"
    assert withdrawn.consent.text_version == "2026-11-v1"  # the record keeps what was agreed
    assert not withdrawn.consent.active and withdrawn.anonymous
    entry = withdrawn.status_history[-1]
    assert entry.kind == KIND_CONSENT_WITHDRAWN and entry.by == "bert" and entry.at == later
    assert withdrawn.status == referral.status  # the loop goes on, anonymously
    # Consent entries do not count as status progress.
    assert withdrawn.last_change == referral.last_change
    # The original is untouched (immutable records).
    assert referral.citizen is not None


def test_withdrawal_on_a_draft() -> None:
    withdrawn = withdraw_consent(with_consent(make_referral()), by="ann", at=NOW)
    assert withdrawn.status == DRAFT and withdrawn.citizen is None


# --- wire format --------------------------------------------------------------

WIRE_KEYS = {
    "created_at",
    "office",
    "staff",
    "municipality",
    "case_id",
    "needs",
    "barriers",
    "urgency",
    "service_id",
    "consent",
    "citizen",
    "notes",
    "status",
    "status_history",
    "training",
}


def test_to_wire_has_exactly_the_agreed_keys_and_round_trips() -> None:
    referral = change_status(
        submit(
            with_consent(
                make_referral(
                    case_id="6f1c2e0a-3b4d-4e5f-8a9b-0c1d2e3f4a5b", barriers=("cost",), notes="n"
                )
            ),
            by="ann",
            at=NOW,
        ),
        lifecycle.RECEIVED,
        by="partner",
        at=NOW + timedelta(hours=1),
        note="ontvangen",
    )
    body = to_wire(referral)
    assert set(body) == WIRE_KEYS
    assert body["created_at"].endswith("Z")
    assert body["citizen"]["phone"] == "0470 12 34 56"
    assert from_wire(referral.id, body) == referral


def test_to_wire_never_sends_personal_data_without_consent() -> None:
    # Even if a caller skipped validation:
    from desk.domain.referrals import Citizen

    referral = make_referral(citizen=Citizen(name="Fictieve Burger"), notes="geheim")
    body = to_wire(referral)
    assert body["citizen"] is None and body["notes"] == ""
    assert "Fictieve" not in repr(body) and "geheim" not in repr(body)


def test_to_wire_after_withdrawal_has_no_citizen() -> None:
    referral = withdraw_consent(
        submit(with_consent(make_referral()), by="a", at=NOW), by="b", at=NOW
    )
    body = to_wire(referral)
    assert body["citizen"] is None
    assert body["consent"]["given"] is False
    assert body["status_history"][-1]["note"].startswith("Toestemming ingetrokken")
    assert from_wire(referral.id, body) == referral


def test_from_wire_ignores_unknown_keys_and_reports_bad_ones() -> None:
    body = to_wire(sent())
    body["revision"] = 3
    assert from_wire("id-1", body).status == "sent"
    for key, value in (("needs", "smartphone"), ("created_at", "gisteren"), ("office", None)):
        broken = dict(body, **{key: value})
        with pytest.raises(WireFormatError, match=key):
            from_wire("id-1", broken)
    with pytest.raises(WireFormatError, match="consent"):
        from_wire("id-1", dict(body, consent="ja"))


# --- follow-ups ---------------------------------------------------------------


def test_stale_referrals_are_sent_ones_without_progress_for_n_days() -> None:
    fresh = sent()
    old = submit(make_referral(), by="ann", at=NOW - timedelta(days=20))
    moved = change_status(old, lifecycle.RECEIVED, by="p", at=NOW - timedelta(days=2))
    older = submit(make_referral(), by="ann", at=NOW - timedelta(days=30))
    done = change_status(
        submit(make_referral(), by="ann", at=NOW - timedelta(days=40)),
        lifecycle.CANCELLED,
        by="ann",
        at=NOW - timedelta(days=39),
    )
    no_show = change_status(
        change_status(
            submit(make_referral(), by="a", at=NOW - timedelta(days=50)),
            lifecycle.CONTACT_MADE,
            by="p",
            at=NOW - timedelta(days=49),
        ),
        lifecycle.NO_SHOW,
        by="p",
        at=NOW - timedelta(days=48),
    )
    draft = make_referral(created_at=NOW - timedelta(days=90))

    stale = stale_referrals([fresh, old, moved, older, done, no_show, draft], NOW, 14)

    assert [r.id for r in stale] == [no_show.id, older.id, old.id]


def test_stale_boundary_is_inclusive() -> None:
    referral = submit(make_referral(), by="a", at=NOW - timedelta(days=14))
    assert stale_referrals([referral], NOW, 14) == [referral]
    assert stale_referrals([referral], NOW, 15) == []
    with pytest.raises(ValueError):
        stale_referrals([], NOW, -1)
