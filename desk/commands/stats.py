"""``desk stats [--json] [--central] --period P | --from DAG --to DAG [--office X] [--csv MAP]``.

Local figures come from this desk's own log and work offline. ``--central``
asks the central server for the region's figures (reviewers and the data team
see every organisation, other devices their own). A period is one whole
calendar month, quarter or year. Every table is protected by disclosure control
before it is printed or written.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from desk.domain import formats
from desk.domain.periods import Period
from desk.errors import InputError

if TYPE_CHECKING:
    from desk.domain.stats import Report


def _day(text: str) -> date:
    try:
        return formats.parse_date(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _period(text: str) -> Period:
    try:
        return Period.parse(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"'{text}' is geen periode: schrijf een maand (2026-03), een kwartaal (2026-Q1) "
            "of een jaar (2026)"
        ) from None


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="als JSON (voor scripts)")
    parser.add_argument(
        "--central",
        action="store_true",
        help="de cijfers van de regio van de centrale server (per maand)",
    )
    parser.add_argument(
        "--period", type=_period,
        help="een maand (2026-03), een kwartaal (2026-Q1) of een jaar (2026)",
    )  # fmt: skip
    parser.add_argument(
        "--from", dest="date_from", type=_day,
        help="eerste dag van een volledige maand, kwartaal of jaar (1/10/2026 of 2026-10-01)",
    )  # fmt: skip
    parser.add_argument("--to", dest="date_to", type=_day, help="laatste dag ervan")
    parser.add_argument("--org", help="alleen deze organisatie (centraal)")
    parser.add_argument("--office", help="alleen dit kantoor")
    parser.add_argument("--csv", type=Path, metavar="MAP",
                        help="schrijf elke tabel als CSV-bestand in deze map")  # fmt: skip


def run(args: argparse.Namespace) -> int:
    from desk.app.stats import statistics
    from desk.config import load_config
    from desk.domain.stats import Filters
    from desk.store.store import open_store

    try:
        if args.period is not None:
            filters = Filters(args.period, args.org or None, args.office or None)
        else:
            filters = Filters.between(args.date_from, args.date_to, args.org or None,
                                      args.office or None)  # fmt: skip
    except ValueError as exc:
        raise InputError(f"Ongeldige periode: {exc}.") from None
    config = load_config()
    if not args.central and filters.org and config.org and filters.org != config.org:
        raise InputError(
            f"Dit loket bewaart alleen gegevens van {config.org}. Gebruik --central voor "
            "de cijfers van andere organisaties."
        )
    store = open_store()
    try:
        report = statistics(store, config, filters, central=args.central).report
    finally:
        store.close()
    if args.csv is not None:
        _write_csv(report, args.csv)
    if args.json:
        print(json.dumps(report.to_json(), ensure_ascii=False, indent=2))
    else:
        _print_text(report)
    if report.empty:
        print("desk stats: geen gegevens in deze periode; de tabellen zijn leeg.", file=sys.stderr)
    return 0


def _write_csv(report: Report, folder: Path) -> None:
    from desk.domain.stats import table_csv

    try:
        folder.mkdir(parents=True, exist_ok=True)
        for table in report.tables:
            (folder / f"{table.name}.csv").write_text(
                table_csv(table, report.note), encoding="utf-8", newline=""
            )
    except OSError as exc:
        raise InputError(
            f"Kan de CSV-bestanden niet schrijven in {folder}: {exc.strerror}."
        ) from None


def _print_text(report: Report) -> None:
    from desk.domain.stats import period_text

    source = "centrale server (regio)" if report.source == "central" else "dit loket (lokaal)"
    print(f"Statistieken — bron: {source}")
    print(f"Periode: {period_text(report.start, report.end)}")
    print(f"Gemaakt: {formats.format_datetime(report.generated_at)}")
    for message in report.messages:
        print(f"! {message}")
    for m in report.measures:
        print(f"{m.title}: {m.value}")
    for table in report.tables:
        print()
        print(table.title)
        if table.empty:
            print("  (geen gegevens)")
            continue
        grid = table.grid()
        widths = [max(len(row[i]) for row in grid) for i in range(len(grid[0]))]
        for row in grid:
            print(
                "  "
                + "  ".join(
                    c.ljust(w) if i == 0 else c.rjust(w)
                    for i, (c, w) in enumerate(zip(row, widths, strict=True))
                )
            )
    print()
    print(report.note)
