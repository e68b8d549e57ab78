"""Guide reports on the central side: stored per organisation, listed, closed, resolved.

A desk pushes a ``guide_report`` (see ``PROTOCOL.md``); push stores it as an
item of the desk's organisation (what its desks pull) and, in the same
transaction, as a row of ``guide_reports`` (what the editors list, see
:func:`index`). A report is written once: a later change of it is refused
(:func:`refuse_change`).

The editors close a report with a reply (:func:`close`), or a newly published
version of the guide resolves the reports its header names (``resolves``,
:func:`resolve_named`). Either way the row and the item change together: the
item gets the server's part (``status``, ``reply``, ``closed_at``,
``resolved_in_version``), a new revision and a new change number, so the
reply reaches the organisation's desks through pull.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any, Final

from sqlalchemy import Connection, Engine, and_, func, select, update

from desk import clock
from desk.central import audit
from desk.central import tables as t
from desk.central.db import next_seq, reading, writing
from desk.domain.guide_reports import CLOSED, MAX_REPLY, OPEN, note_problem, server_fields

KIND: Final = "guide_report"


class ReportError(Exception):
    """A refused editor action, with a message for a person."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


# -- push --------------------------------------------------------------------------------------


def refuse_change(exists: bool, deleted: bool) -> tuple[str, str] | None:
    """``(reason_code, reason)`` when a pushed guide-report change must be refused.

    A report is written once by its desk; the editors answer it. Changing or
    deleting a report the server has is refused (``immutable``).
    """
    if exists:
        return ("immutable", "a guide report cannot be changed once it was sent; "
                             "make a new report")  # fmt: skip
    if deleted:
        return ("invalid_body", "a guide report that the server does not have cannot be deleted")
    return None


@dataclass
class Pushed:
    """A guide report just accepted by push."""

    id: str
    org: str
    office: str | None
    device_id: str
    body: Mapping[str, Any]


def index(conn: Connection, reports: Sequence[Pushed], now: datetime) -> None:
    """Add accepted reports to ``guide_reports``, in the push's transaction."""
    if not reports:
        return
    conn.execute(
        t.guide_reports.insert(),
        [
            {
                "id": r.id,
                "org": r.org,
                "office": r.office,
                "device_id": r.device_id,
                "guide_id": r.body["guide_id"],
                "guide_version": int(r.body["guide_version"]),
                "step_id": r.body["step_id"],
                "note": r.body["note"],
                "reported_at": datetime.fromisoformat(
                    str(r.body["reported_at"]).replace("Z", "+00:00")
                ),
                "received_at": now,
                "status": OPEN,
                "training": bool(r.body.get("training")),
            }
            for r in reports
        ],
    )


# -- closing -----------------------------------------------------------------------------------


def _set_item(conn: Connection, report_id: str, extra: Mapping[str, Any], now: datetime) -> None:
    """Give the report's item the server's part, a new revision and a new change number."""
    i = t.items.c
    row = conn.execute(
        select(i.revision, i.body).where(and_(i.kind == KIND, i.id == report_id))
    ).one()
    body = {**json.loads(row.body), **extra}
    conn.execute(
        update(t.items)
        .where(and_(i.kind == KIND, i.id == report_id))
        .values(
            body=json.dumps(body, separators=(",", ":"), ensure_ascii=False),
            revision=row.revision + 1,
            seq=next_seq(conn),
            updated_at=now,
        )
    )


def _close(conn: Connection, report_id: str, reply: str | None, resolved: int | None,
           actor: str, now: datetime) -> None:  # fmt: skip
    conn.execute(
        update(t.guide_reports)
        .where(t.guide_reports.c.id == report_id)
        .values(
            status=CLOSED, reply=reply, closed_at=now, closed_by=actor[:80],
            resolved_in_version=resolved,
        )
    )  # fmt: skip
    _set_item(conn, report_id, server_fields(CLOSED, reply, now, resolved), now)


def _canonical_id(text: str) -> str:
    try:
        return str(uuid.UUID(text.strip()))
    except ValueError:
        raise ReportError(f"{text!r} is not a report id (a UUID, as the listing shows)") from None


