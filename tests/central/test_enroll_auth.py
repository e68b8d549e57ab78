"""Enrollment, tokens, protocol negotiation and roles."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select, update

from desk import clock as desk_clock
from desk.central import admin
from desk.central import tables as t
from desk.central.auth import hash_code, hash_token

from .conftest import Central, proto_headers, push_body


def _enroll(central: Central, code: str, **headers: str) -> tuple[int, dict[str, str]]:
    answer = central.client.post(
        "/v1/enroll",
        json={"code": code, "device_name": "Balie 1", "app_version": "0.1.0", "os": "Windows 11"},
        headers={**proto_headers(), **headers},
    )
    return answer.status_code, answer.json()


def test_enroll_gives_a_token_once_and_stores_only_hashes(central: Central) -> None:
    code = central.code("harelbeke", role="social")
    status, body = _enroll(central, code.lower().replace("-", " "))  # forgiving typing
    assert status == 200, body
    assert body["org"] == "harelbeke" and body["role"] == "social" and body["office"] == "balie"
    assert body["server_time"].endswith("Z")
    with central.engine.connect() as conn:
        stored = conn.execute(select(t.devices.c.token_hash)).scalar_one()
        codes = conn.execute(select(t.enroll_codes.c.code_hash)).scalars().all()
        everything = " ".join(
            str(v) for table in t.metadata.sorted_tables for row in conn.execute(select(table))
            for v in row
        )  # fmt: skip
    assert stored == hash_token(body["token"])
    assert codes == [hash_code(code)]
    assert body["token"] not in everything and code not in everything
    # Replayed code
    status, again = _enroll(central, code)
    assert status == 403 and "already been used" in again["detail"]


def test_unknown_and_expired_codes(central: Central) -> None:
    status, body = _enroll(central, "AAAA-BBBB-CCCC-DDDD")
    assert status == 403 and body["detail"] == "unknown enrollment code"
    code = central.code("harelbeke")
    with central.engine.begin() as conn:
        conn.execute(
            update(t.enroll_codes).values(expires_at=desk_clock.now() - timedelta(seconds=1))
        )
    status, body = _enroll(central, code)
    assert status == 403 and "expired" in body["detail"]


def test_revoked_expired_and_unknown_tokens_are_refused(central: Central) -> None:
    dev = central.enroll("harelbeke")
    ok = central.client.get("/v1/pull", headers=dev.headers)
    assert ok.status_code == 200
    assert "X-Server-Time" in ok.headers
    bad = central.client.get(
        "/v1/pull", headers={**dev.headers, "Authorization": "Bearer nonsense"}
    )
    assert bad.status_code == 401 and "unknown device token" in bad.json()["detail"]
    missing = central.client.get("/v1/pull", headers=proto_headers())
    assert missing.status_code == 401
    with central.engine.begin() as conn:
        conn.execute(update(t.devices).values(expires_at=desk_clock.now() - timedelta(seconds=1)))
    expired = central.client.get("/v1/pull", headers=dev.headers)
    assert expired.status_code == 401 and "expired" in expired.json()["detail"]
    dev2 = central.enroll("harelbeke")
    admin.revoke_device(central.engine, dev2.id, "test")
    revoked = central.client.post("/v1/push", json=push_body(), headers=dev2.headers)
    assert revoked.status_code == 401 and "revoked" in revoked.json()["detail"]


def test_old_clients_get_426_please_update(central: Central) -> None:
    dev = central.enroll("harelbeke")
    old_proto = central.client.get("/v1/pull", headers={**dev.headers, "X-Desk-Protocol": "0"})
    assert old_proto.status_code == 426
    assert "werk Desk bij" in old_proto.json()["detail"]
    assert "please update" in old_proto.json()["detail"]
    admin.set_min_version(central.engine, "0.2.0", "test")
    central.client.app.state.settings.min_client_version = None  # type: ignore[attr-defined]
    # the minimum is cached for a few seconds; a fresh app reads it at once
    from fastapi.testclient import TestClient

    from desk.central.app import Settings, create_app

    with TestClient(create_app(central.engine, Settings())) as fresh:
        old = fresh.get("/v1/pull", headers=dev.headers)
        assert old.status_code == 426 and "minimum 0.2.0" in old.json()["detail"]
        new = fresh.get("/v1/pull", headers={**dev.headers, "X-Desk-Version": "0.2.1"})
        assert new.status_code == 200
        assert fresh.get("/v1/health").json()["min_client_version"] == "0.2.0"
        enroll_old = fresh.post(
            "/v1/enroll",
            json={"code": "x", "device_name": "x", "app_version": "0.1.0", "os": "x"},
            headers=proto_headers(),
        )
        assert enroll_old.status_code == 426
    garbage = central.client.get("/v1/pull", headers={**dev.headers, "X-Desk-Version": "abc"})
    assert garbage.status_code == 400
    newer = central.client.get("/v1/pull", headers={**dev.headers, "X-Desk-Protocol": "2"})
    assert newer.status_code == 400


def test_reviewer_reads_statistics_and_nothing_else(central: Central) -> None:
    rev = central.enroll("w13", role="reviewer", office=None)
    assert central.client.get("/v1/stats?period=2026", headers=rev.headers).status_code == 200
    assert (
        central.client.get("/v1/stats.csv?table=referrals_by_need&period=2026",
                           headers=rev.headers).status_code
        == 200
    )
    for method, path, body in [
        ("GET", "/v1/pull", None),
        ("POST", "/v1/push", push_body()),
        ("POST", "/v1/referrals/7d444840-9dc0-11d1-b245-5ffdce74fad2/status",
         {"status": "received", "note": ""}),
    ]:  # fmt: skip
        answer = central.client.request(method, path, json=body, headers=rev.headers)
        assert answer.status_code == 403, (path, answer.text)
        assert answer.json()["detail"]


def test_devices_view_records_version_and_last_sync(central: Central) -> None:
    dev = central.enroll("kortrijk")
    central.client.post("/v1/push", json=push_body(), headers={**dev.headers,
                                                                "X-Desk-Version": "0.1.5"})  # fmt: skip
    rows = {r["id"]: r for r in admin.list_devices(central.engine)}
    assert rows[dev.id]["app_version"] == "0.1.5"
    assert rows[dev.id]["os"] == "Linux"
    assert rows[dev.id]["last_sync"] is not None
    assert rows[dev.id]["revoked"] is False


def test_health_needs_no_auth(central: Central) -> None:
    answer = central.client.get("/v1/health")
    assert answer.status_code == 200 and answer.json()["protocol"] == 1
    assert answer.json()["min_client_version"] is None
    assert answer.headers["x-server-time"].endswith("Z")


def test_a_code_enrolls_exactly_one_device_under_concurrency(central: Central) -> None:
    import threading
    from concurrent.futures import ThreadPoolExecutor

    code = central.code("harelbeke")
    start = threading.Barrier(8, timeout=30)

    def attempt(_: int) -> int:
        start.wait()
        return _enroll(central, code)[0]

    with ThreadPoolExecutor(8) as pool:
        statuses = list(pool.map(attempt, range(8)))
    # The others are refused: 403, or 429 once the address has failed five times.
    assert statuses.count(200) == 1 and set(statuses) - {200} <= {403, 429}, statuses
    assert len(admin.list_devices(central.engine)) == 1


def test_clients_without_protocol_headers_are_told_to_update(central: Central) -> None:
    dev = central.enroll("harelbeke")
    answer = central.client.get("/v1/pull", headers={"Authorization": f"Bearer {dev.token}"})
    assert answer.status_code == 426 and "please update" in answer.json()["detail"]


def test_failed_enrolments_are_audited_and_an_address_is_slowed_down(
    central: Central, frozen_clock: desk_clock.FrozenClock
) -> None:
    import json

    from fastapi.testclient import TestClient

    from desk.central.app import create_app

    app = create_app(central.engine, central.settings)
    body = {"device_name": "Balie 1", "app_version": "0.1.0", "os": "Windows 11"}
    with TestClient(app, client=("192.0.2.7", 40000)) as guesser, \
            TestClient(app, client=("192.0.2.8", 40000)) as colleague:  # fmt: skip
        for n in range(admin.ENROLL_FREE_FAILURES):
            answer = guesser.post("/v1/enroll", json={**body, "code": f"AAAA-BBBB-CCCC-{n:04d}"},
                                  headers=proto_headers())  # fmt: skip
            assert answer.status_code == 403
        with central.engine.connect() as conn:
            rows = conn.execute(
                select(t.audit_log.c.actor, t.audit_log.c.target, t.audit_log.c.detail).where(
                    t.audit_log.c.action == "device.enroll_failed"
                )
            ).all()
        assert len(rows) == admin.ENROLL_FREE_FAILURES
        assert {(r.actor, r.target) for r in rows} == {("address:192.0.2.7", "192.0.2.7")}
        assert {json.loads(r.detail)["reason"] for r in rows} == {"unknown"}
        assert not any("AAAA" in r.detail for r in rows)  # never the code
        # The next attempt from that address waits, even with a good code ...
        good = central.code("harelbeke")
        answer = guesser.post("/v1/enroll", json={**body, "code": good}, headers=proto_headers())
        assert answer.status_code == 429 and int(answer.headers["retry-after"]) >= 1
        assert "mislukte aanmeldpogingen" in answer.json()["detail"]
        retry_after = int(answer.headers["retry-after"])
        # ... another address does not.
        other = central.code("harelbeke")
        answer = colleague.post("/v1/enroll", json={**body, "code": other},
                                headers=proto_headers())  # fmt: skip
        assert answer.status_code == 200
        frozen_clock.advance(seconds=retry_after)
        answer = guesser.post("/v1/enroll", json={**body, "code": good}, headers=proto_headers())
        assert answer.status_code == 200, answer.text
        # Each further failure doubles the wait.
        waits = []
        for n in range(3):
            frozen_clock.advance(minutes=4)  # past the wait, inside the window
            guesser.post("/v1/enroll", json={**body, "code": f"ZZZZ-{n}"}, headers=proto_headers())
            waits.append(admin.enroll_wait(central.engine, "192.0.2.7", desk_clock.now()))
        assert waits[0] > 0 and waits == sorted(waits) and len(set(waits)) == 3
