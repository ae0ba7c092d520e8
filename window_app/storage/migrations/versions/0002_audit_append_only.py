"""audit_events is append-only

Revision ID: 0002
Revises: 0001

SQLite: triggers abort every UPDATE and DELETE on audit_events.
PostgreSQL: a trigger function refuses UPDATE, DELETE and TRUNCATE (it binds the owner too), and
UPDATE/DELETE/TRUNCATE are revoked from PUBLIC. In production the app connects as a dedicated
role that was granted only SELECT and INSERT on the table (see README, "PostgreSQL roles").

There is no purge: rows are kept for ever, which satisfies the 184-day minimum retention.
Note for later migrations: a batch (copy-and-move) alteration of audit_events on SQLite drops
these triggers; such a migration must re-create them.
"""

from __future__ import annotations

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

MESSAGE = "audit_events is append-only"

SQLITE_UP = [
    f"""CREATE TRIGGER audit_events_no_update BEFORE UPDATE ON audit_events
        BEGIN SELECT RAISE(ABORT, '{MESSAGE}'); END""",
    f"""CREATE TRIGGER audit_events_no_delete BEFORE DELETE ON audit_events
        BEGIN SELECT RAISE(ABORT, '{MESSAGE}'); END""",
]
SQLITE_DOWN = [
    "DROP TRIGGER IF EXISTS audit_events_no_update",
    "DROP TRIGGER IF EXISTS audit_events_no_delete",
]

PG_UP = [
    f"""CREATE OR REPLACE FUNCTION audit_events_append_only() RETURNS trigger
        LANGUAGE plpgsql AS $$
        BEGIN
            RAISE EXCEPTION '{MESSAGE}' USING ERRCODE = 'insufficient_privilege';
        END
        $$""",
    """CREATE TRIGGER audit_events_no_change BEFORE UPDATE OR DELETE ON audit_events
        FOR EACH ROW EXECUTE FUNCTION audit_events_append_only()""",
    """CREATE TRIGGER audit_events_no_truncate BEFORE TRUNCATE ON audit_events
        FOR EACH STATEMENT EXECUTE FUNCTION audit_events_append_only()""",
    "REVOKE UPDATE, DELETE, TRUNCATE ON audit_events FROM PUBLIC",
]
PG_DOWN = [
    "DROP TRIGGER IF EXISTS audit_events_no_truncate ON audit_events",
    "DROP TRIGGER IF EXISTS audit_events_no_change ON audit_events",
    "DROP FUNCTION IF EXISTS audit_events_append_only()",
]


def _run(statements: list[str]) -> None:
    for statement in statements:
        op.execute(statement)


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        _run(SQLITE_UP)
    elif dialect == "postgresql":
        _run(PG_UP)


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        _run(SQLITE_DOWN)
    elif dialect == "postgresql":
        _run(PG_DOWN)
