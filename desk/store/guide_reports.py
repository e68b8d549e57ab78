"""Guide reports in the local store: "Deze stap klopt niet", written once, answered centrally.

A report is written through :func:`desk.store.records.write_record`, so the
report and its outbox entry are one transaction; a training profile writes it
``local_only`` (it never leaves this desk). The desk never changes a report
after saving it. What the editors decide (closed, the reply, the version that
resolved it) arrives through pull and is applied by :func:`apply_pulled`,
which only ever touches those server-owned columns: a report cannot be in
conflict.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping
from typing import Any, Final, Literal

from desk.domain.guide_reports import OPEN, ReportValues, report_from_wire, report_to_wire
from desk.store.common import SYNCED
from desk.store.records import TABLES, fetch, write_record
from desk.store.store import Store

__all__ = ["GuideReportRepository", "apply_pulled"]

KIND: Final = "guide_report"
TABLE: Final = TABLES[KIND]

#: Columns the reports list shows.
LIST_COLUMNS: Final = (
    "id", "guide_id", "guide_version", "step_id", "note", "reported_at", "office", "status",
    "reply", "closed_at", "resolved_in_version", "here", "sync_state",
)


class GuideReportRepository:
    """Reads and writes guide reports in one :class:`Store`."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def save(self, values: ReportValues) -> str:
        """Save a new report with its outbox entry; returns its id.

        In a training profile the report is stored ``local_only`` and marked
        ``training``: it is never sent.
        """
        training = self.store.is_training
        columns = values.columns()
        columns.update(here=True, training=training or values.training)
        with self.store.tx() as conn:
            record_id, _ = write_record(conn, TABLE, KIND, columns, report_to_wire,
                                        local_only=training)  # fmt: skip
        return record_id

    def get(self, report_id: str) -> dict[str, Any] | None:
        return fetch(self.store.conn(), TABLE, report_id)

    def reports(
        self,
        *,
        guide_id: str | None = None,
        step_id: str | None = None,
        only_here: bool = False,
        limit: int = 500,
    ) -> list[dict[str, Any]]:
        """Reports, newest first (this desk's and, after a sync, its colleagues')."""
        clauses = ["deleted = 0"]
        params: list[Any] = []
        if guide_id is not None:
            clauses.append("guide_id = ?")
            params.append(guide_id)
        if step_id is not None:
            clauses.append("step_id = ?")
            params.append(step_id)
        if only_here:
            clauses.append("here = 1")
        sql = (
            f"SELECT {', '.join(LIST_COLUMNS)} FROM {TABLE} WHERE {' AND '.join(clauses)} "
            "ORDER BY reported_at DESC, rowid DESC LIMIT ?"
        )
        rows = self.store.conn().execute(sql, (*params, limit)).fetchall()
        return [dict(zip(r.keys(), tuple(r), strict=True)) for r in rows]

    def open_counts(self, guide_id: str) -> dict[str, int]:
        """Open reports per step of one guide (steps without any are left out)."""
        rows = self.store.conn().execute(
            f"SELECT step_id, count(*) FROM {TABLE} WHERE guide_id = ? AND status = ? "
            "AND deleted = 0 GROUP BY step_id",
            (guide_id, OPEN),
        )
        return {str(step): int(n) for step, n in rows}


def apply_pulled(
    conn: sqlite3.Connection,
    record_id: str,
    revision: int,
    deleted: bool,
    body: Mapping[str, Any] | None,
    now: str,
) -> Literal["applied", "unchanged"]:
    """Apply one pulled report in the caller's transaction.

    A report this desk has keeps its own text; only the editors' part (status,
    reply, closed_at, resolved_in_version) is taken from the server. A
    colleague's report is added. Raises ValueError for a body this Desk
    cannot read (nothing written).
    """
    row = conn.execute(
        f"SELECT revision, server_revision FROM {TABLE} WHERE id = ?", (record_id,)
    ).fetchone()
    if row is not None and revision <= int(row["server_revision"]):
        return "unchanged"
    if deleted:
        if row is not None:
            conn.execute(
                f"UPDATE {TABLE} SET deleted = 1, revision = max(revision, ?), "
                "server_revision = ?, synced_at = ?, updated_at = ?, "
                "last_synced_change_at = ? WHERE id = ?",
                (revision, revision, now, now, now, record_id),
            )
        return "applied"
    if not isinstance(body, Mapping):
        raise ValueError("body is not an object")
    values = report_from_wire(body)
    conn.execute(
        "DELETE FROM pull_quarantine WHERE kind = ? AND record_id = ? AND revision <= ?",
        (KIND, record_id, revision),
    )
    if row is None:
        values.update(id=record_id, created_at=now, updated_at=now, revision=revision,
                      server_revision=revision, sync_state=SYNCED, deleted=0, synced_at=now,
                      last_synced_change_at=now, here=0)  # fmt: skip
        cols = ", ".join(values)
        marks = ", ".join("?" for _ in values)
        conn.execute(f"INSERT INTO {TABLE} ({cols}) VALUES ({marks})", tuple(values.values()))
        return "applied"
    conn.execute(
        f"UPDATE {TABLE} SET status = ?, reply = ?, closed_at = ?, resolved_in_version = ?, "
        "revision = max(revision, ?), server_revision = ?, synced_at = ?, updated_at = ?, "
        "last_synced_change_at = ?, sync_state = CASE WHEN EXISTS (SELECT 1 FROM outbox o "
        "WHERE o.kind = ? AND o.record_id = ?) THEN sync_state ELSE ? END WHERE id = ?",
        (values["status"], values["reply"], values["closed_at"], values["resolved_in_version"],
         revision, revision, now, now, now, KIND, record_id, SYNCED, record_id),
    )  # fmt: skip
    return "applied"
