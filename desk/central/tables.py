"""The central schema (SQLAlchemy Core). Alembic migrations mirror it."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
    DateTime,
    Dialect,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    TypeDecorator,
    UniqueConstraint,
)


class UTCDateTime(TypeDecorator[datetime]):
    """Stores naive UTC, hands out aware UTC datetimes on every backend."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetimes are not stored; use UTC-aware ones")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        assert isinstance(value, datetime)
        return value.replace(tzinfo=UTC)


metadata = MetaData(
    naming_convention={
        "ix": "ix_%(column_0_label)s",
        "uq": "uq_%(table_name)s_%(column_0_name)s",
        "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
        "pk": "pk_%(table_name)s",
    }
)

orgs = Table(
    "orgs",
    metadata,
    Column("code", String(40), primary_key=True),
    Column("name", String(200), nullable=False),
    Column("created_at", UTCDateTime(), nullable=False),
    #: The organisation's topic list (JSON array of texts), the only free topics that
    #: statistics show (``desk-central org set ORG --topics``).
    Column("topics", Text, nullable=False, server_default="[]"),
)

offices = Table(
    "offices",
    metadata,
    Column("org", String(40), ForeignKey("orgs.code"), primary_key=True),
    Column("code", String(40), primary_key=True),
    Column("name", String(200), nullable=False),
    Column("created_at", UTCDateTime(), nullable=False),
)

enroll_codes = Table(
    "enroll_codes",
    metadata,
    Column("code_hash", String(64), primary_key=True),
    Column("org", String(40), ForeignKey("orgs.code"), nullable=False),
    Column("office", String(40), nullable=True),
    Column("role", String(20), nullable=False),
    Column("created_at", UTCDateTime(), nullable=False),
    Column("expires_at", UTCDateTime(), nullable=False),
    Column("used_at", UTCDateTime(), nullable=True),
    Column("device_id", String(36), nullable=True),
)

devices = Table(
    "devices",
    metadata,
    Column("id", String(36), primary_key=True),
    Column("org", String(40), ForeignKey("orgs.code"), nullable=False),
    Column("office", String(40), nullable=True),
    Column("role", String(20), nullable=False),
    Column("name", String(200), nullable=False),
    Column("app_version", String(40), nullable=False),
    Column("os", String(200), nullable=False),
    Column("token_hash", String(64), nullable=False, unique=True),
    Column("created_at", UTCDateTime(), nullable=False),
    Column("expires_at", UTCDateTime(), nullable=False),
    Column("last_seen_at", UTCDateTime(), nullable=True),
    Column("last_sync_at", UTCDateTime(), nullable=True),
    Column("revoked_at", UTCDateTime(), nullable=True),
)

#: Everything a device can pull: cases, referrals, referral status updates,
#: guides and the directory. ``org`` is NULL for what every device sees.
#: ``seq`` is the change number; it is rewritten on every change of the item.
items = Table(
    "items",
    metadata,
    Column("kind", String(20), primary_key=True),
    Column("id", String(80), primary_key=True),
    Column("org", String(40), nullable=True),
    Column("office", String(40), nullable=True),
    Column("revision", Integer, nullable=False),
    Column("deleted", Boolean, nullable=False, default=False),
    Column("body", Text, nullable=False),
    Column("seq", BigInteger, nullable=False, unique=True),
    Column("updated_at", UTCDateTime(), nullable=False),
    Column("device_id", String(36), nullable=True),
    Column("personal", Boolean, nullable=False, default=False),
    #: The device that pushed the record's first version (cases and referrals).
    Column("created_by", String(36), nullable=True),
    Index("ix_items_org_seq", "org", "seq"),
)

#: Retention periods of an organisation (``desk-central org set ORG --retention-days``);
#: NULL means the default (``desk.central.retention``). No row: both defaults.
org_retention = Table(
    "org_retention",
    metadata,
    Column("org", String(40), ForeignKey("orgs.code"), primary_key=True),
    Column("retention_days", Integer, nullable=True),
    Column("referral_retention_days", Integer, nullable=True),
    Column("updated_at", UTCDateTime(), nullable=False),
)

#: What each organisation's devices pull, numbered per organisation: the pull cursor
#: counts this organisation's changes (and the guides and directory every device sees)
#: and shows nothing of another organisation's activity. One row per visible item, moved
#: to a new number on every change; filled in by ``db.writing`` from the change numbers.
feed = Table(
    "feed",
    metadata,
    Column("org", String(40), primary_key=True),
    Column("seq", BigInteger, primary_key=True),
    Column("kind", String(20), nullable=False),
    Column("id", String(80), nullable=False),
    UniqueConstraint("org", "kind", "id", name="uq_feed_org_kind_id"),
)

