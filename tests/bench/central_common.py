"""Helpers for the central-service benchmarks (not a test module)."""

from __future__ import annotations

import os
import random
import socket
import subprocess
import sys
import time
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx

from desk import clock as desk_clock

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

HEADERS = {"X-Desk-Protocol": "1", "X-Desk-Version": "0.1.0"}
NEEDS = ["device_basics", "smartphone", "internet_access", "email", "eid_itsme", "egov",
         "online_banking", "online_safety", "device_lending", "affordable_internet"]  # fmt: skip
BARRIERS = ["no_device", "no_internet", "cost", "literacy", "language", "disability",
            "fear_distrust", "other"]  # fmt: skip
ORGS = ["anzegem", "avelgem", "deerlijk", "harelbeke", "kortrijk", "kuurne", "lendelede",
        "menen", "spiere-helkijn", "waregem", "wevelgem", "zwevegem", "wervik"]  # fmt: skip


def bench_database(server: Any) -> str:
    """Create the database ``bench`` on a started PostgreSQL test server; its URL."""
    admin_engine = server.admin_engine()
    with admin_engine.connect() as conn:
        conn.exec_driver_sql("CREATE DATABASE bench")
    admin_engine.dispose()
    return str(server.url("bench"))


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def start_server(
    db_url: str, workers: int = 1, timeout: float = 60
) -> tuple[subprocess.Popen[bytes], str]:
    """``desk-central serve`` in a child process; returns it and its base URL once healthy."""
    port = free_port()
    env = {**os.environ, "DESK_CENTRAL_DB": db_url}
    proc = subprocess.Popen(
        [sys.executable, "-m", "desk.central.cli", "serve", "--port", str(port),
         "--workers", str(workers)],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )  # fmt: skip
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(
                f"server exited: {proc.stderr.read().decode() if proc.stderr else ''}"
            )
        try:
            if httpx.get(f"{base}/v1/health", timeout=1).status_code == 200:
                return proc, base
        except httpx.HTTPError:
            time.sleep(0.1)
    proc.kill()
    raise RuntimeError("server did not become healthy in time")


def process_cpu_seconds(pid: int) -> float:
    """User + system CPU time of a process (Linux /proc); 0.0 where unavailable."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def stop_server(proc: subprocess.Popen[bytes]) -> None:
    proc.terminate()
    try:
        proc.wait(timeout=20)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait(timeout=10)


def iso(dt: datetime) -> str:
    return dt.astimezone(UTC).isoformat().replace("+00:00", "Z")


def referral_body(rnd: random.Random, org: str, created: datetime) -> dict[str, Any]:
    history = [{"status": "sent", "at": iso(created), "by": "An", "note": ""}]
    status = "sent"
    if rnd.random() < 0.6:
        status = "contact_made"
        history.append({"status": "contact_made",
                        "at": iso(created + timedelta(days=rnd.randint(0, 40))),
                        "by": "partner", "note": ""})  # fmt: skip
    return {
        "created_at": iso(created),
        "office": "balie",
        "staff": "An",
        "municipality": org,
        "case_id": None,
        "needs": rnd.sample(NEEDS, rnd.randint(1, 3)),
        "barriers": rnd.sample(BARRIERS, rnd.randint(0, 2)),
        "urgency": rnd.choice(["low", "normal", "high"]),
        "service_id": f"svc-{rnd.randint(1, 20):02d}",
        "consent": None,
        "citizen": None,
        "notes": "",
        "status": status,
        "status_history": history,
        "training": False,
    }


def case_body(rnd: random.Random, created: datetime) -> dict[str, Any]:
    outcome = rnd.choice(["citizen_alone", "together", "for_citizen", "referred", "follow_up",
                          "not_possible"])  # fmt: skip
    return {
        "occurred_at": iso(created),
        "office": "balie",
        "staff": "An",
        "channel": rnd.choice(["counter", "phone", "home_visit", "email", "video"]),
        "topics": [f"guide:g{rnd.randint(1, 17)}"],
        "outcome": outcome,
        "not_possible_reason": "no_eid" if outcome == "not_possible" else None,
        "follow_up_on": None,
        "referral_id": None,
        "duration_min": rnd.randint(1, 60),
        "skill": "needs_help",
        "language": "nl",
        "feedback": None,
        "notes": "",
        "citizen_ref": None,
        "guide_session": None,
        "training": False,
    }


def change(kind: str, body: dict[str, Any]) -> dict[str, Any]:
    return {"kind": kind, "id": str(uuid.uuid4()), "revision": 1, "base_revision": 0,
            "idempotency_key": uuid.uuid4().hex, "deleted": False, "body": body}  # fmt: skip


def enroll_devices(engine: Any, orgs: list[str], per_org: int) -> list[tuple[str, str]]:
    """(org, token) for freshly enrolled devices, created directly in the database."""
    from desk.central import admin

    done = []
    for org in orgs:
        try:
            admin.add_org(engine, org, org.title(), "bench")
            admin.add_office(engine, org, "balie", "Balie", "bench")
        except admin.AdminError:
            pass
        for n in range(per_org):
            # Social workers' devices: the referrals carry statuses a counter may not push.
            code = admin.create_enroll_code(engine, org, office="balie", role="social",
                                            expires=timedelta(days=1), actor="bench")  # fmt: skip
            dev = admin.enroll(engine, code, f"bench-{n}", "0.1.0", "Linux", desk_clock.now())
            done.append((org, dev.token))
    return done
