"""Append-only rows of a write transaction, sent together: one executemany per table.

A step at the window appends rows nobody reads back by key in the same transaction (an audit
event, a state transition). Through the ORM each was a statement of its own, flushed alone, on
SQLite an INSERT … RETURNING for an id the code never reads. Here they wait in the
transaction's connection and go out as one `INSERT` with many parameter sets (Core: the
columns' types and Python defaults apply as for any insert):

- at commit (the session's `before_commit`);
- before any statement of the transaction whose SQL names one of their tables (a query of the
  ORM, a lazy load, a raw `text()` on the same connection): the engine's `before_cursor_execute`
  sends them first, so nothing the transaction reads misses them.

A rollback drops them with the rest of the transaction; they go out before a SAVEPOINT, so a
rollback to one drops only the rows appended inside it. Rows go out in the order they were
appended, table by table in the order each table was first used; a row may only refer to rows
already written (its parent's id is known when it is appended).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, Engine, Insert, Pool, event
from sqlalchemy.orm import Session

_PENDING = "deferred_rows.pending"  # Connection.info: {insert statement: [rows]}
_NAMES = "deferred_rows.names"  # Connection.info: the names of the tables of what waits
_LISTENING = "deferred_rows.listening"


def append(session: Session, stmt: Insert, row: dict[str, Any]) -> None:
    """Send `row` with `stmt` (an INSERT of one table) when the transaction commits, or before
    a statement of it names the table."""
    connection = session.connection()
    pending = connection.info.get(_PENDING)
    if pending is None:
        pending = connection.info[_PENDING] = {}
    rows = pending.get(stmt)
    if rows is None:
        rows = pending[stmt] = []
        connection.info[_NAMES] = tuple({s.table.name for s in pending})
    rows.append(row)
    session.info[_PENDING] = pending  # what a rollback drops
    if not session.info.get(_LISTENING):
        session.info[_LISTENING] = True
        event.listen(session, "before_commit", _before_commit)
        event.listen(session, "after_rollback", _after_rollback)


def send(connection: Connection) -> None:
    """Write every row waiting on `connection` (in its transaction)."""
    pending = connection.info.get(_PENDING)
    if not pending:
        return
    batches = list(pending.items())
    pending.clear()  # first: the statements below must not send them again
    for stmt, rows in batches:
        connection.execute(stmt, rows)


def _before_commit(session: Session) -> None:
    if session.in_transaction():
        send(session.connection())


def _after_rollback(session: Session) -> None:
    pending = session.info.pop(_PENDING, None)
    if pending:
        pending.clear()  # rolled back with the transaction: never sent


@event.listens_for(Engine, "before_cursor_execute")
def _before_statement(conn, cursor, statement, parameters, context, executemany):  # noqa: ANN001, PLR0913
    pending = conn.info.get(_PENDING)
    if not pending:
        return
    # every statement of the transaction passes here: the names are kept, not looked up
    if any(name in statement for name in conn.info.get(_NAMES, ())):
        send(conn)


@event.listens_for(Engine, "rollback")
def _on_rollback(conn):  # noqa: ANN001
    """A rollback the session does not report (a session closed mid-transaction, a rehearsal)."""
    pending = conn.info.get(_PENDING)
    if pending:
        pending.clear()


@event.listens_for(Pool, "checkin")
def _on_checkin(_dbapi_connection, record):  # noqa: ANN001
    """Nothing waits on a connection back in the pool: its transaction has ended."""
    if record is not None:
        pending = record.info.get(_PENDING)
        if pending:
            pending.clear()


@event.listens_for(Engine, "savepoint")
def _on_savepoint(conn, _name):  # noqa: ANN001
    """What waits goes out before a SAVEPOINT: a rollback to it (the session reports it as a
    rollback) then drops only rows appended after it."""
    send(conn)
