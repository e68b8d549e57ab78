"""Benchmark (not a test): /v1/stats stays flat when devices push junk labels (issue #16).

Starts ``desk-central serve`` on a fresh database (SQLite, or ``--pg`` for a
throwaway PostgreSQL server), pushes a year of ordinary contacts and referrals
over loopback and times ``GET /v1/stats`` and ``/v1/stats.csv``. Then one
organisation pushes ``--junk`` more contacts (default 100,000), each with its own
free-text topic, and referrals with made-up service ids and guide runs with
made-up guide and step ids; the same calls are timed again.

Target: stats with the junk within 2x of stats without it (before the fix the
review measured 0.04 s -> 4.7 s with 10,000 junk topics, 21.7 s with 20,000).

    .venv/bin/python tests/bench/stats_junk.py [--junk 100000] [--pg]
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import statistics
import sys
import tempfile
import time
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent))
from central_common import (
    HEADERS,
    bench_database,
    case_body,
    change,
    enroll_devices,
    referral_body,
    start_server,
    stop_server,
)

from desk import clock as desk_clock
from desk.central import admin
from desk.central import stats as central_stats
from desk.central.db import make_engine, reading
from desk.central.migrate import upgrade

ORGS = ["harelbeke", "kortrijk", "menen"]
QUERIES = {
    "year": "/v1/stats?period=2026",
    "quarter": "/v1/stats?period=2026-Q4",
    "org year": "/v1/stats?period=2026&org=kortrijk",
    "csv topics": "/v1/stats.csv?period=2026&table=cases_by_topic",
}


def _push_all(client: httpx.Client, token: str, changes: list[dict[str, Any]]) -> float:
    headers = {**HEADERS, "Authorization": f"Bearer {token}"}
    t0 = time.perf_counter()
    for start in range(0, len(changes), 500):
        answer = client.post("/v1/push", headers=headers, json={
            "client_time": desk_clock.now().isoformat(), "changes": changes[start:start + 500]})
        answer.raise_for_status()
        bad = [r for r in answer.json()["results"] if r["status"] != "accepted"]
        if bad:
            raise RuntimeError(f"push refused: {bad[:2]}")
    return time.perf_counter() - t0


def _time(client: httpx.Client, token: str, runs: int) -> dict[str, float]:
    headers = {**HEADERS, "Authorization": f"Bearer {token}"}
    medians = {}
    for name, path in QUERIES.items():
        client.get(path, headers=headers).raise_for_status()  # warm-up
        took = []
        for _ in range(runs):
            t0 = time.perf_counter()
            client.get(path, headers=headers).raise_for_status()
            took.append(time.perf_counter() - t0)
        medians[name] = round(statistics.median(took), 4)
    return medians


def _cube_rows(url: str) -> int:
    engine = make_engine(url)
    try:
        with reading(engine) as conn:
            return central_stats.cube_rows(conn)
    finally:
        engine.dispose()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--junk", type=int, default=100_000)
    parser.add_argument("--cases", type=int, default=20_000, help="ordinary contacts first")
    parser.add_argument("--referrals", type=int, default=5_000)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--pg", action="store_true", help="a throwaway PostgreSQL server")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="desk-bench-junk-"))
    pg = None
    proc = None
    try:
        if args.pg:
            from tests.central.conftest import start_postgres

            pg_dir = Path(tempfile.mkdtemp(prefix="desk-bench-pg-"))
            pg = start_postgres(pg_dir)
            url = bench_database(pg)
        else:
            url = f"sqlite:///{work / 'central.db'}"
        engine = make_engine(url)
        upgrade(engine)
        tokens = dict(enroll_devices(engine, ORGS, 1))
        for org in ORGS:
            admin.set_topics(engine, org, ["Belastingen", "Pensioen", "Wonen"], "bench")
        engine.dispose()
        rnd = random.Random(16)
        start = datetime(2026, 1, 1, 8, tzinfo=UTC)
        proc, base = start_server(url)
        with httpx.Client(base_url=base, timeout=120) as client:
            for _n, org in enumerate(ORGS):
                normal = []
                for _ in range(args.cases // len(ORGS)):
                    body = case_body(rnd, start + timedelta(minutes=rnd.randrange(525_000)))
                    body["topics"] = [f"topic:{rnd.choice(['Belastingen', 'Pensioen', 'Wonen'])}"]
                    normal.append(change("case", body))
                for _ in range(args.referrals // len(ORGS)):
                    created = start + timedelta(minutes=rnd.randrange(525_000))
                    normal.append(change("referral", referral_body(rnd, org, created)))
                _push_all(client, tokens[org], normal)
            rows_before = _cube_rows(url)
            before = _time(client, tokens["kortrijk"], args.runs)
            junk = []
            for i in range(args.junk):
                created = start + timedelta(minutes=rnd.randrange(525_000))
                if i % 10 == 9:
                    body = referral_body(rnd, "harelbeke", created)
                    body["service_id"] = f"Jan Peeters {uuid.uuid4().hex}"
                    junk.append(change("referral", body))
                    continue
                body = case_body(rnd, created)
                body["topics"] = [f"topic:Jan Peeters RRN {uuid.uuid4().hex}"]
                if i % 10 == 5:
                    body["guide_session"] = {
                        "guide_id": f"gids-{uuid.uuid4().hex}", "guide_version": 1,
                        "visits": [], "drop_off_step": f"stap-{uuid.uuid4().hex}",
                        "outcome": "stopped", "reason": None, "linked_guide": None,
                        "duration_s": 30, "completed": False}  # fmt: skip
                junk.append(change("case", body))
            push_s = _push_all(client, tokens["harelbeke"], junk)
            rows_after = _cube_rows(url)
            after = _time(client, tokens["kortrijk"], args.runs)
            leak = client.get("/v1/stats?period=2026", headers={
                **HEADERS, "Authorization": f"Bearer {tokens['harelbeke']}"}).text
        ratio = max(after[k] / max(before[k], 1e-4) for k in before)
        result = {
            "database": "postgresql" if args.pg else "sqlite",
            "ordinary_records": args.cases + args.referrals,
            "junk_records": args.junk,
            "junk_push_seconds": round(push_s, 1),
            "cube_rows_before": rows_before,
            "cube_rows_after": rows_after,
            "median_seconds_before": before,
            "median_seconds_after": after,
            "worst_ratio": round(ratio, 2),
            "junk_in_answer": "Jan Peeters" in leak,
            "ok": ratio <= 2.0 and "Jan Peeters" not in leak,
        }
        print(json.dumps(result))
        return 0 if result["ok"] else 1
    finally:
        if proc is not None:
            stop_server(proc)
        if pg is not None:
            pg.stop()
            shutil.rmtree(pg.datadir.parent, ignore_errors=True)
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
