"""Partners, web users, one-time sign-in links, passwords, TOTP, recovery codes, sessions.

Well-kept libraries do the cryptography: argon2-cffi hashes passwords and recovery
codes, pyotp checks time-based codes (RFC 6238), :mod:`secrets` makes every token.
Only SHA-256 hashes of sign-in links and session cookies are stored.

Times come from :mod:`desk.clock`.
"""

from __future__ import annotations

import json
import re
import secrets
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, Final

from sqlalchemy import Connection, Engine, and_, delete, func, or_, select, update

from desk import clock
from desk.central import audit
from desk.central import tables as t
from desk.central.auth import sha256_hex
from desk.central.db import reading, small_write

INVITE_VALID: Final = timedelta(hours=24)
#: A session ends after this long without a request (ASVS 3.3.2, NIST AAL2: 30 min)…
IDLE_TIMEOUT: Final = timedelta(minutes=30)
#: …and this long after the sign-in, however active (a working day).
ABSOLUTE_TIMEOUT: Final = timedelta(hours=8)
#: Between the password and the code.
SECOND_FACTOR_TIMEOUT: Final = timedelta(minutes=5)
#: Failed sign-ins (password or code) before an account waits.
MAX_FAILURES: Final = 5
LOCK_TIME: Final = timedelta(minutes=15)
#: Failed sign-ins per address per window.
ADDRESS_LIMIT: Final = 20
ADDRESS_WINDOW: Final = timedelta(minutes=15)
MIN_PASSWORD: Final = 12
RECOVERY_CODES: Final = 10
KINDS: Final = ("partner", "viewer")
_CODE_RE: Final = re.compile(r"^[a-z0-9][a-z0-9_-]{1,39}$")
_EMAIL_RE: Final = re.compile(r"^[^@\s<>\"']{1,64}@[A-Za-z0-9.-]{1,185}\.[A-Za-z]{2,}$")
_SERVICE_RE: Final = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._:-]{0,119}$")
_RECOVERY_ALPHABET: Final = "abcdefghjkmnpqrstuvwxyz23456789"


