"""Every copy of a record's personal data on this desk, and how to remove it.

The personal fields (one declaration for the desk):

* a case: ``citizen_ref``, a contact reference for a follow-up, in the
  ``cases`` table in the clear;
* a referral: the citizen's name, phone, e-mail, availability and notes,
  only as sealed tokens (``*_enc``), with the contact channel and language
  next to them; on the wire ``citizen`` and ``notes``.

Besides the record's own row, copies live in: the outbox payloads (pending,
in flight or quarantined), the conflict copies of the server's version
(``meta``), the autosaved forms (``drafts``), pulled records this Desk could
not read (``pull_quarantine``) and the pre-migration backups
(:func:`scrub_backup`). :func:`erase_record` removes them all for one record,
in the caller's transaction. The audit trail never holds personal data.
"""

from __future__ import annotations

import dataclasses
import json
import logging
import sqlite3
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final

from desk.store import meta
from desk.store.records import TABLES

log = logging.getLogger(__name__)

__all__ = [
    "DRAFT_PERSONAL",
    "HELD_AAD_FIELD",
    "PERSONAL_COLUMNS",
    "REFERRAL_SEALED_COLUMNS",
    "SEALED_KEY",
    "WIRE_PERSONAL",
    "Erased",
    "Keep",
    "body_has_personal",
    "erase_copies",
    "erase_record",
    "live_keep",
    "scrub_backup",
    "scrub_backups",
    "strip_body",
    "strip_conflict_copy",
    "strip_draft",
]

#: Key of a referral's sealed personal part in an outbox body and a form draft.
SEALED_KEY: Final = "sealed_personal"
#: A referral's citizen fields kept only as tokens, and the column holding each.
REFERRAL_SEALED_COLUMNS: Final[dict[str, str]] = {
    "name": "name_enc",
    "phone": "phone_enc",
    "email": "email_enc",
    "availability": "availability_enc",
    "notes": "notes_enc",
}
#: Personal fields of the wire bodies, per kind.
WIRE_PERSONAL: Final[dict[str, tuple[str, ...]]] = {
    "case": ("citizen_ref",),
    "referral": ("citizen", "notes"),
}
#: Columns that hold personal data, per table (NULL when there is none).
PERSONAL_COLUMNS: Final[dict[str, tuple[str, ...]]] = {
    "cases": ("citizen_ref",),
    "referrals": (*REFERRAL_SEALED_COLUMNS.values(), "contact_channel", "citizen_language",
                  "key_id"),
    "guide_reports": (),  # no personal data (desk.domain.guide_reports.note_problem)
}
#: Autosaved forms: key prefix -> the kind of record and the fields that are personal.
DRAFT_PERSONAL: Final[dict[str, tuple[str, tuple[str, ...]]]] = {
    "quicklog": ("case", ("citizen_ref",)),
    "referral-form": ("referral", (SEALED_KEY, *REFERRAL_SEALED_COLUMNS)),
}
#: The associated-data field of a held pulled record's sealed body.
HELD_AAD_FIELD: Final = "pull_quarantine"


def body_has_personal(kind: str, body: Mapping[str, Any]) -> bool:
    """Whether a wire body (or an outbox payload, sealed or not) carries personal data."""
    if kind == "case":
        return bool(body.get("citizen_ref"))
    return SEALED_KEY in body or body.get("citizen") is not None or bool(body.get("notes"))


def strip_body(kind: str, body: Mapping[str, Any]) -> dict[str, Any]:
    """A wire body (or outbox payload) without its personal fields."""
    out = dict(body)
    if kind == "case":
        if "citizen_ref" in out:
            out["citizen_ref"] = None
        return out
    out.pop(SEALED_KEY, None)
    if "citizen" in out:
        out["citizen"] = None
    if "notes" in out:
        out["notes"] = ""
    return out


