"""Alembic, configured in code; the scripts ship inside the package."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Connection, Engine

MIGRATIONS = Path(__file__).parent / "migrations"


class SchemaOutdatedError(RuntimeError):
    """The database schema is not at the version this server needs."""


def _config(conn: Connection | None = None) -> object:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    if conn is not None:
        cfg.attributes["connection"] = conn
    return cfg


def head_revision() -> str:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    cfg = _config()
    assert isinstance(cfg, Config)
    head = ScriptDirectory.from_config(cfg).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Bring the schema to *revision* (idempotent)."""
    from alembic import command
    from alembic.config import Config

    with engine.begin() as conn:
        cfg = _config(conn)
        assert isinstance(cfg, Config)
        command.upgrade(cfg, revision)


def check_current(engine: Engine) -> None:
    """Raise :class:`SchemaOutdatedError` with a clear message unless the schema is at head."""
    current = current_revision(engine)
    head = head_revision()
    if current != head:
        where = "no schema yet" if current is None else f"schema version {current}"
        raise SchemaOutdatedError(
            f"The database has {where}, this server needs {head}. "
            "Run `desk-central db upgrade` (make a backup first), "
            "or start with `desk-central serve --upgrade`."
        )
