"""Helpers for the retention and data-subject tests: push, read items, audit, stats.

Every name, number and reference here is fictional.
"""

from __future__ import annotations

import json
from datetime import timedelta
from typing import Any

from sqlalchemy import select

from desk import clock
from desk.central import tables as t

from .conftest import Central, Device, change, now_iso, push_body, referral_body

#: Values that appear nowhere else, so finding them anywhere means a copy was kept.
REF = "Kanarie-ref-4471-Vandaele"
NAME = "Zwanhilde Kanariepietersen"
PHONE = "+32 470 12 34 56"
EMAIL = "zwanhilde.kanarie@example.org"
NOTE = "Kanarienotitie-7731"


def push(central: Central, dev: Device, *changes: dict[str, Any]) -> list[dict[str, Any]]:
    answer = central.client.post("/v1/push", json=push_body(*changes), headers=dev.headers)
    assert answer.status_code == 200, answer.text
    results: list[dict[str, Any]] = answer.json()["results"]
    assert all(r["status"] == "accepted" for r in results), results
    return results


def personal_referral(**over: Any) -> dict[str, Any]:
    """A referral body with consent, a citizen and notes, made "now"."""
    at = now_iso()
    body = referral_body(
        created_at=at,
        consent={"given": True, "text_version": "2026-11-v1/nl", "at": at, "staff": "An"},
        citizen={"name": NAME, "phone": PHONE, "email": EMAIL, "contact_channel": "phone",
                 "language": "nl", "availability": "dinsdagvoormiddag"},
        notes=NOTE,
        status_history=[{"status": "sent", "at": at, "by": "An", "note": ""}],
    )  # fmt: skip
    body.update(over)
    return body


def case_change(**body: Any) -> dict[str, Any]:
    from .conftest import case_body

    return change("case", case_body(occurred_at=now_iso(), **body))


def item(central: Central, kind: str, item_id: str) -> dict[str, Any]:
    i = t.items.c
    with central.engine.connect() as conn:
        row = conn.execute(
            select(i.revision, i.body, i.personal, i.seq, i.deleted, i.updated_at).where(
                i.kind == kind, i.id == item_id
            )
        ).one()
    return {"revision": row.revision, "body": json.loads(row.body), "personal": row.personal,
            "seq": row.seq, "deleted": row.deleted, "updated_at": row.updated_at}  # fmt: skip


def audit_rows(central: Central, action: str | None = None) -> list[dict[str, Any]]:
    a = t.audit_log.c
    query = select(a.actor, a.org, a.action, a.target, a.detail).order_by(a.id)
    if action is not None:
        query = query.where(a.action == action)
    with central.engine.connect() as conn:
        rows = conn.execute(query).all()
    return [{"actor": r.actor, "org": r.org, "action": r.action, "target": r.target,
             "detail": json.loads(r.detail)} for r in rows]  # fmt: skip


def all_audit_text(central: Central) -> str:
    return json.dumps(audit_rows(central), ensure_ascii=False)


def stats(central: Central, dev: Device, year: int) -> Any:
    answer = central.client.get(f"/v1/stats?period={year}", headers=dev.headers)
    assert answer.status_code == 200, answer.text
    body = answer.json()
    body.pop("generated_at", None)
    return body


def cube(central: Central) -> list[tuple[Any, ...]]:
    """The statistics aggregates as stored (exact counts, before any rounding)."""
    with central.engine.connect() as conn:
        rows = conn.execute(select(t.stats_cube)).all()
    return sorted(tuple(r) for r in rows)


def pull_all(central: Central, dev: Device, cursor: int = 0) -> list[dict[str, Any]]:
    changes: list[dict[str, Any]] = []
    while True:
        answer = central.client.get(f"/v1/pull?cursor={cursor}", headers=dev.headers)
        assert answer.status_code == 200, answer.text
        page = answer.json()
        changes += page["changes"]
        cursor = page["cursor"]
        if not page["more"]:
            return changes


def set_status(central: Central, dev: Device, referral_id: str, status: str) -> None:
    answer = central.client.post(f"/v1/referrals/{referral_id}/status",
                                 json={"status": status}, headers=dev.headers)  # fmt: skip
    assert answer.status_code == 200, answer.text


def days(n: float) -> timedelta:
    return timedelta(days=n)


def now() -> Any:
    return clock.now()
