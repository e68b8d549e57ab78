"""A person resolves a sync conflict: keep mine, take theirs, or choose per field.

A conflict (see :mod:`desk.sync.engine`) leaves the local record as it was,
its change quarantined, and the server's version in ``meta``
(:mod:`desk.store.conflicts`, which also does the writes decided here). Each
choice is one local transaction (the record and its outbox entry together):

* :func:`keep_mine`: the local version is queued again, now based on the
  server's revision (new idempotency key), so the server accepts it;
* :func:`take_theirs`: the server's version replaces the local one, the
  local change leaves the outbox;
* :func:`merge`: the local version with the chosen fields taken from the
  server's, then queued like *keep mine*.

Cases and referrals. For a referral:

* the server's copy in ``meta`` has its name, contact data and notes sealed
  (as everywhere on this desk); they are opened with the local key only in
  memory, and the result is written through
  :meth:`ReferralRepository.write_resolved`, which seals them again. Without
  a usable key a choice that needs them is refused and nothing changes;
* a server copy kept without its personal part (no key when the conflict was
  found: ``personal_withheld``) is never taken: that would erase the
  citizen's data. Keep mine (or per field, without the personal fields) works;
* per field: the personal fields (``name``, ``phone``, ``email``,
  ``availability``, ``contact_channel``, ``citizen_language``, ``notes``)
  compare on their opened values and are offered only when both versions
  have active consent. The status with its history, and the consent, are
  *not* choices per field: a history cannot be spliced safely (a consent
  withdrawal is a history entry too); they follow *keep mine* or *take
  theirs* as a whole, and stay the local ones in a merge;
* a partner status update pulled in the meantime (``sync.referral_status.``)
  that the server's copy already contains is dropped, so it cannot undo the
  choice after the next sync.
"""

from __future__ import annotations

import dataclasses
import sqlite3
from collections.abc import Iterable, Mapping
from typing import Any, Final

from desk.domain.cases import case_to_wire
from desk.domain.referrals import Citizen, Referral
from desk.domain.referrals.wire import from_wire
from desk.errors import InputError
from desk.messages import msg
from desk.secrets import KeyringUnavailable
from desk.store import conflicts
from desk.store.crypto import FieldCipher
from desk.store.records import TABLES, fetch
from desk.store.referrals import SEALED_KEY, ReferralRepository, unseal_wire
from desk.store.store import Store

#: Referral fields a person may choose per field (besides the personal ones).
REFERRAL_FIELDS: Final = ("municipality", "case_id", "needs", "barriers", "urgency", "service_id")


def _load(conn: sqlite3.Connection, kind: str, record_id: str) -> dict[str, Any]:
    if kind not in TABLES:
        raise InputError(
            msg("Conflicten van soort {0} kunnen hier nog niet opgelost worden.", repr(kind))
        )
    data = conflicts.load(conn, kind, record_id)
    if data is None:
        raise InputError(msg("Dit conflict is al opgelost."))
    return data


def _server(conflict: dict[str, Any]) -> tuple[int, bool, dict[str, Any] | None]:
    record = conflict.get("server_record") or {}
    revision = int(conflict.get("server_revision") or record.get("revision") or 0)
    return revision, bool(record.get("deleted")), record.get("body")


def _requeue(conn: sqlite3.Connection, kind: str, record_id: str, server_revision: int) -> None:
    conflicts.requeue_mine(conn, kind, record_id, server_revision, case_to_wire)
    conflicts.close(conn, kind, record_id, server_revision)


# -- referrals ---------------------------------------------------------------------------------


class _Referrals:
    """Both versions of one conflicting referral, opened with the local key when needed."""

    def __init__(self, store: Store, conn: sqlite3.Connection, record_id: str,
                 conflict: dict[str, Any]) -> None:  # fmt: skip
        self.repo = ReferralRepository(store)
        self.conn = conn
        self.record_id = record_id
        self.revision, self.deleted, self.body = _server(conflict)
        self._cipher: FieldCipher | None = None

    def cipher(self) -> FieldCipher:
        if self._cipher is None:
            self._cipher = self.repo.cipher(self.conn)  # KeyringUnavailable: refused as is
        return self._cipher

    def mine(self) -> Referral:
        row = fetch(self.conn, TABLES["referral"], self.record_id)
        if row is None or row["deleted"]:
            raise InputError(msg("Dit record bestaat niet meer op deze computer."))
        stored = self.repo.get(self.record_id)
        if stored.personal_locked:
            # Writing it back would drop the sealed fields that cannot be read.
            raise KeyringUnavailable(stored.locked_reason)
        return stored.referral

    @property
    def withheld(self) -> bool:
        return bool(self.body and self.body.get("personal_withheld"))

    def theirs(self) -> Referral | None:
        if self.body is None:
            return None
        body: Mapping[str, Any] = self.body
        if SEALED_KEY in body:
            body = unseal_wire(body, self.record_id, self.cipher())
        return from_wire(self.record_id, body)


