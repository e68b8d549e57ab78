"""Flaky network: resets, lost answers after commit, truncated bodies and latency.

A fault-injecting TCP proxy (``faultproxy.py``) sits between desk and server.
Over 5,000 records the data converges exactly once. The heavier variant is
``tests/bench/sync_flaky.py``.
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from urllib.parse import urlsplit

import pytest

from desk.store.cases import CaseRepository
from desk.sync.client import CentralClient, RetryPolicy
from desk.sync.engine import SyncEngine

from .conftest import Desk, case_values
from .faultproxy import FaultProxy

pytestmark = pytest.mark.timeout(240)


@pytest.fixture
def proxy(desk: Desk) -> Iterator[FaultProxy]:
    parts = urlsplit(desk.central.url)
    assert parts.hostname and parts.port
    seed = int(os.environ.get("DESK_SYNC_FLAKY_SEED", "7"))
    fp = FaultProxy((parts.hostname, parts.port), weights=(0.6, 0.1, 0.1, 0.1, 0.1), seed=seed)
    try:
        yield fp
    finally:
        fp.stop()


def fill(desk: Desk, n: int) -> None:
    repo = CaseRepository(desk.store)
    with desk.store.tx() as conn:
        for k in range(n):
            repo.save(case_values(notes=f"geval {k}"), conn=conn)


#: The heavier variant (tests/bench/sync_flaky.py) raises this.
RECORDS = int(os.environ.get("DESK_SYNC_FLAKY_RECORDS", "5000"))


def test_5000_records_converge_exactly_once_over_a_flaky_network(desk: Desk, proxy: FaultProxy):
    n = RECORDS
    fill(desk, n)
    started = time.monotonic()
    client = CentralClient(proxy.url, desk.token, retry=RetryPolicy(attempts=30, base=0.01,
                           cap=0.2), timeout=(5.0, 20.0))  # fmt: skip
    client.session.trust_env = False
    runs = 0
    try:
        while True:
            runs += 1
            report = SyncEngine(desk.store, client, batch_size=100, pull_limit=250).run()
            if report.ok and report.pending == 0:
                break
            assert runs < 30, f"no convergence: {report.summary()} {report.error!r}"
    finally:
        client.close()
    elapsed = time.monotonic() - started
    server = desk.central.items()
    assert len(server) == n
    assert desk.central.idempotency_rows() == n
    assert desk.store.outbox_counts() == {}
    synced = (
        desk.store.conn()
        .execute("SELECT count(*) FROM cases WHERE sync_state = 'synced' AND server_revision = 1")
        .fetchone()[0]
    )
    assert synced == n
    faults = {k: v for k, v in proxy.counts.items() if k != "pass"}
    assert all(faults.get(kind, 0) >= 2 for kind in ("reset", "lost", "truncate", "slow")), (
        proxy.counts
    )
    print(f"\n{n} records over a flaky proxy: {elapsed:.1f} s, {runs} run(s), faults {faults}")
