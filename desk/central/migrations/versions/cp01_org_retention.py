"""Retention periods per organisation (``desk-central org set ORG --retention-days``).

Revision ID: cp01_org_retention
Revises: pw01_partner_web
Create Date: 2026-12-04 21:30:00
"""

import sqlalchemy as sa
from alembic import op

revision = "cp01_org_retention"
down_revision = "pw01_partner_web"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "org_retention",
        sa.Column("org", sa.String(length=40), nullable=False),
        sa.Column("retention_days", sa.Integer(), nullable=True),
        sa.Column("referral_retention_days", sa.Integer(), nullable=True),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["org"], ["orgs.code"], name=op.f("fk_org_retention_org_orgs")),
        sa.PrimaryKeyConstraint("org", name=op.f("pk_org_retention")),
    )


def downgrade() -> None:
    op.drop_table("org_retention")
