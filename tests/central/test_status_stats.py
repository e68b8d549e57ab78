"""Referral status updates, statistics with disclosure control, tenant isolation."""

from __future__ import annotations

import csv
import io
import uuid

from .conftest import Central, change, push_body, referral_body


def _push(central: Central, dev, *changes):  # type: ignore[no-untyped-def]
    answer = central.client.post("/v1/push", json=push_body(*changes), headers=dev.headers)
    assert answer.status_code == 200, answer.text
    return answer.json()["results"]


def test_status_update_flows_back_to_the_referring_desk(central: Central) -> None:
    desk = central.enroll("harelbeke")
    ref = change("referral")
    _push(central, desk, ref)
    cursor = central.client.get("/v1/pull", headers=desk.headers).json()["cursor"]
    w13 = central.enroll("w13", role="social")
    url = f"/v1/referrals/{ref['id']}/status"
    answer = central.client.post(
        url, json={"status": "received", "note": "bel dinsdag", "at": "2026-10-06T10:00:00Z"},
        headers=w13.headers,
    )  # fmt: skip
    assert answer.status_code == 200, answer.text
    assert answer.json() == {"referral_id": ref["id"], "status": "received", "revision": 2}
    retry = central.client.post(url, json={"status": "received"}, headers=w13.headers)
    assert retry.status_code == 200 and retry.json()["revision"] == 2  # idempotent
    illegal = central.client.post(url, json={"status": "completed"}, headers=w13.headers)
    assert illegal.status_code == 409 and "not allowed" in illegal.json()["detail"]
    unknown = central.client.post(url, json={"status": "lost"}, headers=w13.headers)
    assert unknown.status_code == 422
    pulled = central.client.get(f"/v1/pull?cursor={cursor}", headers=desk.headers).json()
    kinds = {c["kind"]: c for c in pulled["changes"]}
    assert kinds["referral_status"]["body"]["status"] == "received"
    assert kinds["referral_status"]["body"]["note"] == "bel dinsdag"
    assert kinds["referral"]["body"]["status"] == "received"
    assert kinds["referral"]["revision"] == 2
    assert [h["status"] for h in kinds["referral"]["body"]["status_history"]] == [
        "sent", "received",
    ]  # fmt: skip
    # The desk's next edit must be based on revision 2
    stale = {**ref, "revision": 2, "base_revision": 1, "idempotency_key": "x"}
    assert _push(central, desk, stale)[0]["status"] == "conflict"


def test_status_roles_and_scope(central: Central) -> None:
    desk = central.enroll("harelbeke")
    ref = change("referral")
    _push(central, desk, ref)
    url = f"/v1/referrals/{ref['id']}/status"
    counter = central.client.post(url, json={"status": "received"}, headers=desk.headers)
    assert counter.status_code == 403
    other = central.enroll("kortrijk", role="social")
    answer = central.client.post(url, json={"status": "received"}, headers=other.headers)
    assert answer.status_code == 404  # another org's referral looks like a missing one
    own = central.enroll("harelbeke", role="social")
    assert (
        central.client.post(url, json={"status": "received"}, headers=own.headers).status_code
        == 200
    )
    missing = central.client.post(
        f"/v1/referrals/{uuid.uuid4()}/status", json={"status": "received"}, headers=own.headers
    )
    assert missing.status_code == 404


def test_tenant_isolation_on_every_endpoint(central: Central) -> None:
    h = central.enroll("harelbeke")
    k = central.enroll("kortrijk")
    k_social = central.enroll("kortrijk", role="social")
    case, ref = change("case"), change("referral")
    _push(central, h, case, ref)
    # pull: kortrijk sees nothing of harelbeke
    pulled = central.client.get("/v1/pull", headers=k.headers).json()
    assert all(c["id"] not in (case["id"], ref["id"]) for c in pulled["changes"])
    # push: cannot overwrite, and the answer does not leak the record
    steal = {**ref, "revision": 5, "base_revision": 9, "idempotency_key": "s"}
    res = _push(central, k, steal)[0]
    assert res["status"] == "rejected" and "server_record" not in res
    # status: cannot touch it
    answer = central.client.post(
        f"/v1/referrals/{ref['id']}/status", json={"status": "received"}, headers=k_social.headers
    )
    assert answer.status_code == 404
    # stats: own organisation only
    assert central.client.get("/v1/stats?org=harelbeke", headers=k.headers).status_code == 403
    assert central.client.get("/v1/stats.csv?table=referrals_by_org&org=harelbeke",
                              headers=k.headers).status_code == 403  # fmt: skip
    own = central.client.get("/v1/stats?period=2026", headers=k.headers).json()
    assert own["org"] == "kortrijk"
    assert all(t["total"] == 0 for t in own["tables"])


def _referrals(n: int, **over):  # type: ignore[no-untyped-def]
    return [change("referral", body=referral_body(citizen=None, **over)) for _ in range(n)]


def _values(table: dict) -> list[int]:  # type: ignore[type-arg]
    values = [*table["row_totals"], *table["column_totals"], table["total"]]
    return values + [v for row in table["cells"] for v in row]


