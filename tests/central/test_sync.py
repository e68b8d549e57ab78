"""Push and pull: exactly once, conflicts, rejections, cursors, scoping."""

from __future__ import annotations

import gzip
import json
import logging
import threading
import uuid
from concurrent.futures import ThreadPoolExecutor
from datetime import timedelta

import pytest
from sqlalchemy import func, select

from desk.central import tables as t

from .conftest import Central, case_body, change, now_iso, push_body, referral_body


def _push(central: Central, dev, *changes, **kw):  # type: ignore[no-untyped-def]
    return central.client.post("/v1/push", json=push_body(*changes, **kw), headers=dev.headers)


def _rows(central: Central, kind: str = "case") -> int:
    with central.engine.connect() as conn:
        return int(
            conn.execute(
                select(func.count()).select_from(t.items).where(t.items.c.kind == kind)
            ).scalar_one()
        )


def test_push_accept_duplicate_and_pull_back(central: Central) -> None:
    dev = central.enroll("harelbeke")
    c1 = change("case")
    r1 = change("referral")
    answer = _push(central, dev, c1, r1)
    assert answer.status_code == 200, answer.text
    results = answer.json()["results"]
    assert [r["status"] for r in results] == ["accepted", "accepted"]
    assert results[0]["revision"] == 1 and "clock_skew_seconds" not in answer.json()
    again = _push(central, dev, c1).json()["results"][0]
    assert again["status"] == "duplicate" and again["first_status"] == "accepted"
    assert again["revision"] == 1
    assert _rows(central) == 1
    other = central.enroll("harelbeke", role="social")
    pulled = central.client.get("/v1/pull?cursor=0", headers=other.headers).json()
    kinds = {(c["kind"], c["id"]) for c in pulled["changes"]}
    assert ("case", c1["id"]) in kinds and ("referral", r1["id"]) in kinds
    assert pulled["more"] is False and pulled["cursor"] == max(c["seq"] for c in pulled["changes"])
    body = next(c for c in pulled["changes"] if c["id"] == r1["id"])["body"]
    assert body["citizen"]["name"] == "Fictieve Burger"
    with central.engine.connect() as conn:
        actions = conn.execute(select(t.audit_log.c.action)).scalars().all()
    assert "personal.read" in actions and "personal.write" in actions
    empty = central.client.get(f"/v1/pull?cursor={pulled['cursor']}", headers=other.headers)
    assert empty.json() == {"changes": [], "cursor": pulled["cursor"], "more": False}


def test_fifty_concurrent_identical_pushes_leave_one_row(central: Central) -> None:
    dev = central.enroll("harelbeke")
    ch = change("case")
    barrier = threading.Barrier(10, timeout=30)

    def send(_: int) -> dict:  # type: ignore[type-arg]
        if _ < 10:
            barrier.wait()
        for _attempt in range(1000):  # 429 = too many in flight for this device: send again
            answer = _push(central, dev, ch)
            if answer.status_code != 429:
                break
        assert answer.status_code == 200, answer.text
        return answer.json()

    with ThreadPoolExecutor(10) as pool:
        answers = list(pool.map(send, range(50)))
    statuses = [a["results"][0]["status"] for a in answers]
    assert len(statuses) == 50 and statuses.count("accepted") == 1
    assert set(statuses) <= {"accepted", "duplicate"}
    assert _rows(central) == 1
    with central.engine.connect() as conn:
        keys = conn.execute(select(func.count()).select_from(t.idempotency)).scalar_one()
    assert keys == 1