def _draft_rule(key: str) -> tuple[str, tuple[str, ...], str | None] | None:
    """(kind, personal fields, record id or None) of the draft *key*."""
    prefix, _, record_id = key.partition(":")
    rule = DRAFT_PERSONAL.get(prefix)
    if rule is None:
        return None
    return rule[0], rule[1], record_id or None


def strip_draft(conn: sqlite3.Connection, key: str, payload: str) -> bool:
    """Remove the personal fields of one draft; True when something was removed."""
    rule = _draft_rule(key)
    if rule is None:
        return False
    try:
        data = json.loads(payload)
    except ValueError:
        conn.execute("DELETE FROM drafts WHERE key = ?", (key,))  # unreadable: cannot be restored
        return True
    if not isinstance(data, dict):
        conn.execute("DELETE FROM drafts WHERE key = ?", (key,))
        return True
    personal = [k for k in rule[1] if data.get(k)]
    if not personal:
        return False
    for k in personal:
        data.pop(k)
    conn.execute("UPDATE drafts SET payload = ? WHERE key = ?",
                 (json.dumps(data, ensure_ascii=False), key))  # fmt: skip
    return True


@dataclass(frozen=True)
class Erased:
    """What :func:`erase_record` removed (counts of copies)."""

    #: The record's own row held personal fields.
    row: bool = False
    outbox: int = 0
    conflicts: int = 0
    drafts: int = 0
    held: int = 0

    @property
    def anything(self) -> bool:
        return self.row or bool(self.outbox or self.conflicts or self.drafts or self.held)


def erase_record(conn: sqlite3.Connection, kind: str, record_id: str, now: str, *,
                 superseded_below: int | None = None) -> Erased:  # fmt: skip
    """Remove every copy of one record's personal data (row, outbox, conflict, drafts, held).

    Inside the caller's transaction. The record itself stays (without its
    personal fields, ``personal_purged_at`` set); nothing is queued: the
    server has its own copy and rules (an erasure it sends arrives here
    through pull). Held pulled versions older than *superseded_below* (by
    default: up to the server revision this desk has) go; a newer held
    version follows its own retention.
    """
    table = TABLES[kind]
    columns = PERSONAL_COLUMNS[table]
    if not columns:  # a kind without personal fields (guide reports)
        return erase_copies(conn, kind, record_id, superseded_below=superseded_below)
    sets = ", ".join(f"{c} = NULL" for c in columns)
    any_set = " OR ".join(f"{c} IS NOT NULL" for c in columns)
    cur = conn.execute(
        f"UPDATE {table} SET {sets}, personal_purged_at = ? WHERE id = ? AND ({any_set})",
        (now, record_id),
    )
    copies = erase_copies(conn, kind, record_id, superseded_below=superseded_below)
    return dataclasses.replace(copies, row=cur.rowcount > 0)


def erase_copies(conn: sqlite3.Connection, kind: str, record_id: str, *,
                 superseded_below: int | None = None) -> Erased:  # fmt: skip
    """The copies part of :func:`erase_record`: outbox, conflict copy, drafts, held pulls.

    For a caller that writes the record's own row itself (a withdrawn consent).
    """
    if superseded_below is None:
        row = conn.execute(f"SELECT server_revision FROM {TABLES[kind]} WHERE id = ?",
                           (record_id,)).fetchone()  # fmt: skip
        superseded_below = (int(row[0]) if row is not None else 0) + 1
    return Erased(
        outbox=_strip_outbox(conn, kind, record_id),
        conflicts=_strip_conflict(conn, kind, record_id),
        drafts=_strip_drafts_of(conn, kind, record_id),
        held=_strip_held(conn, kind, record_id, superseded_below),
    )


