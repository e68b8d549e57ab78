"""Role rules and per-change rejection in push (issue #16, findings 6, 8 and 9)."""

from __future__ import annotations

import json
import logging
from typing import Any

import pytest
from sqlalchemy import select

from desk.central import admin
from desk.central import tables as t

from .conftest import Central, Device, case_body, change, proto_headers, push_body, referral_body


def _push(central: Central, dev: Device, *changes: dict[str, Any]) -> list[dict[str, Any]]:
    answer = central.client.post("/v1/push", json=push_body(*changes), headers=dev.headers)
    assert answer.status_code == 200, answer.text
    return list(answer.json()["results"])


def _stored(central: Central, kind: str, item_id: str) -> Any:
    with central.engine.connect() as conn:
        return conn.execute(
            select(t.items.c.deleted, t.items.c.body, t.items.c.office).where(
                t.items.c.kind == kind, t.items.c.id == item_id
            )
        ).first()


def _entry(status: str, at: str = "2026-10-06T10:00:00Z", by: str = "Forged", note: str = "") -> dict:  # type: ignore[type-arg]
    return {"status": status, "at": at, "by": by, "note": note}


def _next(ch: dict[str, Any], body: dict[str, Any], **over: Any) -> dict[str, Any]:
    """The next change of the record *ch*, based on its revision."""
    nxt = {**ch, "revision": ch["revision"] + 1, "base_revision": ch["revision"],
           "idempotency_key": f"{ch['idempotency_key']}+", "body": body}  # fmt: skip
    nxt.update(over)
    return nxt


# -- finding 6: the referral lifecycle through push ---------------------------------------------


def test_a_new_referral_starts_as_sent(central: Central) -> None:
    social = central.enroll("harelbeke", role="social")
    sent = _entry("sent", "2026-10-05T09:31:00Z")
    probes = [
        referral_body(status="completed"),  # as found: history says sent, status completed
        referral_body(status="received", status_history=[_entry("received")]),
        referral_body(status="completed", status_history=[_entry("completed")]),
        referral_body(status="sent", status_history=[_entry("received")]),
    ]
    results = _push(central, social, *[change("referral", body=b) for b in probes])
    assert [r["status"] for r in results] == ["rejected"] * 4, results
    assert {r["reason_code"] for r in results} == {"illegal_transition"}
    assert "starts as 'sent'" in results[1]["reason"]
    # A social worker who takes the steps one by one, offline, may push them at once.
    steps = [sent, _entry("received"), _entry("contact_made", "2026-10-07T10:00:00Z")]
    ok = _push(central, social, change("referral", body=referral_body(
        status="contact_made", status_history=steps)))  # fmt: skip
    assert ok[0]["status"] == "accepted"


def test_a_deleted_record_stays_deleted(central: Central) -> None:
    dev = central.enroll("harelbeke", role="social")
    for kind, body, back in [
        ("referral", referral_body(), referral_body(status="completed", status_history=[
            _entry("sent", "2026-10-05T09:31:00Z"), _entry("completed")])),
        ("case", case_body(), case_body(notes="back")),
    ]:  # fmt: skip
        ch = change(kind, body=body)
        assert _push(central, dev, ch)[0]["status"] == "accepted"
        gone = _next(ch, {}, deleted=True)
        assert _push(central, dev, gone)[0]["status"] == "accepted"
        again = _next(gone, back, deleted=False)
        result = _push(central, dev, again)[0]
        assert result["status"] == "rejected" and result["reason_code"] == "deleted", result
        row = _stored(central, kind, ch["id"])
        assert row.deleted is True


def test_a_counter_may_only_cancel_its_own_referral_through_push(central: Central) -> None:
    counter = central.enroll("harelbeke")
    colleague = central.enroll("harelbeke")
    social = central.enroll("harelbeke", role="social")
    sent = _entry("sent", "2026-10-05T09:31:00Z")
    ref = change("referral")
    assert _push(central, counter, ref)[0]["status"] == "accepted"

    # As found: a counter moves sent -> received with a forged `by` and an erased history.
    forged = referral_body(status="received", status_history=[_entry("received")])
    result = _push(central, counter, _next(ref, forged))[0]
    assert result["status"] == "rejected", result
    received = referral_body(status="received", status_history=[sent, _entry("received")])
    result = _push(central, counter, _next(ref, received, idempotency_key="r2"))[0]
    assert result["status"] == "rejected" and result["reason_code"] == "illegal_transition"
    assert "counter" in result["reason"]

    cancel = referral_body(status="cancelled", status_history=[sent, _entry("cancelled")])
    result = _push(central, colleague, _next(ref, cancel, idempotency_key="c-other"))[0]
    assert result["status"] == "rejected" and result["reason_code"] == "illegal_transition"
    result = _push(central, counter, _next(ref, cancel, idempotency_key="c-own"))[0]
    assert result["status"] == "accepted"
    body = json.loads(_stored(central, "referral", ref["id"]).body)
    assert body["status"] == "cancelled"
    assert body["status_history"][-1]["by"] == f"harelbeke:counter:{counter.id[:8]}"

    # A social worker may take the lifecycle's steps, and nothing outside it.
    other = change("referral")
    _push(central, counter, other)
    moved = referral_body(status="received", status_history=[sent, _entry("received")])
    assert _push(central, social, _next(other, moved))[0]["status"] == "accepted"
    back = referral_body(status="sent", status_history=[sent, _entry("received"), _entry("sent")])
    later = {**other, "revision": 3, "base_revision": 2, "idempotency_key": "back"}
    assert _push(central, social, {**later, "body": back})[0]["reason_code"] == (
        "illegal_transition"
    )