def test_same_key_different_body_is_refused_whole_batch(central: Central) -> None:
    dev = central.enroll("harelbeke")
    ch = change("case")
    assert _push(central, dev, ch).json()["results"][0]["status"] == "accepted"
    tampered = {**ch, "body": case_body(duration_min=99)}
    fresh = change("case")
    answer = _push(central, dev, fresh, tampered)
    assert answer.status_code == 409
    detail = answer.json()
    assert "idempotency key reused" in detail["detail"]
    assert detail["results"][0]["idempotency_key"] == ch["idempotency_key"]
    assert detail["results"][0]["reason_code"] == "idempotency_key_reused"
    assert _rows(central) == 1  # the fresh change of that batch was not stored either
    # Within one batch as well
    twin = change("case")
    answer = _push(central, dev, twin, {**twin, "body": case_body(notes="x")})
    assert answer.status_code == 409


def test_conflict_returns_the_server_record(central: Central) -> None:
    dev_a = central.enroll("harelbeke")
    dev_b = central.enroll("harelbeke")
    ch = change("case")
    assert _push(central, dev_a, ch).json()["results"][0]["revision"] == 1
    a2 = {**ch, "revision": 2, "base_revision": 1, "idempotency_key": "a2",
          "body": case_body(notes="A")}  # fmt: skip
    assert _push(central, dev_a, a2).json()["results"][0]["status"] == "accepted"
    b2 = {**ch, "revision": 2, "base_revision": 1, "idempotency_key": "b2",
          "body": case_body(notes="B")}  # fmt: skip
    result = _push(central, dev_b, b2).json()["results"][0]
    assert result["status"] == "conflict"
    assert result["server_record"]["body"]["notes"] == "A"
    assert result["server_record"]["revision"] == 2
    # Resolved: based on the server's revision
    b3 = {**b2, "base_revision": 2, "revision": 3, "idempotency_key": "b3"}
    assert _push(central, dev_b, b3).json()["results"][0]["status"] == "accepted"
    # A conflict does not use up its key: retrying after resolving elsewhere is harmless
    assert _push(central, dev_b, b2).json()["results"][0]["status"] == "conflict"


def test_rejections_are_per_record_and_readable(central: Central) -> None:
    dev = central.enroll("harelbeke")
    good = change("case")
    bad_field = change("case", body={**case_body(), "favourite_colour": "blue"})
    bad_reason = change("case", body=case_body(outcome="together", not_possible_reason="no_eid"))
    training = change("case", body=case_body(training=True))
    no_consent = change("referral", body=referral_body(consent=None))
    bad_vocab = change("referral", body=referral_body(needs=["flying"]))
    answer = _push(central, dev, good, bad_field, bad_reason, training, no_consent, bad_vocab)
    assert answer.status_code == 200
    res = answer.json()["results"]
    assert [r["status"] for r in res] == ["accepted"] + ["rejected"] * 5
    assert "favourite_colour: unknown field" in res[1]["reason"]
    assert "not_possible_reason must be null" in res[2]["reason"]
    assert res[3]["reason"].startswith("oefenmodus")
    assert "consent" in res[4]["reason"]
    assert "body.needs.0" in res[5]["reason"]
    assert _rows(central) == 1 and _rows(central, "referral") == 0


def test_illegal_transition_by_push_is_rejected(central: Central) -> None:
    dev = central.enroll("harelbeke")
    ref = change("referral")
    _push(central, dev, ref)
    done = {**ref, "revision": 2, "base_revision": 1, "idempotency_key": "k2",
            "body": referral_body(status="completed")}  # fmt: skip
    res = _push(central, dev, done).json()["results"][0]
    assert res["status"] == "rejected" and res["reason_code"] == "illegal_transition"


def test_delete_leaves_a_tombstone_that_is_pulled(central: Central) -> None:
    dev = central.enroll("harelbeke")
    ref = change("referral")
    _push(central, dev, ref)
    gone = {**ref, "revision": 2, "base_revision": 1, "idempotency_key": "del", "deleted": True,
            "body": {}}  # fmt: skip
    assert _push(central, dev, gone).json()["results"][0]["status"] == "accepted"
    pulled = central.client.get("/v1/pull", headers=dev.headers).json()["changes"]
    tomb = next(c for c in pulled if c["id"] == ref["id"])
    assert tomb["deleted"] is True and tomb["body"] is None and tomb["revision"] == 2


