"""E-inclusion referrals in the local store, with personal fields encrypted at rest.

Every change goes through :func:`desk.store.records.write_record`, so the
record and its outbox entry are one transaction. Drafts (status ``draft``)
are written ``local_only``: the central service refuses drafts, so only a
submitted referral ever enters the outbox. A training profile writes every
referral ``local_only``.

Personal fields (name, phone, e-mail, availability, notes) never touch the
database as plaintext:

* in the ``referrals`` table they are AES-GCM tokens, one per field, bound to
  the record id and the field name (:mod:`desk.store.crypto`);
* in the outbox the wire body carries them as one sealed token under
  :data:`SEALED_KEY` (with ``citizen: null`` and ``notes: ""`` in the clear
  part); the sync client opens it with :func:`unseal_wire` just before the
  push. A body that was not opened is refused by the server's strict
  schema: it fails closed, it never leaks;
* in the autosaved form draft (``drafts`` table) they are sealed the same way.

The key lives in the OS keyring. It is created only while no encrypted data
exists (its fingerprint is then kept in ``meta``); after that a missing or
different key is an error, never a new key and never plaintext. Without a
usable keyring, :meth:`ReferralRepository.personal_data_problem` gives the
Dutch message; anonymous referrals keep working.
"""

from __future__ import annotations

import dataclasses
import json
import logging
import random
import sqlite3
from collections.abc import Collection, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any, Final

from desk.domain.days import local_date
from desk.domain.lifecycle import FINAL, STATUSES, allowed_next
from desk.domain.referrals import (
    DRAFT,
    Citizen,
    Consent,
    HistoryEntry,
    Referral,
    change_status,
    give_consent,
    new_referral,
    normalise_contact,
    shown_status,
    submit,
    to_wire,
    validate_referral,
    withdraw_consent,
)
from desk.domain.referrals.followup import follow_up_due, stale_before
from desk.domain.referrals.model import KIND_STATUS
from desk.errors import InputError
from desk.messages import msg
from desk.secrets import KeyringSecrets, KeyringUnavailable, SecretStore
from desk.store import meta
from desk.store.common import SYNCED, from_iso, to_iso, utcnow
from desk.store.crypto import FieldCipher, TokenError, field_aad, load_or_create_data_key
from desk.store.journal import get_draft, put_draft, write_audit
from desk.store.personal import REFERRAL_SEALED_COLUMNS as PERSONAL_FIELDS
from desk.store.personal import SEALED_KEY, erase_copies
from desk.store.records import TABLES, fetch, write_record
from desk.store.store import Store

__all__ = [
    "DEFAULT_FOLLOW_UP_DAYS",
    "PERSONAL_FIELDS",
    "SEALED_KEY",
    "ReferralInvalid",
    "ReferralQuery",
    "ReferralRepository",
    "ReferralRow",
    "StoredReferral",
    "create_demo_referrals",
    "form_draft_key",
    "unseal_wire",
]

log = logging.getLogger(__name__)

KIND: Final = "referral"
TABLE: Final = TABLES[KIND]
DEFAULT_FOLLOW_UP_DAYS: Final = 14
_OUTBOX_AAD_FIELD: Final = "outbox"
_DRAFT_AAD_FIELD: Final = "draft"



class ReferralInvalid(InputError):
    """The referral cannot be sent yet; ``errors`` maps form fields to Dutch messages."""

    def __init__(self, errors: Mapping[str, str]) -> None:
        # The form shows ``errors`` per field (each translated on its own); this
        # joined line is for the log and the command line.
        super().__init__(
            msg("De doorverwijzing is nog niet volledig: {0}", " ".join(errors.values()))
        )
        self.errors = dict(errors)


@dataclass(frozen=True)
class StoredReferral:
    """A referral as read back, with what the store knows about it."""

    referral: Referral
    sync_state: str
    updated_at: datetime
    #: Personal data exists but cannot be read (no keyring, other key, damaged).
    personal_locked: bool = False
    locked_reason: str = ""
    #: When name, contact data and notes were removed here (retention, an erasure
    #: from the server, a withdrawn consent); None while they were never removed.
    personal_purged_at: datetime | None = None
    #: The central service has accepted this referral (an outbox entry of it was
    #: acknowledged, or it came from the server): only then is it "Verstuurd".
    accepted: bool = False

    @property
    def shown_status(self) -> str:
        """The status to show (``ready_to_send`` for a sent referral not yet accepted)."""
        return shown_status(self.referral.status, accepted=self.accepted)


