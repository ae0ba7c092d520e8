"""Alembic environment: runs on the connection the app hands over (or the URL in the config)."""

from __future__ import annotations

import sqlalchemy as sa
from alembic import context
from sqlalchemy import create_engine

from window_app.storage import models
from window_app.storage.base import Base

models.load_all()  # every table on Base.metadata
config = context.config
target_metadata = Base.metadata
# Hand-written in migrations 0003 and 0004 and not in the models: FTS5 tables (and their shadow
# tables) on SQLite, trigram GIN indexes on PostgreSQL, the bigram tables (and their primary keys)
# and SQLite's positions table; PostgreSQL's audit chain key (migration 0028, read only by
# audit_append) and 0030's gram pages (PostgreSQL). `alembic check` leaves them alone.
UNMODELLED = ("applicant_names_fts", "enterprise_names_fts", "ix_applicants_name_trgm",
              "ix_enterprises_name_trgm", "applicant_name_bigrams", "enterprise_name_bigrams",
              "name_bigram_positions", "audit_chain_key", "application_name_grams")  # fmt: skip


def _include(obj, name, type_, reflected, compare_to) -> bool:  # noqa: ANN001
    return not (reflected and name and name.startswith(UNMODELLED))


def _compare_type(ctx, inspected, metadata, inspected_type, metadata_type) -> bool | None:  # noqa: ANN001
    """SQLite enforces no VARCHAR length and stores VARCHAR and TEXT alike: migrations 0019
    and 0029 widen the encrypted columns on PostgreSQL only (recreating applicants or
    enterprises on SQLite would drop their name-search triggers)."""
    if ctx.dialect.name == "sqlite":
        both = (inspected_type, getattr(metadata_type, "impl", metadata_type))
        if all(isinstance(t, sa.String) for t in both):
            return False
    return None  # the default comparison


def _configure(connection) -> None:  # noqa: ANN001
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,
        compare_type=_compare_type,
        include_object=_include,
    )


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _configure(connection)
        with context.begin_transaction():
            context.run_migrations()
        return
    engine = create_engine(config.get_main_option("sqlalchemy.url"))
    with engine.connect() as conn:
        _configure(conn)
        with context.begin_transaction():
            context.run_migrations()


if context.is_offline_mode():
    context.configure(
        url=config.get_main_option("sqlalchemy.url"),
        target_metadata=target_metadata,
        render_as_batch=True,
        literal_binds=True,
    )
    with context.begin_transaction():
        context.run_migrations()
else:
    run_migrations_online()
