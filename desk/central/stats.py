"""Statistics: monthly aggregates kept with the records, and protected tables.

Every case or referral write subtracts the record's old contributions and
adds its new ones to ``stats_cube`` in the same transaction, so statistics
read small aggregate rows only and never a record body. Tables are then
protected with :mod:`desk.domain.disclosure` before they leave the server.
"""

from __future__ import annotations

import csv
import io
import json
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, Engine, delete, func, select
from sqlalchemy.dialects import postgresql, sqlite

from desk import clock
from desk.central import tables as t
from desk.central.db import reading
from desk.central.schemas import StatsResponse, StatsTable
from desk.domain import disclosure
from desk.domain.csvsafe import csv_safe
from desk.domain.days import local_month
from desk.domain.vocab import (
    CONTACT_STATUSES,
    OUTCOMES,
    STATUSES,
    TTFC_BUCKETS,
    URGENCIES,
    ttfc_bucket,
)

CubeKey = tuple[str, str, str, str, str, str, str]  # kind, month, org, office, dim, a, b



def _when(value: Any) -> datetime:
    parsed = datetime.fromisoformat(str(value))
    return parsed.astimezone(UTC) if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def first_contact_days(body: Mapping[str, Any]) -> float | None:
    """Days from creation to the first status that means contact was made."""
    created = _when(body["created_at"])
    for entry in body.get("status_history") or []:
        if entry.get("status") in CONTACT_STATUSES:
            return max(0.0, (_when(entry["at"]) - created).total_seconds() / 86400)
    return None


def contributions(
    kind: str, org: str, office: str | None, body: Mapping[str, Any] | None
) -> list[CubeKey]:
    """The cube cells one live record counts in (empty for tombstones/training)."""
    if body is None or body.get("training"):
        return []
    off = office or ""
    keys: list[tuple[str, str, str]] = [("total", "", "")]
    if kind == "referral":
        month = local_month(_when(body["created_at"]))
        status = str(body["status"])
        keys += [
            ("status", status, ""),
            ("service", str(body["service_id"]), status),
            ("urgency", str(body["urgency"]), status),
            ("municipality", str(body["municipality"]), status),
        ]
        keys += [("need", str(n), status) for n in body.get("needs") or []]
        keys += [("barrier", str(b), status) for b in body.get("barriers") or []]
        days = first_contact_days(body)
        if days is not None:
            keys.append(("ttfc", ttfc_bucket(days), ""))
    elif kind == "case":
        month = local_month(_when(body["occurred_at"]))
        outcome = str(body["outcome"])
        keys += [("outcome", outcome, ""), ("channel", str(body["channel"]), outcome)]
        if body.get("not_possible_reason"):
            keys.append(("reason", str(body["not_possible_reason"]), ""))
        keys += [("topic", str(topic)[:120], "") for topic in set(body.get("topics") or [])]
        session = body.get("guide_session")
        if session:
            guide = str(session["guide_id"])
            keys.append(("guide", guide, "completed" if session.get("completed") else "stopped"))
            step = session.get("drop_off_step")
            if step and not session.get("completed"):
                keys.append(("dropoff", f"{guide} / {step}"[:120], ""))
    else:
        return []
    return [(kind, month, org, off, dim, a, b) for dim, a, b in keys]


def apply_deltas(conn: Connection, deltas: Counter[CubeKey]) -> None:
    """Add *deltas* to the cube (upsert, in key order to keep lock order stable)."""
    rows = [
        {"kind": k[0], "month": k[1], "org": k[2], "office": k[3], "dim": k[4], "a": k[5],
         "b": k[6], "n": n}
        for k, n in sorted(deltas.items())
        if n
    ]  # fmt: skip
    if not rows:
        return
    insert = postgresql.insert if conn.dialect.name == "postgresql" else sqlite.insert
    stmt = insert(t.stats_cube)
    stmt = stmt.on_conflict_do_update(
        index_elements=["kind", "month", "org", "office", "dim", "a", "b"],
        set_={"n": t.stats_cube.c.n + stmt.excluded.n},
    )
    conn.execute(stmt, rows)


def rebuild(conn: Connection, chunk: int = 20000) -> int:
    """Recompute the whole cube from the records (operations / after bulk loads)."""
    conn.execute(delete(t.stats_cube))
    total: Counter[CubeKey] = Counter()
    seen = 0
    i = t.items.c
    result = conn.execute(
        select(i.kind, i.org, i.office, i.body)
        .where(i.kind.in_(("case", "referral")), i.deleted.is_(False))
        .execution_options(stream_results=True, yield_per=chunk)
    )
    for kind, org, office, body in result:
        total.update(contributions(kind, org, office, json.loads(body)))
        seen += 1
    apply_deltas(conn, total)
    return seen