@dataclass(frozen=True)
class ReferralRow:
    """One line of the referral list (no decryption unless names were asked for)."""

    id: str
    created_at: datetime
    status: str
    service_id: str | None
    municipality: str
    needs: tuple[str, ...]
    urgency: str
    last_change: datetime
    sync_state: str
    anonymous: bool
    case_id: str | None
    name: str = ""  # "" when anonymous, not asked for, or locked
    #: See :attr:`StoredReferral.accepted`.
    accepted: bool = False
    #: Who made it (short name), for "mine".
    staff: str = ""

    @property
    def shown_status(self) -> str:
        """The status to show (``ready_to_send`` for a sent referral not yet accepted)."""
        return shown_status(self.status, accepted=self.accepted)

    def follow_up_on(self, days: int = DEFAULT_FOLLOW_UP_DAYS) -> date | None:
        """The day a follow-up is due, or None (drafts, final statuses)."""
        if self.status == DRAFT or self.status in FINAL:
            return None
        return follow_up_due(self.last_change, days)


@dataclass(frozen=True)
class ReferralQuery:
    """Filters for the list. ``stale_days`` keeps only referrals without progress that long."""

    status: str | None = None
    municipality: str | None = None
    open_only: bool = False
    include_drafts: bool = True
    stale_days: int | None = None
    now: datetime | None = None
    limit: int = 1000

    def where(self) -> tuple[str, list[Any]]:
        clauses = ["deleted = 0"]
        params: list[Any] = []
        if self.status:
            clauses.append("status = ?")
            params.append(self.status)
        if self.municipality:
            clauses.append("municipality = ?")
            params.append(self.municipality)
        if not self.include_drafts or self.stale_days is not None:
            clauses.append("status <> ?")
            params.append(DRAFT)
        if self.open_only or self.stale_days is not None:
            finals = sorted(FINAL)
            clauses.append(f"status NOT IN ({', '.join('?' for _ in finals)})")
            params.extend(finals)
        if self.stale_days is not None:
            limit = stale_before(local_date(self.now or utcnow()), self.stale_days)
            clauses.append("last_change < ?")
            params.append(to_iso(limit))
        return " AND ".join(clauses), params


def form_draft_key(referral_id: str | None) -> str:
    """The autosave slot of the referral form (a new referral, or editing one)."""
    return "referral-form" if referral_id is None else f"referral-form:{referral_id}"


# -- sealing -------------------------------------------------------------------------------


def seal_wire(body: dict[str, Any], record_id: str, cipher: FieldCipher | None) -> dict[str, Any]:
    """The outbox copy of *body*: personal part sealed, clear part without it."""
    personal = {"citizen": body.get("citizen"), "notes": body.get("notes") or ""}
    if personal["citizen"] is None and not personal["notes"]:
        return body
    if cipher is None:  # callers check first; this is the last line of defence
        raise KeyringUnavailable(detail="sealing an outbox body without a data key")
    sealed = dict(body, citizen=None, notes="")
    sealed[SEALED_KEY] = cipher.encrypt(
        json.dumps(personal, ensure_ascii=False), field_aad(record_id, _OUTBOX_AAD_FIELD)
    )
    return sealed


def unseal_wire(body: Mapping[str, Any], record_id: str, cipher: FieldCipher) -> dict[str, Any]:
    """The body to push: the sealed personal part opened and put back.

    For the sync client, just before sending an outbox entry of kind
    ``referral``. Bodies without a sealed part are returned unchanged.

    Raises:
        TokenError: the sealed part does not open with *cipher* for *record_id*.
    """
    out = dict(body)
    token = out.pop(SEALED_KEY, None)
    if token is None:
        return out
    personal = json.loads(cipher.decrypt(str(token), field_aad(record_id, _OUTBOX_AAD_FIELD)))
    out["citizen"] = personal.get("citizen")
    out["notes"] = personal.get("notes") or ""
    return out


# -- rows <-> domain ---------------------------------------------------------------------------


def _history_json(history: Sequence[HistoryEntry]) -> str:
    return json.dumps(
        [
            {"status": e.status, "at": to_iso(e.at), "by": e.by, "note": e.note, "kind": e.kind}
            for e in history
        ],
        ensure_ascii=False,
    )


def _history_from(text: str) -> tuple[HistoryEntry, ...]:
    return tuple(
        HistoryEntry(
            status=str(e["status"]),
            at=from_iso(str(e["at"])),
            by=str(e.get("by") or ""),
            note=str(e.get("note") or ""),
            kind=str(e.get("kind") or KIND_STATUS),
        )
        for e in json.loads(text or "[]")
    )


