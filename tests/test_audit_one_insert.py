"""A write transaction's audit events go out in one INSERT (SQLite), and nothing the transaction
reads misses them: a read of the trail, a raw query, the commit; a rollback drops them."""

from __future__ import annotations

from sqlalchemy import event, func, select, text

from window_app.services import audit, numbering
from window_app.services.context import SYSTEM
from window_app.storage.models import AuditEvent


def _inserts(db) -> list[tuple[str, int]]:
    """(statement, rows) of every INSERT INTO audit_events sent through the engine."""
    seen: list[tuple[str, int]] = []

    @event.listens_for(db.engine, "before_cursor_execute")
    def _note(conn, cursor, statement, parameters, context, executemany):  # noqa: ANN001, PLR0913
        if statement.startswith("INSERT INTO audit_events"):
            seen.append((statement, len(parameters) if executemany else 1))

    return seen


def test_a_transactions_events_go_out_in_one_insert_at_commit(sqlite_db):
    db = sqlite_db
    seen = _inserts(db)
    with db.transaction() as session:
        for i in range(5):
            audit.record(session, SYSTEM, "demo.step", "application", f"20260302-{i:04d}",
                         after={"state": "accepted"}, reason=f"理由{i}")  # fmt: skip
        numbering.next_value(session, "doc-receipt-2026")  # a write that is not the trail's
        assert seen == []  # nothing sent yet: a statement per event cost a third of a demo day
    assert [rows for _sql, rows in seen] == [5]
    with db.reading() as session:
        assert session.scalar(select(func.count()).select_from(AuditEvent)) == 5
    assert audit.verify_database(db).ok


def test_a_read_of_the_trail_inside_the_transaction_sees_its_events(sqlite_db):
    db = sqlite_db
    with db.transaction() as session:
        audit.record(session, SYSTEM, "a", "application", "1")
        audit.record(session, SYSTEM, "b", "application", "2")
        actions = session.scalars(select(AuditEvent.action).order_by(AuditEvent.id)).all()
        assert actions == ["a", "b"]
        audit.record(session, SYSTEM, "c", "application", "3")
        # a raw statement naming the trail, on the transaction's connection, sees it too
        assert session.execute(text("SELECT count(*) FROM audit_events")).scalar() == 3
        assert audit.chain_head(session)[0] == 3
    assert audit.verify_database(db).ok


def test_a_rolled_back_transaction_leaves_no_event_and_the_chain_goes_on(sqlite_db):
    db = sqlite_db
    with db.transaction() as session:
        audit.record(session, SYSTEM, "kept", "application", "1")
    try:
        with db.transaction() as session:
            audit.record(session, SYSTEM, "dropped", "application", "2")
            raise RuntimeError("the clerk's step failed")
    except RuntimeError:
        pass
    with db.transaction() as session:
        audit.record(session, SYSTEM, "next", "application", "3")
    with db.reading() as session:
        rows = session.execute(select(AuditEvent.id, AuditEvent.action).order_by(AuditEvent.id))
        assert [tuple(r) for r in rows] == [(1, "kept"), (2, "next")]
    assert audit.verify_database(db).ok
