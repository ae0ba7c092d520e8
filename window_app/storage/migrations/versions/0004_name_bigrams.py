"""Two-character name search: bigram index tables kept by triggers on both back ends

Revision ID: 0004
Revises: 0003

A two-character fragment (a given name such as 明华) has no trigram, so 0003's indexes cannot
answer it. Each of applicants and enterprises gets a table of the distinct bigrams of its names,
`<base>_name_bigrams(gram, id)` with primary key (gram, id): a fragment's rows are one range of
that key. Grams are lower-cased (`lower()`: ASCII letters on SQLite, the database's character
type on PostgreSQL), and `storage.search` lower-cases the fragment with the same function.

Triggers on the base tables keep the tables current for every writer (the demo's bulk Core
inserts included):
- SQLite: triggers cannot use CTEs, so they number a name's characters from the static table
  `name_bigram_positions` (1..1000, joined to itself for names longer than 1001 characters; a
  name over 1,000,001 characters is refused rather than indexed in part). The tables are
  WITHOUT ROWID: the key is the whole row.
- PostgreSQL: a plpgsql trigger function per table using generate_series; `gram` is
  COLLATE "C" (byte order, cheaper comparisons); the windows' role needs INSERT and DELETE on
  the tables, which the README's `GRANT ... ON ALL TABLES` gives.

The migration fills the tables from the existing names (about 8 s for 1,000,000 applicants on
SQLite). Like 0003's objects they are not in the models: migrations/env.py leaves them out of
`alembic check`.
"""

from __future__ import annotations

from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

# (bigram table, base table)
TABLES = (("applicant_name_bigrams", "applicants"), ("enterprise_name_bigrams", "enterprises"))
POSITIONS = "name_bigram_positions"  # SQLite: n = 1..CHUNK
CHUNK = 1000
MAX_NAME = CHUNK * CHUNK + 1  # bigrams start at (q - 1) * CHUNK + p for positions q and p
TOO_LONG = "name too long for the name search index"


def _sqlite_grams(row: str) -> tuple[str, str]:
    """(the lower-cased bigrams of `row`.name, the joins of positions that start them)."""
    length = f"length({row}.name)"
    gram = f"lower(substr({row}.name, (q.n - 1) * {CHUNK} + p.n, 2))"
    joins = (
        f"{POSITIONS} q JOIN {POSITIONS} p"
        f" ON q.n <= ({length} + {CHUNK - 2}) / {CHUNK} AND p.n < {length} - (q.n - 1) * {CHUNK}"
    )
    return gram, joins


def _sqlite_up(grams: str, base: str) -> list[str]:
    guard = f"SELECT RAISE(ABORT, '{TOO_LONG}') WHERE length(new.name) > {MAX_NAME};"
    gram, joins = _sqlite_grams("new")
    insert = (
        f"INSERT OR IGNORE INTO {grams} (gram, id) SELECT DISTINCT {gram}, new.id FROM {joins};"
    )
    old_gram, old_joins = _sqlite_grams("old")
    delete = (
        f"DELETE FROM {grams} WHERE id = old.id AND gram IN (SELECT {old_gram} FROM {old_joins});"
    )
    all_gram, all_joins = _sqlite_grams("b")
    return [
        f"""CREATE TABLE {grams} (
            gram TEXT NOT NULL, id INTEGER NOT NULL, PRIMARY KEY (gram, id)) WITHOUT ROWID""",
        f"CREATE TRIGGER {grams}_ai AFTER INSERT ON {base} BEGIN {guard} {insert} END",
        f"CREATE TRIGGER {grams}_ad AFTER DELETE ON {base} BEGIN {delete} END",
        f"""CREATE TRIGGER {grams}_au AFTER UPDATE OF id, name ON {base}
            WHEN old.name IS NOT new.name OR old.id IS NOT new.id
            BEGIN {guard} {delete} {insert} END""",
        # Sorted, so the index is written in key order.
        f"""INSERT INTO {grams} (gram, id) SELECT DISTINCT {all_gram} AS gram, b.id
            FROM {base} b JOIN {all_joins} ORDER BY gram, b.id""",
    ]


def _sqlite_down(grams: str) -> list[str]:
    return [
        *(f"DROP TRIGGER IF EXISTS {grams}_{suffix}" for suffix in ("ai", "ad", "au")),
        f"DROP TABLE IF EXISTS {grams}",
    ]


def _pg_grams(row: str) -> str:
    return (
        f"SELECT DISTINCT lower(substr({row}.name, n, 2)), {row}.id"
        f" FROM generate_series(1, length({row}.name) - 1) n"
    )


def _pg_up(grams: str, base: str) -> list[str]:
    return [
        f"""CREATE TABLE {grams} (
            gram text COLLATE "C" NOT NULL, id integer NOT NULL, PRIMARY KEY (gram, id))""",
        f"""CREATE OR REPLACE FUNCTION {grams}_sync() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                IF TG_OP <> 'INSERT' THEN
                    DELETE FROM {grams} g WHERE g.id = OLD.id AND g.gram IN (
                        SELECT lower(substr(OLD.name, n, 2))
                        FROM generate_series(1, length(OLD.name) - 1) n);
                END IF;
                IF TG_OP <> 'DELETE' THEN
                    INSERT INTO {grams} (gram, id) {_pg_grams("NEW")} ON CONFLICT DO NOTHING;
                END IF;
                RETURN NULL;
            END
            $$""",
        f"""CREATE TRIGGER {grams}_ai AFTER INSERT ON {base}
            FOR EACH ROW EXECUTE FUNCTION {grams}_sync()""",
        f"""CREATE TRIGGER {grams}_ad AFTER DELETE ON {base}
            FOR EACH ROW EXECUTE FUNCTION {grams}_sync()""",
        f"""CREATE TRIGGER {grams}_au AFTER UPDATE OF id, name ON {base} FOR EACH ROW
            WHEN (OLD.name IS DISTINCT FROM NEW.name OR OLD.id <> NEW.id)
            EXECUTE FUNCTION {grams}_sync()""",
        f"""INSERT INTO {grams} (gram, id)
            SELECT DISTINCT lower(substr(b.name, n, 2)), b.id
            FROM {base} b, generate_series(1, length(b.name) - 1) n""",
        f"ANALYZE {grams}",  # the planner's estimate of how many names share a bigram
    ]


def _pg_down(grams: str, base: str) -> list[str]:
    return [
        *(f"DROP TRIGGER IF EXISTS {grams}_{suffix} ON {base}" for suffix in ("ai", "ad", "au")),
        f"DROP FUNCTION IF EXISTS {grams}_sync()",
        f"DROP TABLE IF EXISTS {grams}",
    ]


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        op.execute(f"CREATE TABLE {POSITIONS} (n INTEGER PRIMARY KEY)")
        op.execute(
            f"""INSERT INTO {POSITIONS} (n) WITH RECURSIVE s(n) AS (
                SELECT 1 UNION ALL SELECT n + 1 FROM s WHERE n < {CHUNK})
                SELECT n FROM s"""
        )
        for grams, base in TABLES:
            for statement in _sqlite_up(grams, base):
                op.execute(statement)
    elif dialect == "postgresql":
        for grams, base in TABLES:
            for statement in _pg_up(grams, base):
                op.execute(statement)


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        for grams, _base in TABLES:
            for statement in _sqlite_down(grams):
                op.execute(statement)
        op.execute(f"DROP TABLE IF EXISTS {POSITIONS}")
    elif dialect == "postgresql":
        for grams, base in TABLES:
            for statement in _pg_down(grams, base):
                op.execute(statement)
