"""The partner inbox: the referrals sent to a partner's services, and their status.

``web_inbox`` is an index of the referrals kept from ``items`` by change number
(:func:`catch_up`, run before every inbox read and by the notification job): which
service, status, urgency and date, and a search text without personal data. The name
and contact details are read from the referral itself when a page shows them, so a
field that retention or an erasure request removed is gone from the inbox as well.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, Final

from sqlalchemy import Connection, Engine, and_, func, select, update
from sqlalchemy.dialects import postgresql, sqlite

from desk import clock
from desk.central import audit, referrals, retention
from desk.central import tables as t
from desk.central.db import reading, small_write
from desk.central.schemas import StatusRequest
from desk.central.web import labels
from desk.central.web.accounts import User
from desk.domain import vocab
from desk.domain.cases import control_chars
from desk.domain.lifecycle import CANCELLED, FINAL, SENT, STATUSES, allowed_next

log = logging.getLogger(__name__)

PAGE_SIZE: Final = 20
MAX_NOTE: Final = 500
CURSOR_KEY: Final = "web_inbox_seq"
#: Sort rank of an urgency: its place in the vocabulary (low, normal, high).
URGENCY_RANK: Final = {code: rank for rank, code in enumerate(vocab.URGENCIES)}
#: Which inbox tab a status sits in.
NEW, OPEN, CLOSED = 0, 1, 2
STATES: Final = {"new": NEW, "open": OPEN, "closed": CLOSED}
#: A referral that reached the server longer ago gets no e-mail notice (e.g. the ones
#: already there when the index is first built after an upgrade).
NOTICE_WINDOW: Final = timedelta(days=2)
#: Statuses a partner does not set: cancelling is the referring desk's act.
NOT_FOR_PARTNERS: Final = frozenset({CANCELLED})


def state_of(status: str) -> int:
    if status == SENT:
        return NEW
    return CLOSED if status in FINAL else OPEN


def _search_text(referral_id: str, body: Mapping[str, Any]) -> str:
    """What the search box looks in: reference, municipality, needs, barriers. No names."""
    parts = [referral_id[:8], str(body.get("municipality") or "")]
    parts.append(labels.municipality(str(body.get("municipality") or ""), "nl"))
    for need in body.get("needs") or []:
        parts += [str(need), labels.label("need", str(need), "nl")]
    for barrier in body.get("barriers") or []:
        parts += [str(barrier), labels.label("barrier", str(barrier), "nl")]
    return " ".join(parts).lower()[:1000]


def _created(body: Mapping[str, Any], fallback: datetime) -> datetime:
    try:
        value = datetime.fromisoformat(str(body["created_at"]).replace("Z", "+00:00"))
    except (KeyError, ValueError):
        return fallback
    return value if value.tzinfo else fallback


def catch_up(engine: Engine, batch: int = 5000) -> int:
    """Bring ``web_inbox`` up to the newest referral change; returns how many are new.

    A referral seen for the first time with status ``sent`` is marked for its e-mail
    notice (``notice``), whoever catches up (a page, the start of ``serve`` or the
    notice job), so no notice is lost. One writer at a time: the cursor row is locked
    (PostgreSQL) or the write lock is held (SQLite).
    """
    fresh = 0
    recent = clock.now() - NOTICE_WINDOW
    i, w, c = t.items.c, t.web_inbox.c, t.server_config.c
    with reading(engine) as conn:
        cursor = _cursor(conn)
        newest = conn.execute(
            select(func.max(i.seq)).where(i.kind == "referral")
        ).scalar_one_or_none()
    if newest is None or newest <= cursor:
        return fresh
    while True:
        with small_write(engine) as conn:
            if conn.dialect.name == "postgresql":
                conn.execute(select(c.value).where(c.key == CURSOR_KEY).with_for_update())
            cursor = _cursor(conn)
            rows = conn.execute(
                select(i.id, i.org, i.deleted, i.body, i.seq, i.updated_at)
                .where(and_(i.kind == "referral", i.seq > cursor))
                .order_by(i.seq).limit(batch)
            ).all()  # fmt: skip
            if not rows:
                return fresh
            known = {
                r[0] for r in conn.execute(
                    select(w.referral_id).where(w.referral_id.in_([r.id for r in rows])))
            }  # fmt: skip
            values = []
            for r in rows:
                body = {} if r.deleted else json.loads(r.body)
                status = str(body.get("status") or "sent")
                service = str(body.get("service_id") or "")[:120]
                values.append({
                    "referral_id": r.id, "service_id": service, "org": r.org or "",
                    "status": status[:20], "state": state_of(status),
                    "urgency": URGENCY_RANK.get(str(body.get("urgency")), 1),
                    "created_at": _created(body, r.updated_at),
                    "search": _search_text(r.id, body), "deleted": bool(r.deleted),
                    "seq": r.seq,
                    "notice": r.id not in known and not r.deleted and status == SENT
                    and bool(service) and r.updated_at >= recent,
                })  # fmt: skip
                fresh += r.id not in known
            insert = postgresql.insert if conn.dialect.name == "postgresql" else sqlite.insert
            stmt = insert(t.web_inbox)
            stmt = stmt.on_conflict_do_update(
                index_elements=["referral_id"],
                # A row already known keeps its notice mark (sent or not).
                set_={k: stmt.excluded[k] for k in values[0] if k not in ("referral_id", "notice")},
            )
            conn.execute(stmt, values)
            _set_cursor(conn, rows[-1].seq)
            if len(rows) < batch:
                return fresh


def _cursor(conn: Connection) -> int:
    c = t.server_config.c
    row = conn.execute(select(c.value).where(c.key == CURSOR_KEY)).first()
    return int(row[0]) if row else 0


def _set_cursor(conn: Connection, seq: int) -> None:
    c = t.server_config.c
    done = conn.execute(
        update(t.server_config).where(c.key == CURSOR_KEY).values(value=str(seq))
    ).rowcount
    if not done:
        conn.execute(t.server_config.insert().values(key=CURSOR_KEY, value=str(seq)))


# -- reading -----------------------------------------------------------------------------------


def take_notices(engine: Engine) -> list[tuple[str, str]]:
    """The referrals marked for a notice, unmarked at once: ``(referral_id, service_id)``."""
    w = t.web_inbox.c
    with small_write(engine) as conn:
        rows = conn.execute(
            select(w.referral_id, w.service_id).where(w.notice.is_(True))
        ).all()
        if rows:
            conn.execute(update(t.web_inbox).where(w.notice.is_(True)).values(notice=False))
    return [(r.referral_id, r.service_id) for r in rows]


@dataclass(frozen=True)
class Row:
    id: str
    status: str
    urgency: str
    created_at: datetime
    municipality: str
    needs: tuple[str, ...]


@dataclass(frozen=True)
class Page:
    rows: list[Row]
    total: int
    page: int
    pages: int
    counts: dict[str, int]


def _services(conn: Connection, partner: str) -> list[str]:
    s = t.web_partner_services.c
    return [r[0] for r in conn.execute(select(s.service_id).where(s.partner == partner))]


def inbox(
    engine: Engine, user: User, *, state: str | None = None, query: str = "", page: int = 1
) -> Page:
    """One page of the partner's inbox: most urgent, then newest, first."""
    assert user.partner is not None
    catch_up(engine)
    w, i = t.web_inbox.c, t.items.c
    with reading(engine) as conn:
        services = _services(conn, user.partner)
        conds: list[Any] = [w.service_id.in_(services), w.deleted.is_(False)]
        counts = {name: 0 for name in STATES}
        for value, n in conn.execute(
            select(w.state, func.count()).where(*conds).group_by(w.state)
        ):
            for name, code in STATES.items():
                if code == value:
                    counts[name] = int(n)
        if state in STATES:
            conds.append(w.state == STATES[state])
        words = [word for word in query.lower().split() if word][:5]
        for word in words:
            escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
            conds.append(w.search.like(f"%{escaped}%", escape="\\"))
        total = int(conn.execute(select(func.count()).select_from(t.web_inbox)
                                 .where(*conds)).scalar_one())  # fmt: skip
        pages = max(1, -(-total // PAGE_SIZE))
        page = min(max(1, page), pages)
        found = conn.execute(
            select(w.referral_id, w.status, w.created_at, i.body)
            .select_from(t.web_inbox.join(
                t.items, and_(i.kind == "referral", i.id == w.referral_id)))
            .where(*conds)
            .order_by(w.urgency.desc(), w.created_at.desc(), w.referral_id)
            .limit(PAGE_SIZE).offset((page - 1) * PAGE_SIZE)
        ).all()  # fmt: skip
    rows = []
    for referral_id, status, created_at, body_text in found:
        body = json.loads(body_text)
        rows.append(Row(
            referral_id, status, str(body.get("urgency") or "normal"), created_at,
            str(body.get("municipality") or ""), tuple(str(n) for n in body.get("needs") or ()),
        ))  # fmt: skip
    return Page(rows, total, page, pages, counts)


@dataclass(frozen=True)
class Entry:
    status: str
    at: datetime | None
    by: str
    note: str


@dataclass(frozen=True)
class Detail:
    id: str
    org: str
    body: dict[str, Any]
    status: str
    created_at: datetime
    personal: dict[str, Any] | None  # name and contact, only with consent
    erased: bool  # consent was given, but retention or a request removed them
    next_statuses: tuple[str, ...]
    history: list[Entry]


def _moment(value: Any) -> datetime | None:
    try:
        moment = datetime.fromisoformat(str(value).replace("Z", "+00:00"))
    except ValueError:
        return None
    return moment if moment.tzinfo else None


def referral(engine: Engine, user: User, referral_id: str, address: str) -> Detail | None:
    """One referral of the partner's services (None for any other: looks missing).

    Showing a referral with the citizen's name or contact details is audited.
    """
    assert user.partner is not None
    if len(referral_id) > 80:
        return None
    i = t.items.c
    with reading(engine) as conn:
        services = set(_services(conn, user.partner))
        row = conn.execute(
            select(i.org, i.deleted, i.body, i.updated_at)
            .where(and_(i.kind == "referral", i.id == referral_id))
        ).first()
        if row is None or row.deleted:
            return None
        # Nothing past central's retention period is shown, even before a run erases it.
        body = retention.visible_body(conn, str(row.org or ""), "referral",
                                      json.loads(row.body), row.updated_at)  # fmt: skip
    if str(body.get("service_id") or "") not in services:
        return None
    consent = body.get("consent") or {}
    citizen = body.get("citizen")
    personal = citizen if consent.get("given") and isinstance(citizen, dict) else None
    erased = bool(consent.get("given")) and (
        personal is None or not any(personal.get(k) for k in ("name", "phone", "email")))
    if erased:
        personal = None  # erased by retention or on request: nothing left to show
    if personal is not None:
        with small_write(engine) as conn:
            audit.record(
                conn, user.actor, "partner.personal_read", org=row.org, target=referral_id,
                detail={"partner": user.partner, "address": address},
            )  # fmt: skip
    status = str(body.get("status") or SENT)
    allowed = allowed_next(status) if status in STATUSES else frozenset()
    next_statuses = tuple(s for s in STATUSES if s in allowed and s not in NOT_FOR_PARTNERS)
    history = [
        Entry(str(e.get("status") or ""), _moment(e.get("at")), str(e.get("by") or ""),
              str(e.get("note") or ""))
        for e in body.get("status_history") or [] if isinstance(e, dict)
    ]  # fmt: skip
    return Detail(referral_id, str(row.org or ""), body, status,
                  _created(body, history[0].at if history and history[0].at else clock.now()),
                  personal, erased, next_statuses, history)  # fmt: skip


def note_problem(note: str) -> str | None:
    """The note for the referrer follows the case-note rules: no control characters, short."""
    if control_chars(note, allow_newlines=True):
        return "note_control"
    if len(note) > MAX_NOTE:
        return "note_long"
    return None


def set_status(
    engine: Engine, user: User, referral_id: str, status: str, note: str
) -> str | None:
    """Move a referral of the partner's services on; None when done, else a message key."""
    assert user.partner is not None
    note = note.strip()
    problem = note_problem(note)
    if problem:
        return problem
    if status in NOT_FOR_PARTNERS:
        return "status_not_allowed"
    with reading(engine) as conn:
        services = set(_services(conn, user.partner))

    def may_change(_org: str | None, body: Mapping[str, Any]) -> bool:
        return str(body.get("service_id") or "") in services

    try:
        referrals.change_status(
            engine, referral_id, StatusRequest(status=status, note=note),  # type: ignore[arg-type]
            by=user.partner_name or user.partner, device_id=None, may_change=may_change,
            actor=user.actor,
        )  # fmt: skip
    except referrals.StatusError as exc:
        return "not_found" if exc.status == 404 else "status_not_allowed"
    except ValueError:
        return "status_not_allowed"
    catch_up(engine)
    return None

