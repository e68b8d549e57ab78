"""``desk demo-data``: fill the current profile with fictional training data.

The data and the training mark are :mod:`desk.app.demo`; a profile with real
cases or unsent changes is refused there.
"""

from __future__ import annotations

import argparse

from desk.errors import InputError


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--cases", type=int, default=200, help="aantal fictieve contacten")
    parser.add_argument("--referrals", type=int, default=0,
                        help="aantal fictieve doorverwijzingen (standaard 0)")
    parser.add_argument("--seed", type=int, default=1, help="zaadgetal: zelfde getal, zelfde data")


def run(args: argparse.Namespace) -> int:
    if args.cases < 0 or args.cases > 1_000_000:
        raise InputError("--cases moet tussen 0 en 1.000.000 liggen")
    if args.referrals < 0 or args.referrals > 1_000_000:
        raise InputError("--referrals moet tussen 0 en 1.000.000 liggen")
    from desk import clock
    from desk.app.demo import fill_profile
    from desk.config import load_config
    from desk.store.store import open_store

    config = load_config()
    store = open_store()
    try:
        result = fill_profile(store, cases=args.cases, referrals=args.referrals, seed=args.seed,
                              topics=config.topics, now=clock.now())
    finally:
        store.close()
    print(f"{result.cases} fictieve contacten en {result.referrals} fictieve doorverwijzingen "
          "toegevoegd; dit profiel staat in OEFENMODUS en synchroniseert nooit.")
    return 0
