"""``desk import cases FILE``: contacts from a spreadsheet (CSV) into the case log.

The import is :func:`desk.app.importing.import_cases` (all or nothing); this
module prints every problem as ``file:row: message``.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from desk.commands.export import separator


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("what", choices=["cases"], help="wat importeren (cases = contacten)")
    parser.add_argument("file", type=Path, help="CSV-bestand (UTF-8, ';' of ',')")
    parser.add_argument("--separator", type=separator, default=None,
                        help="scheidingsteken (standaard: herkend uit de kop)")


def run(args: argparse.Namespace) -> int:
    from desk import clock
    from desk.app.importing import defaults_from_config, import_cases, rules_from_config
    from desk.config import load_config
    from desk.store.store import open_store

    config = load_config()
    store = open_store()
    try:
        result = import_cases(store, args.file, rules=rules_from_config(config, clock.now()),
                              defaults=defaults_from_config(config), separator=args.separator)
    finally:
        store.close()
    if result.problems:
        for problem in result.problems:
            print(problem, file=sys.stderr)
        print(f"Niets geïmporteerd: {len(result.problems)} probleem/problemen gevonden.",
              file=sys.stderr)
        return 1
    print(f"{result.imported} contacten geïmporteerd, {result.skipped_existing} overgeslagen "
          "(bestonden al).", file=sys.stderr)
    return 0
