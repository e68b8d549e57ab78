"""``desk enroll --server URL --code CODE``: enroll this device (scripted rollout).

The device token goes only to the OS keyring; the local data is kept when a
device is enrolled again.
"""

from __future__ import annotations

import argparse


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--server", default="",
                        help="adres van de centrale server (standaard: server_url uit de "
                             "configuratie)")  # fmt: skip
    parser.add_argument("--code", required=True, help="eenmalige aanmeldcode van IT")


def run(args: argparse.Namespace) -> int:
    from desk import secrets
    from desk.app.sync import enroll_device
    from desk.config import load_config
    from desk.store.store import open_store

    config = load_config()
    server = (args.server or config.server_url).strip()
    if not server:
        print(
            "desk enroll: geef het adres van de centrale server op met --server, of laat IT "
            "server_url instellen in de configuratie."
        )
        return 2
    store = open_store()
    try:
        done = enroll_device(store, config, server, args.code)
    finally:
        store.close()
    info = secrets.backend_info()
    print(
        f"Aangemeld bij {done.server} als toestel {done.device_id} van {done.org}"
        f"{' (' + done.office + ')' if done.office else ''}."
    )
    print(f"Het toestelsleutel staat in: {info.label}.")
    if not info.encrypts:
        print(f"Let op: {info.explanation}")
    return 0
