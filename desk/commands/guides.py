"""``desk guides``: check guide files, list the guides.

``desk guides check [PATH...]`` prints every problem as ``path:line: fout: ...``
or ``path:line: waarschuwing: ...`` and exits 1 when there are errors.
No Qt here: this runs on build servers and on the central service too.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from datetime import date
from pathlib import Path

from desk import clock
from desk.domain.guides.model import Guide
from desk.domain.guides.validate import check_paths


def _default_dir() -> Path:
    from desk.paths import shipped_guides_dir

    return shipped_guides_dir()


def add_arguments(parser: argparse.ArgumentParser) -> None:
    sub = parser.add_subparsers(dest="guides_command", metavar="ACTIE")
    sub.required = True
    check = sub.add_parser(
        "check", help="gidsbestanden nakijken (standaard: de meegeleverde gidsen)"
    )
    check.add_argument("paths", nargs="*", type=Path, metavar="PAD", help="bestanden of mappen")
    check.add_argument("--today", type=date.fromisoformat, help=argparse.SUPPRESS)
    check.add_argument(
        "--quiet", action="store_true", help="enkel fouten tonen, geen waarschuwingen"
    )
    listing = sub.add_parser("list", help="de geldige gidsen oplijsten (id, versie, titel)")
    listing.add_argument("paths", nargs="*", type=Path, metavar="PAD", help="bestanden of mappen")
    listing.add_argument("--json", action="store_true", help="als JSON")


def _shown(path: Path) -> str:
    """The path as typed; an absolute path inside the working folder is shown relative to it."""
    if not path.is_absolute():
        return str(path)
    try:
        relative = os.path.relpath(path)
    except ValueError:  # another drive on Windows
        return str(path)
    return str(path) if relative.startswith("..") else relative


def run(args: argparse.Namespace) -> int:
    paths: list[Path] = list(args.paths) or [_default_dir()]
    if args.guides_command == "check":
        return _check(paths, args.today, args.quiet)
    if args.guides_command == "list":
        return _list(paths, args.json)
    print(f"onbekende actie: {args.guides_command}", file=sys.stderr)
    return 2


def _check(paths: list[Path], today: date | None, quiet: bool) -> int:
    report = check_paths(paths, today=today or clock.today())
    for problem in report.problems:
        if quiet and not problem.is_error:
            continue
        print(problem.format(_shown(problem.path)))
    errors, warnings = len(report.errors), len(report.warnings)
    skipped = len(report.skipped)
    summary = (
        f"{report.files_checked} bestand(en) nagekeken: {len(report.guides)} gids(en) in orde, "
        f"{len(report.translations)} vertaling(en) in orde, {errors} fout(en), "
        f"{warnings} waarschuwing(en)"
    )
    if skipped:
        summary += f"; {skipped} bestand(en) zouden worden overgeslagen"
    print(summary)
    return 1 if report.has_errors else 0


def _row(guide: Guide) -> dict[str, object]:
    return {
        "id": guide.id,
        "version": guide.version,
        "title": guide.title,
        "category": guide.category,
    }


def _list(paths: list[Path], as_json: bool) -> int:
    report = check_paths(paths, today=clock.today())
    guides = sorted(report.guides, key=lambda g: g.id)
    if as_json:
        print(json.dumps([_row(g) for g in guides], ensure_ascii=False, indent=2))
    else:
        width = max((len(g.id) for g in guides), default=2)
        for guide in guides:
            print(f"{guide.id:<{width}}  v{guide.version:<3} {guide.title}")
    for path, problems in report.skipped.items():
        print(f"overgeslagen: {_shown(path)} ({len(problems)} fout(en))", file=sys.stderr)
    return 0