# -- reading -----------------------------------------------------------------------------------


_BY_MONTH_AND_ORG = ("status", "outcome")


def _query(
    conn: Connection, from_month: str | None, to_month: str | None, org: str | None,
    office: str | None,
) -> list[tuple[str, str, str, str, str, str, int]]:  # fmt: skip
    """Summed cube rows: month and org kept only for the dimensions that need them."""
    c = t.stats_cube.c
    conds = []
    if from_month:
        conds.append(c.month >= from_month)
    if to_month:
        conds.append(c.month <= to_month)
    if org:
        conds.append(c.org == org)
    if office:
        conds.append(c.office == office)
    by_month_org = (
        select(c.kind, c.dim, c.month, c.org, c.office, c.a, c.b, func.sum(c.n))
        .where(*conds, c.dim.in_(_BY_MONTH_AND_ORG))
        .group_by(c.kind, c.dim, c.month, c.org, c.office, c.a, c.b)
    )
    others = (
        select(c.kind, c.dim, c.a, c.b, func.sum(c.n))
        .where(*conds, c.dim.not_in((*_BY_MONTH_AND_ORG, "total")))
        .group_by(c.kind, c.dim, c.a, c.b)
    )
    rows = [
        (r[0], r[1], r[2], f"{r[3]}/{r[4]}" if r[4] else r[3], r[5], r[6], int(r[7]))
        for r in conn.execute(by_month_org)
    ]
    rows += [(r[0], r[1], "", "", r[2], r[3], int(r[4])) for r in conn.execute(others)]
    return rows


@dataclass
class _Spec:
    name: str
    title: str
    row_label: str
    column_label: str
    counts: list[list[int]]
    rows: list[str]
    columns: list[str]


def _spec(
    name: str,
    title: str,
    row_label: str,
    column_label: str,
    data: Mapping[tuple[str, str], int],
    row_order: Iterable[str] | None = None,
    col_order: Iterable[str] | None = None,
) -> _Spec:
    rows = sorted({r for r, _ in data}) if row_order is None else list(row_order)
    cols = sorted({c for _, c in data}) if col_order is None else list(col_order)
    if row_order is not None:
        rows = [r for r in rows if any(data.get((r, c), 0) for c in cols)]
    if col_order is not None:
        cols = [c for c in cols if any(data.get((r, c), 0) for r in rows)]
    counts = [[data.get((r, c), 0) for c in cols] for r in rows]
    return _Spec(name, title, row_label, column_label, counts, rows, cols)


def _published(spec: _Spec, prot: disclosure.ProtectedTable) -> StatsTable:
    return StatsTable(
        name=spec.name,
        title=spec.title,
        row_label=spec.row_label,
        column_label=spec.column_label,
        rows=list(prot.rows),
        columns=list(prot.columns),
        cells=[[cell.as_json() for cell in row] for row in prot.cells],
        row_totals=[cell.as_json() for cell in prot.row_totals],
        column_totals=[cell.as_json() for cell in prot.column_totals],
        total=prot.total.as_json(),
    )


def _protect_all(specs: list[_Spec], families: list[set[str]]) -> list[StatsTable]:
    """Protect every table; tables in one family share margins and are protected together."""
    done: dict[str, StatsTable] = {}
    for family in families:
        members = [s for s in specs if s.name in family]
        protected = disclosure.protect_linked([(s.counts, s.rows, s.columns) for s in members])
        done.update({s.name: _published(s, p) for s, p in zip(members, protected, strict=True)})
    for spec in specs:
        if spec.name not in done:
            done[spec.name] = _published(
                spec, disclosure.protect(spec.counts, spec.rows, spec.columns)
            )
    return [done[spec.name] for spec in specs]


#: Tables that split the same records by another row dimension: same column totals.
FAMILIES = [
    {"referrals_by_month", "referrals_by_org", "referrals_by_office",
     "referrals_by_municipality", "referrals_by_service", "referrals_by_urgency"},
    {"cases_by_month", "cases_by_org", "cases_by_office", "cases_by_channel"},
]  # fmt: skip


