"""Initial desk schema: meta, cases, outbox, drafts, audit.

Revision ID: 0001
Revises:
Create Date: 2026-11-28
"""
import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def _syncable() -> list[sa.Column]:  # type: ignore[type-arg]
    return [
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("created_at", sa.String(32), nullable=False),
        sa.Column("updated_at", sa.String(32), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("server_revision", sa.Integer(), nullable=False),
        sa.Column("sync_state", sa.String(16), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("synced_at", sa.String(32), nullable=True),
    ]


def upgrade() -> None:
    op.create_table(
        "meta",
        sa.Column("key", sa.String(64), primary_key=True),
        sa.Column("value", sa.Text(), nullable=False),
    )
    op.create_table(
        "cases",
        *_syncable(),
        sa.Column("occurred_at", sa.String(32), nullable=False),
        sa.Column("office", sa.String(80), nullable=False),
        sa.Column("staff", sa.String(40), nullable=False),
        sa.Column("channel", sa.String(16), nullable=False),
        sa.Column("topics", sa.Text(), nullable=False),
        sa.Column("search_text", sa.Text(), nullable=False),
        sa.Column("outcome", sa.String(16), nullable=False),
        sa.Column("not_possible_reason", sa.String(16), nullable=True),
        sa.Column("follow_up_on", sa.String(10), nullable=True),
        sa.Column("follow_up_done", sa.Boolean(), nullable=False),
        sa.Column("referral_id", sa.String(36), nullable=True),
        sa.Column("duration_min", sa.Integer(), nullable=False),
        sa.Column("skill", sa.String(16), nullable=True),
        sa.Column("language", sa.String(8), nullable=False),
        sa.Column("feedback", sa.String(8), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("citizen_ref", sa.Text(), nullable=True),
        sa.Column("personal_purged_at", sa.String(32), nullable=True),
        sa.Column("guide_session", sa.Text(), nullable=True),
        sa.Column("training", sa.Boolean(), nullable=False),
    )
    op.create_index("ix_cases_occurred_at", "cases", ["occurred_at"])
    op.create_index("ix_cases_follow_up", "cases", ["follow_up_on"])
    op.create_index("ix_cases_sync_state", "cases", ["sync_state"])
    op.create_index("ix_cases_office_occurred", "cases", ["office", "occurred_at"])
    op.create_index("ix_cases_outcome_occurred", "cases", ["outcome", "occurred_at"])
    op.create_index("ix_cases_channel_occurred", "cases", ["channel", "occurred_at"])
    op.create_table(
        "outbox",
        sa.Column("seq", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("record_id", sa.String(36), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("base_revision", sa.Integer(), nullable=False),
        sa.Column("idempotency_key", sa.String(64), nullable=False, unique=True),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("payload", sa.Text(), nullable=False),
        sa.Column("created_at", sa.String(32), nullable=False),
        sa.Column("state", sa.String(16), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("last_error", sa.Text(), nullable=True),
    )
    op.create_index("ix_outbox_state_seq", "outbox", ["state", "seq"])
    op.create_index("ix_outbox_record", "outbox", ["kind", "record_id"])
    op.create_table(
        "drafts",
        sa.Column("key", sa.String(64), primary_key=True),
        sa.Column("payload", sa.Text(), nullable=False),
        sa.Column("updated_at", sa.String(32), nullable=False),
    )
    op.create_table(
        "audit",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("at", sa.String(32), nullable=False),
        sa.Column("actor", sa.String(40), nullable=False),
        sa.Column("action", sa.String(40), nullable=False),
        sa.Column("detail", sa.Text(), nullable=False),
    )


def downgrade() -> None:
    for table in ("audit", "drafts", "outbox", "cases", "meta"):
        op.drop_table(table)
