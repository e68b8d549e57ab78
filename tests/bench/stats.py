"""Benchmark (not a test): local statistics over N demo contacts.

    DESK_HOME=$(mktemp -d) .venv/bin/python tests/bench/stats.py 100000

Periods are one whole year, quarter or month (the statistics never take other
ranges). Most of the time is SQLite's GROUP BY and json_each over the scan; the
rounding and the tables are a few milliseconds. It runs on the worker thread,
never on the GUI thread. Figures: see the report of the change that added
periods (the docstring does not keep machine-dependent numbers up to date).
"""

from __future__ import annotations

import sys
import time

from desk import clock as desk_clock
from desk.app.demo import fill
from desk.domain.periods import Period
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
            ("year", Filters(Period.containing(today, "year"))),
            ("quarter", Filters(Period.containing(today, "quarter"))),
            ("month", Filters(Period.containing(today, "month"))),
        ):
            best = float("inf")
            for _ in range(3):
                t0 = time.perf_counter()
                report, data = stats_queries.local_report(
                    conn, filters, topics=("Belastingen", "Pensioen", "Wonen", "Attesten"))
                best = min(best, time.perf_counter() - t0)
            cases = report.table("cases_by_month").total.display
            print(f"{name:>10}: {best:.3f} s  ({cases} contacts, {len(data.cases)} records)")
    finally:
        store.close()


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 100_000)
