"""Case log: indexes for the list at 100,000 cases; training profiles refuse the outbox.

- ``ix_cases_occurred_at`` becomes (occurred_at, deleted, search_text): the
  default list order, and a search can be answered from the index alone
  without visiting every row.
- (staff, occurred_at) and (duration_min, occurred_at) back the sortable
  columns, so sorting stays a walk along an index.
- A trigger refuses any outbox row in a profile whose meta says
  ``training=1``: training data can never be queued for a server, whatever
  code path tries.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-28
"""
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

TRIGGER = """
CREATE TRIGGER IF NOT EXISTS outbox_refused_in_training
BEFORE INSERT ON outbox
WHEN (SELECT value FROM meta WHERE key = 'training') = '1'
BEGIN
    SELECT RAISE(ABORT, 'training profile: nothing may be queued for sync');
END
"""


def upgrade() -> None:
    op.drop_index("ix_cases_occurred_at", table_name="cases")
    op.create_index("ix_cases_occurred_at", "cases", ["occurred_at", "deleted", "search_text"])
    op.create_index("ix_cases_staff_occurred", "cases", ["staff", "occurred_at"])
    op.create_index("ix_cases_duration_occurred", "cases", ["duration_min", "occurred_at"])
    op.execute(TRIGGER)


def downgrade() -> None:
    op.execute("DROP TRIGGER IF EXISTS outbox_refused_in_training")
    op.drop_index("ix_cases_duration_occurred", table_name="cases")
    op.drop_index("ix_cases_staff_occurred", table_name="cases")
    op.drop_index("ix_cases_occurred_at", table_name="cases")
    op.create_index("ix_cases_occurred_at", "cases", ["occurred_at"])
