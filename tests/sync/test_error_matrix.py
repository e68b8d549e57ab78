"""Error matrix: each status code on each endpoint gets its documented behaviour.

* 401: token invalid, enroll again, nothing retried, all data kept;
* 426: please update, nothing retried, all data kept;
* 429 and 5xx: retried with backoff (honouring Retry-After), then it goes through
  (enrollment retries only 429: its code is single-use);
* another 4xx: for a push batch that one change can cause (409, 413, 422) the
  batch is split and the rest goes through; otherwise a clear refusal, all kept.
"""

from __future__ import annotations

import pytest

from desk.sync.client import Refused, ServerBusy, SyncError, TokenInvalid, UpdateRequired
from desk.sync.engine import SyncEngine
from desk.sync.enrollment import enroll

from .conftest import Desk, LiveCentral, MemoryKeyring, Sleeps, add_cases, client, json_fault

pytestmark = pytest.mark.timeout(60)

STATUSES = [400, 401, 403, 404, 409, 413, 415, 422, 426, 429, 500, 502, 503, 504]
N = 4


def expected(endpoint: str, status: int) -> type[SyncError] | None:
    """The error a run ends with (None: it recovers within the run)."""
    if status == 401:
        return TokenInvalid
    if status == 426:
        return UpdateRequired
    if status == 429 or status >= 500:
        return ServerBusy if endpoint == "enroll" and status != 429 else None
    if endpoint == "push" and status in (409, 413, 422):
        return None  # split: the batch goes through
    return Refused


@pytest.mark.parametrize("status", STATUSES)
@pytest.mark.parametrize("endpoint", ["push", "pull"])
def test_sync_endpoints(desk: Desk, endpoint: str, status: int):
    ids = add_cases(desk.store, N)
    headers = [(b"retry-after", b"3")] if status in (429, 503) else []
    desk.central.faults.add(json_fault(f"/v1/{endpoint}", status, f"fault {status}",
                                       headers=headers))  # fmt: skip
    c = desk.client()
    try:
        report = SyncEngine(desk.store, c).run()
    finally:
        c.close()
    want = expected(endpoint, status)
    if want is None:
        assert report.ok, report.error
        assert report.pending == 0 and report.quarantined == 0
        assert set(desk.central.items()) == set(ids)
        assert desk.central.idempotency_rows() == N
        if status in (429, 503):
            assert desk.sleeps.waits and desk.sleeps.waits[0] >= 3
    else:
        assert isinstance(report.error, want), report.error
        assert report.error.message  # Dutch, for people
        assert not desk.sleeps.waits  # not retried
        if endpoint == "push":
            assert report.pending == N and desk.central.items() == {}
        else:  # the push went through before the pull failed
            assert report.pending == 0 and set(desk.central.items()) == set(ids)
        # nothing lost: once the server behaves, everything converges
        c = desk.client()
        try:
            again = SyncEngine(desk.store, c).run()
        finally:
            c.close()
        assert again.ok and again.pending == 0 and set(desk.central.items()) == set(ids)
        assert desk.central.idempotency_rows() == N


@pytest.mark.parametrize("status", STATUSES)
def test_enroll_endpoint(store, central: LiveCentral, memory_keyring: MemoryKeyring,
                         sleeps: Sleeps, status: int):  # fmt: skip
    central.faults.add(json_fault("/v1/enroll", status, f"fault {status}"))
    c = client(central.url, None, sleeps)
    try:
        want = expected("enroll", status)
        if want is None:
            assert enroll(store, c, central.code()).org == "harelbeke"
        else:
            with pytest.raises(want):
                enroll(store, c, central.code())
            assert memory_keyring.store == {}
            assert enroll(store, c, central.code()).org == "harelbeke"  # retry possible
    finally:
        c.close()