def test_clock_skew_warning(central: Central) -> None:
    dev = central.enroll("harelbeke")
    answer = _push(central, dev, client_time=now_iso(timedelta(minutes=-9))).json()
    assert answer["clock_skew_seconds"] < -500
    assert any("clock_skew" in w for w in answer["warnings"])


def test_bad_requests_are_4xx_with_detail_and_store_nothing(central: Central) -> None:
    dev = central.enroll("harelbeke")
    h = {**dev.headers, "Content-Type": "application/json"}
    cases = [
        b"{not json",
        b'{"client_time": "now", "changes": []}',
        b'{"client_time": "2026-01-01T00:00:00Z", "changes": [], "extra": 1}',
        json.dumps(push_body(change("case", revision=0))).encode(),
        json.dumps(push_body(*[change("case") for _ in range(501)])).encode(),
        b"[]",
    ]
    for raw in cases:
        answer = central.client.post("/v1/push", content=raw, headers=h)
        assert 400 <= answer.status_code < 500, (raw[:40], answer.text)
        assert isinstance(answer.json()["detail"], str) and answer.json()["detail"]
    assert _rows(central) == 0


def test_body_limit_and_gzip(central: Central) -> None:
    dev = central.enroll("harelbeke")
    changes = [change("case") for _ in range(200)]
    raw = json.dumps(push_body(*changes)).encode()
    packed = gzip.compress(raw)
    answer = central.client.post(
        "/v1/push",
        content=packed,
        headers={**dev.headers, "Content-Encoding": "gzip", "Content-Type": "application/json"},
    )
    assert answer.status_code == 200, answer.text
    assert {r["status"] for r in answer.json()["results"]} == {"accepted"}
    huge = (
        b'{"client_time": "2026-01-01T00:00:00Z", "changes": [], "pad": "'
        + b"x" * (3 * 1024 * 1024)
        + b'"}'
    )
    answer = central.client.post(
        "/v1/push", content=huge, headers={**dev.headers, "Content-Type": "application/json"}
    )
    assert answer.status_code == 413 and "larger than" in answer.json()["detail"]
    bomb = gzip.compress(huge)
    answer = central.client.post(
        "/v1/push",
        content=bomb,
        headers={**dev.headers, "Content-Encoding": "gzip", "Content-Type": "application/json"},
    )
    assert answer.status_code == 413 and "unpacked" in answer.json()["detail"]
    broken = central.client.post(
        "/v1/push",
        content=packed[:-20],
        headers={**dev.headers, "Content-Encoding": "gzip", "Content-Type": "application/json"},
    )
    assert broken.status_code == 400
    assert _rows(central) == 200


def test_overload_gives_429_with_retry_after(central: Central) -> None:
    from desk.central.middleware import Limiter

    limiter = Limiter(per_client=1, overall=10, per_address=2)
    assert limiter.acquire("dev:a") and not limiter.acquire("dev:a") and limiter.acquire("dev:b")
    limiter.release("dev:a")
    assert limiter.acquire("dev:a")
    assert limiter.acquire("ip:x") and limiter.acquire("ip:x") and not limiter.acquire("ip:x")
    # through HTTP: a device with its slots taken gets 429 + Retry-After
    dev = central.enroll("harelbeke")
    mw = _middleware(central)
    key = f"dev:{dev.id}"
    for _ in range(mw.limiter.per_client):
        assert mw.limiter.acquire(key)
    try:
        answer = central.client.get("/v1/pull", headers=dev.headers)
        assert answer.status_code == 429 and answer.headers["retry-after"] == "1"
        assert answer.json()["detail"]
    finally:
        for _ in range(mw.limiter.per_client):
            mw.limiter.release(key)
    assert central.client.get("/v1/pull", headers=dev.headers).status_code == 200


