"""PostgreSQL name search newest first: a bigram's applications in the lookup's own order

Revision ID: 0030
Revises: 0027

Issue 22. A name fragment held by hundreds of thousands of old names took 260-610 ms at 1M on
PostgreSQL: the indexes of 0003/0004 list every applicant that holds it, and each one's
applications must be found and sorted before the 100 newest are known. This table holds one row
per (bigram of the applicant's name, application), with the btree `(gram, received_on DESC,
number DESC) INCLUDE (applicant_id)`: a bigram's applications newest first, as the lookup pages
them, so a page is an index-only scan that stops at its LIMIT whatever the number or the age of
the hits (bench.pg_search_plans prints the plans). `storage.name_pages` reads it.

Triggers keep it for every writer (the services, the bench's bulk inserts, psql):
- applications inserted: a row per distinct bigram of each one's applicant's name, in one
  INSERT per statement (from its transition table);
- an application's applicant, date of receipt or number changed, or the application deleted:
  its rows go (found by the index's own key) and, unless deleted, come back;
- an applicant renamed: the rows of each of its applications (migration 0009's index on
  applications (applicant_id, ...)) for the old name's bigrams go, the new name's come.
Grams are lower-cased as 0004's (`lower()`), COLLATE "C".

PostgreSQL only: SQLite keeps its routes (FTS5 trigram and 0004's bigrams). The table is not in
the models (migrations/env.py leaves it out of `alembic check`), like 0003's and 0004's objects.
The windows' groups get INSERT and DELETE on it at `db upgrade` (storage.pg_roles.ensure grants
every table), which the triggers need as they run as the writer.
"""

from __future__ import annotations

from alembic import op

revision = "0030"
down_revision = "0029"
branch_labels = None
depends_on = None

TABLE = "application_name_grams"


def _grams(name: str) -> str:
    """The distinct lower-cased bigrams of the name expression `name` as rows of `g` (LATERAL:
    `name` may be a column of the FROM list before it)."""
    return (
        f"LATERAL (SELECT DISTINCT lower(substr({name}, n, 2)) AS g"
        f" FROM generate_series(1, length({name}) - 1) n)"
    )


UP = [
    f"""CREATE TABLE {TABLE} (
        gram text COLLATE "C" NOT NULL,
        received_on date NOT NULL,
        number varchar(32) NOT NULL,
        applicant_id integer NOT NULL)""",
    f"""CREATE OR REPLACE FUNCTION {TABLE}_of_application() RETURNS trigger
        LANGUAGE plpgsql AS $$
        BEGIN
            IF TG_OP <> 'INSERT' THEN
                DELETE FROM {TABLE} p
                USING applicants ap, {_grams("ap.name")} og
                WHERE ap.id = OLD.applicant_id AND p.gram = og.g
                  AND p.received_on = OLD.received_on AND p.number = OLD.number;
            END IF;
            IF TG_OP <> 'DELETE' THEN
                INSERT INTO {TABLE} (gram, received_on, number, applicant_id)
                SELECT ng.g, NEW.received_on, NEW.number, NEW.applicant_id
                FROM applicants ap, {_grams("ap.name")} ng
                WHERE ap.id = NEW.applicant_id;
            END IF;
            RETURN NULL;
        END
        $$""",
    # Inserts per statement, from its transition table: a bulk insert of thousands of
    # applications (the bench's generator, an import) fills their rows in one set-based INSERT,
    # where a row trigger took 0.2-0.5 ms per application (about half of the bulk insert).
    f"""CREATE OR REPLACE FUNCTION {TABLE}_of_inserted() RETURNS trigger
        LANGUAGE plpgsql AS $$
        BEGIN
            INSERT INTO {TABLE} (gram, received_on, number, applicant_id)
            SELECT ng.g, n.received_on, n.number, n.applicant_id
            FROM inserted n JOIN applicants ap ON ap.id = n.applicant_id, {_grams("ap.name")} ng;
            RETURN NULL;
        END
        $$""",
    f"""CREATE TRIGGER {TABLE}_ai AFTER INSERT ON applications
        REFERENCING NEW TABLE AS inserted
        FOR EACH STATEMENT EXECUTE FUNCTION {TABLE}_of_inserted()""",
    f"""CREATE TRIGGER {TABLE}_ad AFTER DELETE ON applications
        FOR EACH ROW EXECUTE FUNCTION {TABLE}_of_application()""",
    f"""CREATE TRIGGER {TABLE}_au AFTER UPDATE OF applicant_id, received_on, number
        ON applications FOR EACH ROW
        WHEN (OLD.applicant_id <> NEW.applicant_id OR OLD.received_on <> NEW.received_on
              OR OLD.number <> NEW.number)
        EXECUTE FUNCTION {TABLE}_of_application()""",
    f"""CREATE OR REPLACE FUNCTION {TABLE}_of_applicant() RETURNS trigger
        LANGUAGE plpgsql AS $$
        BEGIN
            DELETE FROM {TABLE} p
            USING applications a, {_grams("OLD.name")} og
            WHERE a.applicant_id = OLD.id AND p.gram = og.g
              AND p.received_on = a.received_on AND p.number = a.number;
            INSERT INTO {TABLE} (gram, received_on, number, applicant_id)
            SELECT ng.g, a.received_on, a.number, a.applicant_id
            FROM applications a, {_grams("NEW.name")} ng
            WHERE a.applicant_id = NEW.id;
            RETURN NULL;
        END
        $$""",
    f"""CREATE TRIGGER {TABLE}_au_name AFTER UPDATE OF id, name ON applicants FOR EACH ROW
        WHEN (OLD.name IS DISTINCT FROM NEW.name OR OLD.id <> NEW.id)
        EXECUTE FUNCTION {TABLE}_of_applicant()""",
    # Filled from the existing applications (0004's bigram table already holds each applicant's
    # grams), then indexed in one sort: faster than keeping the index during the fill.
    f"""INSERT INTO {TABLE} (gram, received_on, number, applicant_id)
        SELECT b.gram, a.received_on, a.number, a.applicant_id
        FROM applications a JOIN applicant_name_bigrams b ON b.id = a.applicant_id""",
    f"""CREATE UNIQUE INDEX {TABLE}_page ON {TABLE}
        (gram, received_on DESC, number DESC) INCLUDE (applicant_id)""",
    f"ANALYZE {TABLE}",
]

DOWN = [
    f"DROP TRIGGER IF EXISTS {TABLE}_au_name ON applicants",
    *(f"DROP TRIGGER IF EXISTS {TABLE}_{s} ON applications" for s in ("ai", "ad", "au")),
    f"DROP FUNCTION IF EXISTS {TABLE}_of_applicant()",
    f"DROP FUNCTION IF EXISTS {TABLE}_of_application()",
    f"DROP FUNCTION IF EXISTS {TABLE}_of_inserted()",
    f"DROP TABLE IF EXISTS {TABLE}",
]


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for statement in UP:
            op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for statement in DOWN:
            op.execute(statement)
