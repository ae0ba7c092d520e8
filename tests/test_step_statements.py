"""What a step at the window costs the database (issue 17: the demo's history goes through these
services): intake writes its rows in one flush, a same-day acceptance asks nothing about
notices, and what is kept instead of read stays true after the session writes. Both engines
(`hall` fixture)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date

from sqlalchemy import event, select
from sqlalchemy.orm import Session

from window_app.core.checklist import Mark
from window_app.core.idcard import check_digit
from window_app.services import accept, checklist, intake, notice
from window_app.storage.models import Application, ApplicationMaterial, Visit

MON = date(2025, 11, 3)
FOOD = "SC-0006"  # four required materials


def _person(seq: str) -> intake.ApplicantInput:
    first = f"44080219900101{seq}"
    return intake.ApplicantInput("person", "王小明", id_number=first + check_digit(first))


@contextmanager
def _watch(db) -> Iterator[tuple[list[set[str]], list[str]]]:  # noqa: ANN001
    """(the tables of each flush that wrote rows, every statement) while inside."""
    flushes: list[set[str]] = []
    statements: list[str] = []

    def _flush(session, context):  # noqa: ANN001
        flushes.append({t.name for m in context.mappers for t in m.tables})

    def _statement(conn, cursor, statement, parameters, context, executemany):  # noqa: ANN001, PLR0913
        statements.append(" ".join(statement.split()))

    event.listen(Session, "after_flush", _flush)
    event.listen(db.engine, "before_cursor_execute", _statement)
    try:
        yield flushes, statements
    finally:
        event.remove(Session, "after_flush", _flush)
        event.remove(db.engine, "before_cursor_execute", _statement)


def test_intake_writes_the_applicant_application_materials_and_visit_in_one_flush(hall):
    db, actors = hall
    with _watch(db) as (flushes, statements):
        started = intake.start_application(db, actors["clerk"], matter_code=FOOD,
                                           applicant=_person("123"), on=MON)  # fmt: skip
    written = [tables for tables in flushes if tables & {"applicants", "applications"}]
    assert len(written) == 1
    assert {"applicants", "applications", "application_materials", "visits"} <= written[0]
    # the visit counted in the application's own INSERT, not an UPDATE after it
    assert not [s for s in statements if s.startswith("UPDATE applications")]
    with db.reading() as session:
        app = session.scalars(select(Application).where(Application.number == started.number)).one()
        assert app.visits == 1
        assert session.scalar(select(Visit.application_id).where(Visit.application_id == app.id))
        keys = session.scalars(
            select(ApplicationMaterial.key)
            .where(ApplicationMaterial.application_id == app.id)
            .order_by(ApplicationMaterial.position)
        ).all()
    assert keys == [row.key for row in started.checklist] and len(keys) == 4


def test_a_same_day_acceptance_asks_nothing_about_notices(hall):
    db, actors = hall
    clerk = actors["clerk"]
    with db.batch():  # a day's work in one transaction, as the demo's history does it
        started = intake.start_application(db, clerk, matter_code=FOOD,
                                           applicant=_person("124"), on=MON)  # fmt: skip
        marks = [Mark(row.key, "received") for row in started.checklist]
        with _watch(db) as (_flushes, statements):
            outcome = accept.accept(db, clerk, started.number, marks=marks, on=MON)
    assert outcome.state == "accepted"
    assert not [s for s in statements if "FROM notices" in s]


def test_what_a_new_application_is_known_to_lack_is_read_again_after_a_notice(hall):
    db, actors = hall
    clerk = actors["clerk"]
    with db.batch():
        started = intake.start_application(db, clerk, matter_code=FOOD,
                                           applicant=_person("125"), on=MON)  # fmt: skip
        with db.reading() as session:
            app = checklist.get_application(session, started.number)
            assert checklist.has_notice(session, app) is False
        keys = [row.key for row in started.checklist]
        notice.issue_notice(db, clerk, started.number,
                            marks=[Mark(k, "received") for k in keys[1:]], on=MON)  # fmt: skip
        with db.reading() as session:
            app = checklist.get_application(session, started.number)
            assert checklist.has_notice(session, app) is True


def test_an_applications_materials_go_out_in_one_insert_with_ids_in_order(hall):
    """SQLite: the ids are the transaction's own (it holds the write lock), so the flush writes
    the materials in one executemany, not one INSERT … RETURNING each; a second application of
    the same transaction continues the ids without reading them again. PostgreSQL: the
    sequence's ids, the rows all there either way."""
    db, actors = hall
    clerk = actors["clerk"]
    with db.batch(), _watch(db) as (_flushes, statements):
        first = intake.start_application(db, clerk, matter_code=FOOD,
                                         applicant=_person("126"), on=MON)  # fmt: skip
        second = intake.start_application(db, clerk, matter_code=FOOD,
                                          applicant=_person("127"), on=MON)  # fmt: skip
    inserts = [s for s in statements if s.startswith("INSERT INTO application_materials")]
    if db.is_sqlite:
        assert len(inserts) == 2  # one per application, four rows each
        assert len([s for s in statements if "max(application_materials.id)" in s]) == 1
    with db.reading() as session:
        rows = {
            number: session.execute(
                select(ApplicationMaterial.id, ApplicationMaterial.key)
                .join(Application, Application.id == ApplicationMaterial.application_id)
                .where(Application.number == number)
                .order_by(ApplicationMaterial.position)
            ).all()
            for number in (first.number, second.number)
        }  # fmt: skip
    assert [k for _i, k in rows[first.number]] == [r.key for r in first.checklist]
    assert [k for _i, k in rows[second.number]] == [r.key for r in second.checklist]
    ids = [i for n in (first.number, second.number) for i, _k in rows[n]]
    assert ids == sorted(ids) and len(set(ids)) == 8
    # a later transaction (a standalone intake) reads the top again and goes on after it
    third = intake.start_application(db, clerk, matter_code=FOOD, applicant=_person("128"),
                                     on=MON)  # fmt: skip
    with db.reading() as session:
        later = session.scalars(
            select(ApplicationMaterial.id)
            .join(Application, Application.id == ApplicationMaterial.application_id)
            .where(Application.number == third.number)
        ).all()
    assert min(later) > max(ids) and len(later) == 4


def test_an_acceptance_writes_its_rows_and_receipt_in_one_flush(hall):
    """The receipt's header reads the matter's department after the step changed the
    application: that read does not flush the step's rows early (two flushes for one step)."""
    db, actors = hall
    clerk = actors["clerk"]
    started = intake.start_application(db, clerk, matter_code=FOOD, applicant=_person("129"),
                                       on=MON)  # fmt: skip
    marks = [Mark(row.key, "received") for row in started.checklist]
    with _watch(db) as (flushes, statements):
        outcome = accept.accept(db, clerk, started.number, marks=marks, on=MON)
    assert outcome.state == "accepted"
    written = [tables for tables in flushes if tables]
    assert len(written) == 1
    assert {"applications", "application_materials", "issued_documents"} <= written[0]
    assert [s for s in statements if "FROM departments" in s]  # it was read, in this step
