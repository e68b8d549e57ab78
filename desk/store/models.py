"""SQLAlchemy models of the local desk database.

Every record that syncs carries, from its very first version, a client-made
UUID, UTC timestamps, a revision and a sync state (:class:`Syncable`). Its
outbox row is written in the same transaction as the change
(:mod:`desk.store.records`).

Timestamps are stored as ISO-8601 UTC text (``2026-11-28T09:15:00.000000Z``):
they sort correctly as text, are readable in any SQLite tool, and do not
depend on a driver's timezone handling.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import Boolean, Index, Integer, String, Text
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
from sqlalchemy.types import TypeDecorator

from desk.store.common import (  # noqa: F401 - re-exported for callers
    CONFLICT,
    LOCAL_ONLY,
    PENDING,
    QUARANTINED,
    SYNC_STATES,
    SYNCED,
    from_iso,
    to_iso,
    utcnow,
)


class UTCDateTime(TypeDecorator[datetime]):
    """Aware datetimes stored as sortable ISO-8601 UTC text."""

    impl = String(32)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> str | None:
        return None if value is None else to_iso(value)

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        return None if value is None else from_iso(str(value))


class ISODate(TypeDecorator[date]):
    """Calendar dates stored as ``YYYY-MM-DD`` text."""

    impl = String(10)
    cache_ok = True

    def process_bind_param(self, value: date | None, dialect: Dialect) -> str | None:
        return None if value is None else value.isoformat()

    def process_result_value(self, value: Any, dialect: Dialect) -> date | None:
        return None if value is None else date.fromisoformat(str(value))


class Base(DeclarativeBase):
    pass


class Syncable:
    """Columns every syncable record has from its first version."""

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())
    revision: Mapped[int] = mapped_column(Integer, default=1)
    #: The server revision this desk last saw; conflicts are detected against it.
    server_revision: Mapped[int] = mapped_column(Integer, default=0)
    sync_state: Mapped[str] = mapped_column(String(16), default=PENDING)
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)
    synced_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    #: When the latest change was known to be on the server (its acknowledgement, or
    #: the arrival of a pulled version); retention counts from here (migration 0004).
    last_synced_change_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)


class Meta(Base):
    """Small key/value facts about this profile (device id, training flag, cursor)."""

    __tablename__ = "meta"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class Case(Syncable, Base):
    """One assisted contact. Pseudonymous: no name, no national number."""

    __tablename__ = "cases"

    occurred_at: Mapped[datetime] = mapped_column(UTCDateTime())
    office: Mapped[str] = mapped_column(String(80))
    staff: Mapped[str] = mapped_column(String(40))
    channel: Mapped[str] = mapped_column(String(16))
    #: JSON list: "guide:<id>" or "topic:<free topic>".
    topics: Mapped[str] = mapped_column(Text, default="[]")
    #: Lower-cased, accent-free text for search (topics, notes); never personal fields.
    search_text: Mapped[str] = mapped_column(Text, default="")
    outcome: Mapped[str] = mapped_column(String(16))
    not_possible_reason: Mapped[str | None] = mapped_column(String(16), nullable=True)
    follow_up_on: Mapped[date | None] = mapped_column(ISODate(), nullable=True)
    follow_up_done: Mapped[bool] = mapped_column(Boolean, default=False)
    referral_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    duration_min: Mapped[int] = mapped_column(Integer, default=0)
    skill: Mapped[str | None] = mapped_column(String(16), nullable=True)
    language: Mapped[str] = mapped_column(String(8), default="nl")
    feedback: Mapped[str | None] = mapped_column(String(8), nullable=True)
    notes: Mapped[str] = mapped_column(Text, default="")
    #: Optional contact reference for a follow-up: personal, purged under retention.
    citizen_ref: Mapped[str | None] = mapped_column(Text, nullable=True)
    personal_purged_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    #: JSON of the guide session record, when the case came from a guide run.
    guide_session: Mapped[str | None] = mapped_column(Text, nullable=True)
    training: Mapped[bool] = mapped_column(Boolean, default=False)

    __table_args__ = (
        # Covers the default order and the search (migration 0002).
        Index("ix_cases_occurred_at", "occurred_at", "deleted", "search_text"),
        Index("ix_cases_staff_occurred", "staff", "occurred_at"),
        Index("ix_cases_duration_occurred", "duration_min", "occurred_at"),
        Index("ix_cases_follow_up", "follow_up_on"),
        Index("ix_cases_sync_state", "sync_state"),
        Index("ix_cases_office_occurred", "office", "occurred_at"),
        Index("ix_cases_outcome_occurred", "outcome", "occurred_at"),
        Index("ix_cases_channel_occurred", "channel", "occurred_at"),
    )


class Referral(Syncable, Base):
    """An e-inclusion referral of a citizen to a partner service (migration 0003).

    Personal fields (name, phone, e-mail, availability, notes) exist here
    only as AES-GCM tokens (``*_enc``, see :mod:`desk.store.crypto`), bound to
    the record id and the field; ``key_id`` names the key that sealed them.
    Lists (needs, barriers, status history) are JSON text.
    """

    __tablename__ = "referrals"

    office: Mapped[str] = mapped_column(String(80))
    staff: Mapped[str] = mapped_column(String(40))
    municipality: Mapped[str] = mapped_column(String(32), default="")
    case_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    needs: Mapped[str] = mapped_column(Text, default="[]")
    barriers: Mapped[str] = mapped_column(Text, default="[]")
    urgency: Mapped[str] = mapped_column(String(8), default="normal")
    service_id: Mapped[str | None] = mapped_column(String(120), nullable=True)
    status: Mapped[str] = mapped_column(String(24), default="draft")
    #: When the status last moved (or creation): the follow-up list sorts on it.
    last_change: Mapped[datetime] = mapped_column(UTCDateTime())
    status_history: Mapped[str] = mapped_column(Text, default="[]")
    consent_given: Mapped[bool] = mapped_column(Boolean, default=False)
    consent_version: Mapped[str] = mapped_column(String(40), default="")
    consent_language: Mapped[str] = mapped_column(String(8), default="nl")
    consent_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    consent_staff: Mapped[str] = mapped_column(String(40), default="")
    consent_withdrawn_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    consent_withdrawn_by: Mapped[str] = mapped_column(String(40), default="")
    #: Not identifying on their own; NULL without consent.
    contact_channel: Mapped[str | None] = mapped_column(String(16), nullable=True)
    citizen_language: Mapped[str | None] = mapped_column(String(8), nullable=True)
    name_enc: Mapped[str | None] = mapped_column(Text, nullable=True)
    phone_enc: Mapped[str | None] = mapped_column(Text, nullable=True)
    email_enc: Mapped[str | None] = mapped_column(Text, nullable=True)
    availability_enc: Mapped[str | None] = mapped_column(Text, nullable=True)
    notes_enc: Mapped[str | None] = mapped_column(Text, nullable=True)
    key_id: Mapped[str | None] = mapped_column(String(16), nullable=True)
    personal_purged_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    training: Mapped[bool] = mapped_column(Boolean, default=False)

    __table_args__ = (
        Index("ix_referrals_created", "created_at"),
        Index("ix_referrals_status_change", "status", "last_change"),
        Index("ix_referrals_case", "case_id"),
        Index("ix_referrals_sync_state", "sync_state"),
    )


class GuideReport(Syncable, Base):
    """Staff said a guide's step is wrong ("Deze stap klopt niet"; migration 0005_guide_reports).

    Written once on the desk (``desk.store.guide_reports``); the editors'
    ``status``, ``reply``, ``closed_at`` and ``resolved_in_version`` arrive
    through pull. No personal data: the note follows
    :func:`desk.domain.guide_reports.note_problem`. Reports of colleagues in the
    same organisation arrive through pull too; ``here`` marks this desk's own.
    """

    __tablename__ = "guide_reports"

    guide_id: Mapped[str] = mapped_column(String(80))
    guide_version: Mapped[int] = mapped_column(Integer)
    step_id: Mapped[str] = mapped_column(String(80))
    note: Mapped[str] = mapped_column(Text)
    reported_at: Mapped[datetime] = mapped_column(UTCDateTime())
    office: Mapped[str | None] = mapped_column(String(40), nullable=True)
    status: Mapped[str] = mapped_column(String(16), default="open")
    reply: Mapped[str | None] = mapped_column(Text, nullable=True)
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    resolved_in_version: Mapped[int | None] = mapped_column(Integer, nullable=True)
    #: Made on this desk (not pulled from a colleague's).
    here: Mapped[bool] = mapped_column(Boolean, default=False)
    training: Mapped[bool] = mapped_column(Boolean, default=False)

    __table_args__ = (
        Index("ix_guide_reports_step", "guide_id", "step_id", "status"),
        Index("ix_guide_reports_reported", "reported_at"),
    )


class Outbox(Base):
    """A change waiting for the server's acknowledgement.

    Written in the same transaction as the change itself. The idempotency key
    makes a resend after a crash or a lost response harmless. The payload is
    the record as it was at that revision.
    """

    __tablename__ = "outbox"

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    kind: Mapped[str] = mapped_column(String(16))
    record_id: Mapped[str] = mapped_column(String(36))
    revision: Mapped[int] = mapped_column(Integer)
    base_revision: Mapped[int] = mapped_column(Integer, default=0)
    idempotency_key: Mapped[str] = mapped_column(String(64), unique=True)
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)
    payload: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    state: Mapped[str] = mapped_column(String(16), default=PENDING)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str | None] = mapped_column(Text, nullable=True)

    __table_args__ = (
        Index("ix_outbox_state_seq", "state", "seq"),
        Index("ix_outbox_record", "kind", "record_id"),
    )


class PulledHeld(Base):
    """A pulled case or referral this version of Desk could not read (migration 0004).

    Kept instead of dropped, and tried again after an update of Desk
    (``app_version`` differs). ``body`` is the raw body sealed with the field
    cipher (``sealed``), or, without a key, the body without its personal
    fields. Retention reaches it like any other copy.
    """

    __tablename__ = "pull_quarantine"

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    kind: Mapped[str] = mapped_column(String(16))
    record_id: Mapped[str] = mapped_column(String(64))
    revision: Mapped[int] = mapped_column(Integer)
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)
    body: Mapped[str] = mapped_column(Text)
    sealed: Mapped[bool] = mapped_column(Boolean, default=False)
    reason: Mapped[str] = mapped_column(Text)
    app_version: Mapped[str] = mapped_column(String(32))
    received_at: Mapped[datetime] = mapped_column(UTCDateTime())
    attempts: Mapped[int] = mapped_column(Integer, default=1)
    personal_purged_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)

    __table_args__ = (Index("ix_pull_quarantine_record", "kind", "record_id"),)


class Draft(Base):
    """Autosaved form contents (quick log, referral form), restored after a crash."""

    __tablename__ = "drafts"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    payload: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())


class AuditEntry(Base):
    """Local audit trail: exports with personal data, consent changes, purges."""

    __tablename__ = "audit"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime())
    actor: Mapped[str] = mapped_column(String(40))
    action: Mapped[str] = mapped_column(String(40))
    detail: Mapped[str] = mapped_column(Text, default="")
