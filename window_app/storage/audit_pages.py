"""The audit trail read in key order, a page at a time, on the session's own connection: what
verification (services.audit_verify) and the inspector's export (services.audit_export) walk,
at constant memory whatever the trail's size (issue 22)."""

from __future__ import annotations

from collections.abc import Iterator

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from . import audit_walk
from .audit_chain import message_sql
from .models import AuditEvent

#: one statement's rows: a verification or export holds at most this many in memory
VERIFY_CHUNK = 20_000


def pages(session: Session, sql: str, params: tuple = ()) -> Iterator[list[tuple]]:
    """The rows of `sql` (whose last two parameters are the keyset's `after_id` and the page
    size, and whose first column is the id) in key order, one page of VERIFY_CHUNK at a time,
    on the DB-API cursor of the session's own connection (its transaction, its snapshot):
    SQLAlchemy's row processing would cost more than the hashing (issue 22)."""
    conn = session.connection()
    if conn.dialect.paramstyle != "qmark":
        sql = sql.replace("?", "%s")
    cursor = conn.connection.dbapi_connection.cursor()
    after_id = 0
    try:
        while True:
            cursor.execute(sql, (*params, after_id, VERIFY_CHUNK))
            page = cursor.fetchall()
            if page:
                yield page
            if len(page) < VERIFY_CHUNK:
                return
            after_id = page[-1][0]
    finally:
        cursor.close()


def walk(
    session: Session, low: int | None = None, high: int | None = None
) -> Iterator[list[tuple]]:
    """(id, prev_hash, hash, message) of every event, the message built by the database
    itself from the stored columns (storage.audit_chain.message_sql), page by page: on
    PostgreSQL through a server-side cursor of the session's own transaction (`low`..`high`,
    its bounds; read here when not given), on SQLite by keyset pages."""
    dialect = session.get_bind().dialect.name
    if dialect == "postgresql":
        if low is None:
            low, high = session.execute(
                select(func.min(AuditEvent.id), func.max(AuditEvent.id))
            ).one()
        if low is None:
            return iter(())
        conn = session.connection().connection.dbapi_connection
        return audit_walk.pg_pages(conn, low, high)
    sql = (f"SELECT id, prev_hash, hash, {message_sql(dialect)} FROM audit_events "
           "WHERE id > ? ORDER BY id LIMIT ?")  # fmt: skip
    return pages(session, sql)
