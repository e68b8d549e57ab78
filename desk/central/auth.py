"""Secrets, hashes, versions and device authentication."""

from __future__ import annotations

import hashlib
import re
import secrets
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Connection, select

from desk.central import tables as t

PROTOCOL = 1
_CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I


class AuthError(Exception):
    """Refused authentication; ``status`` is the HTTP status to answer."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


@dataclass(frozen=True)
class Device:
    """The authenticated caller of a request."""

    id: str
    org: str
    office: str | None
    role: str
    name: str
    last_sync_at: datetime | None = None
    last_seen_at: datetime | None = None
    app_version: str = ""

    @property
    def label(self) -> str:
        """How the device appears in audit logs and status histories (no person's name)."""
        return f"{self.org}:{self.role}:{self.id[:8]}"


def sha256_hex(value: str) -> str:
    return hashlib.sha256(value.encode("utf-8")).hexdigest()


def new_token() -> str:
    return "dct_" + secrets.token_urlsafe(32)


def new_enroll_code() -> str:
    """A one-time code a person can type: ``XXXX-XXXX-XXXX-XXXX`` (80 bits)."""
    raw = "".join(secrets.choice(_CODE_ALPHABET) for _ in range(16))
    return "-".join(raw[i : i + 4] for i in range(0, 16, 4))


def normalise_code(code: str) -> str:
    return re.sub(r"[\s-]", "", code).upper()


def hash_code(code: str) -> str:
    return sha256_hex("enroll:" + normalise_code(code))


def hash_token(token: str) -> str:
    return sha256_hex("token:" + token)


_VERSION = re.compile(r"^(\d+)\.(\d+)(?:\.(\d+))?")


def parse_version(text: str) -> tuple[int, int, int]:
    """``"1.2.3"`` (or ``"1.2"``, ``"1.2.3rc1"``) -> ``(1, 2, 3)``; ValueError otherwise."""
    match = _VERSION.match(text.strip())
    if not match:
        raise ValueError(f"not a version number: {text!r}")
    return int(match[1]), int(match[2]), int(match[3] or 0)


def authenticate(conn: Connection, token: str, now: datetime) -> Device:
    """The device that owns *token*, or :class:`AuthError` (401) with the reason."""
    row = conn.execute(
        select(
            t.devices.c.id,
            t.devices.c.org,
            t.devices.c.office,
            t.devices.c.role,
            t.devices.c.name,
            t.devices.c.revoked_at,
            t.devices.c.expires_at,
            t.devices.c.last_sync_at,
            t.devices.c.last_seen_at,
            t.devices.c.app_version,
        ).where(t.devices.c.token_hash == hash_token(token))
    ).first()
    if row is None:
        raise AuthError(401, "unknown device token; enroll this device again")
    if row.revoked_at is not None:
        raise AuthError(401, "this device has been revoked; ask IT for a new enrollment code")
    if row.expires_at <= now:
        raise AuthError(401, "the device token has expired; enroll this device again")
    return Device(
        row.id,
        row.org,
        row.office,
        row.role,
        row.name,
        row.last_sync_at,
        row.last_seen_at,
        row.app_version,
    )
