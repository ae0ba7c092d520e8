"""Name-fragment search: FTS5 trigram on SQLite, pg_trgm GIN indexes on PostgreSQL

Revision ID: 0003
Revises: 0002

SQLite: external-content FTS5 tables (tokenize='trigram') over applicants.name and
enterprises.name, kept in sync by triggers on the base tables, so every writer, including the
demo's bulk Core inserts, keeps the index current. PostgreSQL: the pg_trgm extension (trusted since
PostgreSQL 13, so a database owner may create it) and GIN trigram indexes used by `LIKE '%…%'`.

`storage.search` runs the queries. Fragments of fewer than three characters have no trigram;
they fall back to a name-prefix range on the ordinary B-tree index.

The FTS shadow tables and the trigram indexes are not in the models: migrations/env.py leaves
them out of `alembic check`.
"""

from __future__ import annotations

from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

# (FTS table, base table)
FTS_TABLES = (("applicant_names_fts", "applicants"), ("enterprise_names_fts", "enterprises"))
PG_INDEXES = (
    ("ix_applicants_name_trgm", "applicants"),
    ("ix_enterprises_name_trgm", "enterprises"),
)


def _sqlite_up(fts: str, base: str) -> list[str]:
    return [
        f"""CREATE VIRTUAL TABLE {fts} USING fts5(
            name, content='{base}', content_rowid='id', tokenize='trigram')""",
        f"""CREATE TRIGGER {fts}_ai AFTER INSERT ON {base} BEGIN
            INSERT INTO {fts}(rowid, name) VALUES (new.id, new.name); END""",
        f"""CREATE TRIGGER {fts}_ad AFTER DELETE ON {base} BEGIN
            INSERT INTO {fts}({fts}, rowid, name) VALUES ('delete', old.id, old.name); END""",
        f"""CREATE TRIGGER {fts}_au AFTER UPDATE OF name ON {base} BEGIN
            INSERT INTO {fts}({fts}, rowid, name) VALUES ('delete', old.id, old.name);
            INSERT INTO {fts}(rowid, name) VALUES (new.id, new.name); END""",
        f"INSERT INTO {fts}({fts}) VALUES ('rebuild')",
    ]


def _sqlite_down(fts: str) -> list[str]:
    return [
        *(f"DROP TRIGGER IF EXISTS {fts}_{suffix}" for suffix in ("ai", "ad", "au")),
        f"DROP TABLE IF EXISTS {fts}",
    ]


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        for fts, base in FTS_TABLES:
            for statement in _sqlite_up(fts, base):
                op.execute(statement)
    elif dialect == "postgresql":
        op.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
        for index, base in PG_INDEXES:
            op.execute(
                f"CREATE INDEX IF NOT EXISTS {index} ON {base} USING gin (name gin_trgm_ops)"
            )


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        for fts, _base in FTS_TABLES:
            for statement in _sqlite_down(fts):
                op.execute(statement)
    elif dialect == "postgresql":
        for index, _base in PG_INDEXES:
            op.execute(f"DROP INDEX IF EXISTS {index}")