def _opt_iso(value: datetime | None) -> str | None:
    return None if value is None else to_iso(value)


def _opt_dt(value: Any) -> datetime | None:
    return None if value is None else from_iso(str(value))


def _has_personal(referral: Referral) -> bool:
    citizen = referral.citizen
    return bool(referral.notes.strip()) or (citizen is not None and citizen.has_contact_data())


def _columns(referral: Referral, cipher: FieldCipher | None) -> dict[str, Any]:
    """The table columns of *referral*; personal fields encrypted (or NULL)."""
    consent = referral.consent
    values: dict[str, Any] = {
        "office": referral.office,
        "staff": referral.staff,
        "municipality": referral.municipality,
        "case_id": referral.case_id,
        "needs": json.dumps(list(referral.needs)),
        "barriers": json.dumps(list(referral.barriers)),
        "urgency": referral.urgency,
        "service_id": referral.service_id,
        "status": referral.status,
        "last_change": to_iso(referral.last_change),
        "status_history": _history_json(referral.status_history),
        "consent_given": consent.given,
        "consent_version": consent.text_version,
        "consent_language": consent.language,
        "consent_at": _opt_iso(consent.at),
        "consent_staff": consent.staff,
        "consent_withdrawn_at": _opt_iso(consent.withdrawn_at),
        "consent_withdrawn_by": consent.withdrawn_by,
        "training": referral.training,
        "key_id": None,
    }
    for column in PERSONAL_FIELDS.values():
        values[column] = None
    values["contact_channel"] = None
    values["citizen_language"] = None
    citizen = referral.citizen if consent.active else None
    if not consent.active:
        return values
    if _has_personal(referral) and cipher is None:
        raise KeyringUnavailable(detail="personal referral fields without a data key")
    if citizen is not None:
        values["contact_channel"] = citizen.contact_channel or None
        values["citizen_language"] = citizen.language or None
    texts = {
        "name": citizen.name if citizen else "",
        "phone": citizen.phone if citizen else "",
        "email": citizen.email if citizen else "",
        "availability": citizen.availability if citizen else "",
        "notes": referral.notes,
    }
    for name, text in texts.items():
        if text.strip():
            assert cipher is not None
            values[PERSONAL_FIELDS[name]] = cipher.encrypt_field(text, referral.id, name)
            values["key_id"] = cipher.key_id
    return values


def _from_row(
    row: Mapping[str, Any], cipher: FieldCipher | None, problem: str = ""
) -> StoredReferral:
    record_id = str(row["id"])
    consent = Consent(
        given=bool(row["consent_given"]),
        text_version=str(row["consent_version"] or ""),
        language=str(row["consent_language"] or "nl"),
        at=_opt_dt(row["consent_at"]),
        staff=str(row["consent_staff"] or ""),
        withdrawn_at=_opt_dt(row["consent_withdrawn_at"]),
        withdrawn_by=str(row["consent_withdrawn_by"] or ""),
    )
    sealed = {name: row[col] for name, col in PERSONAL_FIELDS.items() if row[col] is not None}
    plain: dict[str, str] = {}
    locked, reason = False, ""
    if sealed:
        if cipher is None:
            locked, reason = True, problem or msg("Geen sleutel voor persoonsgegevens.")
        else:
            try:
                plain = {
                    name: cipher.decrypt_field(str(token), record_id, name)
                    for name, token in sealed.items()
                }
            except TokenError as exc:
                locked, reason, plain = True, exc.message, {}
    citizen: Citizen | None = None
    if consent.active and (row["contact_channel"] is not None or plain):
        citizen = Citizen(
            name=plain.get("name", ""),
            phone=plain.get("phone", ""),
            email=plain.get("email", ""),
            contact_channel=str(row["contact_channel"] or ""),
            language=str(row["citizen_language"] or "nl"),
            availability=plain.get("availability", ""),
        )
    referral = Referral(
        id=record_id,
        created_at=from_iso(str(row["created_at"])),
        office=str(row["office"]),
        staff=str(row["staff"]),
        municipality=str(row["municipality"] or ""),
        case_id=row["case_id"],
        needs=tuple(json.loads(row["needs"] or "[]")),
        barriers=tuple(json.loads(row["barriers"] or "[]")),
        urgency=str(row["urgency"]),
        service_id=row["service_id"],
        consent=consent,
        citizen=citizen,
        notes=plain.get("notes", ""),
        status=str(row["status"]),
        status_history=_history_from(str(row["status_history"])),
        training=bool(row["training"]),
    )
    return StoredReferral(
        referral=referral,
        sync_state=str(row["sync_state"]),
        updated_at=from_iso(str(row["updated_at"])),
        personal_locked=locked,
        locked_reason=reason,
        personal_purged_at=_opt_dt(row["personal_purged_at"]),
        accepted=int(row["server_revision"] or 0) > 0,
    )