def test_statistics_are_protected(central: Central) -> None:
    h = central.enroll("harelbeke")
    k = central.enroll("kortrijk")
    _push(central, h, *_referrals(12, needs=["smartphone"]), *_referrals(3, needs=["email"]))
    _push(central, k, *_referrals(20, needs=["smartphone"]), *_referrals(7, needs=["email"]))
    reviewer = central.enroll("w13", role="reviewer", office=None)
    stats = central.client.get("/v1/stats?period=2026", headers=reviewer.headers)
    assert stats.status_code == 200
    body = stats.json()
    assert body["period"] == "2026" and body["method"] == "rounding-5"
    assert (body["from_month"], body["to_month"]) == ("2026-01", "2026-12")
    tables = {t["name"]: t for t in body["tables"]}
    by_org = tables["referrals_by_org"]
    assert by_org["rows"] == ["harelbeke", "kortrijk"]
    # One finest cell each (October, balie, sent): 15 stays, 27 becomes 25 or 30.
    assert by_org["row_totals"][0] == 15 and by_org["row_totals"][1] in (25, 30)
    assert by_org["total"] == sum(by_org["row_totals"])
    assert tables["referrals_by_office"]["rows"] == ["harelbeke/balie", "kortrijk/balie"]
    need = tables["referrals_by_need"]
    assert need["rows"] == ["smartphone", "email"]  # the vocabulary's order
    assert need["row_totals"][0] in (30, 35) and need["row_totals"][1] in (5, 10, 15)
    # Every published number is a multiple of 5: nothing from 1 to 4, anywhere.
    for table in body["tables"]:
        assert all(isinstance(v, int) and v % 5 == 0 for v in _values(table)), table["name"]
    h_only = central.client.get("/v1/stats?period=2026&org=harelbeke",
                                headers=reviewer.headers).json()  # fmt: skip
    need_h = {t["name"]: t for t in h_only["tables"]}["referrals_by_need"]
    # 3 referrals for e-mail: never published as 3 (0 leaves the row out, or 5)
    assert need_h["rows"] == ["smartphone"] or need_h["row_totals"][1] == 5
    assert "afgerond" in h_only["note"]
    # CSV export uses the same protected numbers
    text = central.client.get(
        "/v1/stats.csv?table=referrals_by_need&org=harelbeke&period=2026",
        headers=reviewer.headers,
    )
    assert text.status_code == 200 and text.headers["content-type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(text.text)))
    assert rows[1][0] == "smartphone" and rows[1][-1] == str(need_h["row_totals"][0])
    unknown = central.client.get("/v1/stats.csv?table=nope&period=2026", headers=reviewer.headers)
    assert unknown.status_code == 404 and "referrals_by_need" in unknown.json()["detail"]
    # Period outside the data: empty tables, not an error
    empty = central.client.get("/v1/stats?period=2020", headers=reviewer.headers)
    assert all(t["total"] == 0 for t in empty.json()["tables"])


def test_statistics_follow_updates_and_deletes(central: Central) -> None:
    h = central.enroll("harelbeke", role="social")
    refs = _referrals(6)
    _push(central, h, *refs)
    for ref in refs:
        answer = central.client.post(
            f"/v1/referrals/{ref['id']}/status",
            json={"status": "contact_made", "at": "2026-10-07T09:00:00Z"}, headers=h.headers,
        )  # fmt: skip
        assert answer.status_code == 200
    gone = {**refs[0], "deleted": True, "body": {}, "revision": 3, "base_revision": 2,
            "idempotency_key": "gone"}  # fmt: skip
    assert _push(central, h, gone)[0]["status"] == "accepted"
    tables = {
        t["name"]: t
        for t in central.client.get("/v1/stats?period=2026-Q4", headers=h.headers).json()["tables"]
    }
    assert tables["referrals_by_org"]["columns"] == ["contact_made"]
    assert tables["referrals_by_org"]["total"] == 5
    ttfc = tables["time_to_first_contact"]
    assert ttfc["rows"] == ["0-2 d"] and ttfc["total"] == 5


def test_linked_tables_show_the_same_margins(central: Central) -> None:
    """Tables that split the same records by another row add up to the same totals."""
    h = central.enroll("harelbeke", role="social")
    refs = _referrals(9, urgency="low") + _referrals(7, urgency="high")
    _push(central, h, *refs)
    for ref in refs[:6]:  # 6 received ...
        central.client.post(f"/v1/referrals/{ref['id']}/status", json={"status": "received"},
                            headers=h.headers)  # fmt: skip
    central.client.post(f"/v1/referrals/{refs[9]['id']}/status", json={"status": "cancelled"},
                        headers=h.headers)  # ... and 1 cancelled: a status total of 1  # fmt: skip
    body = central.client.get("/v1/stats?period=2026-10", headers=h.headers).json()
    tables = {t["name"]: t for t in body["tables"]}
    family = ["referrals_by_month", "referrals_by_org", "referrals_by_office",
              "referrals_by_municipality", "referrals_by_service", "referrals_by_urgency"]
    margins = {
        name: (dict(zip(tables[name]["columns"], tables[name]["column_totals"], strict=True)),
               tables[name]["total"])
        for name in family
    }  # fmt: skip
    assert len({repr(m) for m in margins.values()}) == 1, margins
    assert margins["referrals_by_month"][0].get("cancelled", 0) in (0, 5)
