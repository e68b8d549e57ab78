"""Every movement of personal data through push and pull is audited (issue #20, item 4).

The personal fields of the protocol are declared once, in ``desk.central.schemas``
(``PERSONAL``, shown as ``x-personal`` in the OpenAPI schema). This test takes them from
there: a field declared personal without a sample below fails, so a new one cannot go
unaudited unnoticed.
"""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import delete, select

from desk.central import tables as t
from desk.central.schemas import PERSONAL_FIELDS, Citizen

from .conftest import Central, case_body, change, push_body, referral_body

#: A fictional value for every personal field of the protocol.
SAMPLES: dict[tuple[str, str], Any] = {
    ("case", "citizen_ref"): "REF-FICTIEF-0001",
    ("referral", "citizen"): {
        "name": "Fictieve Burger",
        "phone": "+32 470 00 00 00",
        "email": None,
        "contact_channel": "phone",
        "language": "nl",
        "availability": None,
    },
    ("referral", "notes"): "Belt liefst op dinsdag.",
}


def _without_personal(kind: str) -> dict[str, Any]:
    if kind == "case":
        return case_body(citizen_ref=None)
    return referral_body(citizen=None, notes="")


def _entries(central: Central, action: str) -> list[dict[str, Any]]:
    with central.engine.connect() as conn:
        rows = conn.execute(
            select(t.audit_log.c.actor, t.audit_log.c.detail).where(t.audit_log.c.action == action)
        ).all()
    return [{"actor": r.actor, **json.loads(r.detail)} for r in rows]


def _forget(central: Central) -> None:
    with central.engine.begin() as conn:
        conn.execute(delete(t.audit_log))


def test_the_declaration_covers_what_the_desk_treats_as_personal() -> None:
    from desk.domain.csvformat import PERSONAL_COLUMNS
    from desk.store.referrals import PERSONAL_FIELDS as DESK_REFERRAL_FIELDS

    declared = {(kind, name) for kind, names in PERSONAL_FIELDS.items() for name in names}
    assert declared, "no personal fields declared"
    missing = declared - SAMPLES.keys()
    assert not missing, f"personal field(s) {sorted(missing)} have no sample here: add one"
    # The desk encrypts the citizen's details and the notes of a referral, and exports a
    # case's citizen reference only on request: each is inside a declared field.
    citizen_fields = set(Citizen.model_fields)
    for name in DESK_REFERRAL_FIELDS:
        inside_citizen = name in citizen_fields and ("referral", "citizen") in declared
        assert inside_citizen or ("referral", name) in declared, name
    for _header, name in PERSONAL_COLUMNS:
        assert ("case", name) in declared, name


def test_every_personal_field_is_audited_on_push_and_pull(central: Central) -> None:
    writer = central.enroll("harelbeke", role="social")
    reader = central.enroll("harelbeke", role="social")
    cursor = central.client.get("/v1/pull", headers=reader.headers).json()["cursor"]
    for (kind, name), value in SAMPLES.items():
        _forget(central)
        body = {**_without_personal(kind), name: value}
        ch = change(kind, body=body)
        answer = central.client.post("/v1/push", json=push_body(ch), headers=writer.headers)
        assert answer.json()["results"][0]["status"] == "accepted", answer.text
        written = _entries(central, "personal.write")
        assert len(written) == 1, (kind, name, written)
        assert written[0]["records_with_personal_data"] == {kind: 1}
        assert written[0]["fields"] == {f"{kind}.{name}": 1}
        assert written[0]["actor"].startswith("harelbeke:social:")
        pulled = central.client.get(f"/v1/pull?cursor={cursor}", headers=reader.headers).json()
        assert [c["id"] for c in pulled["changes"]] == [ch["id"]]
        cursor = pulled["cursor"]
        read = _entries(central, "personal.read")
        assert len(read) == 1 and read[0]["records_with_personal_data"] == {kind: 1}, read
        assert read[0]["via"] == "pull" and read[0]["actor"].startswith("harelbeke:social:")
        assert json.dumps(value) not in json.dumps(read + written)  # counts, never the data
        # A conflict answer shows the server's copy: audited as a read too.
        stale = {**ch, "idempotency_key": f"stale-{name}", "revision": 2, "base_revision": 0}
        answer = central.client.post("/v1/push", json=push_body(stale), headers=reader.headers)
        assert answer.json()["results"][0]["status"] == "conflict"
        shown = _entries(central, "personal.read")
        assert shown[-1]["via"] == "conflict" and shown[-1]["records_with_personal_data"] == {
            kind: 1
        }


def test_nothing_personal_nothing_audited(central: Central) -> None:
    dev = central.enroll("harelbeke", role="social")
    _forget(central)
    plain = [change("case", body=_without_personal("case")),
             change("referral", body=_without_personal("referral"))]  # fmt: skip
    central.client.post("/v1/push", json=push_body(*plain), headers=dev.headers)
    central.client.get("/v1/pull", headers=dev.headers)
    assert _entries(central, "personal.write") == _entries(central, "personal.read") == []
