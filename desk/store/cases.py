"""The case log in the local store: writes through the outbox, fast list queries.

Every change goes through :func:`desk.store.records.write_record`, so a case
and its outbox entry are one transaction; a training profile writes
``local_only`` so nothing ever reaches the outbox.

The list queries are plain SQL on indexed columns with keyset paging
(``(sort value, rowid)`` after the last row seen), so page 500 costs the same
as page 1 and 100,000 cases scroll smoothly.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, time, timedelta
from typing import Any

from desk import clock
from desk.domain.cases import CaseValues, case_to_wire, fold, search_text
from desk.domain.days import to_utc
from desk.store import meta
from desk.store.common import from_iso, to_iso
from desk.store.journal import get_draft, put_draft
from desk.store.records import TABLES, fetch, write_record
from desk.store.store import Store

__all__ = [
    "LIST_COLUMNS",
    "LOCAL_COLUMNS",
    "SORTABLE",
    "CaseQuery",
    "CaseRepository",
    "case_columns",
    "case_to_wire",
]

KIND = "case"
TABLE = TABLES[KIND]

#: Case columns that are this desk's own and never travel: the search index, the
#: follow-up tick, and when retention purged the personal field. Every other
#: column of ``cases`` besides the sync columns is a field of the wire body
#: (``tests/sync/test_case_shapes.py`` holds the shapes together).
LOCAL_COLUMNS = ("search_text", "follow_up_done", "personal_purged_at")

#: Columns the list shows, in this order (rowid first, for keyset paging).
LIST_COLUMNS = (
    "rowid", "id", "occurred_at", "office", "staff", "channel", "topics", "outcome",
    "not_possible_reason", "duration_min", "follow_up_on", "follow_up_done", "sync_state",
    "citizen_ref",
)
#: Sort keys the list offers. Each is backed by an index ending in occurred_at,
#: and ties are broken by (occurred_at, rowid), so keyset paging is exact.
SORTABLE = ("occurred_at", "office", "staff", "channel", "outcome", "duration_min",
            "follow_up_on")
#: Sort keys that sort as an expression: contacts without a follow-up come after every
#: due date (and keyset paging never compares with NULL).
_SORT_SQL = {"follow_up_on": "ifnull(follow_up_on, '9999-12-31')"}
_NO_FOLLOW_UP = "9999-12-31"


@dataclass(frozen=True)
class CaseQuery:
    """What the list shows: filters, search and sort.

    Dates are Belgian calendar days (inclusive); ``topic`` is a full topic
    code (``guide:…`` / ``topic:…``); ``follow_up_due`` keeps open
    follow-ups due on or before ``today`` (the office's local day; the
    process's clock when not given).
    """

    search: str = ""
    date_from: date | None = None
    date_to: date | None = None
    office: str | None = None
    channel: str | None = None
    topic: str | None = None
    outcome: str | None = None
    follow_up_due: bool = False
    today: date | None = None
    #: Only the contacts of this employee (short name), for "mine".
    staff: str | None = None
    sort: str = "occurred_at"
    descending: bool = True

    def where(self) -> tuple[str, list[Any]]:
        clauses = ["deleted = 0"]
        params: list[Any] = []
        if self.date_from is not None:
            clauses.append("occurred_at >= ?")
            params.append(to_iso(to_utc(self.date_from, time(0, 0))))
        if self.date_to is not None:
            clauses.append("occurred_at < ?")
            params.append(to_iso(to_utc(self.date_to + timedelta(days=1), time(0, 0))))
        for column in ("office", "channel", "outcome", "staff"):
            value = getattr(self, column)
            if value:
                clauses.append(f"{column} = ?")
                params.append(value)
        if self.topic:
            clauses.append("instr(topics, ?) > 0")
            params.append(json.dumps(self.topic, ensure_ascii=False))
        if self.follow_up_due:
            clauses.append("follow_up_on IS NOT NULL AND follow_up_on <= ? AND follow_up_done = 0")
            params.append((self.today or clock.today()).isoformat())
        for term in fold(self.search).split():
            clauses.append("instr(search_text, ?) > 0")
            params.append(term)
        return " AND ".join(clauses), params


@dataclass
class Page:
    rows: list[tuple[Any, ...]]
    more: bool
    after: tuple[Any, ...] | None = field(default=None)


class CaseRepository:
    """Reads and writes cases in one :class:`Store`."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self._training: bool | None = None

    # -- writing -------------------------------------------------------------------------
    def _local_only(self) -> bool:
        # Read once: a profile only becomes a training profile while empty
        # (desk demo-data), never the other way round.
        if self._training is None:
            self._training = self.store.is_training
        return self._training

    def save(
        self,
        values: CaseValues,
        *,
        case_id: str | None = None,
        conn: sqlite3.Connection | None = None,
    ) -> str:
        """Create or update one case (with its outbox entry); returns its id.

        In a training profile the case is stored ``local_only`` and marked
        ``training`` whatever *values* says. Saving also drops the quick-log
        draft it came from, in the same transaction.
        """
        if conn is not None:
            return self._write(conn, values, case_id)
        with self.store.tx() as own:
            record_id = self._write(own, values, case_id)
            own.execute("DELETE FROM drafts WHERE key = ?", (draft_key(case_id),))
        return record_id

    def _write(self, conn: sqlite3.Connection, values: CaseValues, case_id: str | None) -> str:
        local_only = self._local_only()
        if local_only:
            values = values.with_training(True)
        columns = values.columns()
        if case_id is None or fetch(conn, TABLE, case_id) is None:
            columns["follow_up_done"] = False
        record_id, _ = write_record(conn, TABLE, KIND, columns, case_to_wire,
                                    record_id=case_id, local_only=local_only)
        return record_id

    def delete(self, case_id: str) -> None:
        """Soft delete: the case disappears from lists and the deletion syncs."""
        with self.store.tx() as conn:
            if fetch(conn, TABLE, case_id) is None:
                raise KeyError(case_id)
            write_record(conn, TABLE, KIND, {}, case_to_wire, record_id=case_id,
                         deleted=True, local_only=self._local_only())

    def set_follow_up_done(self, case_id: str, done: bool = True) -> None:
        with self.store.tx() as conn:
            write_record(conn, TABLE, KIND, {"follow_up_done": done}, case_to_wire,
                         record_id=case_id, local_only=self._local_only())

    # -- reading -------------------------------------------------------------------------
    def get(self, case_id: str) -> dict[str, Any] | None:
        """The stored row as the database holds it (ISO text, 0/1 flags)."""
        return fetch(self.store.conn(), TABLE, case_id)

    def page(
        self,
        query: CaseQuery,
        *,
        after: tuple[Any, ...] | None = None,
        limit: int = 250,
    ) -> Page:
        """One page of the list, after the keyset position *after* (from the last page)."""
        where, params = query.where()
        key = query.sort if query.sort in SORTABLE else "occurred_at"
        keys = ["occurred_at", "rowid"] if key == "occurred_at" else [key, "occurred_at", "rowid"]
        op = "<" if query.descending else ">"
        key_sql = [_SORT_SQL.get(k, k) for k in keys]
        if after is not None:
            where += f" AND ({', '.join(key_sql)}) {op} ({', '.join('?' for _ in keys)})"
            params += list(after)
        order = " DESC" if query.descending else ""
        # A search is answered from ix_cases_occurred_at, which holds search_text:
        # only matching rows are read from the table. SQLite's planner (without
        # ANALYZE statistics) would rather walk an office/channel index and read
        # every row; the same holds for the rare open follow-ups.
        hint = ""
        if key == "occurred_at" and (fold(query.search).split() or query.follow_up_due):
            hint = " INDEXED BY ix_cases_occurred_at"
        sql = (
            f"SELECT {', '.join(LIST_COLUMNS)} FROM cases{hint} WHERE {where} "
            f"ORDER BY {', '.join(k + order for k in key_sql)} LIMIT ?"
        )
        raw = self.store.conn().execute(sql, (*params, limit + 1)).fetchall()
        more = len(raw) > limit
        rows = [tuple(r) for r in raw[:limit]]
        if rows:
            last = rows[-1]
            after = tuple(
                _NO_FOLLOW_UP if k in _SORT_SQL and last[LIST_COLUMNS.index(k)] is None
                else last[LIST_COLUMNS.index(k)] for k in keys)
        return Page(rows=rows, more=more, after=after)

    def count(self, query: CaseQuery) -> int:
        where, params = query.where()
        sql = f"SELECT count(*) FROM cases WHERE {where}"
        return int(self.store.conn().execute(sql, tuple(params)).fetchone()[0])

    def iter_rows(
        self, date_from: date | None = None, date_to: date | None = None, *, batch: int = 2000
    ) -> Iterator[dict[str, Any]]:
        """Every live case (oldest first) as full rows, for exports."""
        query = CaseQuery(date_from=date_from, date_to=date_to, descending=False)
        where, params = query.where()
        after: tuple[str, int] | None = None
        while True:
            clause = where
            args = list(params)
            if after is not None:
                clause += " AND (occurred_at > ? OR (occurred_at = ? AND rowid > ?))"
                args += [after[0], after[0], after[1]]
            sql = (f"SELECT rowid AS _rowid, * FROM cases WHERE {clause} "
                   "ORDER BY occurred_at, rowid LIMIT ?")
            rows = self.store.conn().execute(sql, (*args, batch)).fetchall()
            if not rows:
                return
            names = rows[0].keys()
            for row in rows:
                yield {k: v for k, v in zip(names, row, strict=True) if k != "_rowid"}
            after = (rows[-1]["occurred_at"], rows[-1]["_rowid"])

    def existing_ids(self, ids: Sequence[str]) -> set[str]:
        found: set[str] = set()
        conn = self.store.conn()
        for start in range(0, len(ids), 500):
            chunk = list(ids[start:start + 500])
            marks = ", ".join("?" for _ in chunk)
            rows = conn.execute(f"SELECT id FROM cases WHERE id IN ({marks})", chunk)
            found.update(str(r[0]) for r in rows)
        return found

    def follow_ups_due(self, today: date) -> list[dict[str, Any]]:
        """Open follow-ups due today or earlier, oldest first."""
        sql = (
            "SELECT id, follow_up_on, topics, office, citizen_ref FROM cases "
            "WHERE deleted = 0 AND follow_up_done = 0 AND follow_up_on IS NOT NULL "
            "AND follow_up_on <= ? ORDER BY follow_up_on, rowid LIMIT 500"
        )
        rows = self.store.conn().execute(sql, (today.isoformat(),)).fetchall()
        return [dict(zip(r.keys(), r, strict=True)) for r in rows]

    def distinct_topics(self, limit: int = 200) -> list[str]:
        """Topics used in the log (for the topic filter), most recent cases first."""
        seen: dict[str, None] = {}
        sql = "SELECT topics FROM cases WHERE deleted = 0 ORDER BY occurred_at DESC LIMIT 5000"
        for (raw,) in self.store.conn().execute(sql):
            for topic in json.loads(raw):
                seen.setdefault(str(topic), None)
                if len(seen) >= limit:
                    return sorted(seen)
        return sorted(seen)

    # -- drafts and defaults ---------------------------------------------------------------
    def save_draft(self, key: str, form: Mapping[str, Any]) -> None:
        with self.store.tx() as conn:
            put_draft(conn, key, dict(form))

    def load_draft(self, key: str) -> dict[str, Any] | None:
        return get_draft(self.store.conn(), key)

    def drafts(self, prefix: str = "quicklog") -> list[str]:
        rows = self.store.conn().execute(
            "SELECT key FROM drafts WHERE key = ? OR key LIKE ? ORDER BY updated_at DESC",
            (prefix, prefix + ":%"),
        )
        return [str(r[0]) for r in rows]

    def discard_draft(self, key: str) -> None:
        with self.store.tx() as conn:
            conn.execute("DELETE FROM drafts WHERE key = ?", (key,))

    def remember_defaults(self, values: CaseValues) -> None:
        """The office and channel the next quick log starts with."""
        with self.store.tx() as conn:
            self.store.set_meta(meta.QUICKLOG_OFFICE, values.office, conn)
            self.store.set_meta(meta.QUICKLOG_CHANNEL, values.channel, conn)

    def defaults(self) -> dict[str, str]:
        return {
            "office": self.store.get_meta(meta.QUICKLOG_OFFICE) or "",
            "channel": self.store.get_meta(meta.QUICKLOG_CHANNEL) or "",
        }


def case_columns(body: Mapping[str, Any]) -> dict[str, Any]:
    """Local ``cases`` columns from a case wire body (the inverse of ``case_to_wire``).

    Values as the database stores them; the local-only columns other than
    ``search_text`` are left to the caller.
    """
    topics = [str(t) for t in body.get("topics") or []]
    occurred = to_iso(from_iso(str(body["occurred_at"])))
    session = body.get("guide_session")
    notes = str(body.get("notes") or "")
    return {
        "occurred_at": occurred,
        "office": body["office"],
        "staff": body["staff"],
        "channel": body["channel"],
        "topics": json.dumps(topics, ensure_ascii=False),
        "search_text": search_text(topics, notes),
        "outcome": body["outcome"],
        "not_possible_reason": body.get("not_possible_reason"),
        "follow_up_on": body.get("follow_up_on"),
        "referral_id": body.get("referral_id"),
        "duration_min": int(body.get("duration_min") or 0),
        "skill": body.get("skill"),
        "language": body.get("language") or "nl",
        "feedback": body.get("feedback"),
        "notes": notes,
        "citizen_ref": body.get("citizen_ref"),
        "guide_session": None if session is None else json.dumps(session, ensure_ascii=False),
        "training": int(bool(body.get("training"))),
    }


def draft_key(case_id: str | None) -> str:
    """The draft slot of the quick log for a new case or for editing *case_id*."""
    return "quicklog" if case_id is None else f"quicklog:{case_id}"