# -- the repository ----------------------------------------------------------------------------


class ReferralRepository:
    """Reads and writes referrals in one :class:`Store`.

    Args:
        store: the profile's store.
        secrets: where the data key lives; the OS keyring by default.
    """

    def __init__(self, store: Store, secrets: SecretStore | None = None) -> None:
        self.store = store
        self.secrets: SecretStore = secrets if secrets is not None else KeyringSecrets()
        self._cipher: FieldCipher | None = None
        self._training: bool | None = None

    # -- the key ----------------------------------------------------------------------------
    def _has_sealed_data(self) -> bool:
        conn = self.store.conn()
        cols = " OR ".join(f"{c} IS NOT NULL" for c in PERSONAL_FIELDS.values())
        if conn.execute(f"SELECT 1 FROM referrals WHERE {cols} LIMIT 1").fetchone():
            return True
        like = f'%"{SEALED_KEY}"%'
        found = conn.execute(
            "SELECT 1 FROM drafts WHERE payload LIKE ? UNION ALL "
            "SELECT 1 FROM outbox WHERE kind = ? AND payload LIKE ? LIMIT 1",
            (like, KIND, like),
        ).fetchone()
        return found is not None

    def cipher(self, conn: sqlite3.Connection | None = None) -> FieldCipher:
        """The cipher for personal fields, loading (or, on first use, creating) the key.

        Pass *conn* when called inside a transaction (the key's fingerprint is
        recorded in it).

        Raises:
            KeyringUnavailable: no usable keyring, the key is missing or damaged,
                or it is not the key the existing data was encrypted with.
        """
        if self._cipher is not None:
            return self._cipher
        known = self.store.get_meta(meta.REFERRALS_KEY_ID)
        create = known is None and not self._has_sealed_data()
        cipher = load_or_create_data_key(self.secrets, create=create)
        if known is not None and cipher.key_id != known:
            raise KeyringUnavailable(
                msg(
                    "De sleutel in de sleutelbos is niet de sleutel waarmee de persoonsgegevens "
                    "van de doorverwijzingen versleuteld zijn. Neem contact op met IT; maak tot "
                    "dan alleen anonieme doorverwijzingen."
                ),
                detail=f"key_id {cipher.key_id} != stored {known}",
            )
        if known is None:
            self.store.set_meta(meta.REFERRALS_KEY_ID, cipher.key_id, conn)
        self._cipher = cipher
        return cipher

    def personal_data_problem(self) -> str | None:
        """``None`` when personal data can be stored and read, else the Dutch reason."""
        try:
            self.cipher()
        except KeyringUnavailable as exc:
            log.warning("personal referral data disabled: %s", exc.detail or "keyring")
            return exc.message
        return None

    def _cipher_or_none(
        self, conn: sqlite3.Connection | None = None
    ) -> tuple[FieldCipher | None, str]:
        try:
            return self.cipher(conn), ""
        except KeyringUnavailable as exc:
            return None, exc.message

    def _local_only(self) -> bool:
        if self._training is None:
            self._training = self.store.is_training
        return self._training

    # -- writing ------------------------------------------------------------------------------
    def new(self, *, office: str, staff: str, municipality: str = "",
            now: datetime | None = None) -> Referral:
        """A fresh, unsaved draft (marked training in a training profile)."""
        return new_referral(office=office, staff=staff, now=now or utcnow(),
                            municipality=municipality, training=self._local_only())

    def _write(self, conn: sqlite3.Connection, referral: Referral, *,
               deleted: bool | None = None) -> None:
        if self._local_only() and not referral.training:
            referral = dataclasses.replace(referral, training=True)
        needs_key = _has_personal(referral) and referral.consent.active
        cipher = self.cipher(conn) if needs_key else None
        columns = _columns(referral, cipher)
        is_draft = referral.status == DRAFT
        local_only = self._local_only() or is_draft

        def wire(_row: Mapping[str, Any]) -> dict[str, Any]:
            return seal_wire(to_wire(referral), referral.id, cipher)

        write_record(conn, TABLE, KIND, columns, wire, record_id=referral.id,
                     deleted=deleted, local_only=local_only)
        # write_record stamps created_at on insert; the referral's own moment wins.
        conn.execute("UPDATE referrals SET created_at = ? WHERE id = ?",
                     (to_iso(referral.created_at), referral.id))

    def write_resolved(self, conn: sqlite3.Connection, referral: Referral, *,
                       server_revision: int, send: bool) -> None:
        """Write the outcome of a sync conflict a person resolved (:mod:`desk.sync.resolve`).

        Earlier outbox entries of this referral are dropped. ``send``: *referral*
        goes to the server again, on top of *server_revision* (a new outbox entry,
        sealed like every other write). Otherwise *referral* is the server's own
        version: written as synced at *server_revision*, nothing queued.

        Raises:
            KeyringUnavailable: personal data but no usable key (roll back the transaction).
        """
        conn.execute("DELETE FROM outbox WHERE kind = ? AND record_id = ?", (KIND, referral.id))
        if send:
            conn.execute("UPDATE referrals SET server_revision = ?, revision = max(revision, ?) "
                         "WHERE id = ?", (server_revision, server_revision, referral.id))
            self._write(conn, referral)
            return
        needs_key = _has_personal(referral) and referral.consent.active
        values = _columns(referral, self.cipher(conn) if needs_key else None)
        stamp = to_iso(utcnow())
        values.update(created_at=to_iso(referral.created_at), revision=server_revision,
                      server_revision=server_revision, sync_state=SYNCED, synced_at=stamp,
                      last_synced_change_at=stamp, updated_at=stamp, deleted=0)
        sets = ", ".join(f"{k} = ?" for k in values)
        conn.execute(f"UPDATE referrals SET {sets} WHERE id = ?", (*values.values(), referral.id))

    def _audit(self, conn: sqlite3.Connection, actor: str, action: str, detail: str) -> None:
        write_audit(conn, actor, action, detail)

    def save_draft(self, referral: Referral) -> Referral:
        """Keep *referral* as a draft (local only, never synced); drops its autosave."""
        if referral.status != DRAFT:
            raise ValueError("only drafts are saved this way; use change_status")
        referral = normalise_contact(referral)
        with self.store.tx() as conn:
            self._write(conn, referral)
            self._drop_form_drafts(conn, referral.id)
        return referral

    def submit(
        self,
        referral: Referral,
        *,
        by: str,
        at: datetime | None = None,
        known_service_ids: Collection[str] | None = None,
    ) -> Referral:
        """Validate, then send: status ``sent``, written with its outbox entry.

        Raises:
            ReferralInvalid: with every problem per field (nothing is written).
            KeyringUnavailable: personal data but no usable key (nothing is written).
        """
        referral = normalise_contact(referral)
        errors = validate_referral(referral, known_service_ids=known_service_ids)
        if errors:
            raise ReferralInvalid(errors)
        sent = submit(referral, by=by, at=at or utcnow())
        with self.store.tx() as conn:
            self._write(conn, sent)
            self._drop_form_drafts(conn, sent.id)
            if sent.consent.active:
                self._audit(conn, by, "referral_consent",
                            f"doorverwijzing {sent.id}: toestemming versie "
                            f"{sent.consent.text_version}/{sent.consent.language}")
        return sent

    def change_status(self, referral_id: str, new_status: str, *, by: str,
                      at: datetime | None = None, note: str = "") -> Referral:
        """Move a sent referral on; raises ``IllegalTransition`` for a forbidden step."""
        with self.store.tx() as conn:
            current = self._get_in(conn, referral_id)
            if current.personal_locked:
                # Rewriting would drop the sealed fields we cannot read.
                raise KeyringUnavailable(current.locked_reason)
            moved = change_status(current.referral, new_status, by=by, at=at or utcnow(),
                                  note=note)
            self._write(conn, moved)
        return moved

    def withdraw_consent(self, referral_id: str, *, by: str, at: datetime | None = None,
                         note: str = "") -> Referral:
        """Purge name, contact data and notes; works even without the key.

        Pending outbox entries of this referral lose their sealed personal part
        too, so the server never receives what was withdrawn before it was sent.
        """
        with self.store.tx() as conn:
            current = self._get_in(conn, referral_id)
            purged = withdraw_consent(current.referral, by=by, at=at or utcnow(), note=note)
            self._write(conn, purged)
            conn.execute("UPDATE referrals SET personal_purged_at = ? WHERE id = ?",
                         (to_iso(utcnow()), referral_id))
            self._strip_pending_outbox(conn, referral_id)
            self._drop_form_drafts(conn, referral_id)
            erase_copies(conn, KIND, referral_id)  # a conflict copy, older held versions
            self._audit(conn, by, "referral_consent_withdrawn",
                        f"doorverwijzing {referral_id}: persoonsgegevens gewist")
        return purged

    def _strip_pending_outbox(self, conn: sqlite3.Connection, referral_id: str) -> None:
        rows = conn.execute(
            "SELECT seq, payload FROM outbox WHERE kind = ? AND record_id = ? AND state <> ?",
            (KIND, referral_id, "sent"),
        ).fetchall()
        for seq, payload in rows:
            body = json.loads(payload)
            if SEALED_KEY in body:
                body.pop(SEALED_KEY)
                if isinstance(body.get("consent"), dict):
                    body["consent"]["given"] = False
                conn.execute("UPDATE outbox SET payload = ? WHERE seq = ?",
                             (json.dumps(body, ensure_ascii=False), seq))

    def delete_draft(self, referral_id: str) -> None:
        """Remove a draft that was never sent (it never left this desk)."""
        with self.store.tx() as conn:
            row = fetch(conn, TABLE, referral_id)
            if row is None:
                raise KeyError(referral_id)
            if row["status"] != DRAFT:
                raise ValueError("only drafts can be deleted; cancel a sent referral instead")
            conn.execute("DELETE FROM referrals WHERE id = ?", (referral_id,))
            self._drop_form_drafts(conn, referral_id)

    # -- reading --------------------------------------------------------------------------------
    def _get_in(self, conn: sqlite3.Connection, referral_id: str) -> StoredReferral:
        row = fetch(conn, TABLE, referral_id)
        if row is None or row["deleted"]:
            raise KeyError(referral_id)
        has_sealed = any(row[c] is not None for c in PERSONAL_FIELDS.values())
        cipher, problem = self._cipher_or_none(conn) if has_sealed else (None, "")
        return _from_row(row, cipher, problem)

    def get(self, referral_id: str) -> StoredReferral:
        """The referral with its personal fields decrypted when the key is available.

        Raises:
            KeyError: no such referral.
        """
        return self._get_in(self.store.conn(), referral_id)

    def find(self, query: ReferralQuery | None = None, *, with_names: bool = False
             ) -> list[ReferralRow]:
        """Referrals for the list, most recently changed first."""
        query = query or ReferralQuery()
        where, params = query.where()
        order = "last_change" if query.stale_days is not None else "last_change DESC"
        sql = (
            "SELECT id, created_at, status, service_id, municipality, needs, urgency, "
            "last_change, sync_state, consent_given, consent_withdrawn_at, case_id, name_enc, "
            "server_revision, staff "
            f"FROM referrals WHERE {where} ORDER BY {order}, rowid LIMIT ?"
        )
        rows = self.store.conn().execute(sql, (*params, query.limit)).fetchall()
        cipher = self._cipher_or_none()[0] if with_names else None
        out: list[ReferralRow] = []
        for r in rows:
            name = ""
            if cipher is not None and r["name_enc"] is not None:
                try:
                    name = cipher.decrypt_field(str(r["name_enc"]), str(r["id"]), "name")
                except TokenError:
                    name = ""
            out.append(ReferralRow(
                id=str(r["id"]),
                created_at=from_iso(str(r["created_at"])),
                status=str(r["status"]),
                service_id=r["service_id"],
                municipality=str(r["municipality"] or ""),
                needs=tuple(json.loads(r["needs"] or "[]")),
                urgency=str(r["urgency"]),
                last_change=from_iso(str(r["last_change"])),
                sync_state=str(r["sync_state"]),
                # Without consent, or its name removed (retention, an erasure): no person.
                anonymous=not (r["consent_given"] and r["consent_withdrawn_at"] is None
                               and r["name_enc"] is not None),
                case_id=r["case_id"],
                name=name,
                accepted=int(r["server_revision"] or 0) > 0,
                staff=str(r["staff"] or ""),
            ))
        return out

    def stale(self, now: datetime | None = None, days: int = DEFAULT_FOLLOW_UP_DAYS
              ) -> list[ReferralRow]:
        """Sent referrals without progress for *days* days, oldest first (follow-ups)."""
        if days < 0:
            raise ValueError("days must be 0 or more")
        return self.find(ReferralQuery(stale_days=days, now=now or utcnow()))

    def iter_referrals(self, *, batch: int = 500) -> Iterator[StoredReferral]:
        """Every live referral, oldest first, decrypted when the key is available."""
        cipher, problem = self._cipher_or_none()
        last = ""
        while True:
            rows = self.store.conn().execute(
                "SELECT * FROM referrals WHERE deleted = 0 AND id > ? ORDER BY id LIMIT ?",
                (last, batch),
            ).fetchall()
            if not rows:
                return
            for row in rows:
                yield _from_row(dict(zip(row.keys(), tuple(row), strict=True)), cipher, problem)
            last = str(rows[-1]["id"])

    def count(self) -> int:
        row = self.store.conn().execute("SELECT count(*) FROM referrals WHERE deleted = 0")
        return int(row.fetchone()[0])

    # -- status updates pulled by sync -------------------------------------------------------------
    def apply_pulled_statuses(self) -> int:
        """Apply status updates that sync pulled from partners or W13; returns how many.

        An update for a referral with local changes still in the outbox waits
        (the push goes first); unknown referrals are dropped (another desk's).
        """
        applied = 0
        with self.store.tx() as conn:
            rows = conn.execute("SELECT key, value FROM meta WHERE key LIKE ?",
                                (meta.REFERRAL_STATUS_PREFIX + "%",)).fetchall()
            for key, value in rows:
                referral_id = str(key)[len(meta.REFERRAL_STATUS_PREFIX):]
                pending = conn.execute(
                    "SELECT 1 FROM outbox WHERE kind = ? AND record_id = ? LIMIT 1",
                    (KIND, referral_id),
                ).fetchone()
                if pending is not None:
                    continue
                row = fetch(conn, TABLE, referral_id)
                body = json.loads(value)
                status = str(body.get("status") or "")
                if row is not None and status in STATUSES and status != row["status"]:
                    history = list(_history_from(str(row["status_history"])))
                    at = from_iso(str(body.get("at"))) if body.get("at") else utcnow()
                    history.append(HistoryEntry(status=status, at=at, by=str(body.get("by") or ""),
                                                note=str(body.get("note") or "")))
                    revision = int(body.get("revision") or 0)
                    conn.execute(
                        "UPDATE referrals SET status = ?, status_history = ?, last_change = ?, "
                        "server_revision = max(server_revision, ?), revision = max(revision, ?), "
                        "updated_at = ?, last_synced_change_at = CASE WHEN sync_state = ? "
                        "THEN ? ELSE last_synced_change_at END WHERE id = ?",
                        (status, _history_json(history), to_iso(at), revision, revision,
                         to_iso(utcnow()), SYNCED, to_iso(utcnow()), referral_id),
                    )
                    applied += 1
                conn.execute("DELETE FROM meta WHERE key = ?", (key,))
        return applied

    # -- the autosaved form ----------------------------------------------------------------
    def save_form_draft(self, key: str, form: Mapping[str, Any]) -> None:
        """Autosave the form; its personal fields are sealed, never stored in the clear.

        Without a key, personal fields are dropped from the autosave (the form
        cannot hold them then anyway).
        """
        data = dict(form)
        personal = {name: data.pop(name) for name in PERSONAL_FIELDS if name in data}
        personal = {k: v for k, v in personal.items() if isinstance(v, str) and v.strip()}
        if personal:
            cipher, _ = self._cipher_or_none()
            if cipher is not None:
                data[SEALED_KEY] = cipher.encrypt(
                    json.dumps(personal, ensure_ascii=False), field_aad(key, _DRAFT_AAD_FIELD)
                )
        with self.store.tx() as conn:
            put_draft(conn, key, data)

    def load_form_draft(self, key: str) -> dict[str, Any] | None:
        """The autosaved form, with personal fields opened when the key is there.

        A sealed part that cannot be opened is left out and ``_personal_locked``
        is set, so the form can say why the name is missing.
        """
        data = get_draft(self.store.conn(), key)
        if data is None:
            return None
        token = data.pop(SEALED_KEY, None)
        if token is not None:
            cipher, _ = self._cipher_or_none()
            try:
                if cipher is None:
                    raise TokenError("no key")
                aad = field_aad(key, _DRAFT_AAD_FIELD)
                data.update(json.loads(cipher.decrypt(str(token), aad)))
            except TokenError:
                data["_personal_locked"] = True
        return data

    def form_drafts(self) -> list[str]:
        """Autosave slots of the referral form, newest first."""
        rows = self.store.conn().execute(
            "SELECT key FROM drafts WHERE key = ? OR key LIKE ? ORDER BY updated_at DESC",
            ("referral-form", "referral-form:%"),
        )
        return [str(r[0]) for r in rows]

    def discard_form_draft(self, key: str) -> None:
        with self.store.tx() as conn:
            conn.execute("DELETE FROM drafts WHERE key = ?", (key,))

    def _drop_form_drafts(self, conn: sqlite3.Connection, referral_id: str) -> None:
        conn.execute("DELETE FROM drafts WHERE key = ?", (form_draft_key(referral_id),))

    # -- audit --------------------------------------------------------------------------------
    def record_audit(self, actor: str, action: str, detail: str) -> None:
        with self.store.tx() as conn:
            self._audit(conn, actor, action, detail)

    # -- allowed next steps (for the status dialog) ---------------------------------------------
    @staticmethod
    def next_statuses(status: str) -> list[str]:
        if status == DRAFT:
            return []
        return [s for s in STATUSES if s in allowed_next(status)]


