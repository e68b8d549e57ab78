"""``desk export cases|referrals --out FILE``: CSV for Belgian Excel.

The exports themselves are :mod:`desk.app.export`; this module reads the
arguments and prints the outcome. Personal fields only with ``--personal``,
which is written to the local audit trail.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

from desk.domain.cases import parse_day
from desk.errors import InputError

SEPARATOR_NAMES = {"tab": "\t", "\\t": "\t", "puntkomma": ";", "komma": ","}


def _day(text: str) -> date:
    try:
        return parse_day(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def separator(text: str) -> str:
    """An argparse type: one character that can separate CSV fields (or its name)."""
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
    parser.add_argument("--separator", type=separator, default=";",
                        help="scheidingsteken (standaard ';'; ook 'tab' of ',')")


def run(args: argparse.Namespace) -> int:
    if args.what == "referrals" and (args.date_from or args.date_to):
        raise InputError("--from en --to gelden alleen voor 'desk export cases'")
    from desk.app.export import export_cases, export_referrals
    from desk.config import load_config
    from desk.store.store import open_store

    config = load_config()
    actor = config.staff_name or "desk"
    store = open_store()
    try:
        if args.what == "referrals":
            # --personal needs the key from the keyring; nothing is written without it.
            count = export_referrals(store, args.out, personal=args.personal,
                                     separator=args.separator, actor=actor)
            what = "doorverwijzingen"
        else:
            count = export_cases(store, args.out, date_from=args.date_from,
                                 date_to=args.date_to, personal=args.personal,
                                 separator=args.separator, actor=actor)
            what = "contacten"
    finally:
        store.close()
    extra = " (met persoonsgegevens)" if args.personal else ""
    print(f"{count} {what} geëxporteerd naar {args.out}{extra}.", file=sys.stderr)
    return 0