def _refuse_withheld() -> InputError:
    return InputError(
        msg(
            "De versie van de server werd hier zonder naam, contactgegevens en notities "
            "bewaard (de sleutel voor persoonsgegevens ontbrak toen). Hun versie nemen zou "
            "die gegevens wissen: houd uw versie of kies per veld."
        )
    )


def _personal_offered(mine: Referral, theirs: Referral, withheld: bool) -> bool:
    return not withheld and mine.consent.active and theirs.consent.active


#: Per-field name -> attribute of :class:`Citizen`.
_CITIZEN_ATTRS: Final = {"name": "name", "phone": "phone", "email": "email",
                         "availability": "availability", "contact_channel": "contact_channel",
                         "citizen_language": "language"}  # fmt: skip
#: Citizen fields, offered per field only when both versions have active consent.
REFERRAL_PERSONAL: Final = (*_CITIZEN_ATTRS, "notes")


def _referral_fields(referral: Referral, personal: bool) -> dict[str, Any]:
    values: dict[str, Any] = {
        "municipality": referral.municipality,
        "case_id": referral.case_id,
        "needs": list(referral.needs),
        "barriers": list(referral.barriers),
        "urgency": referral.urgency,
        "service_id": referral.service_id,
    }
    if personal:
        citizen = referral.citizen or Citizen()
        values.update({name: getattr(citizen, attr) for name, attr in _CITIZEN_ATTRS.items()})
        values["notes"] = referral.notes
    return values


def _merged_referral(mine: Referral, theirs: Referral, chosen: set[str]) -> Referral:
    plain = {name: getattr(theirs, name) for name in REFERRAL_FIELDS if name in chosen}
    merged = dataclasses.replace(mine, **plain)
    source = theirs.citizen or Citizen()
    citizen_fields = {
        attr: getattr(source, attr) for name, attr in _CITIZEN_ATTRS.items() if name in chosen
    }
    if citizen_fields:
        merged = dataclasses.replace(
            merged, citizen=dataclasses.replace(mine.citizen or Citizen(), **citizen_fields)
        )
    if "notes" in chosen:
        merged = dataclasses.replace(merged, notes=theirs.notes)
    return merged


def _after_their_history(mine: Referral, theirs: Referral | None) -> Referral:
    """*mine*, with its own status entries after the server's.

    The server keeps every status entry it has (the protocol's ``status_history`` only
    grows) and refuses a change that rewrites one; the status is that of the last entry.
    """
    if theirs is None:
        return mine
    ours, server = mine.status_history, theirs.status_history
    common = 0
    while common < min(len(ours), len(server)) and (
        (ours[common].status, ours[common].at, ours[common].note)
        == (server[common].status, server[common].at, server[common].note)
    ):
        common += 1
    history = (*server, *ours[common:])
    status = history[-1].status if history else mine.status
    return dataclasses.replace(mine, status_history=history, status=status)


def _referral_keep_mine(store: Store, conn: sqlite3.Connection, record_id: str,
                        conflict: dict[str, Any]) -> None:  # fmt: skip
    both = _Referrals(store, conn, record_id, conflict)
    mine = _after_their_history(both.mine(), None if both.deleted else both.theirs())
    both.repo.write_resolved(conn, mine, server_revision=both.revision, send=True)
    conflicts.close(conn, "referral", record_id, both.revision)


def _referral_take_theirs(store: Store, conn: sqlite3.Connection, record_id: str,
                          conflict: dict[str, Any]) -> None:  # fmt: skip
    both = _Referrals(store, conn, record_id, conflict)
    if both.withheld:
        raise _refuse_withheld()
    theirs = both.theirs()
    if both.deleted or theirs is None:
        conflicts.take_server_deletion(conn, "referral", record_id, both.revision)
    else:
        both.repo.write_resolved(conn, theirs, server_revision=both.revision, send=False)
    conflicts.close(conn, "referral", record_id, both.revision)