def test_status_history_is_append_only_and_by_comes_from_the_device(central: Central) -> None:
    counter = central.enroll("harelbeke")
    ref = change("referral", body=referral_body(status_history=[
        _entry("sent", "2026-10-05T09:31:00Z", by="Someone Else")]))  # fmt: skip
    assert _push(central, counter, ref)[0]["status"] == "accepted"
    label = f"harelbeke:counter:{counter.id[:8]}"
    stored = json.loads(_stored(central, "referral", ref["id"]).body)
    assert [e["by"] for e in stored["status_history"]] == [label]

    sent = _entry("sent", "2026-10-05T09:31:00Z")
    for n, history in enumerate([
        [],  # erased
        [_entry("sent", "2026-10-05T09:31:00Z", note="rewritten")],
        [_entry("sent", "2026-10-04T09:31:00Z")],
    ]):  # fmt: skip
        body = referral_body(status="sent", status_history=history)
        result = _push(central, counter, _next(ref, body, idempotency_key=f"h{n}"))[0]
        assert result["status"] == "rejected", (n, result)
        assert result["reason_code"] in ("history_rewritten", "illegal_transition"), result
    # The same entries with another `by` (the desk's own copy) are fine; a new entry that
    # does not change the status (consent withdrawn) is too, and gets the device's label.
    note = _entry("sent", "2026-10-06T08:00:00Z", by="Forged", note="Toestemming ingetrokken")
    body = referral_body(status="sent", citizen=None, status_history=[sent, note])
    assert _push(central, counter, _next(ref, body, idempotency_key="ok"))[0]["status"] == (
        "accepted"
    )
    stored = json.loads(_stored(central, "referral", ref["id"]).body)
    assert [e["by"] for e in stored["status_history"]] == [label, label]
    assert stored["status_history"][1]["note"] == "Toestemming ingetrokken"


def test_an_office_must_be_one_of_the_organisation(central: Central) -> None:
    dev = central.enroll("harelbeke")  # office balie
    elsewhere = change("case", body=case_body(office="stadhuis"))
    other_org = change("case", body=case_body(office="sociaal"))
    admin.add_office(central.engine, "kortrijk", "sociaal", "Sociaal", "test")
    default = change("case", body=case_body(office=None))
    results = _push(central, dev, elsewhere, other_org, default)
    assert [r["status"] for r in results] == ["rejected", "rejected", "accepted"]
    assert results[0]["reason_code"] == "unknown_office" and "stadhuis" in results[0]["reason"]
    assert _stored(central, "case", default["id"]).office == "balie"
    assert json.loads(_stored(central, "case", default["id"]).body)["office"] == "balie"
    admin.add_office(central.engine, "harelbeke", "stadhuis", "Stadhuis", "test")
    again = {**elsewhere, "idempotency_key": "again"}
    assert _push(central, dev, again)[0]["status"] == "accepted"
    assert _stored(central, "case", elsewhere["id"]).office == "stadhuis"


# -- finding 8 and 9: strict types, unstorable bodies, the Bearer scheme -------------------------


@pytest.mark.parametrize(
    "over",
    [{"revision": "3"}, {"revision": True}, {"revision": 3.0}, {"base_revision": "0"},
     {"deleted": "false"}, {"deleted": 0}, {"idempotency_key": "a\u0000b"}],
)  # fmt: skip
def test_the_envelope_is_strictly_typed(central: Central, over: dict[str, Any]) -> None:
    dev = central.enroll("harelbeke")
    answer = central.client.post(
        "/v1/push", json=push_body(change("case", **over)), headers=dev.headers
    )
    assert answer.status_code == 422, answer.text


