"""Guide reports: staff say a guide's step is wrong; the editors list, close and resolve them.

Dates are stored as naive UTC (see desk.central.tables.UTCDateTime).

Revision ID: gr01_guide_reports
Revises: cp01_org_retention
Create Date: 2026-12-05 10:00:00
"""

import sqlalchemy as sa
from alembic import op

revision = "gr01_guide_reports"
down_revision = "cp01_org_retention"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "guide_reports",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("org", sa.String(length=40), nullable=False),
        sa.Column("office", sa.String(length=40), nullable=True),
        sa.Column("device_id", sa.String(length=36), nullable=True),
        sa.Column("guide_id", sa.String(length=80), nullable=False),
        sa.Column("guide_version", sa.Integer(), nullable=False),
        sa.Column("step_id", sa.String(length=80), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("reported_at", sa.DateTime(), nullable=False),
        sa.Column("received_at", sa.DateTime(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("reply", sa.Text(), nullable=True),
        sa.Column("closed_at", sa.DateTime(), nullable=True),
        sa.Column("closed_by", sa.String(length=80), nullable=True),
        sa.Column("resolved_in_version", sa.Integer(), nullable=True),
        sa.Column("training", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(["org"], ["orgs.code"], name=op.f("fk_guide_reports_org_orgs")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_guide_reports")),
    )
    with op.batch_alter_table("guide_reports", schema=None) as batch_op:
        batch_op.create_index(
            "ix_guide_reports_guide_step", ["guide_id", "step_id", "status"], unique=False
        )
        batch_op.create_index("ix_guide_reports_org_status", ["org", "status"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("guide_reports", schema=None) as batch_op:
        batch_op.drop_index("ix_guide_reports_org_status")
        batch_op.drop_index("ix_guide_reports_guide_step")
    op.drop_table("guide_reports")
