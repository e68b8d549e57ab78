"""Benchmark: the partner inbox over 100,000 referrals and 500 partners, and the insights
page, on PostgreSQL. Not a test: a script that prints the figures.

Starts a throwaway PostgreSQL server (like the tests), loads the referrals with COPY
(1,000 directory services, two per partner), rebuilds the statistics, builds the inbox
index once (``web_inbox``, timed: a one-off after an upgrade), makes a partner user and
a viewer, starts ``desk-central serve`` and signs in through the real forms. Then it
times pages over loopback: the round trip is an upper bound of the server's time.
Targets: inbox pages <= 200 ms, insights <= 500 ms.

Run: .venv/bin/python tests/bench/web_inbox.py [--referrals 100000 --partners 500]
"""

from __future__ import annotations

import argparse
import json
import random
import re
import shutil
import statistics
import sys
import tempfile
import time
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
import pyotp

sys.path.insert(0, str(Path(__file__).resolve().parent))
from central_common import ORGS, bench_database, referral_body, start_server, stop_server

from desk import clock as desk_clock
from desk.central import admin, stats
from desk.central.db import make_engine, writing
from desk.central.migrate import upgrade
from desk.central.web import accounts, inbox
from desk.domain.periods import Period
from tests.central.conftest import start_postgres

PASSWORD = "een lange zin als wachtwoord"


def load(engine, n: int, services: list[str]) -> float:  # type: ignore[no-untyped-def]
    rnd = random.Random(7)
    start = datetime(2025, 1, 1, tzinfo=UTC)
    span = int((datetime(2026, 11, 1, tzinfo=UTC) - start).total_seconds())
    now = desk_clock.now()
    directory = {"version": 1, "organizations": [{"id": "org", "name": "Bench"}],
                 "services": [{"id": s, "organization_id": "org", "name": f"Dienst {s}"}
                              for s in services], "locations": []}  # fmt: skip
    t0 = time.perf_counter()
    raw = engine.raw_connection()
    try:
        cur = raw.cursor()
        with cur.copy(
            "COPY items (kind, id, org, office, revision, deleted, body, seq, updated_at, "
            "device_id, personal) FROM STDIN"
        ) as copy:
            copy.write_row(("directory", "directory", None, None, 1, False,
                            json.dumps(directory), 999, now.replace(tzinfo=None), None, False))
            for i in range(n):
                org = rnd.choice(ORGS)
                created = start + timedelta(seconds=rnd.randrange(span))
                body = referral_body(rnd, org, created)
                body["service_id"] = rnd.choice(services)
                if rnd.random() < 0.5:
                    body["consent"] = {"given": True, "text_version": "v1",
                                       "at": body["created_at"], "staff": "An"}
                    body["citizen"] = {"name": "Fictieve Burger", "phone": "+32 470 00 00 00",
                                       "email": None, "contact_channel": "phone",
                                       "language": "nl", "availability": ""}  # fmt: skip
                copy.write_row(("referral", str(uuid.UUID(int=rnd.getrandbits(128))), org,
                                "balie", 1, False, json.dumps(body, separators=(",", ":")),
                                1000 + i, now.replace(tzinfo=None), None, False))  # fmt: skip
        cur.execute("UPDATE change_counter SET value = %s WHERE id = 1", (1000 + n,))
        raw.commit()
    finally:
        raw.close()
    return time.perf_counter() - t0


def make_user(engine, email: str, kind: str, partner: str | None) -> str:  # type: ignore[no-untyped-def]
    token = accounts.invite(engine, email, kind=kind, actor="bench", partner=partner).token
    secret = accounts.open_invite(engine, token).totp_secret  # type: ignore[union-attr]
    done = accounts.complete_invite(engine, token, PASSWORD,
                                    pyotp.TOTP(secret).at(desk_clock.now()), "bench")
    assert not isinstance(done, str), done
    return secret


class Browser(httpx.Client):
    """Keeps the Secure cookies itself: httpx does not send them over plain http, and the
    benchmark talks to the server on loopback without TLS (a proxy would add it)."""

    def __init__(self, base: str) -> None:
        super().__init__(base_url=base, timeout=60, follow_redirects=False)
        self.jar: dict[str, str] = {}

    def request(self, method: str, url: httpx.URL | str, **kw):  # type: ignore[no-untyped-def, override]
        headers = dict(kw.pop("headers", None) or {})
        if self.jar:
            headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.jar.items())
        answer = super().request(method, url, headers=headers, **kw)
        for raw in answer.headers.get_list("set-cookie"):
            name, _, rest = raw.partition("=")
            self.jar[name] = rest.split(";", 1)[0]
        self.cookies.clear()
        return answer


