"""Enrollment: exchange a one-time code for a device token, kept only in the keyring.

The token goes to the OS keyring through :mod:`desk.secrets` and nowhere
else. The store's ``meta`` table gets what is not secret: the server address,
the device id the server gave, the organisation, office and role. Enrolling
again (a new code, a new server) keeps every local record and the outbox.
"""

from __future__ import annotations

import logging
import platform
import socket
from dataclasses import dataclass
from typing import Final, Protocol

from desk import secrets
from desk.messages import msg
from desk.store import meta
from desk.store.common import to_iso, utcnow
from desk.store.store import Store
from desk.sync.client import CentralClient, SyncError

log = logging.getLogger(__name__)

#: Keyring entry (service "desk") of the device token.
TOKEN_NAME: Final = "device_token"


class ClientFactory(Protocol):
    def __call__(self, server_url: str, token: str | None) -> CentralClient: ...


@dataclass(frozen=True)
class Enrollment:
    """What the store knows about this device's enrollment (no token)."""

    server: str
    device_id: str
    org: str
    office: str
    role: str
    enrolled_at: str

    @classmethod
    def load(cls, store: Store) -> Enrollment | None:
        device_id = store.get_meta(meta.CENTRAL_DEVICE_ID)
        server = store.get_meta(meta.CENTRAL_SERVER)
        if not device_id or not server:
            return None
        return cls(
            server=server,
            device_id=device_id,
            org=store.get_meta(meta.CENTRAL_ORG, "") or "",
            office=store.get_meta(meta.CENTRAL_OFFICE, "") or "",
            role=store.get_meta(meta.CENTRAL_ROLE, "") or "",
            enrolled_at=store.get_meta(meta.CENTRAL_ENROLLED_AT, "") or "",
        )


class TrainingProfile(SyncError):
    """A training profile never talks to the central server."""

    exit_code = 4

    def __init__(self) -> None:
        super().__init__(
            msg(
                "Dit is een oefenprofiel: oefengegevens worden nooit naar de centrale server "
                "gestuurd. Synchroniseren en aanmelden kan alleen in een gewoon profiel."
            )
        )


def device_name() -> str:
    return f"{socket.gethostname() or 'desk'}"[:200]


def os_name() -> str:
    return f"{platform.system()} {platform.release()}".strip()[:200] or "onbekend"


def enroll(store: Store, client: CentralClient, code: str) -> Enrollment:
    """Enroll this device with *client*'s server using the one-time *code*.

    Raises:
        TrainingProfile: the store is a training profile.
        KeyringUnavailable: no usable keyring (checked before the code is spent).
        SyncError: the server refused or could not be reached; nothing changed.
    """
    if store.is_training:
        raise TrainingProfile()
    info = secrets.backend_info()
    if not info.usable:
        # Checked first so that the single-use code is not spent for nothing.
        raise secrets.KeyringUnavailable(detail=f"enroll: backend {info.name} not usable")
    answer = client.enroll(code, device_name(), os_name())
    try:
        secrets.set_secret(TOKEN_NAME, str(answer["token"]))
    except secrets.KeyringUnavailable as exc:
        raise secrets.KeyringUnavailable(
            msg(
                "{0} De aanmeldcode is al gebruikt: vraag IT daarna een nieuwe code.",
                exc.message,
            ),
            detail=exc.detail,
        ) from None
    server = client.base
    previous = Enrollment.load(store)
    with store.tx() as conn:
        if previous is None or previous.server != server or previous.org != answer["org"]:
            # Another server or organisation: its change numbers mean nothing here.
            store.set_meta(meta.SYNC_CURSOR, "0", conn)
        store.set_meta(meta.CENTRAL_SERVER, server, conn)
        store.set_meta(meta.CENTRAL_DEVICE_ID, str(answer["device_id"]), conn)
        store.set_meta(meta.CENTRAL_ORG, str(answer["org"]), conn)
        store.set_meta(meta.CENTRAL_OFFICE, str(answer.get("office") or ""), conn)
        store.set_meta(meta.CENTRAL_ROLE, str(answer.get("role") or ""), conn)
        store.set_meta(meta.CENTRAL_ENROLLED_AT, to_iso(utcnow()), conn)
    log.info("enrolled as device %s of %s at %s (token in %s)", answer["device_id"],
             answer["org"], server, info.name)  # fmt: skip
    result = Enrollment.load(store)
    assert result is not None
    return result


def load_token() -> str | None:
    """The device token from the keyring (KeyringUnavailable if there is none usable)."""
    return secrets.get_secret(TOKEN_NAME)