def _strip_outbox(conn: sqlite3.Connection, kind: str, record_id: str) -> int:
    changed = 0
    rows = conn.execute("SELECT seq, payload FROM outbox WHERE kind = ? AND record_id = ?",
                        (kind, record_id)).fetchall()  # fmt: skip
    for seq, payload in rows:
        try:
            body = json.loads(payload)
        except ValueError:
            continue  # never sendable; quarantined as local_payload
        if isinstance(body, dict) and body_has_personal(kind, body):
            conn.execute("UPDATE outbox SET payload = ? WHERE seq = ?",
                         (json.dumps(strip_body(kind, body), ensure_ascii=False), seq))
            changed += 1
    return changed


def strip_conflict_copy(kind: str, data: dict[str, Any]) -> dict[str, Any] | None:
    """The conflict copy without personal data, or None when it had none."""
    record = data.get("server_record")
    body = record.get("body") if isinstance(record, dict) else None
    if not isinstance(record, dict) or not isinstance(body, dict):
        return None
    if not body_has_personal(kind, body):
        return None
    stripped = strip_body(kind, body)
    if kind == "referral":
        stripped["personal_withheld"] = True  # resolve.py never takes a version without it
    return dict(data, server_record=dict(record, body=stripped))


def _strip_conflict(conn: sqlite3.Connection, kind: str, record_id: str) -> int:
    key = meta.conflict_key(kind, record_id)
    row = conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
    if row is None:
        return 0
    stripped = strip_conflict_copy(kind, json.loads(row[0]))
    if stripped is None:
        return 0
    conn.execute("UPDATE meta SET value = ? WHERE key = ?", (json.dumps(stripped), key))
    return 1


def _strip_drafts_of(conn: sqlite3.Connection, kind: str, record_id: str) -> int:
    changed = 0
    for prefix, (draft_kind, _fields) in DRAFT_PERSONAL.items():
        if draft_kind != kind:
            continue
        key = f"{prefix}:{record_id}"
        row = conn.execute("SELECT payload FROM drafts WHERE key = ?", (key,)).fetchone()
        if row is not None and strip_draft(conn, key, str(row[0])):
            changed += 1
    return changed


def _strip_held(conn: sqlite3.Connection, kind: str, record_id: str, below: int) -> int:
    cur = conn.execute(
        "DELETE FROM pull_quarantine WHERE kind = ? AND record_id = ? AND revision < ?",
        (kind, record_id, below),
    )
    return max(cur.rowcount, 0)


# -- the backups ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Keep:
    """What still holds personal data in the live database: a backup may keep only that."""

    cases: frozenset[str]
    referrals: frozenset[str]
    drafts: frozenset[str]
    held: frozenset[int]

    def ids(self, kind: str) -> frozenset[str]:
        return self.cases if kind == "case" else self.referrals


def live_keep(conn: sqlite3.Connection) -> Keep:
    """The records, drafts and held pulls of the live database that still hold personal data."""

    def ids(table: str) -> frozenset[str]:
        cond = " OR ".join(f"{c} IS NOT NULL" for c in PERSONAL_COLUMNS[table])
        return frozenset(str(r[0]) for r in conn.execute(f"SELECT id FROM {table} WHERE {cond}"))

    drafts = frozenset(
        str(key) for key, payload in conn.execute("SELECT key, payload FROM drafts")
        if _draft_has_personal(str(key), str(payload))
    )
    held = frozenset(int(r[0]) for r in conn.execute(
        "SELECT seq FROM pull_quarantine WHERE personal_purged_at IS NULL"))
    return Keep(cases=ids("cases"), referrals=ids("referrals"), drafts=drafts, held=held)


def _draft_has_personal(key: str, payload: str) -> bool:
    rule = _draft_rule(key)
    if rule is None:
        return False
    try:
        data = json.loads(payload)
    except ValueError:
        return False
    return isinstance(data, dict) and any(data.get(k) for k in rule[1])


def _columns(conn: sqlite3.Connection, table: str) -> set[str]:
    return {str(r[1]) for r in conn.execute(f"PRAGMA table_info({table})")}


