"""Partner inbox and insights pages: partners, web users, sign-in links, recovery codes,
sessions, sign-in throttling and the inbox index.

Dates are stored as naive UTC (see desk.central.tables.UTCDateTime).

Revision ID: pw01_partner_web
Revises: 0003
Create Date: 2026-12-04 21:00:00
"""

import sqlalchemy as sa
from alembic import op

revision = "pw01_partner_web"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "web_partners",
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("revoked_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("code", name=op.f("pk_web_partners")),
    )
    op.create_table(
        "web_partner_services",
        sa.Column("partner", sa.String(length=40), nullable=False),
        sa.Column("service_id", sa.String(length=120), nullable=False),
        sa.ForeignKeyConstraint(
            ["partner"], ["web_partners.code"],
            name=op.f("fk_web_partner_services_partner_web_partners"),
        ),
        sa.PrimaryKeyConstraint("partner", "service_id", name=op.f("pk_web_partner_services")),
    )
    op.create_index(
        "ix_web_partner_services_service", "web_partner_services", ["service_id"], unique=False
    )
    op.create_table(
        "web_users",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("email", sa.String(length=254), nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("partner", sa.String(length=40), nullable=True),
        sa.Column("org", sa.String(length=40), nullable=True),
        sa.Column("password_hash", sa.String(length=200), nullable=True),
        sa.Column("totp_secret", sa.String(length=64), nullable=True),
        sa.Column("totp_last_step", sa.BigInteger(), nullable=True),
        sa.Column("notify", sa.Boolean(), nullable=False),
        sa.Column("lang", sa.String(length=2), nullable=False),
        sa.Column("failed_count", sa.Integer(), nullable=False),
        sa.Column("locked_until", sa.DateTime(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("activated_at", sa.DateTime(), nullable=True),
        sa.Column("last_sign_in_at", sa.DateTime(), nullable=True),
        sa.Column("revoked_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["partner"], ["web_partners.code"], name=op.f("fk_web_users_partner_web_partners")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_web_users")),
        sa.UniqueConstraint("email", name=op.f("uq_web_users_email")),
    )
    op.create_table(
        "web_invites",
        sa.Column("token_hash", sa.String(length=64), nullable=False),
        sa.Column("user_id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("expires_at", sa.DateTime(), nullable=False),
        sa.Column("used_at", sa.DateTime(), nullable=True),
        sa.Column("totp_secret", sa.String(length=64), nullable=True),
        sa.ForeignKeyConstraint(
            ["user_id"], ["web_users.id"], name=op.f("fk_web_invites_user_id_web_users")
        ),
        sa.PrimaryKeyConstraint("token_hash", name=op.f("pk_web_invites")),
    )
    op.create_table(
        "web_recovery_codes",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("user_id", sa.String(length=36), nullable=False),
        sa.Column("code_hash", sa.String(length=200), nullable=False),
        sa.Column("used_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["user_id"], ["web_users.id"], name=op.f("fk_web_recovery_codes_user_id_web_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_web_recovery_codes")),
    )
    op.create_index("ix_web_recovery_codes_user", "web_recovery_codes", ["user_id"])
    op.create_table(
        "web_sessions",
        sa.Column("id_hash", sa.String(length=64), nullable=False),
        sa.Column("user_id", sa.String(length=36), nullable=False),
        sa.Column("stage", sa.String(length=10), nullable=False),
        sa.Column("csrf", sa.String(length=64), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("last_seen_at", sa.DateTime(), nullable=False),
        sa.Column("ended_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["user_id"], ["web_users.id"], name=op.f("fk_web_sessions_user_id_web_users")
        ),
        sa.PrimaryKeyConstraint("id_hash", name=op.f("pk_web_sessions")),
    )
    op.create_index("ix_web_sessions_user", "web_sessions", ["user_id"])
    op.create_table(
        "web_throttle",
        sa.Column("key", sa.String(length=80), nullable=False),
        sa.Column("window_start", sa.DateTime(), nullable=False),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_web_throttle")),
    )
    op.create_table(
        "web_inbox",
        sa.Column("referral_id", sa.String(length=80), nullable=False),
        sa.Column("service_id", sa.String(length=120), nullable=False),
        sa.Column("org", sa.String(length=40), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("state", sa.Integer(), nullable=False),
        sa.Column("urgency", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("search", sa.String(length=1000), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("seq", sa.BigInteger(), nullable=False),
        sa.Column("notice", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("referral_id", name=op.f("pk_web_inbox")),
    )
    op.create_index("ix_web_inbox_notice", "web_inbox", ["notice"])
    op.create_index(
        "ix_web_inbox_service_order", "web_inbox", ["service_id", "urgency", "created_at"]
    )
    op.create_index(
        "ix_web_inbox_service_state", "web_inbox", ["service_id", "state", "urgency", "created_at"]
    )


def downgrade() -> None:
    op.drop_index("ix_web_inbox_service_state", table_name="web_inbox")
    op.drop_index("ix_web_inbox_service_order", table_name="web_inbox")
    op.drop_index("ix_web_inbox_notice", table_name="web_inbox")
    op.drop_table("web_inbox")
    op.drop_table("web_throttle")
    op.drop_index("ix_web_sessions_user", table_name="web_sessions")
    op.drop_table("web_sessions")
    op.drop_index("ix_web_recovery_codes_user", table_name="web_recovery_codes")
    op.drop_table("web_recovery_codes")
    op.drop_table("web_invites")
    op.drop_table("web_users")
    op.drop_index("ix_web_partner_services_service", table_name="web_partner_services")
    op.drop_table("web_partner_services")
    op.drop_table("web_partners")