#: The last feed number given out per organisation.
org_counters = Table(
    "org_counters",
    metadata,
    Column("org", String(40), primary_key=True),
    Column("value", BigInteger, nullable=False),
)

#: Exactly-once: the primary key is the unique constraint push relies on.
idempotency = Table(
    "idempotency",
    metadata,
    Column("org", String(40), primary_key=True),
    Column("key", String(200), primary_key=True),
    Column("device_id", String(36), nullable=False),
    Column("kind", String(20), nullable=False),
    Column("item_id", String(80), nullable=False),
    Column("body_hash", String(64), nullable=False),
    Column("answer", Text, nullable=False),
    Column("created_at", UTCDateTime(), nullable=False),
    Index("ix_idempotency_item", "kind", "item_id"),
)

#: One row (id = 1). Every writing transaction updates it first, which
#: serialises the assignment of change numbers: they commit in order.
change_counter = Table(
    "change_counter",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=False),
    Column("value", BigInteger, nullable=False),
)

server_config = Table(
    "server_config",
    metadata,
    Column("key", String(80), primary_key=True),
    Column("value", Text, nullable=False),
)

audit_log = Table(
    "audit_log",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("at", UTCDateTime(), nullable=False),
    Column("actor", String(80), nullable=False),
    Column("org", String(40), nullable=True),
    Column("action", String(60), nullable=False),
    Column("target", String(120), nullable=True),
    Column("detail", Text, nullable=False, default="{}"),
    Index("ix_audit_log_at", "at"),
)

#: Monthly aggregates, kept up to date in the same transaction as the records
#: (see ``stats.contributions``); statistics never read record bodies. ``keysum``
#: is the sum of the records' keys (``desk.domain.cube.record_key``), which
#: disclosure control draws its rounding from. Only known codes are stored
#: (``desk.domain.cube.Vocabulary``); ``server_config`` key ``stats_cube`` says
#: which vocabulary and format the cube was built with.
stats_cube = Table(
    "stats_cube",
    metadata,
    Column("kind", String(20), primary_key=True),
    Column("month", String(7), primary_key=True),
    Column("org", String(40), primary_key=True),
    Column("office", String(40), primary_key=True),
    Column("dim", String(20), primary_key=True),
    Column("a", String(120), primary_key=True),
    Column("b", String(120), primary_key=True),
    Column("n", BigInteger, nullable=False),
    Column("keysum", BigInteger, nullable=False, server_default="0"),
)

#: Staff reports of a wrong step ("Deze stap klopt niet"), per organisation, for the guide
#: editors (``desk-central guide-reports``). Written in the push transaction that accepts
#: the ``guide_report`` item; the item (what desks pull) and this row change together
#: when the editors close a report or a published version resolves it.
guide_reports = Table(
    "guide_reports",
    metadata,
    Column("id", String(36), primary_key=True),
    Column("org", String(40), ForeignKey("orgs.code"), nullable=False),
    Column("office", String(40), nullable=True),
    Column("device_id", String(36), nullable=True),
    Column("guide_id", String(80), nullable=False),
    Column("guide_version", Integer, nullable=False),
    Column("step_id", String(80), nullable=False),
    Column("note", Text, nullable=False),
    Column("reported_at", UTCDateTime(), nullable=False),
    Column("received_at", UTCDateTime(), nullable=False),
    Column("status", String(16), nullable=False),
    Column("reply", Text, nullable=True),
    Column("closed_at", UTCDateTime(), nullable=True),
    Column("closed_by", String(80), nullable=True),
    Column("resolved_in_version", Integer, nullable=True),
    Column("training", Boolean, nullable=False, default=False),
    Index("ix_guide_reports_guide_step", "guide_id", "step_id", "status"),
    Index("ix_guide_reports_org_status", "org", "status"),
)

__all__ = [
    "audit_log",
    "change_counter",
    "devices",
    "enroll_codes",
    "feed",
    "guide_reports",
    "idempotency",
    "items",
    "metadata",
    "offices",
    "org_counters",
    "org_retention",
    "orgs",
    "server_config",
    "stats_cube",
]

# -- the partner inbox and insights pages (desk.central.web) ---------------------------------

#: A partner organisation: runs one or more services of the published directory.
web_partners = Table(
    "web_partners",
    metadata,
    Column("code", String(40), primary_key=True),
    Column("name", String(200), nullable=False),
    Column("created_at", UTCDateTime(), nullable=False),
    Column("revoked_at", UTCDateTime(), nullable=True),
)

