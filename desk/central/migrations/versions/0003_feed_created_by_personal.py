"""Per-organisation pull numbers, the creating device of a record, complete personal flags.

- ``feed`` and ``org_counters``: every organisation pulls its own numbered stream, so
  the cursor no longer shows how busy the other organisations are. Existing items keep
  their change number in every stream they appear in, and each organisation's counter
  starts at the highest of them, so the cursors desks hold stay valid: nothing is
  skipped or pulled twice.
- ``items.created_by``: the device that pushed a record's first version (from the
  first accepted idempotency key), for "a counter may cancel its own referral".
- ``items.personal`` now also marks cases with a ``citizen_ref`` and referrals with
  notes, so pulls of them are audited.

Revision ID: 0003
Revises: 0002
"""

import json

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "feed",
        sa.Column("org", sa.String(length=40), nullable=False),
        sa.Column("seq", sa.BigInteger(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("id", sa.String(length=80), nullable=False),
        sa.PrimaryKeyConstraint("org", "seq", name=op.f("pk_feed")),
        sa.UniqueConstraint("org", "kind", "id", name="uq_feed_org_kind_id"),
    )
    op.create_table(
        "org_counters",
        sa.Column("org", sa.String(length=40), nullable=False),
        sa.Column("value", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("org", name=op.f("pk_org_counters")),
    )
    op.add_column("items", sa.Column("created_by", sa.String(length=36), nullable=True))
    op.create_index("ix_idempotency_item", "idempotency", ["kind", "item_id"], unique=False)

    op.execute(
        "INSERT INTO feed (org, seq, kind, id) "
        "SELECT org, seq, kind, id FROM items WHERE org IS NOT NULL"
    )
    op.execute(
        "INSERT INTO feed (org, seq, kind, id) "
        "SELECT orgs.code, items.seq, items.kind, items.id FROM orgs CROSS JOIN items "
        "WHERE items.org IS NULL"
    )
    op.execute(
        "INSERT INTO org_counters (org, value) "
        "SELECT orgs.code, COALESCE((SELECT MAX(feed.seq) FROM feed WHERE feed.org = orgs.code), 0) "
        "FROM orgs"
    )
    op.execute(
        "UPDATE items SET created_by = ("
        "SELECT idempotency.device_id FROM idempotency "
        "WHERE idempotency.kind = items.kind AND idempotency.item_id = items.id "
        "ORDER BY idempotency.created_at LIMIT 1) "
        "WHERE kind IN ('case', 'referral')"
    )

    conn = op.get_bind()
    items = sa.table(
        "items",
        sa.column("kind", sa.String),
        sa.column("id", sa.String),
        sa.column("body", sa.Text),
        sa.column("deleted", sa.Boolean),
        sa.column("personal", sa.Boolean),
    )
    last = ("", "")
    while True:
        rows = conn.execute(
            sa.select(items.c.kind, items.c.id, items.c.body)
            .where(
                items.c.kind.in_(("case", "referral")),
                items.c.deleted.is_(False),
                items.c.personal.is_(False),
                sa.tuple_(items.c.kind, items.c.id) > last,
            )
            .order_by(items.c.kind, items.c.id)
            .limit(1000)
        ).all()
        if not rows:
            break
        marked = [
            {"k": row.kind, "i": row.id}
            for row in rows
            if _personal(row.kind, json.loads(row.body))
        ]
        if marked:
            conn.execute(
                items.update()
                .where(items.c.kind == sa.bindparam("k"), items.c.id == sa.bindparam("i"))
                .values(personal=True),
                marked,
            )
        last = (rows[-1].kind, rows[-1].id)


def _personal(kind: str, body: dict) -> bool:  # type: ignore[type-arg]
    # The declaration as it stood at this revision (desk.central.schemas.PERSONAL_FIELDS).
    fields = ("citizen_ref",) if kind == "case" else ("citizen", "notes")
    return any(body.get(name) not in (None, "", {}, []) for name in fields)


def downgrade() -> None:
    op.drop_index("ix_idempotency_item", table_name="idempotency")
    with op.batch_alter_table("items") as batch_op:
        batch_op.drop_column("created_by")
    op.drop_table("org_counters")
    op.drop_table("feed")