def close(engine: Engine, report_id: str, reply: str, actor: str) -> dict[str, Any]:
    """Close one open report with a reply for the desks (audited); returns the report."""
    report_id = _canonical_id(report_id)
    problem = note_problem(reply, MAX_REPLY)
    if problem is not None:
        raise ReportError(f"reply: {problem}")
    now = clock.now()
    g = t.guide_reports.c
    with writing(engine) as conn:
        row = conn.execute(select(t.guide_reports).where(g.id == report_id)).first()
        if row is None:
            raise ReportError(f"no guide report {report_id}")
        if row.status != OPEN:
            raise ReportError(f"guide report {report_id} is already closed")
        _close(conn, report_id, reply.strip(), None, actor, now)
        audit.record(
            conn, actor, "guide_report.close", org=row.org, target=report_id,
            detail={"guide_id": row.guide_id, "step_id": row.step_id}, now=now,
        )  # fmt: skip
        closed = conn.execute(select(t.guide_reports).where(g.id == report_id)).one()
    return _report(closed)


# -- publishing --------------------------------------------------------------------------------


@dataclass
class Resolution:
    """What publishing did with the reports a guide's ``resolves`` names."""

    resolved: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


def resolve_named(
    conn: Connection,
    guide_id: str,
    version: int,
    named: Iterable[str],
    *,
    published: bool,
    where: str,
    actor: str,
    now: datetime,
) -> Resolution:
    """Close the open reports a guide's header names in ``resolves`` (see guides/README.md).

    An id that is not a report about this guide is a problem (the caller then
    publishes nothing). A named open report is closed only when this version
    was published now (its content changed) and is higher than the version the
    report was made on; otherwise it stays open, with a warning.
    """
    result = Resolution()
    g = t.guide_reports.c
    for text in named:
        try:
            report_id = str(uuid.UUID(text))
        except ValueError:
            result.problems.append(f"{where}: resolves: {text!r} is not a report id")
            continue
        row = conn.execute(
            select(g.guide_id, g.guide_version, g.status).where(g.id == report_id)
        ).first()
        if row is None:
            result.problems.append(f"{where}: resolves: there is no guide report {report_id}")
            continue
        if row.guide_id != guide_id:
            result.problems.append(
                f"{where}: resolves: report {report_id} is about guide {row.guide_id!r}, "
                f"not {guide_id!r}"
            )
            continue
        if row.status != OPEN:
            continue  # closed before: the key may stay in later versions
        if not published:
            result.warnings.append(
                f"{where}: resolves: report {report_id} stays open: this guide did not change "
                "(raise its version and publish the corrected text)"
            )
            continue
        if version <= int(row.guide_version):
            result.warnings.append(
                f"{where}: resolves: report {report_id} stays open: it was made on version "
                f"{row.guide_version}, this is version {version}"
            )
            continue
        _close(conn, report_id, None, version, actor, now)
        result.resolved.append(report_id)
    if result.resolved:
        audit.record(
            conn, actor, "guide_report.resolve", target=guide_id,
            detail={"version": version, "reports": result.resolved}, now=now,
        )  # fmt: skip
    return result


def open_counts(
    conn: Connection, guide_ids: Iterable[str] | None = None
) -> dict[str, dict[str, int]]:
    """Open reports (not training) per guide and step."""
    g = t.guide_reports.c
    query = (
        select(g.guide_id, g.step_id, func.count())
        .where(g.status == OPEN, g.training.is_(False))
        .group_by(g.guide_id, g.step_id)
    )
    if guide_ids is not None:
        query = query.where(g.guide_id.in_(list(guide_ids)))
    counts: dict[str, dict[str, int]] = {}
    for guide_id, step_id, n in conn.execute(query):
        counts.setdefault(str(guide_id), {})[str(step_id)] = int(n)
    return counts


# -- the editors' listing ----------------------------------------------------------------------


def _iso(value: datetime | None) -> str | None:
    return None if value is None else value.isoformat().replace("+00:00", "Z")


def _report(row: Any) -> dict[str, Any]:
    return {
        "id": row.id,
        "org": row.org,
        "office": row.office,
        "guide_version": row.guide_version,
        "step_id": row.step_id,
        "note": row.note,
        "reported_at": _iso(row.reported_at),
        "received_at": _iso(row.received_at),
        "status": row.status,
        "reply": row.reply,
        "closed_at": _iso(row.closed_at),
        "closed_by": row.closed_by,
        "resolved_in_version": row.resolved_in_version,
        "training": bool(row.training),
    }


