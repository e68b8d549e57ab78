"""E-inclusion referrals: the referrals table (personal fields only as AES-GCM tokens).

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-28
"""
import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "referrals",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("created_at", sa.String(32), nullable=False),
        sa.Column("updated_at", sa.String(32), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("server_revision", sa.Integer(), nullable=False),
        sa.Column("sync_state", sa.String(16), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("synced_at", sa.String(32), nullable=True),
        sa.Column("office", sa.String(80), nullable=False),
        sa.Column("staff", sa.String(40), nullable=False),
        sa.Column("municipality", sa.String(32), nullable=False),
        sa.Column("case_id", sa.String(36), nullable=True),
        sa.Column("needs", sa.Text(), nullable=False),
        sa.Column("barriers", sa.Text(), nullable=False),
        sa.Column("urgency", sa.String(8), nullable=False),
        sa.Column("service_id", sa.String(120), nullable=True),
        sa.Column("status", sa.String(24), nullable=False),
        sa.Column("last_change", sa.String(32), nullable=False),
        sa.Column("status_history", sa.Text(), nullable=False),
        sa.Column("consent_given", sa.Boolean(), nullable=False),
        sa.Column("consent_version", sa.String(40), nullable=False),
        sa.Column("consent_language", sa.String(8), nullable=False),
        sa.Column("consent_at", sa.String(32), nullable=True),
        sa.Column("consent_staff", sa.String(40), nullable=False),
        sa.Column("consent_withdrawn_at", sa.String(32), nullable=True),
        sa.Column("consent_withdrawn_by", sa.String(40), nullable=False),
        sa.Column("contact_channel", sa.String(16), nullable=True),
        sa.Column("citizen_language", sa.String(8), nullable=True),
        sa.Column("name_enc", sa.Text(), nullable=True),
        sa.Column("phone_enc", sa.Text(), nullable=True),
        sa.Column("email_enc", sa.Text(), nullable=True),
        sa.Column("availability_enc", sa.Text(), nullable=True),
        sa.Column("notes_enc", sa.Text(), nullable=True),
        sa.Column("key_id", sa.String(16), nullable=True),
        sa.Column("personal_purged_at", sa.String(32), nullable=True),
        sa.Column("training", sa.Boolean(), nullable=False),
    )
    op.create_index("ix_referrals_created", "referrals", ["created_at"])
    op.create_index("ix_referrals_status_change", "referrals", ["status", "last_change"])
    op.create_index("ix_referrals_case", "referrals", ["case_id"])
    op.create_index("ix_referrals_sync_state", "referrals", ["sync_state"])


def downgrade() -> None:
    op.drop_index("ix_referrals_sync_state", table_name="referrals")
    op.drop_index("ix_referrals_case", table_name="referrals")
    op.drop_index("ix_referrals_status_change", table_name="referrals")
    op.drop_index("ix_referrals_created", table_name="referrals")
    op.drop_table("referrals")
