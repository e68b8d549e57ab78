"""``desk status [--json]``: sync status (pending, quarantined, last sync, server, device)."""

from __future__ import annotations

import argparse
import json


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="als JSON")


def run(args: argparse.Namespace) -> int:
    from desk.app.sync import status
    from desk.config import load_config
    from desk.store.store import open_store

    config = load_config()
    store = open_store()
    try:
        data = status(store, config)
    finally:
        store.close()
    if args.json:
        print(json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True))
        return 0
    print(f"Server:          {data['server'] or '(geen)'}")
    print(f"Aangemeld:       {'ja' if data['enrolled'] else 'nee'}"
          f"{' — ' + data['org'] if data['org'] else ''}")  # fmt: skip
    print(f"Toestel:         {data['device_id']}")
    print(f"In wachtrij:     {data['pending']}")
    print(f"In quarantaine:  {data['quarantined']}")
    print(f"Conflicten:      {data['conflicts']}")
    print(f"Laatste sync:    {data['last_sync'] or 'nog nooit'}")
    if data["last_error"]:
        print(f"Laatste fout:    {data['last_error']}")
    print(f"Sleutelbos:      {data['keyring']['where']}")
    if data["training"]:
        print("Oefenprofiel:    ja (synchroniseert nooit)")
    return 0
