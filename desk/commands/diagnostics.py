"""``desk diagnostics [--out FILE.zip] [--json]``: a helpdesk report without personal data.

See :mod:`desk.app.diagnostics` for what is in it. Never imports Qt, never opens
the database for writing (no migration, no new file), never reads a secret.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--out",
        metavar="BESTAND.zip",
        help="waar het zip-bestand komt (standaard: desk-diagnose-JJJJMMDD-UUMM.zip hier)",
    )
    parser.add_argument(
        "--json", action="store_true", help="het rapport als JSON op de standaarduitvoer tonen"
    )
    parser.add_argument(
        "--log-lines", type=int, default=200, metavar="N", help="aantal logregels (standaard 200)"
    )


def run(args: argparse.Namespace) -> int:
    from desk import clock
    from desk.app import diagnostics

    report = diagnostics.Diagnostics.for_this_desk().collect(
        diagnostics.read_config(), log_lines=max(0, args.log_lines))
    if args.json:
        json.dump(report.to_dict(), sys.stdout, ensure_ascii=False, indent=2, default=str)
        print()
        if not args.out:
            return 0
    out = Path(args.out or diagnostics.default_filename(clock.now()))
    if out.suffix.lower() != ".zip":
        out = out.with_name(out.name + ".zip")
    try:
        diagnostics.write_zip(report, out)
    except OSError as exc:
        print(f"desk diagnostics: kan {out} niet schrijven ({exc.strerror})", file=sys.stderr)
        return 1
    print(diagnostics.summary(report), end="", file=sys.stderr if args.json else sys.stdout)
    print(f"Diagnosebestand: {out.resolve()}", file=sys.stderr if args.json else sys.stdout)
    return 0
