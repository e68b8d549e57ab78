"""The schema revision this build of Desk expects.

Kept apart from the migrations so that start-up can compare it with the
database using the standard library alone: when they match, neither
SQLAlchemy nor Alembic is imported before the first paint. A test checks
that this constant equals Alembic's head.
"""

SCHEMA_HEAD = "0005_guide_reports"
