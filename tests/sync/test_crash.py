"""Crash sweep: SIGKILL the sync process at every step and at random points.

After each kill, a normal sync must converge: client and server hold the same
records, none lost, none duplicated, and ``PRAGMA integrity_check`` is ok.
The heavier variant (more records, more random points) is
``tests/bench/sync_crash_sweep.py``.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import threading
import uuid
from pathlib import Path

import pytest
import requests

from desk.store.cases import CaseRepository
from desk.sync.engine import SyncEngine

from .conftest import Desk, Fault, add_cases, case_body, case_values

pytestmark = pytest.mark.timeout(240)

CHILD = Path(__file__).with_name("crash_child.py")
BATCH = 3


class Child:
    """The sync child process (a new one per run)."""

    def __init__(self, desk: Desk, point: str = "none", nth: int = 1) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, str(CHILD), desk.central.url, desk.token, point, str(nth),
             str(BATCH)],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=dict(os.environ),
        )  # fmt: skip

    def kill(self) -> None:
        try:
            os.kill(self.proc.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass

    def wait(self) -> int:
        try:
            out, err = self.proc.communicate(timeout=60)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            out, err = self.proc.communicate()
            raise AssertionError(f"sync child hung: {out} {err}") from None
        assert "Traceback" not in err, err
        return self.proc.returncode


def other_desk_pushes(desk: Desk, n: int) -> int:
    """Another desk of the organisation pushes *n* cases (for the pull side)."""
    answer = requests.post(
        desk.central.url + "/v1/enroll",
        json={"code": desk.central.code(), "device_name": "other", "app_version": "0.1.0",
              "os": "Linux"},
        headers={"X-Desk-Protocol": "1", "X-Desk-Version": "0.1.0"}, timeout=10,
    )  # fmt: skip
    headers = {"Authorization": f"Bearer {answer.json()['token']}", "X-Desk-Protocol": "1",
               "X-Desk-Version": "0.1.0"}  # fmt: skip
    changes = [
        {"kind": "case", "id": str(uuid.uuid4()), "revision": 1, "base_revision": 0,
         "idempotency_key": uuid.uuid4().hex, "body": case_body(notes=f"ander {k}")}
        for k in range(n)
    ]  # fmt: skip
    requests.post(desk.central.url + "/v1/push", headers=headers, timeout=10,
                  json={"client_time": "2026-11-28T10:00:00Z", "changes": changes},
                  ).raise_for_status()  # fmt: skip
    return n


def local_changes(desk: Desk, cases: int, edits: int) -> list[str]:
    ids = add_cases(desk.store, cases)
    repo = CaseRepository(desk.store)
    for n in range(edits):
        repo.save(case_values(notes=f"bewerkt {n}"), case_id=ids[n % len(ids)])
    return ids


def assert_converged(desk: Desk, changes_sent: int) -> None:
    c = desk.client()
    try:
        report = SyncEngine(desk.store, c, batch_size=BATCH, pull_limit=3).run()
    finally:
        c.close()
    assert report.ok, report.error
    assert report.pending == 0 and report.quarantined == 0 and report.conflicts == 0
    server = desk.central.items()
    local = {
        r["id"]: (r["server_revision"], r["notes"], r["sync_state"])
        for r in desk.store.conn().execute(
            "SELECT id, server_revision, notes, sync_state FROM cases"
        )
    }
    assert set(local) == set(server), "lost records"
    for record_id, (revision, notes, state) in local.items():
        assert state == "synced"
        assert revision == server[record_id]["revision"]
        assert notes == server[record_id]["body"]["notes"]
    # exactly once: one idempotency row per change ever made, on either desk
    assert desk.central.idempotency_rows() == changes_sent, "duplicated or lost changes"
    check = sqlite3.connect(desk.store.path)
    try:
        assert check.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        check.close()


POINTS = [
    ("before_send", 1),
    ("before_send", 2),
    ("after_response", 1),
    ("after_response", 2),
    ("after_mark", 1),
    ("before_cursor", 1),
    ("before_cursor", 2),
    ("after_cursor", 1),
]


@pytest.mark.parametrize(("point", "nth"), POINTS, ids=[f"{p}-{n}" for p, n in POINTS])
def test_kill_at_each_step(desk: Desk, point: str, nth: int):
    local_changes(desk, cases=7, edits=2)
    sent = 9 + other_desk_pushes(desk, 5)
    child = Child(desk, point, nth)
    assert child.wait() == -signal.SIGKILL
    assert_converged(desk, sent)


@pytest.mark.parametrize("nth", [0, 1])
def test_kill_after_server_commit_before_the_response(desk: Desk, nth: int):
    local_changes(desk, cases=7, edits=1)
    sent = 8
    holder: dict[str, Child] = {}
    killed = threading.Event()

    def kill_child() -> None:
        holder["child"].kill()
        killed.set()

    desk.central.faults.add(
        Fault("/v1/push", 200, b"{}", after_app=True, skip=nth, on_commit=kill_child)
    )
    holder["child"] = Child(desk)
    assert holder["child"].wait() == -signal.SIGKILL
    assert killed.is_set()
    assert desk.central.idempotency_rows() >= BATCH * (nth + 1)  # the server did commit
    assert_converged(desk, sent)


#: The heavier variant (tests/bench/sync_crash_sweep.py) raises these.
SEEDS = int(os.environ.get("DESK_SYNC_CRASH_SEEDS", "3"))
ROUNDS = int(os.environ.get("DESK_SYNC_CRASH_ROUNDS", "3"))


@pytest.mark.parametrize("seed", range(1, SEEDS + 1))
def test_kill_at_random_points(desk: Desk, seed: int):
    rng = random.Random(seed)
    local_changes(desk, cases=20, edits=5)
    sent = 25 + other_desk_pushes(desk, 6)
    for _round in range(ROUNDS):
        child = Child(desk)
        timer = threading.Timer(rng.uniform(0.3, 1.5), child.kill)
        timer.start()
        try:
            child.wait()
        finally:
            timer.cancel()
            timer.join()
        add_cases(desk.store, 2)
        sent += 2
    assert_converged(desk, sent)
