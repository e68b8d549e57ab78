"""Local storage: SQLite through SQLAlchemy models, Alembic migrations, backup, retention."""
