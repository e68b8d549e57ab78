"""Benchmark: 200 concurrent simulated devices pulling from desk-central over loopback.

Each device pulls everything visible to it (its organisation's records, the
guides, the directory) from cursor 0 in pages of 100, all devices at once.
Bounded: 200 devices, a fixed data set, and an overall deadline. Target: 0 errors.
Run: .venv/bin/python tests/bench/central_pull.py [--db URL] [--workers N]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import random
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent))
from central_common import (
    HEADERS,
    ORGS,
    bench_database,
    case_body,
    change,
    enroll_devices,
    referral_body,
    start_server,
    stop_server,
)

from desk import clock as desk_clock
from desk.central.auth import Device
from desk.central.db import make_engine
from desk.central.migrate import upgrade
from desk.central.push import push
from desk.central.schemas import PushRequest


def seed(engine, records_per_org: int) -> None:  # type: ignore[no-untyped-def]
    rnd = random.Random(3)
    start = datetime(2026, 1, 1, tzinfo=UTC)
    for org in ORGS:
        dev = Device(id="seed", org=org, office="balie", role="social", name="seed")
        changes = []
        for n in range(records_per_org):
            when = start + timedelta(hours=n)
            if n % 4 == 0:
                changes.append(change("referral", referral_body(rnd, org, when)))
            else:
                changes.append(change("case", case_body(rnd, when)))
        for i in range(0, len(changes), 500):
            req = PushRequest.model_validate(
                {"client_time": desk_clock.now().isoformat(), "changes": changes[i : i + 500]}
            )
            push(engine, dev, req)


async def device(
    client: httpx.AsyncClient, token: str, deadline: float
) -> tuple[int, int, list[float], list[str]]:
    headers = {**HEADERS, "Authorization": f"Bearer {token}"}
    latencies: list[float] = []
    errors: list[str] = []
    got = pages = 0
    cursor = 0
    if True:
        while time.monotonic() < deadline:
            t0 = time.perf_counter()
            try:
                answer = await client.get(f"/v1/pull?cursor={cursor}&limit=100", headers=headers)
            except httpx.HTTPError as exc:
                errors.append(type(exc).__name__)
                break
            latencies.append(time.perf_counter() - t0)
            if answer.status_code != 200:
                errors.append(str(answer.status_code))
                break
            body = answer.json()
            got += len(body["changes"])
            pages += 1
            cursor = body["cursor"]
            if not body["more"]:
                break
        else:
            errors.append("deadline")
    return got, pages, latencies, errors


async def run(base: str, tokens: list[str], deadline_s: float) -> dict[str, object]:
    deadline = time.monotonic() + deadline_s
    t0 = time.perf_counter()
    # One connection per device (a pool as large as the fleet); sharing the client only
    # saves the simulator from building 200 TLS contexts, which would dominate its CPU.
    limits = httpx.Limits(max_connections=len(tokens), max_keepalive_connections=len(tokens))
    async with httpx.AsyncClient(base_url=base, timeout=30, limits=limits) as client:
        results = await asyncio.gather(*(device(client, tok, deadline) for tok in tokens))
    elapsed = time.perf_counter() - t0
    lat = sorted(x for r in results for x in r[2])
    errors = [e for r in results for e in r[3]]
    return {
        "devices": len(tokens),
        "changes_pulled": sum(r[0] for r in results),
        "requests": sum(r[1] for r in results),
        "seconds": round(elapsed, 2),
        "p50_ms": round(statistics.median(lat) * 1000, 1),
        "p95_ms": round(lat[int(len(lat) * 0.95)] * 1000, 1),
        "max_ms": round(lat[-1] * 1000, 1),
        "errors": len(errors),
        "error_kinds": sorted(set(errors)),
    }


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--devices", type=int, default=200)
    parser.add_argument("--records-per-org", type=int, default=300)
    parser.add_argument("--db", default=None)
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--deadline", type=float, default=120)
    parser.add_argument("--pg", action="store_true", help="start a throwaway PostgreSQL server")
    args = parser.parse_args()
    pg = None
    with tempfile.TemporaryDirectory() as tmp:
        if args.pg:
            import shutil

            from tests.central.conftest import start_postgres

            work = Path(tempfile.mkdtemp(prefix="desk-bench-pg-"))
            pg = start_postgres(work)
            args.db = bench_database(pg)
        url = args.db or f"sqlite:///{Path(tmp) / 'central.db'}"
        engine = make_engine(url)
        upgrade(engine)
        per_org = -(-args.devices // len(ORGS))
        devices = enroll_devices(engine, ORGS, per_org)[: args.devices]
        seed(engine, args.records_per_org)
        guides = Path(__file__).resolve().parents[2] / "guides"
        if any(guides.glob("*.md")):
            from desk.central.publish import publish_guides

            publish_guides(engine, guides, "bench")
        engine.dispose()
        proc, base = start_server(url, workers=args.workers)
        try:
            result = asyncio.run(run(base, [tok for _, tok in devices], args.deadline))
        finally:
            stop_server(proc)
            if pg is not None:
                pg.stop()
                shutil.rmtree(work, ignore_errors=True)
    result["backend"] = url.split(":")[0]
    result["workers"] = args.workers
    result["ok"] = result["errors"] == 0
    print(json.dumps(result))
    return 0 if result["ok"] else 1


if __name__ == "__main__":
    sys.exit(main())
