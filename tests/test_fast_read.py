"""The fast read path (storage/fast_read.py) on a real SQLite file and the real PostgreSQL server:
the same rows and types as SQLAlchemy Core for the lookup and board statements; each read sees
the last commit, a snapshot sees one state; no connection outlives dispose() or a restore; driver
failures reach the clerk as the same Chinese sentences as on the Core path."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from datetime import date, timedelta

import pytest
from sqlalchemy import MetaData, bindparam, func, select, update
from sqlalchemy import exc as sa_exc

from bench import hall_generator
from window_app.core import uscc
from window_app.services import audit, board_sql, demo, lookup, metrics, users
from window_app.services.calendar import load_calendar
from window_app.services.context import SYSTEM
from window_app.storage import backup, database, pii, search
from window_app.storage.database import Database
from window_app.storage.errors import CORRUPT, Busy, Corrupt, Unavailable
from window_app.storage.models import (
    Applicant,
    Application,
    CalendarDay,
    CalendarYear,
    Window,
)

WINDOWS = select(func.count()).select_from(Window)
ORG = uscc.UsccParts("9", "1", "440802", "MA4B0001").compose()


def _core(db: Database, stmt, params: dict | None = None) -> list[tuple]:
    with db.reading_rows() as conn:
        return [tuple(r) for r in conn.execute(stmt, params or {})]


def _same_as_core(db: Database, stmt, params: dict | None = None) -> list[tuple]:
    fast = db.fetch_rows(stmt, params)
    core = _core(db, stmt, params)
    assert fast == core
    assert [[type(v) for v in r] for r in fast] == [[type(v) for v in r] for r in core]
    return fast


@pytest.fixture
def demo_db(any_db) -> Iterator[Database]:
    """A small demo hall (300 applications over 40 days), an organisation, an entered year."""
    hall_generator.generate(any_db, 300, days=40, seed=5)  # in bulk: the size is what counts
    year = date.today().year + 1
    with any_db.transaction() as session:
        first = session.scalar(select(Applicant.id).order_by(Applicant.id).limit(1))
        session.execute(
            update(Applicant)
            .where(Applicant.id == first)
            .values(kind="organisation", uscc=ORG, id_number=None)
        )
        session.add(CalendarYear(year=year, source="test"))
        session.flush()
        session.add(CalendarDay(day=date(year, 1, 1), year=year, kind="holiday"))
        session.add(CalendarDay(day=date(year, 1, 4), year=year, kind="workday"))
    yield any_db


def test_lookup_statements_return_what_core_returns(demo_db):
    db = demo_db
    with db.reading() as session:
        number = session.scalar(select(Application.number).order_by(Application.id).limit(1))
        person = session.execute(
            select(Applicant.id_number, Applicant.phone, Applicant.name)
            .where(Applicant.kind == "person")
            .limit(1)
        ).one()
    # ID and phone numbers are probed by their keyed hash (storage.pii, migration 0019)
    for kind, value in (("number", number), ("id_number", pii.id_hash(person.id_number)),
                        ("uscc", ORG), ("phone", pii.phone_hash(person.phone))):  # fmt: skip
        rows = _same_as_core(db, lookup.EXACT[kind], {"value": value, "limit": 100})
        assert rows, kind
        assert isinstance(rows[0][-1], date)  # received_on: a date, not the stored text
    # name statements are built per call: one compiled shape, each with its own fragment
    dialect = db.engine.dialect.name
    for fragment in (person.name, person.name[-2:]):  # one character is refused (search.py)
        stmt = lookup._statement(search.applicant_name_matches(dialect, fragment))
        assert _same_as_core(db, stmt, {"limit": 100})
    found = lookup.find_applications(db, number)
    assert [r.number for r in found] == [number] and found[0].received_on.year > 2000


def test_board_statements_return_what_core_returns(demo_db):
    db = demo_db
    today = date.today()
    start = today - timedelta(days=40)
    with db.reading() as session:
        calendar = load_calendar(session)
    # the board's statements with their values bound in (built per call) ...
    for stmt in metrics.statements(start, today, today, calendar):
        _same_as_core(db, stmt)
    # ... and the constants the board runs, with the values passed
    assert _same_as_core(db, board_sql.MEASURES, {"start": start, "end": today})
    assert _same_as_core(db, board_sql.LABELS)
    alerts = _same_as_core(db, board_sql.ALERTS, {"warn_before": today + timedelta(days=30)})
    assert alerts and isinstance(alerts[0][4], date)
    with db.read_snapshot() as read:  # the entered calendar, dates and all
        assert load_calendar(read) is calendar  # same rows, so the same cached calendar
    supervisor = users.login(db, "super", demo.DEMO_PASSWORD)
    board = metrics.board(db, supervisor, start, today, on=today)
    with db.reading() as session:
        received = session.scalar(
            select(func.count()).where(Application.received_on.between(start, today))
        )
    assert board.totals.received == received > 0
    assert sum(r.measures.received for r in board.windows) == received


def test_bind_parameters_as_core_takes_them(sqlite_db):
    db = sqlite_db
    stmt = select(Window.number).where(Window.number == bindparam("n")).limit(bindparam("k"))
    with pytest.raises(sa_exc.InvalidRequestError, match="'n'"):
        db.fetch_rows(stmt, {"k": 1})
    users.create_window(db, SYSTEM, "Z1", "一")
    assert db.fetch_rows(stmt, {"n": "Z1", "k": 5}) == [("Z1",)]
    bound = select(Window.number).where(Window.number == bindparam("n", "Z1"))
    assert db.fetch_rows(bound) == [("Z1",)]  # the statement's own value ...
    assert db.fetch_rows(bound, {"n": "none"}) == []  # ... unless the caller passes one


def test_each_read_sees_the_last_commit_and_a_snapshot_one_state(any_db):
    db = any_db
    n = db.fetch_rows(WINDOWS)[0][0]
    users.create_window(db, SYSTEM, "Z1", "一")  # committed on another connection
    assert db.fetch_rows(WINDOWS) == [(n + 1,)]
    with db.read_snapshot() as read:
        assert read.rows(WINDOWS) == [(n + 1,)]
        users.create_window(db, SYSTEM, "Z2", "二")  # commits while the snapshot reads
        assert read.rows(WINDOWS) == [(n + 1,)]
    assert db.fetch_rows(WINDOWS) == [(n + 2,)]


def test_another_windows_write_is_seen_by_the_next_read(sqlite_db):
    db = sqlite_db
    n = db.fetch_rows(WINDOWS)[0][0]
    other = sqlite3.connect(db.sqlite_path, isolation_level=None)  # another counter PC's app
    try:
        other.execute("INSERT INTO windows (number, name) VALUES ('Z3', '三')")
        assert db.fetch_rows(WINDOWS) == [(n + 1,)]
    finally:
        other.close()


def test_no_connection_outlives_dispose_or_restore(sqlite_db, tmp_path):
    db = sqlite_db
    users.create_window(db, SYSTEM, "Z1", "备份之前")
    saved = backup.backup_to(db, tmp_path / "saved.sqlite3")
    users.create_window(db, SYSTEM, "Z2", "备份之后")
    worker = ThreadPoolExecutor(1)  # a Qt worker thread's reads: its connection waits idle
    try:
        after = worker.submit(db.fetch_rows, WINDOWS).result()
        audit.restore(db, saved)  # disposes (closing that idle connection), replaces the file
        assert worker.submit(db.fetch_rows, WINDOWS).result()[0][0] == after[0][0] - 1
        assert db.fetch_rows(WINDOWS)[0][0] == after[0][0] - 1
    finally:
        worker.shutdown()
    with db.read_snapshot() as read:  # a connection in use while dispose() runs ...
        read.rows(WINDOWS)
        db.dispose()
        in_use = read._conn
    with pytest.raises(sqlite3.ProgrammingError, match="closed"):  # ... is closed when handed back
        in_use.execute("SELECT 1")
    assert db.fetch_rows(WINDOWS)[0][0] == after[0][0] - 1  # and the next read opens anew


def test_many_threads_share_the_connections(sqlite_db):
    db = sqlite_db
    users.create_window(db, SYSTEM, "Z1", "一")
    expected = db.fetch_rows(WINDOWS)
    barrier = threading.Barrier(6)

    def reads() -> list:
        barrier.wait()
        return [db.fetch_rows(WINDOWS) for _ in range(200)]

    with ThreadPoolExecutor(6) as pool:
        results = [f.result() for f in [pool.submit(reads) for _ in range(6)]]
    assert all(r == expected for rs in results for r in rs)
    assert len(db._fast._idle) <= 6  # one connection per concurrent reader at most


def test_statement_hook_records_what_the_floor_replays(sqlite_db):
    db = sqlite_db
    users.create_window(db, SYSTEM, "Z1", "一")
    sent: list = []
    db.on_statement.append(lambda sql, params: sent.append((sql, params)))
    with db.read_snapshot() as read:
        ours = read.rows(board_sql.LABELS) + read.rows(WINDOWS)
    db.on_statement.clear()
    assert [sql.split()[0] for sql, _params in sent] == ["BEGIN", "SELECT", "SELECT", "COMMIT"]
    raw = sqlite3.connect(db.sqlite_path, isolation_level=None)
    try:
        replayed = [row for sql, params in sent for row in raw.execute(sql, params).fetchall()]
    finally:
        raw.close()
    assert replayed == ours


def test_a_damaged_file_is_reported_in_words(sqlite_db):
    db = sqlite_db
    db.fetch_rows(WINDOWS)
    db.dispose()
    path = db.sqlite_path
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    data = bytearray(path.read_bytes())
    data[:100] = b"\x13" * 100
    path.write_bytes(bytes(data))
    with pytest.raises(Corrupt, match=CORRUPT):
        db.fetch_rows(WINDOWS)


def test_a_locked_file_is_reported_in_words(sqlite_db, monkeypatch):
    monkeypatch.setattr(database, "BUSY_TIMEOUT_MS", 200)
    sqlite_db.dispose()  # the holder below needs the file to itself
    db = Database(sqlite_db.url)
    holder = sqlite3.connect(sqlite_db.sqlite_path, isolation_level=None)
    try:
        holder.execute("PRAGMA locking_mode=EXCLUSIVE")
        holder.execute("BEGIN EXCLUSIVE")
        holder.execute("INSERT INTO windows (number, name) VALUES ('Z4', '四')")
        with pytest.raises(Busy, match="数据库正忙"):
            db.fetch_rows(WINDOWS)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert db.fetch_rows(WINDOWS) == sqlite_db.fetch_rows(WINDOWS)  # a retry succeeds
    db.dispose()


def test_a_missing_table_is_not_an_environmental_fault(any_db):
    nowhere = Window.__table__.to_metadata(MetaData(), name="no_such_table")
    stmt = select(func.count()).select_from(nowhere)
    with pytest.raises(sa_exc.DBAPIError) as raised:  # what Core raises: not a StorageError
        any_db.fetch_rows(stmt)
    assert "no_such_table" in str(raised.value)
    assert any_db.fetch_rows(WINDOWS)  # the reader goes on


@pytest.mark.postgres
def test_an_unreachable_server_is_reported_in_words(pg_db):
    url = pg_db.engine.url.set(port=1)
    db = Database(url.render_as_string(hide_password=False))
    with pytest.raises(Unavailable, match="无法连接数据库"):
        db.fetch_rows(WINDOWS)
    db.dispose()


def test_warmed_up_first_screens_compile_nothing(demo_db, monkeypatch):
    """After the sign-in warm-up, the work list, the board and an exact lookup run on statements
    already compiled: their first use must not compile (the UI thread is painting then)."""
    from window_app.services import queries
    from window_app.services.warm_up import prepare_hot_statements
    from window_app.storage import fast_read

    prepare_hot_statements(demo_db)

    def no_compiling(*_args, **_kwargs):
        raise AssertionError("a statement was compiled on first use")

    monkeypatch.setattr(fast_read, "_Shape", no_compiling)
    supervisor = users.login(demo_db, "super", demo.DEMO_PASSWORD)
    day = date.today()
    assert queries.work_list(demo_db, supervisor, on=day)  # the demo's open applications
    assert metrics.board(demo_db, supervisor, day, on=day).totals.received >= 0
    number = queries.work_list(demo_db, supervisor, on=day)[0].number
    assert [r.number for r in lookup.find_applications(demo_db, number, kind="number")] == [number]
