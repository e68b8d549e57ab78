"""Guide reports: staff say a guide's step is wrong ("Deze stap klopt niet").

A syncing record like a case: client-made id, UTC timestamps, revision and
sync state from its first version. The editors' status and reply arrive
through pull. No personal data (the note is checked before it is saved).

Revision ID: 0005_guide_reports
Revises: 0004
Create Date: 2026-12-05
"""
import sqlalchemy as sa
from alembic import op

revision = "0005_guide_reports"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "guide_reports",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("created_at", sa.String(32), nullable=False),
        sa.Column("updated_at", sa.String(32), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("server_revision", sa.Integer(), nullable=False),
        sa.Column("sync_state", sa.String(16), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("synced_at", sa.String(32), nullable=True),
        sa.Column("last_synced_change_at", sa.String(32), nullable=True),
        sa.Column("guide_id", sa.String(80), nullable=False),
        sa.Column("guide_version", sa.Integer(), nullable=False),
        sa.Column("step_id", sa.String(80), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("reported_at", sa.String(32), nullable=False),
        sa.Column("office", sa.String(40), nullable=True),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("reply", sa.Text(), nullable=True),
        sa.Column("closed_at", sa.String(32), nullable=True),
        sa.Column("resolved_in_version", sa.Integer(), nullable=True),
        sa.Column("here", sa.Boolean(), nullable=False),
        sa.Column("training", sa.Boolean(), nullable=False),
    )
    op.create_index("ix_guide_reports_step", "guide_reports", ["guide_id", "step_id", "status"])
    op.create_index("ix_guide_reports_reported", "guide_reports", ["reported_at"])


def downgrade() -> None:
    op.drop_index("ix_guide_reports_reported", table_name="guide_reports")
    op.drop_index("ix_guide_reports_step", table_name="guide_reports")
    op.drop_table("guide_reports")