def _middleware(central: Central):  # type: ignore[no-untyped-def]
    app = central.client.app
    mw = app.middleware_stack  # type: ignore[attr-defined]
    while mw is not None and type(mw).__name__ != "DeskMiddleware":
        mw = getattr(mw, "app", None)
    assert mw is not None
    return mw


def test_cursor_never_skips_under_concurrent_writers(central: Central) -> None:
    writers = [central.enroll("harelbeke") for _ in range(4)]
    reader = central.enroll("harelbeke")
    per_writer, batch = 15, 5
    stop = threading.Event()
    seen: dict[str, int] = {}
    seqs: list[int] = []
    errors: list[str] = []

    def write(dev) -> None:  # type: ignore[no-untyped-def]
        for _ in range(per_writer // batch):
            answer = _push(central, dev, *[change("case") for _ in range(batch)])
            if answer.status_code != 200:
                errors.append(answer.text)

    def read() -> None:
        cursor = 0
        while True:
            final = stop.is_set()
            answer = central.client.get(f"/v1/pull?cursor={cursor}&limit=7",
                                        headers=reader.headers)  # fmt: skip
            if answer.status_code != 200:
                errors.append(answer.text)
                return
            body = answer.json()
            for ch in body["changes"]:
                seqs.append(ch["seq"])
                seen[ch["id"]] = ch["seq"]
            assert body["cursor"] >= cursor
            cursor = body["cursor"]
            if final and not body["more"]:
                return

    reader_thread = threading.Thread(target=read)
    reader_thread.start()
    with ThreadPoolExecutor(len(writers)) as pool:
        list(pool.map(write, writers))
    stop.set()
    reader_thread.join(timeout=60)
    assert not reader_thread.is_alive()
    assert not errors, errors[:3]
    assert seqs == sorted(seqs) and len(seqs) == len(set(seqs))
    # Every record written was seen by the reader that raced the writers.
    assert len(seen) == len(writers) * per_writer == _rows(central)


def test_records_of_another_org_are_rejected(central: Central) -> None:
    h = central.enroll("harelbeke")
    k = central.enroll("kortrijk")
    ch = change("case")
    _push(central, h, ch)
    steal = {**ch, "revision": 2, "base_revision": 1, "idempotency_key": "steal",
             "body": case_body(notes="mine now")}  # fmt: skip
    res = _push(central, k, steal).json()["results"][0]
    assert res["status"] == "rejected" and res["reason_code"] == "other_organisation"
    assert "server_record" not in res
    # The same idempotency key used by another org is independent (keys are per org).
    res = _push(central, k, {**change("case"), "idempotency_key": ch["idempotency_key"]})
    assert res.json()["results"][0]["status"] == "accepted"


def test_push_many_ids_in_one_batch(central: Central) -> None:
    dev = central.enroll("harelbeke")
    changes = [change("case", id=str(uuid.uuid4())) for _ in range(500)]
    answer = _push(central, dev, *changes)
    assert answer.status_code == 200
    assert len(answer.json()["results"]) == 500
    assert _rows(central) == 500


def test_access_log_is_json_without_tokens_or_personal_data(
    central: Central, caplog: pytest.LogCaptureFixture
) -> None:
    dev = central.enroll("harelbeke")
    # The enrolment may be logged too, when an earlier test left the logger at INFO.
    caplog.clear()
    with caplog.at_level(logging.INFO, logger="desk.central.access"):
        _push(central, dev, change("referral"))
        central.client.get("/v1/pull?cursor=0", headers=dev.headers)
    lines = [r.getMessage() for r in caplog.records if r.name == "desk.central.access"]
    assert len(lines) == 2
    entries = [json.loads(line) for line in lines]
    assert entries[0]["path"] == "/v1/push" and entries[0]["status"] == 200
    assert entries[0]["device"] == dev.id and entries[0]["org"] == "harelbeke"
    text = "\n".join(lines)
    assert dev.token not in text and "Fictieve" not in text and "cursor" not in text


def test_change_numbers_are_assigned_one_writer_at_a_time(central: Central) -> None:
    """The mechanism behind the cursor guarantee, shown directly on each backend.

    While writer A holds its transaction (with a change number reserved), writer B
    cannot reserve one; so B's higher number can never commit before A's.
    """
    from desk.central.db import next_seq, writing

    a_reserved = threading.Event()
    a_may_commit = threading.Event()
    b_reserved = threading.Event()
    numbers: dict[str, int] = {}

    def writer_a() -> None:
        with writing(central.engine) as conn:
            numbers["a"] = next_seq(conn)
            a_reserved.set()
            a_may_commit.wait(timeout=30)

    def writer_b() -> None:
        a_reserved.wait(timeout=30)
        with writing(central.engine) as conn:
            numbers["b"] = next_seq(conn)
            b_reserved.set()

    ta, tb = threading.Thread(target=writer_a), threading.Thread(target=writer_b)
    ta.start()
    tb.start()
    assert a_reserved.wait(timeout=30)
    # B must still be waiting for A: give it ample opportunity to (wrongly) get ahead.
    assert not b_reserved.wait(timeout=1.0)
    a_may_commit.set()
    assert b_reserved.wait(timeout=30)
    ta.join(timeout=30)
    tb.join(timeout=30)
    assert numbers["b"] == numbers["a"] + 1


def test_a_bug_is_a_json_500_with_server_time(
    central: Central, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    from sqlalchemy.exc import DataError

    from desk.central import pull

    def broken(*_args: object) -> bytes:
        # What a database error looks like: the statement and its parameters in the message.
        raise DataError(
            "SELECT body FROM items WHERE note = %(note)s",
            {"note": "Fictieve Burger 0470 00 00 00"},
            Exception("invalid byte sequence"),
        )

    monkeypatch.setattr(pull, "pull_json", broken)
    dev = central.enroll("harelbeke")
    caplog.clear()
    with caplog.at_level(logging.DEBUG):
        answer = central.client.get("/v1/pull", headers=dev.headers)
    assert answer.status_code == 500
    request_id = answer.headers["x-request-id"]
    assert answer.json() == {"detail": f"internal server error (request {request_id})"}
    assert answer.headers["x-server-time"].endswith("Z")
    logged = "\n".join(
        r.getMessage() + (r.exc_text or "") + repr(r.exc_info) for r in caplog.records
    )
    assert "DataError" in logged and request_id in logged
    assert "Fictieve" not in logged and "SELECT" not in logged and "Traceback" not in logged
    assert not any(r.exc_info for r in caplog.records)


def test_exactly_once_holds_when_two_writers_race_past_the_lock(
    central: Central, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The unique key of ``idempotency`` is the last word, and push() retries on it.

    The change lock normally makes the second writer see the first one's key. Here two
    writers get past it: on PostgreSQL both run without the lock and both have looked
    (the key is free) before either writes; SQLite has one writer at a time by design,
    so the second looks while the first is writing, and writes after it committed. Either
    way the second INSERT of the key fails, push() runs the batch again, and it becomes a
    duplicate: one record, one key.
    """
    from contextlib import contextmanager

    from desk import clock
    from desk.central import db, push
    from desk.central.auth import authenticate
    from desk.central.schemas import PushRequest

    dev = central.enroll("harelbeke")
    with db.reading(central.engine) as conn:
        device = authenticate(conn, dev.token, clock.now())
    req = PushRequest.model_validate(push_body(change("case")))
    real_keys, real_items, real_apply = push._load_keys, push._load_items, push._apply
    applied: dict[str, int] = {}
    looked: set[str] = set()
    integrity_errors: list[str] = []

    def counting_apply(*args, **kwargs):  # type: ignore[no-untyped-def]
        name = threading.current_thread().name
        applied[name] = applied.get(name, 0) + 1
        try:
            return real_apply(*args, **kwargs)
        except Exception as exc:
            integrity_errors.append(f"{name}: {type(exc).__name__}")
            raise

    monkeypatch.setattr(push, "_apply", counting_apply)
    first_looked, second_looked = threading.Event(), threading.Event()
    snapshot: dict[str, dict] = {}  # type: ignore[type-arg]

    if central.engine.dialect.name == "postgresql":
        both_looked = threading.Barrier(2, timeout=30)

        @contextmanager
        def without_the_lock(engine):  # type: ignore[no-untyped-def]
            with engine.connect() as conn, conn.begin():
                yield conn
                db._number_per_org(conn)

        def racing_keys(conn, org, keys):  # type: ignore[no-untyped-def]
            found = real_keys(conn, org, keys)
            name = threading.current_thread().name
            if name not in looked:
                looked.add(name)
                both_looked.wait()  # both have seen the key free, neither has written
            return found

        monkeypatch.setattr(push, "writing", without_the_lock)
    else:

        def racing_keys(conn, org, keys):  # type: ignore[no-untyped-def]
            name = threading.current_thread().name
            if name in looked:
                return real_keys(conn, org, keys)
            looked.add(name)
            if name == "first":
                found = real_keys(conn, org, keys)
                first_looked.set()
                assert second_looked.wait(30)  # the second looks while we write
                return found
            return snapshot["keys"]  # what it saw before the first committed

        def racing_items(conn, keys):  # type: ignore[no-untyped-def]
            if threading.current_thread().name == "second" and "items" in snapshot:
                return snapshot.pop("items")
            return real_items(conn, keys)

        monkeypatch.setattr(push, "_load_items", racing_items)

    monkeypatch.setattr(push, "_load_keys", racing_keys)
    answers: dict[str, dict] = {}  # type: ignore[type-arg]

    def writer() -> None:
        name = threading.current_thread().name
        if name == "second" and central.engine.dialect.name != "postgresql":
            assert first_looked.wait(30)
            with db.reading(central.engine) as conn:
                snapshot["keys"] = real_keys(conn, device.org, [req.changes[0].idempotency_key])
                snapshot["items"] = real_items(conn, {("case", req.changes[0].id)})
            second_looked.set()
        answers[name] = push.push(central.engine, device, req).results[0].model_dump()

    threads = [threading.Thread(target=writer, name=n) for n in ("first", "second")]
    for th in threads:
        th.start()
    for th in threads:
        th.join(timeout=60)
    assert not any(th.is_alive() for th in threads)
    statuses = sorted(a["status"] for a in answers.values())
    assert statuses == ["accepted", "duplicate"], answers
    # The net was really reached: one writer's INSERT failed and its push ran again.
    assert len(integrity_errors) == 1 and integrity_errors[0].endswith("IntegrityError")
    assert sorted(applied.values()) == [1, 2]
    assert _rows(central) == 1
    with central.engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(t.idempotency)).scalar_one() == 1


def test_a_database_failure_while_checking_a_token_is_a_500_without_data_in_the_log(
    central: Central, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    from sqlalchemy.exc import OperationalError

    from desk.central import app as app_module

    dev = central.enroll("harelbeke")

    def gone(*_args: object) -> None:
        raise OperationalError("SELECT id FROM devices WHERE token_hash = %(h)s",
                               {"h": dev.token}, Exception("server closed the connection"))  # fmt: skip

    monkeypatch.setattr(app_module, "authenticate", gone)
    caplog.clear()
    with caplog.at_level(logging.DEBUG):
        answer = central.client.get("/v1/pull", headers=dev.headers)
    assert answer.status_code == 500 and answer.headers["x-request-id"] in answer.json()["detail"]
    logged = "\n".join(r.getMessage() + (r.exc_text or "") for r in caplog.records)
    assert "OperationalError" in logged and dev.token not in logged and "SELECT" not in logged
    monkeypatch.undo()
    assert central.client.get("/v1/pull", headers=dev.headers).status_code == 200  # slot freed
