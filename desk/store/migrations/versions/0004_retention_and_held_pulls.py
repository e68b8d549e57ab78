"""Retention keys on the last synced change; pulled records this Desk cannot read are kept.

- ``last_synced_change_at`` on cases and referrals: when the record's latest
  change was known to be on the server (the acknowledgement of this desk's
  last change, or the arrival of a pulled version). The retention purge
  counts from it (``desk/store/retention.py``). Existing synced records start
  from their ``synced_at``, the best this desk knows.
- ``pull_quarantine``: a pulled case or referral this version could not read,
  kept (its body sealed) and tried again after an update of Desk.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-01
"""
import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    for table in ("cases", "referrals"):
        op.add_column(table, sa.Column("last_synced_change_at", sa.String(32), nullable=True))
        op.execute(
            f"UPDATE {table} SET last_synced_change_at = synced_at "
            "WHERE sync_state = 'synced' AND synced_at IS NOT NULL"
        )
    op.create_table(
        "pull_quarantine",
        sa.Column("seq", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("record_id", sa.String(64), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("sealed", sa.Boolean(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("app_version", sa.String(32), nullable=False),
        sa.Column("received_at", sa.String(32), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("personal_purged_at", sa.String(32), nullable=True),
    )
    op.create_index("ix_pull_quarantine_record", "pull_quarantine", ["kind", "record_id"])


def downgrade() -> None:
    op.drop_index("ix_pull_quarantine_record", table_name="pull_quarantine")
    op.drop_table("pull_quarantine")
    for table in ("cases", "referrals"):
        with op.batch_alter_table(table) as batch:
            batch.drop_column("last_synced_change_at")
