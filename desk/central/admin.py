"""Operations behind the CLI (and enrollment): organisations, devices, config, counts."""

from __future__ import annotations

import json
import math
import unicodedata
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Connection, Engine, and_, func, select, update
from sqlalchemy.exc import IntegrityError

from desk import clock
from desk.central import audit, stats
from desk.central import tables as t
from desk.central.auth import hash_code, hash_token, new_enroll_code, new_token, parse_version
from desk.central.db import add_to_feed, reading, small_write, writing
from desk.domain.vocab import ROLES

DEFAULT_TOKEN_DAYS = 365
MIN_VERSION_KEY = "min_client_version"


class AdminError(Exception):
    """A refused admin or enrollment action, with a message for a person."""

    def __init__(self, message: str, status: int = 400, code: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.status = status
        self.code = code  # short and stable, for the audit log


def parse_duration(text: str) -> timedelta:
    """``7d``, ``12h``, ``30m`` -> timedelta."""
    units = {"d": "days", "h": "hours", "m": "minutes"}
    text = text.strip().lower()
    if len(text) < 2 or text[-1] not in units or not text[:-1].isdigit() or int(text[:-1]) <= 0:
        raise AdminError(f"not a duration: {text!r} (use e.g. 7d, 12h or 30m)")
    return timedelta(**{units[text[-1]]: int(text[:-1])})


def add_org(engine: Engine, code: str, name: str, actor: str) -> None:
    code = code.strip().lower()
    if not code or not all(ch.isalnum() or ch in "-_" for ch in code) or len(code) > 40:
        raise AdminError(f"invalid organisation code {code!r}: use a-z, 0-9, - and _")
    try:
        with writing(engine) as conn:
            conn.execute(t.orgs.insert().values(code=code, name=name, created_at=clock.now()))
            # The guides and the directory are already published: the new organisation's
            # devices pull them first.
            shared = conn.execute(
                select(t.items.c.kind, t.items.c.id)
                .where(t.items.c.org.is_(None))
                .order_by(t.items.c.seq)
            ).all()
            add_to_feed(conn, code, [(row.kind, row.id) for row in shared])
            audit.record(conn, actor, "org.add", org=code, target=code)
    except IntegrityError:
        raise AdminError(f"organisation {code!r} already exists") from None


def _require_org(conn: Connection, org: str) -> None:
    if conn.execute(select(t.orgs.c.code).where(t.orgs.c.code == org)).first() is None:
        raise AdminError(f"unknown organisation {org!r}; add it with `desk-central org add`")


def add_office(engine: Engine, org: str, code: str, name: str, actor: str) -> None:
    try:
        with writing(engine) as conn:
            _require_org(conn, org)
            conn.execute(
                t.offices.insert().values(
                    org=org, code=code, name=name or code, created_at=clock.now()
                )
            )
            audit.record(conn, actor, "office.add", org=org, target=code)
            # Records pushed for this office before it existed counted as "other".
            stats.refresh(conn)
    except IntegrityError:
        raise AdminError(f"office {code!r} already exists in {org!r}") from None


MAX_TOPICS = 200
MAX_TOPIC = 114  # "topic:" + text fits the 120 characters of a pushed topic


def parse_topics(text: str) -> list[str]:
    """Topics separated by ``;`` or new lines, as in the desk's ``topics`` setting."""
    topics: list[str] = []
    for part in text.replace("\r", "\n").replace(";", "\n").split("\n"):
        topic = part.strip()
        if not topic:
            continue
        if len(topic) > MAX_TOPIC:
            raise AdminError(f"topic too long ({len(topic)} > {MAX_TOPIC}): {topic[:30]!r}…")
        if any(unicodedata.category(ch) in ("Cc", "Cf", "Co", "Cs", "Zl", "Zp") for ch in topic):
            raise AdminError(f"topic with control characters: {topic[:30]!r}")
        if topic not in topics:
            topics.append(topic)
    if len(topics) > MAX_TOPICS:
        raise AdminError(f"at most {MAX_TOPICS} topics per organisation ({len(topics)} given)")
    return topics


def set_topics(engine: Engine, org: str, topics: list[str], actor: str) -> list[str]:
    """Set the organisation's topic list: the free topics statistics may show.

    Keep it equal to the ``topics`` setting of the organisation's desks; any other
    free topic is counted as "other". The statistics are rebuilt in the same
    transaction.
    """
    with writing(engine) as conn:
        _require_org(conn, org)
        conn.execute(
            update(t.orgs).where(t.orgs.c.code == org).values(
                topics=json.dumps(topics, ensure_ascii=False)
            )
        )
        audit.record(conn, actor, "org.topics", org=org, target=org,
                     detail={"topics": len(topics)})  # fmt: skip
        stats.refresh(conn)
    return topics


def get_topics(engine: Engine, org: str) -> list[str]:
    with reading(engine) as conn:
        _require_org(conn, org)
        row = conn.execute(select(t.orgs.c.topics).where(t.orgs.c.code == org)).one()
    value = json.loads(row[0] or "[]")
    return [str(v) for v in value] if isinstance(value, list) else []


def create_enroll_code(
    engine: Engine,
    org: str,
    *,
    office: str | None,
    role: str,
    expires: timedelta,
    actor: str,
) -> str:
    """A new one-time enrollment code; only its hash is stored."""
    if role not in ROLES:
        raise AdminError(f"unknown role {role!r}; choose one of {', '.join(ROLES)}")
    now = clock.now()
    code = new_enroll_code()
    with writing(engine) as conn:
        _require_org(conn, org)
        if office is not None:
            known = conn.execute(
                select(t.offices.c.code).where(
                    and_(t.offices.c.org == org, t.offices.c.code == office)
                )
            ).first()
            if known is None:
                raise AdminError(f"unknown office {office!r} in {org!r}; add it first")
        conn.execute(
            t.enroll_codes.insert().values(
                code_hash=hash_code(code),
                org=org,
                office=office,
                role=role,
                created_at=now,
                expires_at=now + expires,
            )
        )
        audit.record(
            conn, actor, "enroll_code.create", org=org, detail={"role": role, "office": office}
        )
    return code


@dataclass(frozen=True)
class Enrolled:
    device_id: str
    token: str
    org: str
    office: str | None
    role: str


def enroll(
    engine: Engine, code: str, device_name: str, app_version: str, os_name: str, now: datetime
) -> Enrolled:
    """Exchange a one-time code for a device token (atomic: a code works once)."""
    code_hash = hash_code(code)
    device_id = str(uuid.uuid4())
    token = new_token()
    with writing(engine) as conn:
        claimed = conn.execute(
            update(t.enroll_codes)
            .where(
                and_(
                    t.enroll_codes.c.code_hash == code_hash,
                    t.enroll_codes.c.used_at.is_(None),
                    t.enroll_codes.c.expires_at > now,
                )
            )
            .values(used_at=now, device_id=device_id)
            .returning(t.enroll_codes.c.org, t.enroll_codes.c.office, t.enroll_codes.c.role)
        ).first()
        if claimed is None:
            row = conn.execute(
                select(t.enroll_codes.c.used_at).where(t.enroll_codes.c.code_hash == code_hash)
            ).first()
            if row is None:
                message, code = "unknown enrollment code", "unknown"
            elif row.used_at is not None:
                message = "this enrollment code has already been used; ask IT for a new one"
                code = "used"
            else:
                message, code = "this enrollment code has expired; ask IT for a new one", "expired"
            raise AdminError(message, status=403, code=code)
        conn.execute(
            t.devices.insert().values(
                id=device_id,
                org=claimed.org,
                office=claimed.office,
                role=claimed.role,
                name=device_name,
                app_version=app_version,
                os=os_name,
                token_hash=hash_token(token),
                created_at=now,
                expires_at=now + timedelta(days=DEFAULT_TOKEN_DAYS),
                last_seen_at=now,
            )
        )
        audit.record(
            conn,
            f"device:{device_id}",
            "device.enroll",
            org=claimed.org,
            target=device_id,
            detail={"role": claimed.role, "app_version": app_version},
            now=now,
        )
    return Enrolled(device_id, token, claimed.org, claimed.office, claimed.role)


#: Failed enrolments an address may make within ENROLL_WINDOW before it is slowed down ...
ENROLL_FREE_FAILURES = 5
ENROLL_WINDOW = timedelta(minutes=15)
#: ... to one attempt per 2, 4, 8 ... seconds after its last failure, at most this often.
ENROLL_MAX_WAIT = 900
ENROLL_FAILED = "device.enroll_failed"


def enroll_failed(engine: Engine, address: str, error: AdminError, now: datetime) -> None:
    """Audit a refused enrolment with the caller's address (never the code)."""
    with small_write(engine) as conn:
        audit.record(
            conn, f"address:{address}", ENROLL_FAILED, target=address[:120],
            detail={"reason": error.code or "refused"}, now=now,
        )  # fmt: skip


def enroll_wait(engine: Engine, address: str, now: datetime) -> int:
    """Seconds *address* must still wait before it may try a code again (0: go ahead).

    Counted from the audit log, so it holds across worker processes and restarts.
    """
    a = t.audit_log.c
    with reading(engine) as conn:
        failures, last = conn.execute(
            select(func.count(), func.max(a.at)).where(
                a.action == ENROLL_FAILED, a.target == address[:120], a.at > now - ENROLL_WINDOW
            )
        ).one()
    if failures < ENROLL_FREE_FAILURES or last is None:
        return 0
    wait = min(ENROLL_MAX_WAIT, 2 ** (failures - ENROLL_FREE_FAILURES + 1))
    left = (last + timedelta(seconds=wait) - now).total_seconds()
    return max(0, math.ceil(left))


def list_devices(engine: Engine) -> list[dict[str, Any]]:
    d = t.devices.c
    with reading(engine) as conn:
        rows = conn.execute(
            select(
                d.id, d.org, d.office, d.role, d.name, d.app_version, d.os,
                d.created_at, d.last_seen_at, d.last_sync_at, d.revoked_at, d.expires_at,
            ).order_by(d.org, d.created_at)
        ).all()  # fmt: skip

    def iso(value: datetime | None) -> str | None:
        return value.isoformat().replace("+00:00", "Z") if value else None

    return [
        {
            "id": r.id,
            "org": r.org,
            "office": r.office,
            "role": r.role,
            "name": r.name,
            "app_version": r.app_version,
            "os": r.os,
            "enrolled": iso(r.created_at),
            "last_seen": iso(r.last_seen_at),
            "last_sync": iso(r.last_sync_at),
            "expires": iso(r.expires_at),
            "revoked": r.revoked_at is not None,
        }
        for r in rows
    ]


def revoke_device(engine: Engine, device_id: str, actor: str) -> None:
    with writing(engine) as conn:
        row = conn.execute(
            update(t.devices)
            .where(and_(t.devices.c.id == device_id, t.devices.c.revoked_at.is_(None)))
            .values(revoked_at=clock.now())
            .returning(t.devices.c.org)
        ).first()
        if row is None:
            exists = conn.execute(select(t.devices.c.id).where(t.devices.c.id == device_id)).first()
            raise AdminError(
                f"device {device_id} is already revoked"
                if exists
                else f"unknown device {device_id}; see `desk-central devices list`"
            )
        audit.record(conn, actor, "device.revoke", org=row.org, target=device_id)


def counts(engine: Engine) -> dict[str, dict[str, int]]:
    """Live records per organisation and kind (tombstones excluded), every org listed."""
    plural = {"case": "cases", "referral": "referrals"}
    with reading(engine) as conn:
        result: dict[str, dict[str, int]] = {
            code: {"cases": 0, "referrals": 0}
            for (code,) in conn.execute(select(t.orgs.c.code).order_by(t.orgs.c.code))
        }
        rows = conn.execute(
            select(t.items.c.org, t.items.c.kind, func.count())
            .where(t.items.c.kind.in_(plural), t.items.c.deleted.is_(False))
            .group_by(t.items.c.org, t.items.c.kind)
        )
        for org, kind, n in rows:
            result.setdefault(org, {"cases": 0, "referrals": 0})[plural[kind]] = int(n)
        devices = conn.execute(
            select(t.devices.c.org, func.count())
            .where(t.devices.c.revoked_at.is_(None))
            .group_by(t.devices.c.org)
        )
        for org, n in devices:
            result.setdefault(org, {"cases": 0, "referrals": 0})["devices"] = int(n)
    return result


def get_config(conn: Connection, key: str) -> str | None:
    row = conn.execute(select(t.server_config.c.value).where(t.server_config.c.key == key)).first()
    return None if row is None else str(row[0])


def set_min_version(engine: Engine, version: str, actor: str) -> None:
    try:
        parse_version(version)
    except ValueError as exc:
        raise AdminError(str(exc)) from None
    with writing(engine) as conn:
        done = conn.execute(
            update(t.server_config)
            .where(t.server_config.c.key == MIN_VERSION_KEY)
            .values(value=version)
        ).rowcount
        if not done:
            conn.execute(t.server_config.insert().values(key=MIN_VERSION_KEY, value=version))
        audit.record(conn, actor, "config.min_version", target=version)
