"""Read the local database into the plain records that :mod:`desk.domain.stats` counts.

Only the columns statistics need are read: never notes, citizen references
or any sealed personal field. Filtering on period and office happens in SQL
(on the ``occurred_at``/``created_at`` indexes).

Contacts are grouped in SQL: one record per Belgian month, office, channel,
outcome, reason and guide ending, with a count and the sum of the contacts'
record keys (:func:`desk.domain.cube.record_key`, which disclosure control
rounds with); topics are counted apart (``json_each``). 100,000 contacts become
a few thousand Python objects, and the pure counting code in
:mod:`desk.domain.stats` still does the counting, exactly as desk-central does.

The ``referrals`` table arrives with migration 0003; on an older database
:func:`load_referrals` returns ``None`` and the figures say so.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta

from desk.domain.cube import (
    CaseRecord,
    GuideRun,
    ReferralRecord,
    StatusChange,
    TopicCount,
    Vocabulary,
    record_key,
)
from desk.domain.days import start_of_day
from desk.domain.stats import Filters, Report, compute, publish
from desk.store import meta
from desk.store.common import from_iso, to_iso, utcnow

#: Statuses that are not (yet) part of the shared lifecycle and never counted.
_NOT_COUNTED = ("draft",)


@dataclass(frozen=True)
class LocalData:
    cases: list[CaseRecord]
    topics: list[TopicCount]
    referrals: list[ReferralRecord] | None
    offices: list[str]
    training: bool
    #: Referrals of the period that wait to be sent: not counted (see load_referrals).
    unsent: int = 0


def _utc_bound(day: date) -> str:
    """The first UTC instant of the Belgian calendar day *day*, as stored text."""
    return to_iso(start_of_day(day))


def _period_sql(column: str, filters: Filters) -> tuple[list[str], list[object]]:
    where = [f"{column} >= ?", f"{column} < ?"]
    args: list[object] = [_utc_bound(filters.start), _utc_bound(filters.end + timedelta(days=1))]
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


#: The group key of a moment: its UTC month, except from 22:00 UTC on, where it is
#: the UTC hour. Belgian time is UTC+1 or UTC+2, so before 22:00 UTC the Belgian
#: month is the UTC month; only those late hours can belong to the next month.
_KEY = (
    "CASE WHEN substr(occurred_at, 12, 2) >= '22' THEN substr(occurred_at, 1, 13) "
    "ELSE substr(occurred_at, 1, 7) END"
)


def _with_keys(conn: sqlite3.Connection) -> None:
    # SQLite has no hex parser: the record key is computed in Python, once per row.
    conn.create_function("desk_record_key", 1, record_key, deterministic=True)


def load_cases(conn: sqlite3.Connection, filters: Filters, org: str = "") -> list[CaseRecord]:
    """Contacts in the period (and office) of *filters*, grouped; deleted ones never.

    Each record stands for ``count`` contacts with the same Belgian month, office,
    channel, outcome, reason and guide ending; its moment is the group's earliest,
    which lies in the period and in that month. Topics are left out here: see
    :func:`load_topics`.
    """
    _with_keys(conn)
    where, args = _period_sql("occurred_at", filters)
    cond = " AND ".join(["deleted = 0", *where])
    rows = conn.execute(
        f"SELECT min(occurred_at), office, channel, outcome, not_possible_reason, g, done, "
        f"drop_step, pos, count(*), sum(key) FROM ("
        f"  SELECT occurred_at, {_KEY} AS k, office, channel, outcome, not_possible_reason,"
        "   desk_record_key(id) AS key,"
        "   json_extract(guide_session, '$.guide_id') AS g,"
        "   coalesce(json_extract(guide_session, '$.completed'),"
        "            json_extract(guide_session, '$.outcome') = 'done') AS done,"
        "   json_extract(guide_session, '$.drop_off_step') AS drop_step,"
        "   json_array_length(guide_session, '$.visits') - 1 AS pos"
        f"  FROM cases NOT INDEXED WHERE {cond}"
        ") GROUP BY k, office, channel, outcome, not_possible_reason, g, done, drop_step, pos",
        args,
    )
    out = []
    for at, office, channel, outcome, reason, guide, done, drop, pos, n, keys in rows:
        run = None
        if guide:
            run = GuideRun(str(guide), bool(done), str(drop) if drop else None,
                           position=None if pos is None else int(pos))  # fmt: skip
        out.append(CaseRecord(from_iso(at), office, channel, outcome, (), reason, run, org, n,
                              int(keys or 0)))  # fmt: skip
    return out


def load_topics(conn: sqlite3.Connection, filters: Filters, org: str = "") -> list[TopicCount]:
    """How many contacts per topic (a topic listed twice in one contact counts once)."""
    _with_keys(conn)
    where, args = _period_sql("occurred_at", filters)
    cond = " AND ".join(["cases.deleted = 0", "json_valid(cases.topics)", *where])
    # A topic listed twice in one contact counts once: only its first entry is read
    # (cheaper than DISTINCT over every contact and topic).
    rows = conn.execute(
        f"SELECT min(occurred_at), office, t.value, count(*), sum(desk_record_key(cases.id)) "
        f"FROM cases NOT INDEXED, json_each(cases.topics) AS t WHERE {cond} AND NOT EXISTS ("
        "  SELECT 1 FROM json_each(cases.topics) AS u WHERE u.value = t.value AND u.key < t.key"
        f") GROUP BY {_KEY}, office, t.value",
        args,
    )
    return [TopicCount(from_iso(at), office, str(topic), n, org, int(keys or 0))
            for at, office, topic, n, keys in rows]  # fmt: skip


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
    """Sent referrals in the period, or ``None`` without a referrals table.

    Only referrals the central service has accepted count (``server_revision > 0``):
    the list shows the others as "Klaar om te versturen", not "Verstuurd", and the
    statistics say the same as the list (and as the server's statistics). Drafts
    never count.
    """
    if not has_table(conn, "referrals"):
        return None
    where, args = _period_sql("created_at", filters)
    marks = ", ".join("?" for _ in _NOT_COUNTED)
    cond = " AND ".join(["deleted = 0", "server_revision > 0", f"status NOT IN ({marks})",
                         *where])
    rows = conn.execute(
        "SELECT created_at, office, municipality, status, needs, barriers, service_id, urgency, "
        f"status_history, id FROM referrals WHERE {cond}",
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
            keys=record_key(str(record_id)),
        )
        for created, office, municipality, status, needs, barriers, service, urgency, history,
        record_id in rows
    ]


def not_yet_sent(conn: sqlite3.Connection, filters: Filters) -> int:
    """Referrals of the period that wait to be sent (not counted until the server has them)."""
    if not has_table(conn, "referrals"):
        return 0
    where, args = _period_sql("created_at", filters)
    marks = ", ".join("?" for _ in _NOT_COUNTED)
    cond = " AND ".join(["deleted = 0", "server_revision = 0", f"status NOT IN ({marks})",
                         *where])
    row = conn.execute(f"SELECT count(*) FROM referrals WHERE {cond}",
                       [*_NOT_COUNTED, *args]).fetchone()
    return int(row[0])


def offices(conn: sqlite3.Connection) -> list[str]:
    """The offices that occur in the local log (for the office filter)."""
    # The (office, occurred_at) index answers this without reading the table.
    rows = conn.execute("SELECT DISTINCT office FROM cases ORDER BY office")
    return [str(r[0]) for r in rows if r[0]]


def load(conn: sqlite3.Connection, filters: Filters, org: str = "") -> LocalData:
    """Everything the local statistics need, read in one go (a worker thread calls this)."""
    training = conn.execute("SELECT value FROM meta WHERE key = ?", (meta.TRAINING,)).fetchone()
    return LocalData(
        cases=load_cases(conn, filters, org),
        topics=load_topics(conn, filters, org),
        referrals=load_referrals(conn, filters, org),
        offices=offices(conn),
        training=bool(training and training[0] == "1"),
        unsent=not_yet_sent(conn, filters),
    )


def vocabulary(topics: Iterable[str], org: str) -> Vocabulary:
    """What the desk's own report may show: its configured topics, and its log's codes.

    The desk does not know every office, service or published guide; it shows its own
    log's. Other free topics count as "other", as on the server.
    """
    return Vocabulary(topics={org: frozenset(topics)})


def local_report(
    conn: sqlite3.Connection,
    filters: Filters,
    *,
    org: str = "",
    topics: Iterable[str] = (),
    now: datetime | None = None,
) -> tuple[Report, LocalData]:
    """This desk's figures for *filters*, with disclosure control applied.

    *topics* is the configured topic list: other free topics count as "other", as on
    the server (guides count under their id).
    """
    data = load(conn, filters, org)
    vocab = vocabulary(topics, org)
    figures = compute(data.cases, data.referrals, filters, data.topics, vocab)
    report = publish(figures, generated_at=now or utcnow())
    if data.unsent:
        note = ("Doorverwijzingen die nog klaar staan om te versturen, tellen pas mee "
                "als de centrale server ze heeft.")
        report = replace(report, messages=(*report.messages, note))
    if data.training:
        note = "Oefenprofiel: deze cijfers komen uit fictieve oefengegevens."
        report = replace(report, messages=(note, *report.messages))
    return report, data
