"""Contacts from a spreadsheet (CSV) into the case log.

All or nothing: a file with any problem imports nothing, and every problem
is reported as ``file:row: message``. A row whose ``id`` already exists is
skipped and counted, so importing the same file twice adds nothing; a row
without ``id`` gets a new one, derived from its content, so that holds for
spreadsheets without ids too. Imported cases are ordinary cases: they go
through the outbox and sync like the others.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from desk.config import Config
from desk.domain.cases import Rules
from desk.domain.csvformat import parse_csv
from desk.errors import InputError
from desk.store.cases import CaseRepository
from desk.store.store import Store

MAX_BYTES = 50 * 1024 * 1024


@dataclass
class ImportResult:
    imported: int = 0
    skipped_existing: int = 0
    problems: list[str] = field(default_factory=list)


def read_text(path: Path) -> str:
    """The file as text; a clear :class:`InputError` when it is too big or not UTF-8."""
    try:
        if path.stat().st_size > MAX_BYTES:
            raise InputError(f"{path}: het bestand is groter dan 50 MB")
        raw = path.read_bytes()
    except OSError as exc:
        raise InputError(f"{path}: kan het bestand niet lezen ({exc.strerror})") from exc
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"{path}:1: het bestand is geen UTF-8-tekst; bewaar het in Excel als "
            "'CSV UTF-8 (door lijstscheidingsteken gescheiden)'"
        ) from exc


def rules_from_config(config: Config, now: datetime) -> Rules:
    """The case rules an import checks against (topics and options from *config*)."""
    return Rules(now=now, topics=config.topics, allow_for_citizen=config.allow_done_for_citizen)


def defaults_from_config(config: Config) -> dict[str, str]:
    """What a row without office, staff or channel gets."""
    return {"office": config.office, "staff": config.staff_name, "channel": "counter"}


def import_cases(
    store: Store,
    path: Path,
    *,
    rules: Rules,
    defaults: Mapping[str, str],
    separator: str | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> ImportResult:
    """Check the whole file, then write it in one transaction (or nothing)."""
    result = ImportResult()
    parsed = parse_csv(read_text(path), name=str(path), rules=rules, defaults=defaults,
                       separator=separator)
    if parsed.problems:
        result.problems = parsed.problems
        return result
    repo = CaseRepository(store)
    ids = [r.case_id for r in parsed.rows if r.case_id]
    existing = repo.existing_ids(ids)
    seen: set[str] = set()
    total = len(parsed.rows)
    # One transaction: a crash half-way imports nothing.
    with store.tx() as conn:
        for n, row in enumerate(parsed.rows, start=1):
            if row.case_id is not None and (row.case_id in existing or row.case_id in seen):
                result.skipped_existing += 1
                continue
            case_id = repo.save(row.values, case_id=row.case_id, conn=conn)
            seen.add(case_id)
            result.imported += 1
            if progress is not None and n % 500 == 0:
                progress(n, total)
    return result