def test_unstorable_bodies_are_rejected_alone(
    central: Central, caplog: pytest.LogCaptureFixture
) -> None:
    dev = central.enroll("harelbeke", role="social")
    good = change("case")
    probes = {
        "nul": change("case", body=case_body(notes="Fictieve\u0000Burger")),
        "bell": change("case", body=case_body(staff="An\u0007")),
        "c1": change("referral", body=referral_body(notes="x\u0085y")),
        "year 1": change("case", body=case_body(occurred_at="0001-01-01T00:00:00+01:00")),
        "year 9999": change("case", body=case_body(occurred_at="9999-12-31T23:59:59-01:00")),
        "day 1": change("case", body=case_body(follow_up_on="0001-01-01")),
        "history": change("referral", body=referral_body(
            status_history=[_entry("sent", "0001-01-01T00:00:00+01:00")])),
        "long": change("case", body=case_body(notes="x" * 4001)),
        "int as text": change("case", body=case_body(duration_min="15")),
        "bool as int": change("case", body=case_body(training=0)),
        "nul in a key": change("case", body={**case_body(), "no\u0000te": 1}),
    }  # fmt: skip
    raw = json.dumps(push_body(good, *probes.values()))
    lone = change("case", body=case_body(notes="SURROGATE"))
    raw = raw[:-2] + ", " + json.dumps(lone).replace("SURROGATE", "\\ud800") + "]}"
    caplog.clear()
    with caplog.at_level(logging.DEBUG):
        answer = central.client.post(
            "/v1/push", content=raw.encode(),
            headers={**dev.headers, "Content-Type": "application/json"},
        )  # fmt: skip
    assert answer.status_code == 200, answer.text
    results = answer.json()["results"]
    assert results[0]["status"] == "accepted"
    for name, result in zip([*probes, "surrogate"], results[1:], strict=True):
        assert result["status"] == "rejected", (name, result)
        assert result["reason_code"] == "invalid_body" and result["reason"], (name, result)
    assert "U+0000" in results[1]["reason"] and "body.notes" in results[1]["reason"]
    assert "between the years" in results[4]["reason"]
    assert _stored(central, "case", good["id"]) is not None
    logged = "\n".join(r.getMessage() + (r.exc_text or "") for r in caplog.records)
    assert "Traceback" not in logged and "Fictieve" not in logged and "INSERT" not in logged
    assert not any(r.exc_info for r in caplog.records)


def test_a_change_the_database_refuses_is_rejected_alone(
    central: Central, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    """The safety net behind the checks: whatever the database refuses, one change fails."""
    from desk.central import stats

    real = stats.contributions

    def refusing(conn: Any, kind: str, org: str, office: str | None, body: Any,
                 record_id: str) -> list:  # type: ignore[type-arg]  # fmt: skip
        cells = real(conn, kind, org, office, body, record_id)
        if body and body.get("notes") == "Fictieve Burger":  # a NOT NULL column gets NULL
            cells = [((*key[:6], None), n) for key, n in cells]  # type: ignore[misc]
        return cells

    monkeypatch.setattr(stats, "contributions", refusing)
    dev = central.enroll("harelbeke")
    bad_body = case_body(notes="Fictieve Burger", occurred_at="2026-09-05T09:30:00Z")
    before, bad, after = change("case"), change("case", body=bad_body), change("case")
    caplog.clear()
    with caplog.at_level(logging.DEBUG):
        results = _push(central, dev, before, bad, after)
    assert [r["status"] for r in results] == ["accepted", "rejected", "accepted"], results
    assert results[1]["reason_code"] == "unstorable" and "IntegrityError" in results[1]["reason"]
    assert _stored(central, "case", bad["id"]) is None
    assert _stored(central, "case", after["id"]) is not None
    logged = "\n".join(r.getMessage() + (r.exc_text or "") for r in caplog.records)
    assert "IntegrityError" in logged
    assert "Fictieve" not in logged and "INSERT" not in logged and "Traceback" not in logged
    # The refused change may be sent again once corrected: its key was not used up.
    fixed = {**bad, "body": {**bad_body, "notes": "fixed"}}
    assert _push(central, dev, fixed)[0]["status"] == "accepted"


def test_the_bearer_scheme_follows_rfc_6750(central: Central) -> None:
    dev = central.enroll("harelbeke")

    def pull(*authorization: str) -> int:
        headers = [("X-Desk-Protocol", "1"), ("X-Desk-Version", "0.1.0")]
        headers += [("Authorization", value) for value in authorization]
        return central.client.get("/v1/pull", headers=headers).status_code

    # The scheme is case-insensitive (RFC 9110 section 11.1); documented in PROTOCOL.md.
    for ok in (f"Bearer {dev.token}", f"bearer {dev.token}", f"BEARER  {dev.token}"):
        assert pull(ok) == 200, ok
    for bad in ("Bearer", f"Basic {dev.token}", f"Bearer {dev.token} x", f"Bearer{dev.token}",
                f"Token {dev.token}", f'Bearer "{dev.token}"', dev.token):  # fmt: skip
        assert pull(bad) == 401, bad
    assert pull(f"Bearer {dev.token}", f"Bearer {dev.token}") == 401
    answer = central.client.get("/v1/pull", headers=proto_headers())
    assert answer.status_code == 401 and answer.headers["www-authenticate"] == "Bearer"
