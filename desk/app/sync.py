"""The sync service: one run, where sync stands, enrolment.

``desk sync``, ``desk status`` and ``desk enroll`` use it, and so does the
GUI's :class:`desk.ui.sync.controller.SyncController` (on the background
worker, with a cancel event and progress). No Qt here.
"""

from __future__ import annotations

import threading
from typing import TypedDict

from desk import secrets
from desk.config import Config
from desk.store import meta
from desk.store.common import PENDING, QUARANTINED
from desk.store.conflicts import open_conflicts
from desk.store.outbox import Outbox
from desk.store.store import Store
from desk.sync.client import CentralClient, trust_source
from desk.sync.connect import client_for, make_client
from desk.sync.engine import Hook, Progress, SyncEngine, SyncReport
from desk.sync.enrollment import Enrollment, enroll, load_token


class KeyringStatus(TypedDict):
    backend: str
    where: str
    usable: bool
    encrypts: bool


class SyncStatus(TypedDict):
    """Everything ``desk status --json`` and the status bar show (never the token)."""

    pending: int
    quarantined: int
    conflicts: int
    #: Pulled records this Desk could not read (kept, tried again after an update).
    unreadable: int
    last_sync: str | None
    last_attempt: str | None
    last_error: str | None
    server: str | None
    enrolled: bool
    device_id: str | None
    org: str | None
    office: str | None
    role: str | None
    training: bool
    cursor: int
    clock_skew_seconds: float | None
    keyring: KeyringStatus
    #: None: the keyring could not be asked.
    token_present: bool | None
    trust: str
    proxy: str


def sync_once(
    store: Store,
    config: Config,
    *,
    cancel: threading.Event | None = None,
    progress: Progress | None = None,
    hook: Hook | None = None,
    client: CentralClient | None = None,
) -> SyncReport:
    """One push + pull. Setup problems raise; run problems land in ``report.error``.

    Raises:
        TrainingProfile: a training profile never syncs.
        NotEnrolled: no enrolment or no token in the keyring.
        KeyringUnavailable: the keyring cannot be asked.
    """
    own = client is None
    client = client or client_for(store, config, cancel=cancel)
    try:
        return SyncEngine(store, client, progress=progress, hook=hook).run()
    finally:
        if own:
            client.close()


def status(store: Store, config: Config) -> SyncStatus:
    """Where sync stands (may ask the keyring whether the token is there; never reads it out)."""
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


def enroll_device(store: Store, config: Config, server: str, code: str) -> Enrollment:
    """Enrol this device with *server* using the one-time *code* (token to the keyring).

    Raises:
        TrainingProfile, KeyringUnavailable, SyncError: see :func:`desk.sync.enrollment.enroll`.
    """
    client = make_client(config, server)
    try:
        return enroll(store, client, code)
    finally:
        client.close()
