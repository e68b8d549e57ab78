"""Wiring for the commands and the GUI: a client from config and keyring, one run, status.

No Qt here.
"""

from __future__ import annotations

import threading
from typing import Any

from desk import secrets
from desk.config import Config
from desk.messages import msg
from desk.store import meta
from desk.store.common import PENDING, QUARANTINED
from desk.store.conflicts import open_conflicts
from desk.store.outbox import Outbox
from desk.store.store import Store
from desk.sync.client import CentralClient, SyncError, TokenInvalid, trust_source
from desk.sync.engine import Hook, Progress, SyncEngine, SyncReport
from desk.sync.enrollment import Enrollment, TrainingProfile, load_token


class NotEnrolled(TokenInvalid):
    def __init__(self) -> None:
        super().__init__(
            msg(
                "Dit toestel is nog niet aangemeld bij de centrale server. Meld het aan met "
                "`desk enroll --server ADRES --code CODE` of in Desk via Bestand > Aanmelden "
                "bij de centrale server. Uw gegevens blijven bewaard op deze computer."
            )
        )


def make_client(
    config: Config,
    server: str,
    token: str | None = None,
    *,
    cancel: threading.Event | None = None,
) -> CentralClient:
    return CentralClient(
        server, token, ca_bundle=config.ca_bundle, proxy=config.proxy, cancel=cancel
    )


def client_for(
    store: Store, config: Config, *, cancel: threading.Event | None = None
) -> CentralClient:
    """A client for this enrolled device (token from the keyring)."""
    if store.is_training:
        raise TrainingProfile()
    enrollment = Enrollment.load(store)
    if enrollment is None:
        raise NotEnrolled()
    token = load_token()
    if not token:
        raise NotEnrolled()
    return make_client(config, enrollment.server, token, cancel=cancel)


def sync_once(
    store: Store,
    config: Config,
    *,
    cancel: threading.Event | None = None,
    progress: Progress | None = None,
    hook: Hook | None = None,
    client: CentralClient | None = None,
) -> SyncReport:
    """One push + pull. Setup problems raise; run problems land in ``report.error``."""
    own = client is None
    client = client or client_for(store, config, cancel=cancel)
    try:
        return SyncEngine(store, client, progress=progress, hook=hook).run()
    finally:
        if own:
            client.close()


def status(store: Store, config: Config) -> dict[str, Any]:
    """Everything ``desk status --json`` and the status bar show (never the token)."""
    counts = store.outbox_counts()
    enrollment = Enrollment.load(store)
    info = secrets.backend_info()
    skew = store.get_meta(meta.SYNC_CLOCK_SKEW)
    token_present: bool | None
    try:
        token_present = bool(load_token()) if enrollment is not None else False
    except secrets.KeyringUnavailable:
        token_present = None
    return {
        "pending": counts.get(PENDING, 0),
        "quarantined": counts.get(QUARANTINED, 0),
        "conflicts": len(open_conflicts(store)),
        # Pulled records this Desk could not read: kept, tried again after an update.
        "unreadable": Outbox(store).held_count(),
        "last_sync": store.get_meta(meta.SYNC_LAST_SUCCESS) or None,
        "last_attempt": store.get_meta(meta.SYNC_LAST_ATTEMPT) or None,
        "last_error": store.get_meta(meta.SYNC_LAST_ERROR) or None,
        "server": enrollment.server if enrollment else (config.server_url or None),
        "enrolled": enrollment is not None,
        "device_id": enrollment.device_id if enrollment else store.get_meta(meta.DEVICE_ID),
        "org": enrollment.org if enrollment else (config.org or None),
        "office": enrollment.office if enrollment else (config.office or None),
        "role": enrollment.role if enrollment else None,
        "training": store.is_training,
        "cursor": int(store.get_meta(meta.SYNC_CURSOR, "0") or 0),
        "clock_skew_seconds": float(skew) if skew else None,
        "keyring": {
            "backend": info.name,
            "where": info.label,
            "usable": info.usable,
            "encrypts": info.encrypts,
        },
        "token_present": token_present,
        "trust": trust_source(config.ca_bundle),
        "proxy": config.proxy or "systeem/omgeving",
    }


__all__ = [
    "NotEnrolled",
    "SyncError",
    "client_for",
    "make_client",
    "status",
    "sync_once",
]
