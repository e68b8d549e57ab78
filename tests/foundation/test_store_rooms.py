"""The store owns the database: sync runs no SQL, one function writes outbox rows,
the meta keys and the kind -> table map are written down once."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

from desk.store import meta
from desk.store.records import TABLES

DESK = Path(__file__).resolve().parents[2] / "desk"
#: The server has its own database; the desk's migrations are frozen history.
OUTSIDE = ("central", "store/migrations")
#: Still spells meta keys it reads: desk/diagnostics.py belongs to the application
#: layer (issue #19 item 3), which reads them from desk.store.meta when it moves.
KNOWN_SPELLERS = frozenset({"desk/diagnostics.py"})
SQL_STARTS = ("SELECT ", "INSERT ", "UPDATE ", "DELETE ", "CREATE ", "PRAGMA ", "BEGIN")


def _modules(root: Path = DESK) -> Iterator[tuple[str, ast.Module]]:
    for path in sorted(root.rglob("*.py")):
        rel = path.relative_to(DESK.parent).as_posix()
        if any(rel.startswith(f"desk/{part}/") for part in OUTSIDE):
            continue
        yield rel, ast.parse(path.read_text(encoding="utf-8"), filename=rel)


def _strings(tree: ast.AST) -> Iterator[tuple[int, str]]:
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            yield node.lineno, node.value
        elif isinstance(node, ast.JoinedStr):
            text = "".join(v.value for v in node.values
                           if isinstance(v, ast.Constant) and isinstance(v.value, str))
            yield node.lineno, text


def test_sync_runs_no_sql() -> None:
    found = []
    for rel, tree in _modules(DESK / "sync"):
        for node in ast.walk(tree):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                    and node.func.attr in ("execute", "executemany", "executescript")):
                found.append(f"{rel}:{node.lineno}: .{node.func.attr}()")
        found += [f"{rel}:{line}: {text[:40]!r}" for line, text in _strings(tree)
                  if text.lstrip().upper().startswith(SQL_STARTS)]
    assert not found, "SQL in desk/sync (it belongs in desk/store):\n" + "\n".join(found)


def test_one_function_writes_outbox_rows() -> None:
    writers = [f"{rel}:{line}" for rel, tree in _modules() for line, text in _strings(tree)
               if "INSERT INTO outbox" in text]
    assert len(writers) == 1 and writers[0].startswith("desk/store/records.py:"), writers


def test_meta_keys_are_defined_once() -> None:
    keys = {v for k, v in vars(meta).items() if k.isupper() and isinstance(v, str) and "." in v}
    prefixes = {v for v in keys if v.endswith(".")}
    assert {"sync.cursor", "central.server", "sync.conflict."} <= keys  # the scan sees them
    found = []
    for rel, tree in _modules():
        if rel == "desk/store/meta.py" or rel in KNOWN_SPELLERS:
            continue
        for line, text in _strings(tree):
            if text in keys or any(text.startswith(p) and len(text) > len(p) for p in prefixes):
                found.append(f"{rel}:{line}: {text!r}")
    assert not found, "meta keys spelled outside desk/store/meta.py:\n" + "\n".join(found)


def test_the_kind_table_map_exists_once() -> None:
    found = []
    for rel, tree in _modules():
        for node in ast.walk(tree):
            if not isinstance(node, ast.Dict):
                continue
            pairs = {(k.value, v.value) for k, v in zip(node.keys, node.values, strict=True)
                     if isinstance(k, ast.Constant) and isinstance(v, ast.Constant)}
            if pairs & set(TABLES.items()):
                found.append(f"{rel}:{node.lineno}")
    assert found == [found[0]] and found[0].startswith("desk/store/records.py:"), found


def test_every_kind_has_its_table_in_the_schema() -> None:
    from desk.store.models import Base

    assert set(TABLES.values()) <= set(Base.metadata.tables)
