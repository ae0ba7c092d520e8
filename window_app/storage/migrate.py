"""Schema migrations, applied at start-up after a backup of the file."""

from __future__ import annotations

import sys
from pathlib import Path

from sqlalchemy import inspect, text

from .backup import backup_before_migration
from .database import Database
from .revisions import MIGRATIONS, head_revision

__all__ = ["MIGRATIONS", "alembic_config", "current_revision", "head_revision", "upgrade"]


def alembic_config(url: str | None = None):  # noqa: ANN201  (alembic.config.Config)
    """Alembic loads on demand: a window whose schema is current never imports it."""
    from alembic.config import Config

    # today's sys.stdout, not Config's default: that is bound when alembic is first imported,
    # so a first import under pytest's capture kept a stream closed after that test, and a later
    # `alembic check` in the same process failed with "I/O operation on closed file"
    cfg = Config(stdout=sys.stdout)
    cfg.set_main_option("script_location", str(MIGRATIONS))
    if url:
        cfg.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return cfg


def current_revision(db: Database) -> str | None:
    # read-only (BEGIN DEFERRED on SQLite): a read-only command never waits for the write lock
    with db.engine.connect().execution_options(read_only=True) as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def upgrade(db: Database, *, backup: bool = True) -> Path | None:
    """Bring the schema to head; back the SQLite file up first when there is anything to migrate."""
    current = current_revision(db)
    if current == head_revision():
        return None
    saved = backup_before_migration(db) if backup and current is not None else None
    from alembic import command

    cfg = alembic_config(db.url)
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
    return saved