class AccountError(Exception):
    """A refused account operation; ``message`` is for the operator."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def _hasher() -> Any:
    from argon2 import PasswordHasher

    return PasswordHasher()  # argon2id with the library's current defaults (RFC 9106)


def _code_hasher() -> Any:
    """Recovery codes are random (50 bits), so OWASP's lighter argon2id setting will do:
    19 MiB, 2 passes. Ten of them are made and checked at once."""
    from argon2 import PasswordHasher

    return PasswordHasher(time_cost=2, memory_cost=19456, parallelism=1)


def hash_secret(value: str, *, code: bool = False) -> str:
    return str((_code_hasher() if code else _hasher()).hash(value))


def verify_secret(stored: str | None, value: str) -> bool:
    """Check *value* against an argon2 hash (its own parameters are in the hash)."""
    from argon2.exceptions import InvalidHashError, VerificationError

    if not stored:
        # Same work as a real check, so a missing account takes as long as a wrong password.
        _hasher().hash(value)
        return False
    try:
        return bool(_hasher().verify(stored, value))
    except (VerificationError, InvalidHashError):
        return False


def normal_email(email: str) -> str:
    email = email.strip()
    if not _EMAIL_RE.match(email):
        raise AccountError(f"{email!r} is not an e-mail address")
    local, domain = email.rsplit("@", 1)
    return f"{local}@{domain.lower()}"


# -- partners and users (the CLI) ----------------------------------------------------------


def add_partner(engine: Engine, code: str, name: str, services: list[str], actor: str) -> None:
    """Add a partner, or change the name and services of one (a revoked one comes back)."""
    if not _CODE_RE.match(code):
        raise AccountError(
            f"partner code {code!r}: 2-40 lower-case letters, digits, '-' or '_'"
        )
    name = name.strip()
    if not name or len(name) > 200:
        raise AccountError("--name: 1 to 200 characters")
    services = [s.strip() for s in services if s.strip()]
    if not services:
        raise AccountError("--services: at least one service id of the directory")
    for service in services:
        if not _SERVICE_RE.match(service):
            raise AccountError(f"service id {service!r} is not valid")
    now = clock.now()
    p = t.web_partners.c
    with small_write(engine) as conn:
        known = directory_services(conn)
        unknown = [s for s in services if known and s not in known]
        if unknown:
            raise AccountError(
                f"not in the published directory: {', '.join(unknown)} "
                "(publish the directory first, or check the ids)"
            )
        exists = conn.execute(select(p.code).where(p.code == code)).first()
        if exists:
            conn.execute(
                update(t.web_partners).where(p.code == code).values(name=name, revoked_at=None)
            )
            conn.execute(delete(t.web_partner_services).where(
                t.web_partner_services.c.partner == code))  # fmt: skip
        else:
            conn.execute(t.web_partners.insert().values(code=code, name=name, created_at=now))
        conn.execute(
            t.web_partner_services.insert(),
            [{"partner": code, "service_id": s} for s in sorted(set(services))],
        )
        audit.record(
            conn, actor, "partner.update" if exists else "partner.add", target=code,
            detail={"services": sorted(set(services))}, now=now,
        )  # fmt: skip


def directory_services(conn: Connection) -> set[str]:
    """The service ids of the published directory (empty when none is published)."""
    i = t.items.c
    row = conn.execute(
        select(i.body).where(i.kind == "directory", i.id == "directory", i.deleted.is_(False))
    ).first()
    if row is None:
        return set()
    try:
        data = json.loads(row[0])
        return {str(s["id"]) for s in data.get("services") or [] if s.get("id")}
    except (ValueError, TypeError, AttributeError, KeyError):
        return set()


@dataclass(frozen=True)
class Invite:
    user_id: str
    email: str
    token: str
    expires_at: datetime
    new_user: bool


def invite(
    engine: Engine, email: str, *, kind: str, actor: str, partner: str | None = None,
    org: str | None = None,
) -> Invite:  # fmt: skip
    """Create (or re-invite) a user and a one-time sign-in link valid 24 h.

    Re-inviting an existing user makes a new link; using it sets a new password and a
    new authenticator (the way back after a lost phone). Older open links stop working.
    """
    if kind not in KINDS:
        raise AccountError(f"unknown kind {kind!r}")
    email = normal_email(email)
    now = clock.now()
    u = t.web_users.c
    with small_write(engine) as conn:
        if kind == "partner":
            row = conn.execute(
                select(t.web_partners.c.revoked_at).where(t.web_partners.c.code == partner)
            ).first()
            if row is None:
                raise AccountError(f"unknown partner {partner!r} (desk-central partner add)")
            if row.revoked_at is not None:
                raise AccountError(f"partner {partner!r} is revoked; add it again first")
        if org is not None and conn.execute(
            select(t.orgs.c.code).where(t.orgs.c.code == org)
        ).first() is None:
            raise AccountError(f"unknown organisation {org!r}")
        existing = conn.execute(
            select(u.id, u.kind, u.partner, u.org).where(func.lower(u.email) == email.lower())
        ).first()
        if existing is not None:
            if existing.kind != kind or (kind == "partner" and existing.partner != partner):
                raise AccountError(
                    f"{email} already has an account of another partner or kind; "
                    "revoke it first or use another address"
                )
            user_id = str(existing.id)
            conn.execute(
                update(t.web_users).where(u.id == user_id).values(
                    revoked_at=None, org=org if kind == "viewer" else None,
                    failed_count=0, locked_until=None,
                )
            )  # fmt: skip
            conn.execute(
                update(t.web_invites)
                .where(and_(t.web_invites.c.user_id == user_id, t.web_invites.c.used_at.is_(None)))
                .values(used_at=now)
            )
        else:
            user_id = str(uuid.uuid4())
            conn.execute(
                t.web_users.insert().values(
                    id=user_id, email=email, kind=kind, partner=partner if kind == "partner"
                    else None, org=org, notify=False, lang="nl", failed_count=0, created_at=now,
                )
            )  # fmt: skip
        token = secrets.token_urlsafe(32)
        expires = now + INVITE_VALID
        conn.execute(
            t.web_invites.insert().values(
                token_hash=sha256_hex(token), user_id=user_id, created_at=now, expires_at=expires
            )
        )
        audit.record(
            conn, actor, f"{kind}.invite", org=org, target=f"user:{user_id[:8]}",
            detail={"partner": partner, "new_user": existing is None}, now=now,
        )  # fmt: skip
    return Invite(user_id, email, token, expires, existing is None)


def list_partners(engine: Engine) -> list[dict[str, Any]]:
    p, s, u = t.web_partners.c, t.web_partner_services.c, t.web_users.c
    with reading(engine) as conn:
        partners = conn.execute(select(p.code, p.name, p.revoked_at).order_by(p.code)).all()
        services: dict[str, list[str]] = {}
        query = select(s.partner, s.service_id).order_by(s.service_id)
        for partner, service in conn.execute(query):
            services.setdefault(partner, []).append(service)
        users: dict[str | None, list[dict[str, Any]]] = {}
        for row in conn.execute(
            select(u.email, u.kind, u.partner, u.org, u.activated_at, u.last_sign_in_at,
                   u.revoked_at).order_by(u.email)
        ):  # fmt: skip
            users.setdefault(row.partner if row.kind == "partner" else None, []).append({
                "email": row.email, "kind": row.kind, "org": row.org,
                "active": row.activated_at is not None and row.revoked_at is None,
                "last_sign_in": _iso(row.last_sign_in_at), "revoked": _iso(row.revoked_at),
            })  # fmt: skip
    result: list[dict[str, Any]] = [
        {"code": r.code, "name": r.name, "services": services.get(r.code, []),
         "revoked": _iso(r.revoked_at), "users": users.get(r.code, [])}
        for r in partners
    ]  # fmt: skip
    if users.get(None):
        result.append({"code": None, "name": "viewers", "services": [], "revoked": None,
                       "users": users[None]})  # fmt: skip
    return result


def _iso(value: datetime | None) -> str | None:
    return value.isoformat().replace("+00:00", "Z") if value else None


def revoke(engine: Engine, target: str, actor: str) -> str:
    """Revoke a partner (CODE: all its users) or one user (EMAIL); ends their sessions."""
    now = clock.now()
    u = t.web_users.c
    with small_write(engine) as conn:
        if "@" in target:
            row = conn.execute(
                select(u.id).where(func.lower(u.email) == target.strip().lower())
            ).first()
            if row is None:
                raise AccountError(f"no user {target!r}")
            user_ids = [str(row.id)]
            what = f"user:{user_ids[0][:8]}"
        else:
            if conn.execute(
                select(t.web_partners.c.code).where(t.web_partners.c.code == target)
            ).first() is None:
                raise AccountError(f"no partner {target!r}")
            conn.execute(
                update(t.web_partners).where(t.web_partners.c.code == target)
                .values(revoked_at=now)
            )
            user_ids = [str(r.id) for r in conn.execute(select(u.id).where(u.partner == target))]
            what = target
        if user_ids:
            conn.execute(
                update(t.web_users)
                .where(and_(u.id.in_(user_ids), u.revoked_at.is_(None)))
                .values(revoked_at=now)
            )
            _end_sessions(conn, user_ids, now)
            conn.execute(
                update(t.web_invites)
                .where(and_(t.web_invites.c.user_id.in_(user_ids),
                            t.web_invites.c.used_at.is_(None)))
                .values(used_at=now)
            )  # fmt: skip
        audit.record(conn, actor, "web.revoke", target=what, detail={"users": len(user_ids)},
                     now=now)  # fmt: skip
    return what


def _end_sessions(conn: Connection, user_ids: list[str], now: datetime) -> None:
    s = t.web_sessions.c
    conn.execute(
        update(t.web_sessions)
        .where(and_(s.user_id.in_(user_ids), s.ended_at.is_(None)))
        .values(ended_at=now)
    )


# -- the web user -----------------------------------------------------------------------------


@dataclass(frozen=True)
class User:
    id: str
    email: str
    kind: str
    partner: str | None
    partner_name: str | None
    org: str | None
    lang: str
    notify: bool

    @property
    def actor(self) -> str:
        """How the audit log names this user (no e-mail address: an id)."""
        return f"web:{self.kind}:{self.id[:8]}"


def _load_user(conn: Connection, user_id: str) -> User | None:
    u, p = t.web_users.c, t.web_partners.c
    row = conn.execute(
        select(u.id, u.email, u.kind, u.partner, u.org, u.lang, u.notify, u.revoked_at,
               u.activated_at, p.name, p.revoked_at.label("partner_revoked"))
        .select_from(t.web_users.outerjoin(t.web_partners, p.code == u.partner))
        .where(u.id == user_id)
    ).first()  # fmt: skip
    if row is None or row.revoked_at is not None or row.activated_at is None:
        return None
    if row.kind == "partner" and (row.partner is None or row.partner_revoked is not None):
        return None
    return User(str(row.id), row.email, row.kind, row.partner, row.name, row.org,
                row.lang or "nl", bool(row.notify))  # fmt: skip


# -- sign-in links -------------------------------------------------------------------------


@dataclass(frozen=True)
class OpenInvite:
    token_hash: str
    user_id: str
    email: str
    totp_secret: str


def open_invite(engine: Engine, token: str) -> OpenInvite | None:
    """The invite behind *token* if it is unused and not expired; makes its TOTP secret."""
    import pyotp

    now = clock.now()
    i, u = t.web_invites.c, t.web_users.c
    token_hash = sha256_hex(token)
    with small_write(engine) as conn:
        row = conn.execute(
            select(i.user_id, i.expires_at, i.used_at, i.totp_secret, u.email, u.revoked_at)
            .select_from(t.web_invites.join(t.web_users, u.id == i.user_id))
            .where(i.token_hash == token_hash)
        ).first()
        if row is None or row.used_at is not None or row.expires_at <= now or row.revoked_at:
            return None
        secret = row.totp_secret
        if not secret:
            secret = pyotp.random_base32()
            conn.execute(
                update(t.web_invites).where(i.token_hash == token_hash).values(totp_secret=secret)
            )
    return OpenInvite(token_hash, str(row.user_id), str(row.email), str(secret))


def password_problem(password: str, email: str) -> str | None:
    """A Dutch message key when *password* is too weak, else None (ASVS 2.1)."""
    if len(password) < MIN_PASSWORD:
        return "password_short"
    if len(password) > 128:
        return "password_long"
    local = email.split("@")[0].lower()
    if (len(local) >= 4 and local in password.lower()) or len(set(password)) < 5:
        return "password_guessable"
    return None


def new_recovery_codes() -> list[str]:
    def one() -> str:
        raw = "".join(secrets.choice(_RECOVERY_ALPHABET) for _ in range(10))
        return f"{raw[:5]}-{raw[5:]}"

    return [one() for _ in range(RECOVERY_CODES)]


def totp_ok(secret: str, code: str, now: datetime, last_step: int | None) -> int | None:
    """The time step *code* matches (±1 step), if it is newer than *last_step*; else None."""
    import pyotp

    code = re.sub(r"\s", "", code)
    if not re.fullmatch(r"\d{6}", code):
        return None
    totp = pyotp.TOTP(secret)
    stamp = int(now.timestamp())
    for offset in (0, -1, 1):
        step = stamp // totp.interval + offset
        if secrets.compare_digest(totp.at(step * totp.interval), code):
            if last_step is not None and step <= last_step:
                return None  # a code is used once (ASVS 2.8.4)
            return step
    return None


def complete_invite(
    engine: Engine, token: str, password: str, code: str, address: str
) -> tuple[str, list[str]] | str:
    """Set password and authenticator from an open link. Returns (user id, recovery codes)
    or a message key explaining the refusal. The link cannot be used again."""
    now = clock.now()
    invite_ = open_invite(engine, token)
    if invite_ is None:
        return "link_invalid"
    problem = password_problem(password, invite_.email)
    if problem:
        return problem
    step = totp_ok(invite_.totp_secret, code, now, None)
    if step is None:
        with small_write(engine) as conn:
            audit.record(conn, f"web:{invite_.user_id[:8]}", "web.setup_failed",
                         detail={"address": address, "reason": "code"}, now=now)  # fmt: skip
        return "code_wrong"
    codes = new_recovery_codes()
    password_hash = hash_secret(password)
    code_hashes = [hash_secret(c, code=True) for c in codes]
    i, u = t.web_invites.c, t.web_users.c
    with small_write(engine) as conn:
        used = conn.execute(
            update(t.web_invites)
            .where(and_(i.token_hash == invite_.token_hash, i.used_at.is_(None),
                        i.expires_at > now))
            .values(used_at=now, totp_secret=None)
        ).rowcount  # fmt: skip
        if not used:  # raced by a second use of the same link
            return "link_invalid"
        conn.execute(
            update(t.web_users).where(u.id == invite_.user_id).values(
                password_hash=password_hash, totp_secret=invite_.totp_secret,
                totp_last_step=step, activated_at=now, failed_count=0, locked_until=None,
            )
        )  # fmt: skip
        conn.execute(delete(t.web_recovery_codes).where(
            t.web_recovery_codes.c.user_id == invite_.user_id))  # fmt: skip
        conn.execute(t.web_recovery_codes.insert(),
                     [{"user_id": invite_.user_id, "code_hash": h} for h in code_hashes])
        _end_sessions(conn, [invite_.user_id], now)
        audit.record(conn, f"web:{invite_.user_id[:8]}", "web.setup",
                     detail={"address": address}, now=now)  # fmt: skip
    return invite_.user_id, codes


# -- throttling ------------------------------------------------------------------------------


def address_blocked(engine: Engine, address: str) -> bool:
    now = clock.now()
    w = t.web_throttle.c
    with reading(engine) as conn:
        row = conn.execute(
            select(w.window_start, w.count).where(w.key == f"ip:{address}"[:80])
        ).first()
    if row is None:
        return False
    window_start, count = row
    return bool(window_start > now - ADDRESS_WINDOW and int(count) >= ADDRESS_LIMIT)


def _count_address_failure(conn: Connection, address: str, now: datetime) -> None:
    w = t.web_throttle.c
    key = f"ip:{address}"[:80]
    row = conn.execute(select(w.window_start, w.count).where(w.key == key)).first()
    if row is None:
        conn.execute(t.web_throttle.insert().values(key=key, window_start=now, count=1))
    elif row.window_start <= now - ADDRESS_WINDOW:
        conn.execute(update(t.web_throttle).where(w.key == key).values(window_start=now, count=1))
    else:
        conn.execute(update(t.web_throttle).where(w.key == key).values(count=w.count + 1))


# -- signing in ------------------------------------------------------------------------------


@dataclass(frozen=True)
class SignIn:
    ok: bool
    reason: str = ""  # message key when not ok
    user_id: str = ""


def check_password(engine: Engine, email: str, password: str, address: str) -> SignIn:
    """First factor. Same answer for an unknown address and a wrong password."""
    now = clock.now()
    u = t.web_users.c
    with reading(engine) as conn:
        row = conn.execute(
            select(u.id, u.password_hash, u.locked_until, u.revoked_at, u.activated_at)
            .where(func.lower(u.email) == email.strip().lower())
        ).first()  # fmt: skip
    if row is not None and row.locked_until is not None and row.locked_until > now:
        _failure(engine, str(row.id), address, "locked", now, count=False)
        return SignIn(False, "locked")
    good = verify_secret(row.password_hash if row is not None else None, password)
    if row is None or not good or row.revoked_at is not None or row.activated_at is None:
        _failure(engine, str(row.id) if row is not None else None, address, "password", now)
        return SignIn(False, "signin_wrong")
    return SignIn(True, user_id=str(row.id))


def check_second_factor(engine: Engine, user_id: str, code: str, address: str) -> SignIn:
    """Second factor: a TOTP code (once per time step) or an unused recovery code."""
    now = clock.now()
    u, r = t.web_users.c, t.web_recovery_codes.c
    with reading(engine) as conn:
        row = conn.execute(
            select(u.totp_secret, u.totp_last_step, u.locked_until, u.revoked_at)
            .where(u.id == user_id)
        ).first()  # fmt: skip
        recovery = conn.execute(
            select(r.id, r.code_hash).where(and_(r.user_id == user_id, r.used_at.is_(None)))
        ).all()
    if row is None or row.revoked_at is not None or not row.totp_secret:
        return SignIn(False, "signin_wrong")
    if row.locked_until is not None and row.locked_until > now:
        _failure(engine, user_id, address, "locked", now, count=False)
        return SignIn(False, "locked")
    cleaned = code.strip().lower()
    step = totp_ok(row.totp_secret, cleaned, now, row.totp_last_step)
    if step is not None:
        with small_write(engine) as conn:
            done = conn.execute(
                update(t.web_users)
                .where(and_(u.id == user_id, or_(u.totp_last_step.is_(None),
                                                 u.totp_last_step < step)))
                .values(totp_last_step=step)
            ).rowcount  # fmt: skip
        if done:
            return _signed_in(engine, user_id, address, now, "totp")
    elif re.fullmatch(r"[a-z0-9]{5}-[a-z0-9]{5}", cleaned):
        for rec_id, code_hash in recovery:
            if verify_secret(code_hash, cleaned):
                with small_write(engine) as conn:
                    done = conn.execute(
                        update(t.web_recovery_codes)
                        .where(and_(r.id == rec_id, r.used_at.is_(None))).values(used_at=now)
                    ).rowcount
                if done:
                    return _signed_in(engine, user_id, address, now, "recovery_code",
                                      left=len(recovery) - 1)  # fmt: skip
    _failure(engine, user_id, address, "code", now)
    return SignIn(False, "code_wrong")


def _signed_in(
    engine: Engine, user_id: str, address: str, now: datetime, how: str, left: int | None = None
) -> SignIn:
    u = t.web_users.c
    with small_write(engine) as conn:
        conn.execute(update(t.web_users).where(u.id == user_id).values(
            failed_count=0, locked_until=None, last_sign_in_at=now))  # fmt: skip
        detail: dict[str, Any] = {"address": address, "second_factor": how}
        if left is not None:
            detail["recovery_codes_left"] = left
        audit.record(conn, f"web:{user_id[:8]}", "web.sign_in", detail=detail, now=now)
    return SignIn(True, user_id=user_id)


def _failure(
    engine: Engine, user_id: str | None, address: str, step: str, now: datetime,
    count: bool = True,
) -> None:  # fmt: skip
    u = t.web_users.c
    with small_write(engine) as conn:
        _count_address_failure(conn, address, now)
        locked = False
        if user_id is not None and count:
            failures = conn.execute(
                update(t.web_users).where(u.id == user_id)
                .values(failed_count=u.failed_count + 1).returning(u.failed_count)
            ).scalar_one()  # fmt: skip
            if failures >= MAX_FAILURES:
                conn.execute(update(t.web_users).where(u.id == user_id).values(
                    locked_until=now + LOCK_TIME, failed_count=0))  # fmt: skip
                locked = True
        audit.record(
            conn, f"web:{user_id[:8]}" if user_id else "web:unknown", "web.sign_in_failed",
            detail={"address": address, "step": step, "locked": locked}, now=now,
        )  # fmt: skip


# -- sessions ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Session:
    id_hash: str
    user_id: str
    stage: str
    csrf: str
    user: User | None  # None while only the password was checked


def start_session(engine: Engine, user_id: str, stage: str) -> str:
    """A new session (new id: no fixation); returns the cookie value."""
    now = clock.now()
    cookie = secrets.token_urlsafe(32)
    with small_write(engine) as conn:
        conn.execute(t.web_sessions.insert().values(
            id_hash=sha256_hex(cookie), user_id=user_id, stage=stage,
            csrf=secrets.token_urlsafe(32), created_at=now, last_seen_at=now))  # fmt: skip
    return cookie


def end_session(engine: Engine, cookie: str, why: str = "sign_out") -> None:
    now = clock.now()
    s = t.web_sessions.c
    with small_write(engine) as conn:
        row = conn.execute(select(s.user_id).where(
            and_(s.id_hash == sha256_hex(cookie), s.ended_at.is_(None)))).first()  # fmt: skip
        if row is None:
            return
        conn.execute(update(t.web_sessions).where(s.id_hash == sha256_hex(cookie))
                     .values(ended_at=now))  # fmt: skip
        audit.record(conn, f"web:{str(row.user_id)[:8]}", f"web.{why}", now=now)


def session(engine: Engine, cookie: str | None) -> Session | None:
    """The live session behind *cookie*, touched; None when unknown, ended or timed out."""
    if not cookie or len(cookie) > 100:
        return None
    now = clock.now()
    s = t.web_sessions.c
    id_hash = sha256_hex(cookie)
    with reading(engine) as conn:
        row = conn.execute(
            select(s.user_id, s.stage, s.csrf, s.created_at, s.last_seen_at)
            .where(and_(s.id_hash == id_hash, s.ended_at.is_(None)))
        ).first()  # fmt: skip
        if row is None:
            return None
        absolute = SECOND_FACTOR_TIMEOUT if row.stage == "password" else ABSOLUTE_TIMEOUT
        expired = now - row.last_seen_at > IDLE_TIMEOUT or now - row.created_at > absolute
        user = _load_user(conn, str(row.user_id)) if row.stage == "full" else None
    if expired or (row.stage == "full" and user is None):
        end_session(engine, cookie, "session_expired" if expired else "session_refused")
        return None
    if now - row.last_seen_at > timedelta(seconds=30):
        with small_write(engine) as conn:
            conn.execute(update(t.web_sessions).where(s.id_hash == id_hash)
                         .values(last_seen_at=now))  # fmt: skip
    return Session(id_hash, str(row.user_id), str(row.stage), str(row.csrf), user)


def set_preferences(engine: Engine, user_id: str, *, lang: str | None = None,
                    notify: bool | None = None) -> None:  # fmt: skip
    values: dict[str, Any] = {}
    if lang is not None:
        values["lang"] = lang
    if notify is not None:
        values["notify"] = notify
    if values:
        with small_write(engine) as conn:
            conn.execute(update(t.web_users).where(t.web_users.c.id == user_id).values(**values))
