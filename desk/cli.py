"""The ``desk`` command line: the GUI and every subcommand share it.

Subcommands live in ``desk/commands/<name>.py`` and are imported only when
used; none of them imports Qt. The GUI path imports :mod:`desk.bootstrap`,
the one place that wires the application together.
"""

from __future__ import annotations

import importlib
import logging
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

from desk import __version__, startup

if TYPE_CHECKING:
    import argparse

log = logging.getLogger(__name__)

#: name -> (module, help). Modules expose add_arguments(parser) and run(args) -> int.
COMMANDS: dict[str, tuple[str, str]] = {
    "guides": ("desk.commands.guides", "gidsen nakijken en oplijsten"),
    "export": ("desk.commands.export", "gegevens exporteren naar CSV"),
    "import": ("desk.commands.importer", "contacten importeren uit CSV"),
    "demo-data": ("desk.commands.demo_data", "fictieve oefengegevens aanmaken"),
    "enroll": ("desk.commands.enroll", "dit toestel aanmelden bij de centrale server"),
    "sync": ("desk.commands.sync", "nu synchroniseren met de centrale server"),
    "status": ("desk.commands.status", "synchronisatiestatus tonen"),
    "stats": ("desk.commands.stats", "statistieken tonen"),
    "diagnostics": ("desk.commands.diagnostics", "diagnosebestand voor de helpdesk maken"),
}


def _load(name: str) -> object | None:
    module_name = COMMANDS[name][0]
    try:
        return importlib.import_module(module_name)
    except ModuleNotFoundError as exc:
        if exc.name == module_name:
            return None
        raise


def build_parser(command: str | None) -> argparse.ArgumentParser:
    import argparse  # not on the GUI start's path

    parser = argparse.ArgumentParser(
        prog="desk",
        description="Desk: begeleide digitale dienstverlening aan het loket.",
    )
    parser.add_argument("--version", action="version", version=f"desk {__version__}")
    parser.add_argument(
        "--quit-when-ready",
        action="store_true",
        help="start de toepassing, meld de opstarttijden als JSON en sluit af",
    )
    parser.add_argument("--verbose", action="store_true", help="uitgebreide logging")
    sub = parser.add_subparsers(dest="command", metavar="OPDRACHT")
    for name, (_module, help_text) in COMMANDS.items():
        sp = sub.add_parser(name, help=help_text)
        if name == command:
            module = _load(name)
            if module is not None:
                module.add_arguments(sp)  # type: ignore[attr-defined]
    return parser


def _first_command(argv: Sequence[str]) -> str | None:
    for arg in argv:
        if arg in COMMANDS:
            return arg
        if not arg.startswith("-"):
            return None
    return None


#: Arguments of the plain GUI start, which skips argparse (start-up is a feature).
_GUI_FLAGS = frozenset({"--quit-when-ready", "--verbose"})


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    from desk.logsetup import setup_logging

    if set(argv) <= _GUI_FLAGS:
        setup_logging(verbose="--verbose" in argv)
        from desk.bootstrap import run_gui

        return run_gui(quit_when_ready="--quit-when-ready" in argv, t0_ms=startup.elapsed_ms)
    command = _first_command(argv)
    args = build_parser(command).parse_args(argv)
    from desk.errors import DeskError

    setup_logging(verbose=args.verbose, to_stderr=command is not None)
    if command is None:  # only GUI flags mixed with nothing else reach here
        build_parser(None).print_usage(sys.stderr)
        return 2
    module = _load(command)
    if module is None:
        print(f"desk {command}: deze opdracht is nog niet beschikbaar in deze versie.",
              file=sys.stderr)
        return 2
    try:
        return int(module.run(args))  # type: ignore[attr-defined]
    except DeskError as exc:
        log.warning("%s failed: %s", command, exc.detail or type(exc).__name__)
        print(f"desk {command}: {exc.message}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # Output piped into e.g. ``head`` that stopped reading: not an error.
        import os

        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
