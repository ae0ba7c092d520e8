"""Schema migrations, applied at start-up after a backup of the file."""

from __future__ import annotations

import sys
from pathlib import Path

from sqlalchemy import inspect, text

from .backup import backup_before_migration
from .database import Database
from .errors import StorageError
from .revisions import MIGRATIONS, head_revision, known_revisions

__all__ = [
    "MIGRATIONS",
    "SchemaNewer",
    "alembic_config",
    "current_revision",
    "head_revision",
    "known_revisions",
    "schema_newer",
    "upgrade",
]


class SchemaNewer(StorageError):
    """The database was migrated by a newer release of the program than this one."""


def schema_newer(revision: str) -> SchemaNewer:
    return SchemaNewer(
        f"数据库已由较新版本的本程序升级（结构版本 {revision}，本程序最高 {head_revision()}），"
        "本程序不能使用它；请把本窗口的程序升级到与其他窗口相同的版本。数据库未作任何改动。",
        english=f"The database was upgraded by a newer release of this program (schema "
        f"{revision}; this program knows up to {head_revision()}) and cannot be used by it. "
        "Upgrade this window's program to the release the other windows run. Nothing in the "
        "database was changed.",
    )


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
    if current is not None and current not in known_revisions():
        raise schema_newer(current)  # before the backup: nothing is copied or changed
    saved = backup_before_migration(db) if backup and current is not None else None
    from alembic import command

    cfg = alembic_config(db.url)
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
    return saved