# -- demo data -------------------------------------------------------------------------------

_FIRST: Final = ("Anke", "Bram", "Chloé", "Dirk", "Elif", "Fatima", "Geert", "Hanne", "Ilse",
                 "Jonas", "Karim", "Lotte", "Marc", "Nadia", "Omer", "Paulien", "Rik", "Sofie")
_LAST: Final = ("Voorbeeld", "Testmans", "Fictief", "Demeester-Proef", "Verzonnen",
                "Denkbeeld", "Proefkens", "Oefenaere")


def create_demo_referrals(store: Store, count: int, seed: int = 0, *,
                          secrets: SecretStore | None = None,
                          now: datetime | None = None) -> int:
    """Create *count* fictional referrals; returns how many were made.

    Names come from a fixed fictional list, phones are ``+32 56 00 00 xx`` and
    e-mail addresses end in ``@example.org``. Consent is recorded for most;
    some stay anonymous. Statuses follow the lifecycle. When no keyring is
    usable, every demo referral is anonymous (no personal data at all).
    """
    from desk import paths
    from desk.domain.directory import load_best_directory, search
    from desk.domain.vocab import BARRIERS, MUNICIPALITIES, NEEDS

    rng = random.Random(seed)
    repo = ReferralRepository(store, secrets)
    personal_ok = repo.personal_data_problem() is None
    directory = load_best_directory([paths.resources_dir() / "directory" / "partners.json"])
    now = now or utcnow()
    made = 0
    for n in range(count):
        municipality = rng.choice(sorted(MUNICIPALITIES))
        needs = tuple(rng.sample(sorted(NEEDS), rng.randint(1, 3)))
        matches = search(directory, needs, municipality)
        if not matches:
            continue
        created = now - timedelta(days=rng.randint(1, 60), minutes=rng.randint(0, 600))
        referral = repo.new(office=f"{municipality}-demo", staff="demo", municipality=municipality,
                            now=created)
        referral = dataclasses.replace(
            referral,
            needs=needs,
            barriers=tuple(rng.sample(sorted(BARRIERS), rng.randint(0, 2))),
            urgency=rng.choice(("low", "normal", "normal", "high")),
            service_id=matches[0].service.id,
        )
        if personal_ok and rng.random() < 0.8:
            first, last = rng.choice(_FIRST), rng.choice(_LAST)
            channel = rng.choice(("phone", "sms", "email", "none_i_will_go"))
            referral = give_consent(referral, text_version="demo", language="nl",
                                    staff="demo", at=created)
            referral = dataclasses.replace(referral, citizen=Citizen(
                name=f"{first} {last}",
                phone=f"+32 56 00 00 {n % 100:02d}",
                email=f"{first.lower()}.{last.lower()}@example.org".replace("é", "e"),
                contact_channel=channel,
                language=rng.choice(("nl", "nl", "nl", "fr", "en")),
                availability=rng.choice(("", "dinsdagvoormiddag", "na 16 uur")),
            ))
        sent = repo.submit(referral, by="demo", at=created + timedelta(minutes=5),
                           known_service_ids=None)
        moment = created + timedelta(days=1)
        for _ in range(rng.randint(0, 3)):
            options = repo.next_statuses(sent.status)
            if not options or moment >= now:
                break
            sent = repo.change_status(sent.id, rng.choice(options), by="demo", at=moment)
            moment += timedelta(days=rng.randint(1, 10))
        made += 1
    return made

