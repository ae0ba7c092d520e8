"""A write transaction's append-only rows (storage.deferred_rows): its audit events (SQLite) and
its state transitions go out in one INSERT per table, and nothing the transaction reads misses
them: a read of their table, a raw query, the commit; a rollback drops them."""

from __future__ import annotations

from datetime import date

from sqlalchemy import event, func, select, text
from sqlalchemy.exc import DBAPIError

from window_app.core.checklist import Mark
from window_app.core.idcard import check_digit
from window_app.services import accept, audit, audit_verify, intake, numbering, processing, workflow
from window_app.services.context import SYSTEM
from window_app.storage.models import Application, AuditEvent, Transition


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
    assert audit_verify.verify_database(db).ok


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
    assert audit_verify.verify_database(db).ok


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
    assert audit_verify.verify_database(db).ok


# --- state transitions (services.workflow.add_transition), on both engines --------------------

MON = date(2025, 11, 3)
FOOD = "SC-0006"


def _applicant(seq: int) -> intake.ApplicantInput:
    first17 = f"44080219850312{seq:03d}"
    return intake.ApplicantInput("person", "王小明", id_number=first17 + check_digit(first17))


def _states(session, number: str) -> list[tuple[str | None, str]]:
    app_id = session.scalars(select(Application.id).where(Application.number == number)).one()
    rows = session.execute(select(Transition.from_state, Transition.to_state)
                           .where(Transition.application_id == app_id).order_by(Transition.id))  # fmt: skip
    return [tuple(r) for r in rows]


def test_a_days_transitions_go_out_in_one_insert_and_read_in_order(hall):
    db, actors = hall
    clerk = actors["clerk"]
    seen: list[int] = []

    @event.listens_for(db.engine, "before_cursor_execute")
    def _note(conn, cursor, statement, parameters, context, executemany):  # noqa: ANN001, PLR0913
        if statement.startswith("INSERT INTO transitions"):
            seen.append(len(parameters) if executemany else 1)

    with db.batch():
        numbers = []
        for seq in (1, 2):
            started = intake.start_application(db, clerk, matter_code=FOOD,
                                               applicant=_applicant(seq), on=MON)  # fmt: skip
            marks = [Mark(r.key, "received") for r in started.checklist if r.required]
            accept.accept(db, clerk, started.number, marks=marks, on=MON)
            numbers.append(started.number)
        assert seen == []  # four transitions waiting, none sent one by one
        processing.start_review(db, clerk, numbers[0], on=MON)
        with db.reading() as session:  # a read inside the batch sees them, in their order
            assert _states(session, numbers[0]) == [
                (None, "received"),
                ("received", "accepted"),
                ("accepted", "in_review"),
            ]
        assert sum(seen) == 5 and len(seen) == 1  # sent together, before that read
        processing.start_review(db, clerk, numbers[1], on=MON)
    assert len(seen) == 2  # the last one at commit
    with db.reading() as session:
        assert _states(session, numbers[1])[-1] == ("accepted", "in_review")
        events = session.scalar(select(func.count()).select_from(AuditEvent))
    assert events and audit_verify.verify_database(db).ok


def test_a_rehearsal_leaves_nothing_waiting_for_the_next_transaction(hall):
    db, actors = hall
    clerk = actors["clerk"]
    started = intake.start_application(db, clerk, matter_code=FOOD, applicant=_applicant(3),
                                       on=MON)  # fmt: skip
    with db.rehearsal() as session:  # always rolled back (a document's preview)
        app = session.scalars(select(Application).where(Application.number == started.number)).one()
        workflow.add_transition(session, app.id, "received", "refused", MON, clerk.user_id)
        audit.record(session, clerk, "rehearsed", "application", started.number)
    processing_free = intake.start_application(db, clerk, matter_code=FOOD,
                                               applicant=_applicant(4), on=MON)  # fmt: skip
    with db.reading() as session:
        assert _states(session, started.number) == [(None, "received")]
        actions = session.scalars(select(AuditEvent.action)).all()
        assert "rehearsed" not in actions
        assert _states(session, processing_free.number) == [(None, "received")]
    assert audit_verify.verify_database(db).ok


def test_a_savepoint_rolled_back_keeps_what_was_appended_before_it(sqlite_db):
    """A unit of work that tries something in a savepoint (the window counters' read) and has
    it refused keeps the events and transitions it appended before."""
    db = sqlite_db
    with db.transaction() as session:
        audit.record(session, SYSTEM, "before", "application", "1")
        try:
            with session.begin_nested():
                session.execute(text("SELECT no_such_column FROM windows"))
        except DBAPIError:
            pass
        audit.record(session, SYSTEM, "after", "application", "2")
    with db.reading() as session:
        assert session.scalars(select(AuditEvent.action).order_by(AuditEvent.id)).all() == [
            "before",
            "after",
        ]
    assert audit_verify.verify_database(db).ok
