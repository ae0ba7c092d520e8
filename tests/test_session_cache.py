"""storage.session_cache: what a unit of work has read (calendar, hall settings, a matter's
version in force, an application by number) is read once per session, and read again as soon
as the session writes a table it came from; on a real SQLite file and a real PostgreSQL."""

from __future__ import annotations

from datetime import date

from sqlalchemy import delete, event, update

from window_app.core.idcard import check_digit
from window_app.services import hall_settings, intake
from window_app.services.calendar import load_calendar
from window_app.services.checklist import get_application
from window_app.storage.models import Application, CalendarDay, CalendarYear, HallSetting

ID = "44080219900101123" + check_digit("44080219900101123")


def _counting(db):  # noqa: ANN001, ANN202
    seen: list[str] = []

    @event.listens_for(db.engine, "before_cursor_execute")
    def _count(_conn, _cursor, statement, *_rest):  # noqa: ANN001, ANN202
        seen.append(" ".join(statement.split()))

    return seen


def _reads(seen: list[str], table: str) -> int:
    return sum(1 for s in seen if s.startswith("SELECT") and f"FROM {table}" in s)


def test_the_calendar_is_read_once_until_the_session_writes_it(any_db):
    seen = _counting(any_db)
    with any_db.transaction() as session:
        first = load_calendar(session)
        assert load_calendar(session) is first
        assert _reads(seen, "calendar_years") == 1
        session.add(CalendarYear(year=2031, source="test"))
        session.flush()
        session.add(CalendarDay(day=date(2031, 1, 6), year=2031, kind="holiday"))
        session.flush()  # a written calendar row: the next call reads again
        again = load_calendar(session)
        assert _reads(seen, "calendar_years") == 2
        assert not again.is_workday(date(2031, 1, 6))  # a Monday, now a holiday
        session.execute(delete(CalendarDay).where(CalendarDay.year == 2031))  # ORM-enabled DML
        assert load_calendar(session).is_workday(date(2031, 1, 6))
        assert _reads(seen, "calendar_years") == 3
    with any_db.transaction() as session:  # a new unit of work reads for itself
        load_calendar(session)
    assert _reads(seen, "calendar_years") == 4


def test_hall_settings_are_read_again_after_they_are_written(any_db):
    seen = _counting(any_db)
    with any_db.transaction() as session:
        assert hall_settings.read_settings(session).hall_name == ""
        hall_settings.read_settings(session)
        assert _reads(seen, "hall_settings") == 1
        session.add(HallSetting(key="hall_name", value="湛江市民服务中心"))
        session.flush()
        assert hall_settings.read_settings(session).hall_name == "湛江市民服务中心"
        assert _reads(seen, "hall_settings") == 2
        session.execute(update(HallSetting).where(HallSetting.key == "hall_name")
                        .values(value="另一个大厅"))  # fmt: skip
        assert hall_settings.read_settings(session).hall_name == "另一个大厅"


def test_a_version_in_force_and_an_application_are_looked_up_once_per_session(hall):
    db, actors = hall
    started = intake.start_application(
        db, actors["clerk"], matter_code="SC-0001",
        applicant=intake.ApplicantInput("person", "张三", id_number=ID),
    )  # fmt: skip
    seen = _counting(db)
    with db.transaction() as session:
        version = intake.version_in_force(session, "SC-0001", date.today())
        assert intake.version_in_force(session, " SC-0001 ", date.today()) is version
        assert _reads(seen, "matter_versions") == 1
        app = get_application(session, started.number, lock=True)
        assert get_application(session, started.number) is app
        # the lock is taken once per transaction; SQLite's write transaction holds the file
        assert _reads(seen, "applications") == 1
        session.execute(
            update(Application).where(Application.id == app.id).values(agent_name="李四")
        )
        assert get_application(session, started.number).agent_name == "李四"