def scrub_backup(path: Path, keep: Keep) -> int:
    """Remove from a backup every personal field the live database no longer holds.

    A backup is a copy of the whole database before a migration, in the
    schema of its day: each table and column is looked up first. Changed
    files are vacuumed, so no freed page keeps a value. Returns how many
    values were removed.
    """
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("PRAGMA secure_delete=ON")
        conn.execute("PRAGMA journal_mode=DELETE")  # no -wal file left next to a backup
        tables = {str(r[0]) for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table'")}  # fmt: skip
        removed = 0
        conn.execute("BEGIN IMMEDIATE")
        try:
            for kind, table in TABLES.items():
                if table not in tables:
                    continue
                present = [c for c in PERSONAL_COLUMNS[table] if c in _columns(conn, table)]
                if not present:
                    continue
                cond = " OR ".join(f"{c} IS NOT NULL" for c in present)
                stale = [str(r[0]) for r in conn.execute(f"SELECT id FROM {table} WHERE {cond}")
                         if str(r[0]) not in keep.ids(kind)]
                sets = ", ".join(f"{c} = NULL" for c in present)
                conn.executemany(f"UPDATE {table} SET {sets} WHERE id = ?",
                                 [(i,) for i in stale])  # fmt: skip
                removed += len(stale)
            if "outbox" in tables:
                for seq, kind, record_id, payload in conn.execute(
                    "SELECT seq, kind, record_id, payload FROM outbox").fetchall():
                    if kind in TABLES and str(record_id) not in keep.ids(str(kind)):
                        removed += _strip_payload(conn, int(seq), str(kind), str(payload))
            if "meta" in tables:
                for key, value in conn.execute("SELECT key, value FROM meta WHERE key LIKE ?",
                                               (meta.CONFLICT_PREFIX + "%",)).fetchall():
                    kind, _, record_id = str(key)[len(meta.CONFLICT_PREFIX):].partition(".")
                    if kind in TABLES and record_id not in keep.ids(kind):
                        stripped = strip_conflict_copy(kind, json.loads(value))
                        if stripped is not None:
                            conn.execute("UPDATE meta SET value = ? WHERE key = ?",
                                         (json.dumps(stripped), key))
                            removed += 1
            if "drafts" in tables:
                for key, payload in conn.execute("SELECT key, payload FROM drafts").fetchall():
                    if str(key) not in keep.drafts and strip_draft(conn, str(key), str(payload)):
                        removed += 1
            if "pull_quarantine" in tables:
                stale_held = [int(r[0]) for r in conn.execute(
                    "SELECT seq FROM pull_quarantine WHERE personal_purged_at IS NULL")
                    if int(r[0]) not in keep.held]
                conn.executemany("DELETE FROM pull_quarantine WHERE seq = ?",
                                 [(s,) for s in stale_held])  # fmt: skip
                removed += len(stale_held)
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")
        if removed:
            conn.execute("VACUUM")
            log.info("backup %s: %d personal values removed", path.name, removed)
        return removed
    finally:
        conn.close()


def _strip_payload(conn: sqlite3.Connection, seq: int, kind: str, payload: str) -> int:
    try:
        body = json.loads(payload)
    except ValueError:
        return 0
    if not isinstance(body, dict) or not body_has_personal(kind, body):
        return 0
    conn.execute("UPDATE outbox SET payload = ? WHERE seq = ?",
                 (json.dumps(strip_body(kind, body), ensure_ascii=False), seq))
    return 1


def scrub_backups(backup_dir: Path, keep: Keep) -> int:
    """:func:`scrub_backup` for every backup in *backup_dir*; returns the files changed."""
    changed = 0
    for path in sorted(backup_dir.glob("desk-*.db")):
        try:
            if scrub_backup(path, keep):
                changed += 1
        except sqlite3.Error as exc:
            # Kept as is and tried again at the next purge; the helpdesk sees it in the log.
            log.warning("backup %s could not be scrubbed: %s", path.name, exc)
    return changed
