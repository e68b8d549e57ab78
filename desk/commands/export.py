"""``desk export cases``: the case log as CSV for Belgian Excel.

UTF-8 with BOM, ``;`` by default. Personal fields only with ``--personal``,
which is written to the local audit trail.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

from desk.domain.cases import parse_day
from desk.errors import InputError

SEPARATOR_NAMES = {"tab": "\t", "\\t": "\t", "puntkomma": ";", "komma": ","}


def _day(text: str) -> date:
    try:
        return parse_day(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _separator(text: str) -> str:
    sep = SEPARATOR_NAMES.get(text, text)
    if len(sep) != 1 or sep in "\"'\r\n" or sep.isalnum():
        raise argparse.ArgumentTypeError(f"'{text}' kan geen scheidingsteken zijn")
    return sep


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("what", choices=["cases", "referrals"],
                        help="wat exporteren: cases (contacten) of referrals (doorverwijzingen)")
    parser.add_argument("--out", required=True, type=Path, help="CSV-bestand om te schrijven")
    parser.add_argument("--from", dest="date_from", type=_day, help="vanaf dag (dd-mm-jjjj)")
    parser.add_argument("--to", dest="date_to", type=_day, help="tot en met dag (dd-mm-jjjj)")
    parser.add_argument("--personal", action="store_true",
                        help="ook persoonsgegevens meenemen (wordt in het auditlogboek genoteerd)")
    parser.add_argument("--separator", type=_separator, default=";",
                        help="scheidingsteken (standaard ';'; ook 'tab' of ',')")


def export_cases(
    store: object,
    out: Path,
    *,
    date_from: date | None = None,
    date_to: date | None = None,
    personal: bool = False,
    separator: str = ";",
    actor: str = "desk",
    progress: Callable[[int], None] | None = None,
) -> int:
    """Write the cases to *out* (atomically: a temporary file, then a rename)."""
    from desk.commands.csvfile import audit_personal_export, write_atomically
    from desk.domain.csvformat import write_csv
    from desk.store.cases import CaseRepository
    from desk.store.store import Store

    assert isinstance(store, Store)
    if date_from and date_to and date_from > date_to:
        raise InputError("--from ligt na --to")
    repo = CaseRepository(store)

    def rows() -> Iterator[dict[str, Any]]:
        for n, row in enumerate(repo.iter_rows(date_from, date_to), start=1):
            if progress is not None and n % 1000 == 0:
                progress(n)
            yield row

    count = write_atomically(
        out, lambda fh: write_csv(fh, rows(), personal=personal, separator=separator)
    )
    if personal:
        audit_personal_export(store, actor, f"{count} contacten met persoonsgegevens geëxporteerd")
    return count


def run(args: argparse.Namespace) -> int:
    if args.what == "referrals":
        if args.date_from or args.date_to:
            raise InputError("--from en --to gelden alleen voor 'desk export cases'")
        from desk.commands.export_referrals import run as run_referrals

        return run_referrals(args)
    from desk.config import load_config
    from desk.store.store import open_store

    config = load_config()
    store = open_store()
    try:
        count = export_cases(store, args.out, date_from=args.date_from, date_to=args.date_to,
                             personal=args.personal, separator=args.separator,
                             actor=config.staff_name or "desk")
    finally:
        store.close()
    extra = " (met persoonsgegevens)" if args.personal else ""
    print(f"{count} contacten geëxporteerd naar {args.out}{extra}.", file=sys.stderr)
    return 0