def sign_in(client: httpx.Client, email: str, secret: str) -> None:
    time.sleep(max(0.0, 30.5 - desk_clock.now().timestamp() % 30))  # a fresh TOTP step
    page = client.get("/sign-in")
    csrf = re.search(r'name="csrf" value="([^"]+)"', page.text).group(1)  # type: ignore[union-attr]
    answer = client.post("/sign-in", data={"csrf": csrf, "email": email, "password": PASSWORD})
    assert answer.status_code == 303, answer.text
    page = client.get("/sign-in/code")
    csrf = re.search(r'name="csrf" value="([^"]+)"', page.text).group(1)  # type: ignore[union-attr]
    code = pyotp.TOTP(secret).at(desk_clock.now())
    answer = client.post("/sign-in/code", data={"csrf": csrf, "code": code})
    assert answer.status_code == 303, answer.text


def timed(client: httpx.Client, paths: dict[str, str], runs: int) -> dict[str, dict[str, float]]:
    out = {}
    for name, path in paths.items():
        client.get(path).raise_for_status()  # warm-up
        samples = []
        for _ in range(runs):
            t0 = time.perf_counter()
            answer = client.get(path)
            samples.append(time.perf_counter() - t0)
            answer.raise_for_status()
        samples.sort()
        out[name] = {"median_ms": round(statistics.median(samples) * 1000, 1),
                     "max_ms": round(samples[-1] * 1000, 1)}
    return out


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--referrals", type=int, default=100_000)
    parser.add_argument("--partners", type=int, default=500)
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    services = [f"svc-{n:04d}" for n in range(args.partners * 2)]
    work = Path(tempfile.mkdtemp(prefix="desk-bench-web-"))
    server = start_postgres(work)
    proc = None
    try:
        url = bench_database(server)
        engine = make_engine(url)
        upgrade(engine)
        for org in ORGS:
            admin.add_org(engine, org, org.title(), "bench")
        load_s = load(engine, args.referrals, services)
        print(f"loaded {args.referrals} referrals in {load_s:.1f} s", file=sys.stderr)
        with writing(engine) as conn:
            stats.rebuild(conn)
        for n in range(args.partners):
            accounts.add_partner(engine, f"partner-{n:03d}", f"Partner {n}",
                                 services[2 * n: 2 * n + 2], "bench")  # fmt: skip
        t0 = time.perf_counter()
        inbox.catch_up(engine)
        index_s = time.perf_counter() - t0
        with engine.begin() as conn:
            conn.exec_driver_sql("ANALYZE")
            sizes = [int(r[0]) for r in conn.exec_driver_sql(
                "SELECT count(*) FROM web_inbox GROUP BY service_id")]  # fmt: skip
        # Where the insights time goes: the statistics themselves (stats.build: query and
        # disclosure control, shared with /v1/stats) against the page around them.
        from desk.central.web import insights

        split = {}
        for name, scope in {"region": ("2026-01", "2026-12", None),
                            "org": ("2025-01", "2025-12", "kortrijk")}.items():  # fmt: skip
            t0 = time.perf_counter()
            stats.build(engine, stats.Scope(Period.of_months(scope[0], scope[1]), scope[2]))
            t1 = time.perf_counter()
            insights.build(engine, scope[0], scope[1], scope[2], "nl")
            t2 = time.perf_counter()
            split[name] = {"stats_build_ms": round((t1 - t0) * 1000, 1),
                           "page_tables_and_charts_ms": round((t2 - t1 - (t1 - t0)) * 1000, 1)}
        partner_secret = make_user(engine, "an@example.org", "partner", "partner-007")
        viewer_secret = make_user(engine, "vi@example.org", "viewer", None)
        engine.dispose()
        proc, base = start_server(url)
        with Browser(base) as client:
            sign_in(client, "an@example.org", partner_secret)
            first = re.search(r'href="/partner/r/([0-9a-f-]{36})"',
                              client.get("/partner/").text).group(1)  # type: ignore[union-attr]
            partner_times = timed(client, {
                "inbox": "/partner/", "inbox_page_3": "/partner/?page=3",
                "inbox_open": "/partner/?state=open", "inbox_search": "/partner/?q=kortrijk",
                "referral": f"/partner/r/{first}",
            }, args.runs)  # fmt: skip
        with Browser(base) as client:
            sign_in(client, "vi@example.org", viewer_secret)
            viewer_times = timed(client, {
                "insights": "/insights/?period=2026", "insights_org":
                "/insights/?period=2025&org=kortrijk",
                "insights_csv": "/insights/csv/referrals_by_need?period=2025",
            }, args.runs)  # fmt: skip
        inbox_max = max(v["median_ms"] for v in partner_times.values())
        insights_max = max(v["median_ms"] for v in viewer_times.values())
        result = {
            "referrals": args.referrals, "partners": args.partners,
            "referrals_per_partner_median": statistics.median(sizes) * 2,
            "load_seconds": round(load_s, 1), "inbox_index_build_seconds": round(index_s, 1),
            "inbox": partner_times, "insights": viewer_times, "insights_split": split,
            "targets_ms": {"inbox": 200, "insights": 500},
            "ok": inbox_max <= 200 and insights_max <= 500,
        }  # fmt: skip
        print(json.dumps(result, indent=1))
        return 0 if result["ok"] else 1
    finally:
        if proc is not None:
            stop_server(proc)
        server.stop()
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
