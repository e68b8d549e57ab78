"""Facts about a database file for the helpdesk, read without changing anything.

The file is opened read-only (``mode=ro``, ``query_only``): nothing is
migrated or created, and no row content is read except the ``meta`` keys the
caller names. Used by :mod:`desk.app.diagnostics`, which scrubs what it shows.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desk.store.schema import SCHEMA_HEAD


@dataclass
class DatabaseFacts:
    """What :func:`inspect_database` found.

    ``info`` holds the JSON-ready facts (keys only present when known; error
    texts unscrubbed), ``meta`` the named meta values, ``counted`` how many
    meta keys start with each counted prefix.
    """

    info: dict[str, Any] = field(default_factory=dict)
    meta: dict[str, str] = field(default_factory=dict)
    counted: dict[str, int] = field(default_factory=dict)


def inspect_database(
    db_path: Path, *, meta_keys: Iterable[str], counted_prefixes: Mapping[str, str]
) -> DatabaseFacts:
    """Schema revision, checks, row counts and outbox states of *db_path*; read-only.

    Args:
        db_path: The database file (it need not exist).
        meta_keys: Meta keys whose values may be read (facts, not people).
        counted_prefixes: Meta key prefix -> label; such keys are only counted.
    """
    keys = tuple(meta_keys)
    facts = DatabaseFacts(info={"expected_schema": SCHEMA_HEAD},
                          counted={label: 0 for label in counted_prefixes.values()})
    info = facts.info
    if not db_path.is_file():
        info["exists"] = False
        return facts
    info["exists"] = True
    info["size_bytes"] = db_path.stat().st_size
    wal = db_path.with_name(db_path.name + "-wal")
    info["wal_bytes"] = wal.stat().st_size if wal.exists() else 0
    uri = db_path.resolve().as_uri() + "?mode=ro"
    try:
        conn = sqlite3.connect(uri, uri=True, timeout=5.0)
    except sqlite3.Error as exc:
        info["open_error"] = str(exc)
        return facts
    try:
        conn.execute("PRAGMA query_only=ON")
        tables = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' "
            "ORDER BY name")]
        info["tables"] = {t: conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0]
                          for t in tables}
        if "alembic_version" in tables:
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            info["schema"] = row[0] if row else None
        else:
            info["schema"] = None
        info["schema_current"] = info["schema"] == SCHEMA_HEAD
        info["quick_check"] = [r[0] for r in conn.execute("PRAGMA quick_check(20)")]
        info["integrity_check"] = [r[0] for r in conn.execute("PRAGMA integrity_check(20)")]
        info["journal_mode"] = conn.execute("PRAGMA journal_mode").fetchone()[0]
        info["page_size"] = conn.execute("PRAGMA page_size").fetchone()[0]
        info["freelist_pages"] = conn.execute("PRAGMA freelist_count").fetchone()[0]
        if "meta" in tables:
            placeholders = ",".join("?" * len(keys))
            for key, value in conn.execute(
                f"SELECT key, value FROM meta WHERE key IN ({placeholders})", keys
            ):
                facts.meta[str(key)] = str(value)
            for prefix, label in counted_prefixes.items():
                facts.counted[label] = conn.execute(
                    "SELECT count(*) FROM meta WHERE key LIKE ? ESCAPE '\\'",
                    (prefix.replace("_", "\\_") + "%",),
                ).fetchone()[0]
        if "outbox" in tables:
            info["outbox"] = {str(s): n for s, n in conn.execute(
                "SELECT state, count(*) FROM outbox GROUP BY state")}
    except sqlite3.Error as exc:
        info["error"] = str(exc)
    finally:
        conn.close()
    return facts
