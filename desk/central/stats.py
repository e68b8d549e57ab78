"""Statistics: the monthly cube kept with the records, and protected tables.

Every case or referral write subtracts the record's old contributions and adds
its new ones to ``stats_cube`` in the same transaction
(:func:`desk.domain.cube.contributions`, the same code the desk counts with).
Statistics read small cube rows only, never a record body, and publish them
through :mod:`desk.domain.disclosure` (rounding of the finest cells) and
:func:`desk.domain.stats.build_tables` (their sums).

**Only known values become labels.** The cube keeps a code only when the
server knows it (:class:`desk.domain.cube.Vocabulary`, loaded by
:func:`vocabulary`): published guide ids and their steps, the directory's
service ids, each organisation's offices and configured topics, and the fixed
codes. Anything else is counted under ``other``. The cube's size, and so the
cost of ``/v1/stats``, is bounded by the vocabularies, never by what devices
push. When a vocabulary changes (``publish``, ``office add``, ``org set
--topics``) the cube is rebuilt in the same transaction (:func:`refresh`); a
cube stored by an older server is rebuilt at start (:func:`ensure_current`).
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import logging
import threading
import weakref
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final

from sqlalchemy import Connection, Engine, delete, func, inspect, select, update
from sqlalchemy.dialects import postgresql, sqlite

from desk import clock
from desk.central import tables as t
from desk.central.db import reading, writing
from desk.central.schemas import StatsResponse, StatsTable
from desk.domain import cube, disclosure
from desk.domain.csvsafe import csv_safe
from desk.domain.periods import Period
from desk.domain.stats import SERVER_ORDER, label_of_dim, published_tables

log = logging.getLogger(__name__)

CubeKey = cube.CubeKey
#: One record's contribution: a cube cell and the record's key.
Contribution = tuple[CubeKey, int]
#: ``server_config`` key: the cube format and the vocabulary the stored cube was built with.
MARKER_KEY: Final = "stats_cube"

# -- the vocabulary --------------------------------------------------------------------------


def _guide_steps(body: Mapping[str, Any]) -> tuple[str, ...]:
    from desk.domain.guides.model import Guide
    from desk.domain.guides.parser import parse_guide

    text = body.get("text")
    if not isinstance(text, str):
        return ()
    parsed = parse_guide(Path(str(body.get("file") or "guide.md")), text.encode("utf-8"))
    return tuple(s.id for s in parsed.steps) if isinstance(parsed, Guide) else ()


def load_vocabulary(conn: Connection) -> cube.Vocabulary:
    """What statistics may show, read from the database (guides are parsed: not cheap)."""
    i = t.items.c
    guides: dict[str, tuple[str, ...]] = {}
    # Withdrawn guides stay known: they were published, so their ids are no free text.
    for guide_id, body in conn.execute(select(i.id, i.body).where(i.kind == "guide")):
        try:
            guides[str(guide_id)] = _guide_steps(json.loads(body))
        except (ValueError, TypeError):
            guides[str(guide_id)] = ()
    services: set[str] = set()
    row = conn.execute(
        select(i.body).where(i.kind == "directory", i.id == "directory", i.deleted.is_(False))
    ).first()
    if row is not None:
        try:
            data = json.loads(row[0])
            services = {str(s["id"]) for s in data.get("services") or [] if s.get("id")}
        except (ValueError, TypeError, AttributeError, KeyError):
            log.warning("the published directory has no readable service ids")
    offices: dict[str, set[str]] = {}
    for org, code in conn.execute(select(t.offices.c.org, t.offices.c.code)):
        offices.setdefault(str(org), set()).add(str(code))
    topics = {str(org): frozenset(_topic_list(text))
              for org, text in conn.execute(select(t.orgs.c.code, t.orgs.c.topics))}  # fmt: skip
    return cube.Vocabulary(
        topics=topics,
        guides=guides,
        services=frozenset(services),
        offices={org: frozenset(codes) for org, codes in offices.items()},
    )


def _topic_list(text: str | None) -> list[str]:
    try:
        value = json.loads(text or "[]")
    except ValueError:
        return []
    return [str(v) for v in value] if isinstance(value, list) else []


def _fingerprint(vocab: cube.Vocabulary) -> str:
    canonical = json.dumps(
        {
            # An organisation without topics is left out: adding one changes no cell.
            "topics": {k: sorted(v) for k, v in sorted((vocab.topics or {}).items()) if v},
            "guides": {k: list(v) for k, v in sorted((vocab.guides or {}).items())},
            "services": sorted(vocab.services or ()),
            "offices": {k: sorted(v) for k, v in sorted((vocab.offices or {}).items())},
        },
        sort_keys=True,
        separators=(",", ":"),
    )
    return f"{cube.FORMAT}:{hashlib.sha256(canonical.encode()).hexdigest()[:32]}"


_cache_lock = threading.Lock()
_by_marker: dict[str, cube.Vocabulary] = {}
_by_transaction: weakref.WeakKeyDictionary[Any, cube.Vocabulary] = weakref.WeakKeyDictionary()


def _marker(conn: Connection) -> str | None:
    row = conn.execute(
        select(t.server_config.c.value).where(t.server_config.c.key == MARKER_KEY)
    ).first()
    return None if row is None else str(row[0])


def vocabulary(conn: Connection) -> cube.Vocabulary:
    """The vocabulary the stored cube was built with (cached per process and transaction)."""
    tx = conn.get_transaction()
    with _cache_lock:
        found = _by_transaction.get(tx) if tx is not None else None
    if found is not None:
        return found
    marker = _marker(conn)
    with _cache_lock:
        found = _by_marker.get(marker) if marker else None
    if found is None:
        found = load_vocabulary(conn)
        if marker is not None and _fingerprint(found) == marker:
            with _cache_lock:
                _by_marker.clear()
                _by_marker[marker] = found
    if tx is not None:
        with _cache_lock:
            _by_transaction[tx] = found
    return found


def _set_marker(conn: Connection, marker: str) -> None:
    done = conn.execute(
        update(t.server_config).where(t.server_config.c.key == MARKER_KEY).values(value=marker)
    ).rowcount
    if not done:
        conn.execute(t.server_config.insert().values(key=MARKER_KEY, value=marker))


# -- keeping the cube ----------------------------------------------------------------------------


def contributions(
    conn: Connection, kind: str, org: str, office: str | None,
    body: Mapping[str, Any] | None, record_id: str,
) -> list[Contribution]:  # fmt: skip
    """The cube cells one live record counts in (empty for tombstones and training)."""
    return cube.contributions(kind, org, office, body, record_id, vocabulary(conn))


def apply_deltas(conn: Connection, deltas: Counter[Contribution]) -> None:
    """Add *deltas* to the cube (upsert, in key order to keep lock order stable)."""
    sums: dict[CubeKey, list[int]] = {}
    for (key, record), n in deltas.items():
        if n:
            entry = sums.setdefault(key, [0, 0])
            entry[0] += n
            entry[1] += n * record
    rows = [
        {"kind": k[0], "month": k[1], "org": k[2], "office": k[3], "dim": k[4], "a": k[5],
         "b": k[6], "n": n, "keysum": keys}
        for k, (n, keys) in sorted(sums.items())
        if n or keys
    ]  # fmt: skip
    if not rows:
        return
    insert = postgresql.insert if conn.dialect.name == "postgresql" else sqlite.insert
    stmt = insert(t.stats_cube)
    stmt = stmt.on_conflict_do_update(
        index_elements=["kind", "month", "org", "office", "dim", "a", "b"],
        set_={
            "n": t.stats_cube.c.n + stmt.excluded.n,
            "keysum": t.stats_cube.c.keysum + stmt.excluded.keysum,
        },
    )
    conn.execute(stmt, rows)


def rebuild(conn: Connection, chunk: int = 20000) -> int:
    """Recompute the whole cube from the records, with the current vocabulary.

    Needs a :func:`desk.central.db.writing` transaction (pushes wait for it).
    Returns the number of live records counted.
    """
    vocab = load_vocabulary(conn)
    tx = conn.get_transaction()
    if tx is not None:
        with _cache_lock:
            _by_transaction[tx] = vocab
    conn.execute(delete(t.stats_cube))
    total: Counter[Contribution] = Counter()
    seen = 0
    i = t.items.c
    result = conn.execute(
        select(i.kind, i.id, i.org, i.office, i.body)
        .where(i.kind.in_(("case", "referral")), i.deleted.is_(False))
        .execution_options(stream_results=True, yield_per=chunk)
    )
    for kind, item_id, org, office, body in result:
        total.update(cube.contributions(kind, org or "", office, body, item_id, vocab))
        seen += 1
    apply_deltas(conn, total)
    marker = _fingerprint(vocab)
    _set_marker(conn, marker)
    with _cache_lock:
        _by_marker.clear()
        _by_marker[marker] = vocab
    return seen


def refresh(conn: Connection) -> bool:
    """Rebuild the cube if the vocabulary (or the cube format) changed; True if it did.

    Call it in the transaction that changed a vocabulary (publish, offices, topics).
    """
    if _marker(conn) == _fingerprint(load_vocabulary(conn)):
        return False
    seen = rebuild(conn)
    log.info("statistics rebuilt for a new vocabulary (%d records)", seen)
    return True


def ensure_current(engine: Engine) -> bool:
    """At start: rebuild a cube stored by an older server or for another vocabulary.

    Cheap when current (one read). Several workers starting at once rebuild once:
    the check is repeated under the write lock.
    """
    if not inspect(engine).has_table(t.server_config.name):
        return False  # no schema yet (an app built only to read its OpenAPI schema)
    with reading(engine) as conn:
        if _marker(conn) == _fingerprint(load_vocabulary(conn)):
            return False
    with writing(engine) as conn:
        return refresh(conn)


# -- reading ---------------------------------------------------------------------------------


def _cells(
    conn: Connection, period: Period, org: str | None, office: str | None
) -> dict[CubeKey, cube.Count]:
    c = t.stats_cube.c
    conds: list[Any] = [c.month.in_(period.months)]
    if org:
        conds.append(c.org == org)
    if office:
        conds.append(c.office == office)
    query = select(c.kind, c.month, c.org, c.office, c.dim, c.a, c.b, c.n, c.keysum).where(
        *conds
    )
    found: dict[CubeKey, cube.Count] = {}
    for kind, month, org_, office_, dim, a, b, n, keys in conn.execute(query):
        if n:
            found[(kind, month, org_, office_, dim, a, b)] = cube.Count(int(n), int(keys))
    return found


def _stats_table(table: Any) -> StatsTable:
    return StatsTable(
        name=table.name,
        title=table.title,
        row_label=label_of_dim(table.row_dim),
        column_label=label_of_dim(table.col_dim),
        rows=list(table.rows),
        columns=list(table.columns),
        cells=[[cell.as_json() for cell in row] for row in table.cells],
        row_totals=[cell.as_json() for cell in table.row_totals],
        column_totals=[cell.as_json() for cell in table.column_totals],
        total=table.total.as_json(),
    )


@dataclass(frozen=True)
class Scope:
    period: Period
    org: str | None = None
    office: str | None = None


def build(engine: Engine, scope: Scope) -> StatsResponse:
    """All statistics tables for one period and scope, with disclosure control applied.

    Reads at most (months x offices x vocabulary) cube rows.
    """
    with reading(engine) as conn:
        cells = _cells(conn, scope.period, scope.org, scope.office)
        vocab = vocabulary(conn)
    counted = cube.Cube()
    counted.cells.update(cells)
    tables = published_tables(counted, vocab, SERVER_ORDER)
    period = scope.period
    return StatsResponse(
        period=period.code,
        from_month=period.months[0],
        to_month=period.months[-1],
        org=scope.org,
        office=scope.office,
        generated_at=clock.now().isoformat().replace("+00:00", "Z"),
        method=disclosure.METHOD,
        threshold=disclosure.DEFAULT_THRESHOLD,
        suppressed_label=disclosure.SUPPRESSED_LABEL,
        note=disclosure.SUPPRESSION_NOTE_NL,
        tables=[_stats_table(table) for table in tables],
    )


def to_csv(table: StatsTable) -> str:
    """One protected table as CSV (comma separated, with a totals row/column, formula-safe)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    header = [f"{table.row_label} \\ {table.column_label}", *table.columns, "totaal"]
    writer.writerow([csv_safe(cell) for cell in header])
    for label, cells, total in zip(table.rows, table.cells, table.row_totals, strict=True):
        writer.writerow([csv_safe(cell) for cell in (label, *cells, total)])
    writer.writerow([csv_safe(cell) for cell in ("totaal", *table.column_totals, table.total)])
    return out.getvalue()


def cube_rows(conn: Connection) -> int:
    """How many cells the stored cube holds (operations and benchmarks)."""
    return int(conn.execute(select(func.count()).select_from(t.stats_cube)).scalar_one())
