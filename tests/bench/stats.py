"""Benchmark (not a test): local statistics over N demo contacts.

    DESK_HOME=$(mktemp -d) .venv/bin/python tests/bench/stats.py 100000

Measured on the shared 2-core dev machine (100,000 contacts over two years):
whole history 1.0-1.5 s, twelve months 0.6-1.2 s, one month 0.15-0.2 s
(load varied). Most of it is SQLite's GROUP BY and json_each over the scan;
counting the same rows in Python was no faster (0.85 s). It runs on the
worker thread, never on the GUI thread.
"""

from __future__ import annotations

import sys
import time
from datetime import date

from desk import clock as desk_clock
from desk.app.demo import fill
from desk.domain.stats import Filters
from desk.store import stats_queries
from desk.store.store import open_store


def main(count: int) -> None:
    store = open_store()
    try:
        if store.conn().execute("SELECT count(*) FROM cases").fetchone()[0] < count:
            fill(store, count, seed=1, topics=("Belastingen", "Pensioen", "Wonen", "Attesten"))
        conn = store.conn()
        today = desk_clock.today()
        for name, filters in (
            ("all", Filters()),
            ("12 months", Filters(date(today.year - 1, today.month, 1), today)),
            ("1 month", Filters(date(today.year, today.month, 1), today)),
        ):
            best = float("inf")
            for _ in range(3):
                t0 = time.perf_counter()
                report, data = stats_queries.local_report(conn, filters)
                best = min(best, time.perf_counter() - t0)
            cases = report.table("cases_by_month").total.display
            print(f"{name:>10}: {best:.3f} s  ({cases} contacts, {len(data.cases)} records)")
    finally:
        store.close()


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 100_000)
