"""Initial central schema.

Dates are stored as naive UTC (see desk.central.tables.UTCDateTime).

Revision ID: 0001
Revises: 
Create Date: 2026-11-28 13:00:50.034349
"""

from alembic import op
import sqlalchemy as sa



revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:

    op.create_table('audit_log',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('actor', sa.String(length=80), nullable=False),
    sa.Column('org', sa.String(length=40), nullable=True),
    sa.Column('action', sa.String(length=60), nullable=False),
    sa.Column('target', sa.String(length=120), nullable=True),
    sa.Column('detail', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_log'))
    )
    with op.batch_alter_table('audit_log', schema=None) as batch_op:
        batch_op.create_index('ix_audit_log_at', ['at'], unique=False)

    op.create_table('change_counter',
    sa.Column('id', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('value', sa.BigInteger(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_change_counter'))
    )
    op.create_table('idempotency',
    sa.Column('org', sa.String(length=40), nullable=False),
    sa.Column('key', sa.String(length=200), nullable=False),
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('item_id', sa.String(length=80), nullable=False),
    sa.Column('body_hash', sa.String(length=64), nullable=False),
    sa.Column('answer', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('org', 'key', name=op.f('pk_idempotency'))
    )
    op.create_table('items',
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('id', sa.String(length=80), nullable=False),
    sa.Column('org', sa.String(length=40), nullable=True),
    sa.Column('office', sa.String(length=40), nullable=True),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('body', sa.Text(), nullable=False),
    sa.Column('seq', sa.BigInteger(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('device_id', sa.String(length=36), nullable=True),
    sa.Column('personal', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('kind', 'id', name=op.f('pk_items')),
    sa.UniqueConstraint('seq', name=op.f('uq_items_seq'))
    )
    with op.batch_alter_table('items', schema=None) as batch_op:
        batch_op.create_index('ix_items_org_seq', ['org', 'seq'], unique=False)

    op.create_table('orgs',
    sa.Column('code', sa.String(length=40), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('code', name=op.f('pk_orgs'))
    )
    op.create_table('server_config',
    sa.Column('key', sa.String(length=80), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_server_config'))
    )
    op.create_table('stats_cube',
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('month', sa.String(length=7), nullable=False),
    sa.Column('org', sa.String(length=40), nullable=False),
    sa.Column('office', sa.String(length=40), nullable=False),
    sa.Column('dim', sa.String(length=20), nullable=False),
    sa.Column('a', sa.String(length=120), nullable=False),
    sa.Column('b', sa.String(length=120), nullable=False),
    sa.Column('n', sa.BigInteger(), nullable=False),
    sa.PrimaryKeyConstraint('kind', 'month', 'org', 'office', 'dim', 'a', 'b', name=op.f('pk_stats_cube'))
    )
    op.create_table('devices',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('org', sa.String(length=40), nullable=False),
    sa.Column('office', sa.String(length=40), nullable=True),
    sa.Column('role', sa.String(length=20), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('app_version', sa.String(length=40), nullable=False),
    sa.Column('os', sa.String(length=200), nullable=False),
    sa.Column('token_hash', sa.String(length=64), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('expires_at', sa.DateTime(), nullable=False),
    sa.Column('last_seen_at', sa.DateTime(), nullable=True),
    sa.Column('last_sync_at', sa.DateTime(), nullable=True),
    sa.Column('revoked_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['org'], ['orgs.code'], name=op.f('fk_devices_org_orgs')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_devices')),
    sa.UniqueConstraint('token_hash', name=op.f('uq_devices_token_hash'))
    )
    op.create_table('enroll_codes',
    sa.Column('code_hash', sa.String(length=64), nullable=False),
    sa.Column('org', sa.String(length=40), nullable=False),
    sa.Column('office', sa.String(length=40), nullable=True),
    sa.Column('role', sa.String(length=20), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('expires_at', sa.DateTime(), nullable=False),
    sa.Column('used_at', sa.DateTime(), nullable=True),
    sa.Column('device_id', sa.String(length=36), nullable=True),
    sa.ForeignKeyConstraint(['org'], ['orgs.code'], name=op.f('fk_enroll_codes_org_orgs')),
    sa.PrimaryKeyConstraint('code_hash', name=op.f('pk_enroll_codes'))
    )
    op.create_table('offices',
    sa.Column('org', sa.String(length=40), nullable=False),
    sa.Column('code', sa.String(length=40), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['org'], ['orgs.code'], name=op.f('fk_offices_org_orgs')),
    sa.PrimaryKeyConstraint('org', 'code', name=op.f('pk_offices'))
    )

    counter = sa.table("change_counter", sa.column("id", sa.Integer), sa.column("value", sa.BigInteger))
    op.bulk_insert(counter, [{"id": 1, "value": 0}])


def downgrade() -> None:

    op.drop_table('offices')
    op.drop_table('enroll_codes')
    op.drop_table('devices')
    op.drop_table('stats_cube')
    op.drop_table('server_config')
    op.drop_table('orgs')
    with op.batch_alter_table('items', schema=None) as batch_op:
        batch_op.drop_index('ix_items_org_seq')

    op.drop_table('items')
    op.drop_table('idempotency')
    op.drop_table('change_counter')
    with op.batch_alter_table('audit_log', schema=None) as batch_op:
        batch_op.drop_index('ix_audit_log_at')

    op.drop_table('audit_log')

