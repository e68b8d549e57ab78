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
    own = central.client.get("/v1/stats", headers=k.headers).json()
    assert own["org"] == "kortrijk"
    assert all(t["total"] == 0 for t in own["tables"])


def _referrals(n: int, **over):  # type: ignore[no-untyped-def]
    return [change("referral", body=referral_body(citizen=None, **over)) for _ in range(n)]


def test_statistics_are_protected(central: Central) -> None:
    h = central.enroll("harelbeke")
    k = central.enroll("kortrijk")
    _push(central, h, *_referrals(12, needs=["smartphone"]), *_referrals(3, needs=["email"]))
    _push(central, k, *_referrals(20, needs=["smartphone"]), *_referrals(7, needs=["email"]))
    reviewer = central.enroll("w13", role="reviewer", office=None)
    stats = central.client.get("/v1/stats?from=2026-01&to=2026-12", headers=reviewer.headers)
    assert stats.status_code == 200
    body = stats.json()
    tables = {t["name"]: t for t in body["tables"]}
    by_org = tables["referrals_by_org"]
    assert by_org["rows"] == ["harelbeke", "kortrijk"]
    assert by_org["row_totals"] == [15, 27] and by_org["total"] == 42
    assert tables["referrals_by_office"]["rows"] == ["harelbeke/balie", "kortrijk/balie"]
    need = tables["referrals_by_need"]
    assert need["rows"] == ["email", "smartphone"] and need["row_totals"] == [10, 32]
    h_only = central.client.get("/v1/stats?org=harelbeke", headers=reviewer.headers).json()
    need_h = {t["name"]: t for t in h_only["tables"]}["referrals_by_need"]
    assert need_h["rows"] == ["email", "smartphone"]
    assert need_h["row_totals"][0] == "<5"  # 3 referrals for e-mail: never published
    # nothing small anywhere, in any table
    for table in h_only["tables"]:
        values = [*table["row_totals"], *table["column_totals"], table["total"]]
        values += [v for row in table["cells"] for v in row]
        assert not any(isinstance(v, int) and 1 <= v <= 4 for v in values), table["name"]
    assert h_only["suppressed_label"] == "<5" and "<5" in h_only["note"]
    # CSV export uses the same protected numbers
    text = central.client.get(
        "/v1/stats.csv?table=referrals_by_need&org=harelbeke", headers=reviewer.headers
    )
    assert text.status_code == 200 and text.headers["content-type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(text.text)))
    assert rows[1][0] == "email" and rows[1][-1] == "<5"
    unknown = central.client.get("/v1/stats.csv?table=nope", headers=reviewer.headers)
    assert unknown.status_code == 404 and "referrals_by_need" in unknown.json()["detail"]
    # Period outside the data: empty tables, not an error
    empty = central.client.get("/v1/stats?from=2020-01&to=2020-12", headers=reviewer.headers)
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
        t["name"]: t for t in central.client.get("/v1/stats", headers=h.headers).json()["tables"]
    }
    assert tables["referrals_by_org"]["columns"] == ["contact_made"]
    assert tables["referrals_by_org"]["total"] == 5
    ttfc = tables["time_to_first_contact"]
    assert ttfc["rows"] == ["0-2 d"] and ttfc["total"] == 5


def test_linked_tables_never_show_a_margin_another_table_hides(central: Central) -> None:
    h = central.enroll("harelbeke", role="social")
    refs = _referrals(9, urgency="low") + _referrals(7, urgency="high")
    _push(central, h, *refs)
    for ref in refs[:6]:  # 6 received ...
        central.client.post(f"/v1/referrals/{ref['id']}/status", json={"status": "received"},
                            headers=h.headers)  # fmt: skip
    central.client.post(f"/v1/referrals/{refs[9]['id']}/status", json={"status": "cancelled"},
                        headers=h.headers)  # ... and 1 cancelled: a status total of 1  # fmt: skip
    body = central.client.get("/v1/stats", headers=h.headers).json()
    tables = {t["name"]: t for t in body["tables"]}
    family = ["referrals_by_month", "referrals_by_org", "referrals_by_office", "referrals_by_municipality",
              "referrals_by_service", "referrals_by_urgency"]  # fmt: skip
    shown: dict[str, set[str]] = {}
    for name in family:
        t = tables[name]
        for col, total in zip(t["columns"], t["column_totals"], strict=True):
            shown.setdefault(col, set()).add("hidden" if total == "<5" else "shown")
    assert shown["cancelled"] == {"hidden"}
    assert all(len(v) == 1 for v in shown.values()), shown
