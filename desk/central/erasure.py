"""Erasing personal data on the server: a new revision of the record, without it.

The personal fields are declared once, on the wire models
(``PERSONAL_FIELDS`` in :mod:`desk.central.schemas`): a case's ``citizen_ref``,
a referral's ``citizen`` (name, phone, e-mail, contact channel, language,
availability) and ``notes`` (the staff member's notes about the citizen's
question, which the consent text lists among the citizen's data). Erased, a
field takes the value its model gives it when it is left out (``null``, or
``""`` for notes).

Everything else is not personal by design: case notes, guide visit notes and
status notes follow the free-text rules (no names, numbers or addresses), and
needs, barriers and statuses without a name are what the statistics count.

An erasure is an ordinary change: the record gets the next revision and a new
change number (so it enters the organisation's pull feed, ``db.writing``),
with the personal fields emptied, so every desk of the organisation pulls it
and removes its own copies (``desk/store/personal.py``). Statistics do not
change: they never read these fields.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Final

from sqlalchemy import Connection, and_, select, update

from desk.central import tables as t
from desk.central.db import next_seq
from desk.central.schemas import BODY_MODELS, PERSONAL_FIELDS, personal_in

#: Each personal field with the value that means "nothing kept" (its model's default).
EMPTY: Final[dict[str, dict[str, Any]]] = {
    kind: {name: BODY_MODELS[kind].model_fields[name].get_default() for name in names}
    for kind, names in PERSONAL_FIELDS.items()
}
#: Kinds whose bodies can hold personal data.
KINDS: Final = tuple(kind for kind, names in PERSONAL_FIELDS.items() if names)
#: ``check(kind, id, body, updated_at, org)``: whether a record is still to be erased.
Check = Callable[[str, str, Mapping[str, Any], datetime, str], bool]


def has_personal(kind: str, body: Mapping[str, Any] | None) -> bool:
    """Whether *body* (a stored or pushed record body) holds any personal field."""
    return bool(personal_in(kind, body))


def strip(kind: str, body: Mapping[str, Any]) -> dict[str, Any]:
    """*body* with every personal field emptied (other fields untouched)."""
    out = dict(body)
    for name, empty in EMPTY.get(kind, {}).items():
        if name in out:
            out[name] = empty
    return out


def encode(body: Mapping[str, Any]) -> str:
    """A body as the server stores it (compact JSON, like push and status updates)."""
    return json.dumps(body, separators=(",", ":"), ensure_ascii=False)


@dataclass(frozen=True)
class Erased:
    """One record that lost its personal fields."""

    kind: str
    id: str
    org: str
    revision: int


def erase(
    conn: Connection,
    keys: Iterable[tuple[str, str]],
    now: datetime,
    *,
    still: Check | None = None,
) -> list[Erased]:
    """Erase the personal fields of the records *keys* (kind, id), in *conn*'s transaction.

    *conn* must come from :func:`desk.central.db.writing` (change numbers). Each
    record is read again here, so a change that arrived since it was chosen is
    seen: a record without personal data, deleted, or for which
    ``still(kind, id, body, updated_at, org)`` (when given) says no, is left alone.
    Returns what was erased.
    """
    i = t.items.c
    wanted = sorted(set(keys))
    if not wanted:
        return []
    rows: list[Any] = []
    for kind in KINDS:
        ids = [item_id for k, item_id in wanted if k == kind]
        for start in range(0, len(ids), 400):
            rows += conn.execute(
                select(i.kind, i.id, i.org, i.revision, i.deleted, i.body, i.updated_at)
                .where(and_(i.kind == kind, i.id.in_(ids[start : start + 400])))
                .order_by(i.id)
            ).all()
    todo: list[tuple[Any, dict[str, Any]]] = []
    for row in rows:
        if row.deleted:
            continue
        body = json.loads(row.body)
        if not isinstance(body, dict) or not has_personal(row.kind, body):
            continue
        if still is not None and not still(row.kind, row.id, body, row.updated_at, row.org):
            continue
        todo.append((row, body))
    if not todo:
        return []
    first = next_seq(conn, len(todo))
    done: list[Erased] = []
    for n, (row, body) in enumerate(todo):
        revision = row.revision + 1
        conn.execute(
            update(t.items)
            .where(and_(i.kind == row.kind, i.id == row.id))
            .values(
                revision=revision,
                body=encode(strip(row.kind, body)),
                seq=first + n,
                updated_at=now,
                device_id=None,
                personal=False,
            )
        )
        done.append(Erased(row.kind, row.id, row.org, revision))
    return done
