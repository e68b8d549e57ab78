"""``desk sync``: one push and pull now.

Exit 0 when nothing is left pending; otherwise non-zero with a clear message.
"""

from __future__ import annotations

import argparse
import sys


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--quiet", action="store_true", help="alleen fouten tonen")


def run(args: argparse.Namespace) -> int:
    from desk.app.sync import sync_once
    from desk.config import load_config
    from desk.store.store import open_store

    config = load_config()
    store = open_store()
    try:
        report = sync_once(store, config)
    finally:
        store.close()
    for warning in report.warnings:
        print(f"desk sync: {warning}", file=sys.stderr)
    if report.error is not None:
        print(f"desk sync: {report.error.message}", file=sys.stderr)
        print(f"desk sync: {report.summary()}", file=sys.stderr)
        return report.error.exit_code
    if report.pending or report.quarantined:
        print(f"desk sync: {report.summary()}.", file=sys.stderr)
        if report.quarantined:
            print(
                f"desk sync: {report.quarantined} wijziging(en) in quarantaine: de server "
                "weigerde ze. Bekijk ze in Desk (Bestand > Synchronisatieproblemen) en "
                "verbeter ze.",
                file=sys.stderr,
            )
        return 1
    if not getattr(args, "quiet", False):
        print(f"Gesynchroniseerd: {report.summary()}.")
    return 0