#: Which directory services a partner runs: its inbox shows the referrals sent to them.
web_partner_services = Table(
    "web_partner_services",
    metadata,
    Column("partner", String(40), ForeignKey("web_partners.code"), primary_key=True),
    Column("service_id", String(120), primary_key=True),
    Index("ix_web_partner_services_service", "service_id"),
)

#: A person who signs in to the web pages: a partner's staff member or a viewer.
#: The e-mail address is the sign-in name; no citizen data is kept here.
web_users = Table(
    "web_users",
    metadata,
    Column("id", String(36), primary_key=True),
    Column("email", String(254), nullable=False, unique=True),
    Column("kind", String(10), nullable=False),  # partner | viewer
    Column("partner", String(40), ForeignKey("web_partners.code"), nullable=True),
    Column("org", String(40), nullable=True),  # viewers: one organisation, or NULL = region
    Column("password_hash", String(200), nullable=True),
    Column("totp_secret", String(64), nullable=True),
    Column("totp_last_step", BigInteger, nullable=True),
    Column("notify", Boolean, nullable=False, default=False),
    Column("lang", String(2), nullable=False, default="nl"),
    Column("failed_count", Integer, nullable=False, default=0),
    Column("locked_until", UTCDateTime(), nullable=True),
    Column("created_at", UTCDateTime(), nullable=False),
    Column("activated_at", UTCDateTime(), nullable=True),
    Column("last_sign_in_at", UTCDateTime(), nullable=True),
    Column("revoked_at", UTCDateTime(), nullable=True),
)

#: One-time sign-in links (only the SHA-256 of the token is kept).
web_invites = Table(
    "web_invites",
    metadata,
    Column("token_hash", String(64), primary_key=True),
    Column("user_id", String(36), ForeignKey("web_users.id"), nullable=False),
    Column("created_at", UTCDateTime(), nullable=False),
    Column("expires_at", UTCDateTime(), nullable=False),
    Column("used_at", UTCDateTime(), nullable=True),
    Column("totp_secret", String(64), nullable=True),  # offered while the link is open
)

#: Recovery codes for a lost authenticator (argon2 hashes; each works once).
web_recovery_codes = Table(
    "web_recovery_codes",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("user_id", String(36), ForeignKey("web_users.id"), nullable=False),
    Column("code_hash", String(200), nullable=False),
    Column("used_at", UTCDateTime(), nullable=True),
    Index("ix_web_recovery_codes_user", "user_id"),
)

#: Sessions: only the SHA-256 of the cookie value is kept. ``stage`` is ``password``
#: (first factor done, waiting for the code) or ``full``.
web_sessions = Table(
    "web_sessions",
    metadata,
    Column("id_hash", String(64), primary_key=True),
    Column("user_id", String(36), ForeignKey("web_users.id"), nullable=False),
    Column("stage", String(10), nullable=False),
    Column("csrf", String(64), nullable=False),
    Column("created_at", UTCDateTime(), nullable=False),
    Column("last_seen_at", UTCDateTime(), nullable=False),
    Column("ended_at", UTCDateTime(), nullable=True),
    Index("ix_web_sessions_user", "user_id"),
)

#: Failed sign-ins per address in the current window (rate limiting across workers).
web_throttle = Table(
    "web_throttle",
    metadata,
    Column("key", String(80), primary_key=True),
    Column("window_start", UTCDateTime(), nullable=False),
    Column("count", Integer, nullable=False),
)

#: The inbox index: one row per referral, kept from ``items`` by change number
#: (``desk.central.web.inbox.catch_up``). No personal data: the name and contact
#: details are read from the referral itself, so what retention erases is gone here too.
web_inbox = Table(
    "web_inbox",
    metadata,
    Column("referral_id", String(80), primary_key=True),
    Column("service_id", String(120), nullable=False),
    Column("org", String(40), nullable=False),
    Column("status", String(20), nullable=False),
    Column("state", Integer, nullable=False),  # 0 new, 1 open, 2 closed
    Column("urgency", Integer, nullable=False),  # 2 high, 1 normal, 0 low
    Column("created_at", UTCDateTime(), nullable=False),
    Column("search", String(1000), nullable=False),
    Column("deleted", Boolean, nullable=False),
    Column("seq", BigInteger, nullable=False),
    # A new referral waiting for its e-mail notice (desk.central.web.jobs sends and clears).
    Column("notice", Boolean, nullable=False, default=False),
    Index("ix_web_inbox_notice", "notice"),
    Index("ix_web_inbox_service_order", "service_id", "urgency", "created_at"),
    Index("ix_web_inbox_service_state", "service_id", "state", "urgency", "created_at"),
)
