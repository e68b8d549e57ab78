"""Statistics from vocabularies: record keys in the cube, topic lists per organisation.

``stats_cube.keysum`` holds the sum of the cell's record keys (disclosure
control rounds with it); ``orgs.topics`` the organisation's configured topic
list. The cube itself is rebuilt by the server, not here: ``desk-central db
upgrade`` and ``serve`` rebuild a cube whose ``server_config`` marker
(``stats_cube``) is missing or was made for another format or vocabulary. That
also moves cubes counted in UTC months (before issue #14) to Brussels months.

Revision ID: 0002
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("stats_cube", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("keysum", sa.BigInteger(), nullable=False, server_default="0")
        )
    with op.batch_alter_table("orgs", schema=None) as batch_op:
        batch_op.add_column(sa.Column("topics", sa.Text(), nullable=False, server_default="[]"))
    # Whatever the cube holds was counted without keys and vocabularies: mark it stale.
    op.execute("DELETE FROM server_config WHERE key = 'stats_cube'")


def downgrade() -> None:
    with op.batch_alter_table("orgs", schema=None) as batch_op:
        batch_op.drop_column("topics")
    with op.batch_alter_table("stats_cube", schema=None) as batch_op:
        batch_op.drop_column("keysum")
