"""Benchmark: push 10,000 records in batches of 500 to desk-central on SQLite over loopback.

Target: <= 3 s on the 2-core reference machine. Run: .venv/bin/python tests/bench/central_push.py
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent))
from central_common import (
    HEADERS,
    bench_database,
    case_body,
    change,
    enroll_devices,
    process_cpu_seconds,
    referral_body,
    start_server,
    stop_server,
)

from desk import clock as desk_clock
from desk.central.db import make_engine
from desk.central.migrate import upgrade


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--records", type=int, default=10_000)
    parser.add_argument("--batch", type=int, default=500)
    parser.add_argument("--db", default=None, help="database URL (default: a fresh SQLite file)")
    parser.add_argument("--pg", action="store_true", help="start a throwaway PostgreSQL server")
    args = parser.parse_args()
    pg = None
    if args.pg:
        from tests.central.conftest import start_postgres

        pg_dir = Path(tempfile.mkdtemp(prefix="desk-bench-pg-"))
        pg = start_postgres(pg_dir)
        args.db = bench_database(pg)
    try:
        return _run(args)
    finally:
        if pg is not None:
            import shutil

            pg.stop()
            shutil.rmtree(pg_dir, ignore_errors=True)


def _run(args: argparse.Namespace) -> int:
    with tempfile.TemporaryDirectory() as tmp:
        url = args.db or f"sqlite:///{Path(tmp) / 'central.db'}"
        engine = make_engine(url)
        upgrade(engine)
        [(org, token)] = enroll_devices(engine, ["harelbeke"], 1)
        engine.dispose()
        rnd = random.Random(1)
        start_day = datetime(2026, 1, 1, tzinfo=UTC)
        changes = []
        for n in range(args.records):
            when = start_day + timedelta(minutes=37 * n)
            if n % 5 == 0:
                changes.append(change("referral", referral_body(rnd, org, when)))
            else:
                changes.append(change("case", case_body(rnd, when)))
        batches = [changes[i : i + args.batch] for i in range(0, len(changes), args.batch)]
        proc, base = start_server(url)
        try:
            headers = {**HEADERS, "Authorization": f"Bearer {token}"}
            with httpx.Client(base_url=base, headers=headers, timeout=60) as client:
                client.get("/v1/pull?limit=1")  # warm up the connection and the server
                cpu_before = process_cpu_seconds(proc.pid)
                load_before = os.getloadavg()[0]
                started = time.perf_counter()
                accepted = 0
                for batch in batches:
                    body = {"client_time": desk_clock.now().isoformat(), "changes": batch}
                    answer = client.post("/v1/push", json=body)
                    answer.raise_for_status()
                    accepted += sum(r["status"] == "accepted" for r in answer.json()["results"])
                elapsed = time.perf_counter() - started
                server_cpu = process_cpu_seconds(proc.pid) - cpu_before
                # Replaying everything must be all duplicates (exactly once) and is timed too.
                started = time.perf_counter()
                dups = 0
                for batch in batches:
                    body = {"client_time": desk_clock.now().isoformat(), "changes": batch}
                    answer = client.post("/v1/push", json=body)
                    dups += sum(r["status"] == "duplicate" for r in answer.json()["results"])
                replay = time.perf_counter() - started
        finally:
            stop_server(proc)
    result = {
        "records": args.records,
        "batch": args.batch,
        "backend": url.split(":")[0],
        "accepted": accepted,
        "push_seconds": round(elapsed, 3),
        "records_per_second": round(args.records / elapsed),
        "server_cpu_seconds": round(server_cpu, 2),
        "load_average_before": round(load_before, 2),
        "replay_duplicates": dups,
        "replay_seconds": round(replay, 3),
        "target_seconds": 3.0,
        "ok": accepted == args.records
        and dups == args.records
        and (elapsed <= 3.0 or not url.startswith("sqlite")),
    }
    print(json.dumps(result))
    return 0 if result["ok"] else 1


if __name__ == "__main__":
    sys.exit(main())
