"""Case-log benchmark with 100,000 cases (a script, not a test).

    .venv/bin/python tests/bench/caselog.py [--cases 100000] [--profile DIR] [--runs 5]

1. fills a training profile with ``desk demo-data --cases N`` (skipped when
   ``--profile`` already holds cases);
2. times filter and search in the case list: ``CaseTableModel.set_query``,
   which runs the query and formats the first page (target ≤ 50 ms), and
   the count the page computes on the worker (informative);
3. times a durable save of one case (BEGIN IMMEDIATE … COMMIT with
   ``synchronous=FULL``), median of 200 (target ≤ 5 ms), both in the
   training profile (no outbox) and in an ordinary profile (with outbox);
4. runs ``desk --quit-when-ready`` on that profile alternately with a bare
   PySide6 window and prints ready and peak RSS ratios (targets 2.5× / 2×).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

QUERIES = {
    "alles (nieuwste eerst)": {},
    "zoeken 'itsme'": {"search": "itsme"},
    "zoeken 'tolk telefoon'": {"search": "tolk telefoon"},
    "zoeken zonder treffer": {"search": "zzzgeentreffer"},
    "kantoor": {"office": "menen-sociaal-huis"},
    "kanaal video": {"channel": "video"},
    "uitkomst niet mogelijk": {"outcome": "not_possible"},
    "onderwerp (gids)": {"topic": "guide:ebox-activeren"},
    "periode maart": {"date_from": "m-1", "date_to": "m"},
    "opvolging te doen": {"follow_up_due": True},
    "sorteer op duur": {"sort": "duration_min"},
    "sorteer op medewerker ↑": {"sort": "staff", "descending": False},
    "combinatie + zoeken": {"office": "kortrijk-stadhuis", "channel": "counter",
                            "outcome": "together", "search": "brief"},
}


def fill(profile: Path, cases: int, env: dict[str, str]) -> None:
    db = profile / "desk.db"
    if db.exists():
        import sqlite3

        have = sqlite3.connect(db).execute("SELECT count(*) FROM cases").fetchone()[0]
        if have >= cases:
            print(f"profiel {profile}: {have} contacten aanwezig")
            return
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "desk", "demo-data", "--cases", str(cases),
                    "--seed", "1"], env=env, check=True)
    print(f"demo-data {cases}: {time.perf_counter() - start:.1f} s")


def bench_list(profile: Path) -> bool:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    from desk.store.cases import CaseQuery, CaseRepository
    from desk.store.store import open_store
    from desk.ui.cases.model import CaseTableModel

    store = open_store(profile / "desk.db")
    repo = CaseRepository(store)
    model = CaseTableModel()
    model.set_repository(repo)
    from desk import clock as desk_clock

    today = desk_clock.today()
    ok = True
    print(f"\n{'filter/zoekopdracht':<28}{'lijst ms':>10}{'max':>8}{'rijen':>7}"
          f"{'telling ms':>12}{'aantal':>9}")
    for name, spec in QUERIES.items():
        kwargs = dict(spec)
        if kwargs.get("date_from") == "m-1":
            kwargs["date_from"] = today - timedelta(days=60)
            kwargs["date_to"] = today - timedelta(days=30)
        query = CaseQuery(today=today, **kwargs)  # type: ignore[arg-type]
        times = []
        for _ in range(7):
            model.set_query(CaseQuery())
            t0 = time.perf_counter()
            model.set_query(query)
            times.append((time.perf_counter() - t0) * 1000)
        t0 = time.perf_counter()
        count = repo.count(query)
        count_ms = (time.perf_counter() - t0) * 1000
        median = statistics.median(times)
        ok &= median <= 50
        print(f"{name:<28}{median:>10.1f}{max(times):>8.1f}{model.rowCount():>7}"
              f"{count_ms:>12.1f}{count:>9}")
    # Scrolling: the next page, deep into the list.
    model.set_query(CaseQuery())
    fetch = []
    for _ in range(40):
        t0 = time.perf_counter()
        model.fetchMore()
        fetch.append((time.perf_counter() - t0) * 1000)
    print(f"{'volgende pagina (scrollen)':<28}{statistics.median(fetch):>10.1f}"
          f"{max(fetch):>8.1f}{model.rowCount():>7}")
    store.close()
    del app
    return ok


def bench_save(profile: Path, label: str, n: int = 200) -> float:
    from desk import clock as desk_clock
    from desk.domain.cases import Rules, validate_case
    from desk.store.cases import CaseRepository
    from desk.store.store import open_store

    store = open_store(profile / "desk.db")
    repo = CaseRepository(store)
    rules = Rules(now=desk_clock.now(), topics=("Belastingen",))
    values = validate_case({"office": "kortrijk-stadhuis", "staff": "Bench",
                            "topics": "Belastingen", "outcome": "together",
                            "duration_min": "10"}, rules)
    times = []
    for _ in range(n):
        t0 = time.perf_counter()
        repo.save(values)
        times.append((time.perf_counter() - t0) * 1000)
    store.close()
    median = statistics.median(times)
    p95 = sorted(times)[int(n * 0.95)]
    print(f"duurzaam bewaren ({label}): mediaan {median:.2f} ms, p95 {p95:.2f} ms")
    return median


def bench_start(profile: Path, env: dict[str, str], runs: int) -> None:
    """``desk --quit-when-ready`` on *profile* against a bare window.

    Runs tests/bench/startup.py in a fresh process: a child forked from this
    one (which holds 100,000 cases and Qt) would start with this process's
    memory counted in its peak RSS.
    """
    print(f"\n--quit-when-ready met {profile.name}:", flush=True)
    subprocess.run(
        [sys.executable, str(HERE / "startup.py"), "--profile", str(profile), "--runs", str(runs)],
        env=env, check=False,
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cases", type=int, default=100_000)
    parser.add_argument("--profile", type=Path)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    tmp = tempfile.TemporaryDirectory()
    profile = args.profile or Path(tmp.name) / "profile"
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
               DESK_HOME=str(profile), DESK_CONFIG=str(Path(tmp.name) / "none.toml"))
    os.environ.update(DESK_HOME=str(profile), DESK_CONFIG=env["DESK_CONFIG"])
    fill(profile, args.cases, env)
    ok = bench_list(profile)
    training = bench_save(profile, "oefenprofiel, 100.000 contacten, geen outbox")
    ordinary = Path(tmp.name) / "gewoon"
    os.environ["DESK_HOME"] = str(ordinary)
    normal = bench_save(ordinary, "gewoon profiel, met outbox")
    ok &= max(training, normal) <= 5
    bench_start(profile, env, args.runs)
    tmp.cleanup()
    return 0 if ok else 1


if __name__ == "__main__":
    code = main()
    sys.stdout.flush()
    os._exit(code)  # skip PySide6's interpreter-exit teardown of the QApplication