def _outline(conn: Connection, guide_ids: Iterable[str]) -> dict[str, dict[str, Any]]:
    """Title, published version and step titles of the published guides (by id)."""
    from desk.domain.guides.model import Guide
    from desk.domain.guides.parser import parse_guide

    i = t.items.c
    ids = sorted(set(guide_ids))
    found: dict[str, dict[str, Any]] = {}
    if not ids:
        return found
    rows = conn.execute(
        select(i.id, i.body).where(i.kind == "guide", i.deleted.is_(False), i.id.in_(ids))
    )
    for guide_id, body in rows:
        data = json.loads(body)
        parsed = parse_guide(Path(f"{guide_id}.md"), str(data.get("text", "")).encode("utf-8"))
        if isinstance(parsed, Guide):
            found[guide_id] = {
                "title": parsed.title,
                "version": parsed.version,
                "steps": {s.id: s.title for s in parsed.steps},
            }
        else:
            found[guide_id] = {"title": None, "version": data.get("version"), "steps": {}}
    return found


def listing(
    engine: Engine,
    *,
    guide_id: str | None = None,
    include_closed: bool = False,
    org: str | None = None,
) -> list[dict[str, Any]]:
    """Reports per guide and step for the editors: counts, and the notes newest first.

    Guides with the most open reports come first, then by id; within a guide
    the steps with the most open reports. Training reports (a test server) are
    listed but not counted.
    """
    g = t.guide_reports.c
    query = select(t.guide_reports).order_by(g.reported_at.desc(), g.id)
    if not include_closed:
        query = query.where(g.status == OPEN)
    if guide_id is not None:
        query = query.where(g.guide_id == guide_id)
    if org is not None:
        query = query.where(g.org == org)
    with reading(engine) as conn:
        rows = conn.execute(query).all()
        outline = _outline(conn, {r.guide_id for r in rows})
    guides: dict[str, dict[str, Any]] = {}
    for row in rows:
        known = outline.get(row.guide_id, {"title": None, "version": None, "steps": {}})
        guide = guides.setdefault(row.guide_id, {
            "guide_id": row.guide_id, "title": known["title"],
            "published_version": known["version"], "open": 0, "steps": {},
        })  # fmt: skip
        step = guide["steps"].setdefault(row.step_id, {
            "step_id": row.step_id, "title": known["steps"].get(row.step_id),
            "in_published_version": row.step_id in known["steps"], "open": 0, "reports": [],
        })  # fmt: skip
        counted = row.status == OPEN and not row.training
        guide["open"] += counted
        step["open"] += counted
        step["reports"].append(_report(row))
    result = []
    for guide in sorted(guides.values(), key=lambda x: (-x["open"], x["guide_id"])):
        guide["steps"] = sorted(guide["steps"].values(), key=lambda s: (-s["open"], s["step_id"]))
        result.append(guide)
    return result


def render(guides: list[dict[str, Any]]) -> str:
    """The listing as text for a terminal (one block per guide)."""
    if not guides:
        return "no guide reports"
    lines: list[str] = []
    for guide in guides:
        title = f" — {guide['title']}" if guide["title"] else ""
        version = guide["published_version"]
        published = f" (published version {version})" if version is not None else " (not published)"
        lines.append(f"{guide['guide_id']}{title}{published}: {guide['open']} open")
        for step in guide["steps"]:
            name = f" — {step['title']}" if step["title"] else ""
            gone = "" if step["in_published_version"] else " [not in the published version]"
            lines.append(f"  #{step['step_id']}{name}: {step['open']} open{gone}")
            for r in step["reports"]:
                where = r["org"] + (f"/{r['office']}" if r["office"] else "")
                state = r["status"]
                if r["resolved_in_version"] is not None:
                    state += f", resolved in version {r['resolved_in_version']}"
                if r["training"]:
                    state += ", training"
                lines.append(f"    {r['id']}  {r['reported_at']}  {where}  "
                             f"version {r['guide_version']}  [{state}]")  # fmt: skip
                lines.extend(f"      {text}" for text in r["note"].splitlines() or [""])
                if r["reply"]:
                    lines.append(f"      reply: {r['reply']}")
        lines.append("")
    return "\n".join(lines).rstrip("\n")