def build(
    engine: Engine,
    *,
    from_month: str | None = None,
    to_month: str | None = None,
    org: str | None = None,
    office: str | None = None,
) -> StatsResponse:
    """All statistics tables for a period and scope, with disclosure control applied."""
    with reading(engine) as conn:
        raw = _query(conn, from_month, to_month, org, office)
    by: dict[tuple[str, str], dict[tuple[str, str], int]] = defaultdict(lambda: defaultdict(int))
    for kind, dim, month, org_office, a, b, n in raw:
        org_code = org_office.split("/", 1)[0]
        if dim == "status":
            by[(kind, "month_status")][(month, a)] += n
            by[(kind, "org_status")][(org_code, a)] += n
            by[(kind, "office_status")][(org_office, a)] += n
        elif dim == "outcome":
            by[(kind, "month_outcome")][(month, a)] += n
            by[(kind, "org_outcome")][(org_code, a)] += n
            by[(kind, "office_outcome")][(org_office, a)] += n
        elif dim in ("ttfc", "reason", "topic", "dropoff"):
            by[(kind, dim)][(a, "count")] += n
        elif dim != "total":
            by[(kind, dim)][(a, b)] += n
    r, c = "referral", "case"
    status_order = list(STATUSES)
    specs = [
        _spec("referrals_by_month", "Doorverwijzingen per maand en status", "maand", "status",
               by[(r, "month_status")], None, status_order),
        _spec("referrals_by_org", "Doorverwijzingen per organisatie en status", "organisatie",
               "status", by[(r, "org_status")], None, status_order),
        _spec("referrals_by_office", "Doorverwijzingen per kantoor en status",
              "organisatie/kantoor", "status", by[(r, "office_status")], None, status_order),
        _spec("referrals_by_municipality", "Doorverwijzingen per gemeente en status", "gemeente",
               "status", by[(r, "municipality")], None, status_order),
        _spec("referrals_by_need", "Doorverwijzingen per nood en status", "nood", "status",
               by[(r, "need")], None, status_order),
        _spec("referrals_by_barrier", "Doorverwijzingen per drempel en status", "drempel",
               "status", by[(r, "barrier")], None, status_order),
        _spec("referrals_by_service", "Doorverwijzingen per partnerdienst en status",
               "partnerdienst", "status", by[(r, "service")], None, status_order),
        _spec("referrals_by_urgency", "Doorverwijzingen per urgentie en status", "urgentie",
               "status", by[(r, "urgency")], URGENCIES, status_order),
        _spec("time_to_first_contact", "Tijd tot eerste contact", "termijn", "aantal",
               by[(r, "ttfc")], TTFC_BUCKETS, ["count"]),
        _spec("cases_by_month", "Contacten per maand en uitkomst", "maand", "uitkomst",
               by[(c, "month_outcome")], None, OUTCOMES),
        _spec("cases_by_org", "Contacten per organisatie en uitkomst", "organisatie",
               "uitkomst", by[(c, "org_outcome")], None, OUTCOMES),
        _spec("cases_by_office", "Contacten per kantoor en uitkomst", "organisatie/kantoor",
              "uitkomst", by[(c, "office_outcome")], None, OUTCOMES),
        _spec("cases_by_channel", "Contacten per kanaal en uitkomst", "kanaal", "uitkomst",
               by[(c, "channel")], None, OUTCOMES),
        _spec("cases_by_reason", "Niet mogelijk: reden", "reden", "aantal",
               by[(c, "reason")], None, ["count"]),
        _spec("cases_by_topic", "Contacten per onderwerp", "onderwerp", "aantal",
               by[(c, "topic")], None, ["count"]),
        _spec("guide_completion", "Gidsen: voltooid of gestopt", "gids", "afloop",
               by[(c, "guide")], None, ["completed", "stopped"]),
        _spec("guide_drop_off", "Gidsen: stap waar men stopte", "gids / stap", "aantal",
               by[(c, "dropoff")], None, ["count"]),
    ]  # fmt: skip
    return StatsResponse(
        from_month=from_month,
        to_month=to_month,
        org=org,
        office=office,
        generated_at=clock.now().isoformat().replace("+00:00", "Z"),
        threshold=disclosure.DEFAULT_THRESHOLD,
        suppressed_label=disclosure.SUPPRESSED_LABEL,
        note=disclosure.SUPPRESSION_NOTE_NL,
        tables=_protect_all(specs, FAMILIES),
    )


def to_csv(table: StatsTable) -> str:
    """One protected table as CSV (``;``-free, comma separated, with a totals row/column)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    header = [f"{table.row_label} \\ {table.column_label}", *table.columns, "totaal"]
    writer.writerow([csv_safe(cell) for cell in header])
    for label, cells, total in zip(table.rows, table.cells, table.row_totals, strict=True):
        writer.writerow([csv_safe(cell) for cell in (label, *cells, total)])
    writer.writerow([csv_safe(cell) for cell in ("totaal", *table.column_totals, table.total)])
    return out.getvalue()
