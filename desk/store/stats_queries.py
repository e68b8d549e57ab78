"""Read the local database into the plain records that :mod:`desk.domain.stats` counts.

Only the columns statistics need are read: never notes, citizen references
or any sealed personal field. Filtering on period and office happens in SQL
(on the ``occurred_at``/``created_at`` indexes).

Contacts without a guide run are grouped in SQL: one row per identical
(moment key, office, channel, outcome, reason, topics) with a count, so
100,000 contacts become far fewer Python objects. The moment key is the UTC
day, except from 22:00 UTC on, where it is the UTC hour: Belgian time is
UTC+1 or UTC+2, so before 22:00 UTC the Belgian date is the UTC date and
only those late hours need the exact time to land in the right local day.

The ``referrals`` table arrives with migration 0003; on an older database
:func:`load_referrals` returns ``None`` and the figures say so.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta

from desk.domain.formats import BRUSSELS
from desk.domain.stats import (
    CaseRecord,
    Filters,
    GuideRun,
    ReferralRecord,
    Report,
    StatusChange,
    compute,
    publish,
)
from desk.store.common import from_iso, to_iso, utcnow

#: Statuses that are not (yet) part of the shared lifecycle and never counted.
_NOT_COUNTED = ("draft",)


@dataclass(frozen=True)
class LocalData:
    cases: list[CaseRecord]
    referrals: list[ReferralRecord] | None
    offices: list[str]
    training: bool


def _utc_bound(day: date) -> str:
    """The first UTC instant of the Belgian calendar day *day*, as stored text."""
    tz = BRUSSELS or UTC
    return to_iso(datetime.combine(day, time(0), tzinfo=tz))


def _period_sql(column: str, filters: Filters) -> tuple[list[str], list[object]]:
    where: list[str] = []
    args: list[object] = []
    if filters.start is not None:
        where.append(f"{column} >= ?")
        args.append(_utc_bound(filters.start))
    if filters.end is not None:
        where.append(f"{column} < ?")
        args.append(_utc_bound(filters.end + timedelta(days=1)))
    if filters.office:
        where.append("office = ?")
        args.append(filters.office)
    return where, args


def _topics(text: str | None) -> tuple[str, ...]:
    try:
        value = json.loads(text or "[]")
    except ValueError:
        return ()
    return tuple(str(t) for t in value) if isinstance(value, list) else ()


def _guide(text: str) -> GuideRun | None:
    try:
        data = json.loads(text)
    except ValueError:
        return None
    if not isinstance(data, dict) or not data.get("guide_id"):
        return None
    visits = data.get("visits") or []
    steps = tuple(str(v["step_id"]) for v in visits if isinstance(v, dict) and v.get("step_id"))
    completed = bool(data.get("completed", data.get("outcome") == "done"))
    drop = data.get("drop_off_step")
    return GuideRun(str(data["guide_id"]), completed, str(drop) if drop else None, steps)


def _moment(key: str) -> datetime:
    # "YYYY-MM-DD" (a UTC day, before 22:00) or "YYYY-MM-DDTHH" (a late UTC hour).
    if len(key) == 10:
        return datetime.fromisoformat(key).replace(hour=12, tzinfo=UTC)
    return datetime.fromisoformat(key + ":00:00").replace(tzinfo=UTC)


def load_cases(conn: sqlite3.Connection, filters: Filters, org: str = "") -> list[CaseRecord]:
    """Contacts in the period (and office) of *filters*; deleted ones never."""
    where, args = _period_sql("occurred_at", filters)
    cond = " AND ".join(["deleted = 0", *where])
    key = (
        "CASE WHEN substr(occurred_at, 12, 2) >= '22' THEN substr(occurred_at, 1, 13) "
        "ELSE substr(occurred_at, 1, 10) END"
    )
    grouped = conn.execute(
        f"SELECT {key} AS k, office, channel, outcome, not_possible_reason, topics, count(*) "
        f"FROM cases WHERE {cond} AND guide_session IS NULL "
        "GROUP BY k, office, channel, outcome, not_possible_reason, topics",
        args,
    )
    out = [
        CaseRecord(_moment(k), office, channel, outcome, _topics(topics), reason, None, org, n)
        for k, office, channel, outcome, reason, topics, n in grouped
    ]
    runs = conn.execute(
        "SELECT occurred_at, office, channel, outcome, not_possible_reason, topics, "
        f"guide_session FROM cases WHERE {cond} AND guide_session IS NOT NULL",
        args,
    )
    for at, office, channel, outcome, reason, topics, session in runs:
        out.append(
            CaseRecord(
                from_iso(at),
                office,
                channel,
                outcome,
                _topics(topics),
                reason,
                _guide(session),
                org,
            )
        )
    return out


def has_table(conn: sqlite3.Connection, name: str) -> bool:
    row = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (name,)
    ).fetchone()
    return row is not None


def _history(text: str | None) -> tuple[StatusChange, ...]:
    try:
        entries = json.loads(text or "[]")
    except ValueError:
        return ()
    out = []
    for e in entries if isinstance(entries, list) else []:
        if not isinstance(e, dict) or (e.get("kind") or "status") != "status":
            continue  # consent withdrawals are not status changes
        try:
            out.append(StatusChange(str(e["status"]), from_iso(str(e["at"]))))
        except (KeyError, ValueError):
            continue
    return tuple(out)


def _codes(text: str | None) -> tuple[str, ...]:
    return _topics(text)


def load_referrals(
    conn: sqlite3.Connection, filters: Filters, org: str = ""
) -> list[ReferralRecord] | None:
    """Sent referrals in the period (drafts never), or ``None`` without a referrals table."""
    if not has_table(conn, "referrals"):
        return None
    where, args = _period_sql("created_at", filters)
    marks = ", ".join("?" for _ in _NOT_COUNTED)
    cond = " AND ".join(["deleted = 0", f"status NOT IN ({marks})", *where])
    rows = conn.execute(
        "SELECT created_at, office, municipality, status, needs, barriers, service_id, urgency, "
        f"status_history FROM referrals WHERE {cond}",
        [*_NOT_COUNTED, *args],
    )
    return [
        ReferralRecord(
            created_at=from_iso(created),
            office=office,
            municipality=municipality or "",
            status=status,
            needs=_codes(needs),
            barriers=_codes(barriers),
            service_id=service,
            urgency=urgency or "normal",
            history=_history(history),
            org=org,
        )
        for created, office, municipality, status, needs, barriers, service, urgency, history in (
            rows
        )
    ]


def offices(conn: sqlite3.Connection) -> list[str]:
    """The offices that occur in the local log (for the office filter)."""
    rows = conn.execute("SELECT DISTINCT office FROM cases WHERE deleted = 0 ORDER BY office")
    return [str(r[0]) for r in rows if r[0]]


def load(conn: sqlite3.Connection, filters: Filters, org: str = "") -> LocalData:
    """Everything the local statistics need, read in one go (a worker thread calls this)."""
    training = conn.execute("SELECT value FROM meta WHERE key = 'training'").fetchone()
    return LocalData(
        cases=load_cases(conn, filters, org),
        referrals=load_referrals(conn, filters, org),
        offices=offices(conn),
        training=bool(training and training[0] == "1"),
    )


def local_report(
    conn: sqlite3.Connection, filters: Filters, *, org: str = "", now: datetime | None = None
) -> tuple[Report, LocalData]:
    """This desk's figures for *filters*, with disclosure control applied."""
    data = load(conn, filters, org)
    report = publish(compute(data.cases, data.referrals, filters), generated_at=now or utcnow())
    if data.training:
        note = "Oefenprofiel: deze cijfers komen uit fictieve oefengegevens."
        report = replace(report, messages=(note, *report.messages))
    return report, data
