"""Retention periods per organisation; the personal flag of every record recomputed.

``items.personal`` used to mark only referrals with a citizen. It now means
"the body holds a personal field" (``desk.central.erasure.PERSONAL_FIELDS``):
cases with a contact reference and referrals with notes count too, so
retention and the audit find them without reading every body.

Revision ID: cp01_org_retention
Revises: 0002
Create Date: 2026-12-04 21:30:00
"""

import json

import sqlalchemy as sa
from alembic import op

revision = "cp01_org_retention"
down_revision = "0002"
branch_labels = None
depends_on = None

# Frozen copy of the declaration at the time of this migration (the module may change later).
_PERSONAL = {"case": ("citizen_ref",), "referral": ("citizen", "notes")}


def _has_personal(kind: str, body: object) -> bool:
    if not isinstance(body, dict):
        return False
    return any(body.get(name) not in (None, "", {}, []) for name in _PERSONAL[kind])


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
    items = sa.table(
        "items",
        sa.column("kind", sa.String),
        sa.column("id", sa.String),
        sa.column("deleted", sa.Boolean),
        sa.column("body", sa.Text),
        sa.column("personal", sa.Boolean),
    )
    conn = op.get_bind()
    for kind in _PERSONAL:
        last = ""
        while True:
            rows = conn.execute(
                sa.select(items.c.id, items.c.deleted, items.c.body, items.c.personal)
                .where(items.c.kind == kind, items.c.id > last)
                .order_by(items.c.id)
                .limit(1000)
            ).all()
            if not rows:
                break
            for row in rows:
                personal = not row.deleted and _has_personal(kind, json.loads(row.body))
                if personal != bool(row.personal):
                    conn.execute(
                        sa.update(items)
                        .where(items.c.kind == kind, items.c.id == row.id)
                        .values(personal=personal)
                    )
            last = rows[-1].id


def downgrade() -> None:
    op.drop_table("org_retention")