def _referral_differing(store: Store, record_id: str,
                        conflict: dict[str, Any]) -> dict[str, tuple[Any, Any]]:  # fmt: skip
    both = _Referrals(store, store.conn(), record_id, conflict)
    theirs = both.theirs()
    if both.deleted or theirs is None:
        return {}
    mine = both.mine()
    personal = _personal_offered(mine, theirs, both.withheld)
    ours, other = _referral_fields(mine, personal), _referral_fields(theirs, personal)
    diff = {k: (ours[k], other[k]) for k in ours if ours[k] != other[k]}
    if not diff and (
        mine.status_history != theirs.status_history
        or mine.status != theirs.status
        or mine.consent != theirs.consent
    ):
        raise InputError(
            msg(
                "Bij deze doorverwijzing verschillen alleen de status of de toestemming. "
                "Die kiest u niet per veld: houd uw versie of neem die van de server."
            )
        )
    return diff


def _referral_merge(store: Store, conn: sqlite3.Connection, record_id: str,
                    conflict: dict[str, Any], chosen: set[str]) -> None:  # fmt: skip
    both = _Referrals(store, conn, record_id, conflict)
    theirs = both.theirs()
    if both.deleted or theirs is None:
        raise InputError(msg("Per veld kiezen kan niet: een van beide versies is verwijderd."))
    mine = both.mine()
    allowed = set(REFERRAL_FIELDS)
    if _personal_offered(mine, theirs, both.withheld):
        allowed |= set(REFERRAL_PERSONAL)
    unknown = chosen - allowed
    if unknown:
        raise InputError(msg("Onbekende velden: {0}", ", ".join(sorted(unknown))))
    merged = _after_their_history(_merged_referral(mine, theirs, chosen), theirs)
    both.repo.write_resolved(conn, merged, server_revision=both.revision, send=True)
    conflicts.close(conn, "referral", record_id, both.revision)


# -- the choices -------------------------------------------------------------------------------


def keep_mine(store: Store, kind: str, record_id: str) -> None:
    """Send the local version again, on top of the server's revision."""
    with store.tx() as conn:
        conflict = _load(conn, kind, record_id)
        if kind == "referral":
            _referral_keep_mine(store, conn, record_id, conflict)
            return
        revision, _deleted, _body = _server(conflict)
        _requeue(conn, kind, record_id, revision)


def take_theirs(store: Store, kind: str, record_id: str) -> None:
    """Replace the local version with the server's; the local change is dropped."""
    with store.tx() as conn:
        conflict = _load(conn, kind, record_id)
        if kind == "referral":
            _referral_take_theirs(store, conn, record_id, conflict)
            return
        revision, deleted, body = _server(conflict)
        conflicts.take_server_case(conn, record_id, revision=revision, deleted=deleted, body=body)
        conflicts.close(conn, kind, record_id, revision)


def differing_fields(store: Store, kind: str, record_id: str) -> dict[str, tuple[Any, Any]]:
    """Fields a person can choose that differ: name -> (mine, theirs).

    For a referral, personal fields hold the opened values: show them only to
    the local worker, never log them.
    """
    conn = store.conn()
    conflict = _load(conn, kind, record_id)
    if kind == "referral":
        return _referral_differing(store, record_id, conflict)
    _revision, _deleted, body = _server(conflict)
    row = fetch(conn, TABLES[kind], record_id)
    if row is None or body is None:
        return {}
    mine = case_to_wire(row)
    return {k: (mine.get(k), body.get(k)) for k in sorted(set(mine) | set(body))
            if mine.get(k) != body.get(k)}  # fmt: skip


def merge(store: Store, kind: str, record_id: str, theirs: Iterable[str]) -> None:
    """Keep the local version except the fields in *theirs*, then send it."""
    chosen = set(theirs)
    with store.tx() as conn:
        conflict = _load(conn, kind, record_id)
        if kind == "referral":
            _referral_merge(store, conn, record_id, conflict, chosen)
            return
        revision, _deleted, body = _server(conflict)
        row = fetch(conn, TABLES[kind], record_id)
        if row is None or body is None:
            raise InputError(msg("Per veld kiezen kan niet: een van beide versies is verwijderd."))
        merged = case_to_wire(row)
        unknown = chosen - set(merged)
        if unknown:
            raise InputError(msg("Onbekende velden: {0}", ", ".join(sorted(unknown))))
        for name in chosen:
            merged[name] = body.get(name)
        conflicts.write_case_body(conn, record_id, merged)
        _requeue(conn, kind, record_id, revision)
