"""Disk full, read-only, locked and corrupt databases: a clear Chinese message, nothing half-saved;
backups daily and on demand round-trip; a damaged file at start offers the latest good backup."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from datetime import date, timedelta

import pytest
import test_security_support as support
from sqlalchemy import event, func, select

from window_app.cli import run
from window_app.services import audit, audit_verify, maintenance, users
from window_app.storage import backup, database, health
from window_app.storage.database import Database
from window_app.storage.errors import Busy, DiskFull, ReadOnly
from window_app.storage.models import AuditEvent, Window


def _counts(db: Database) -> tuple[int, int]:
    with db.reading() as session:
        return (session.scalar(select(func.count()).select_from(Window)),
                session.scalar(select(func.count()).select_from(AuditEvent)))  # fmt: skip


def _with_pragma(db: Database, pragma: str) -> Database:
    faulty = Database(db.url)

    @event.listens_for(faulty.engine, "connect")
    def _on_connect(dbapi_conn, _record):  # noqa: ANN001
        dbapi_conn.execute(pragma)

    return faulty


def test_disk_full(fast_hall):
    db, actors = fast_hall
    before = _counts(db)
    with closing(sqlite3.connect(db.sqlite_path)) as conn:
        pages = conn.execute("PRAGMA page_count").fetchone()[0]
    full = _with_pragma(db, f"PRAGMA max_page_count = {pages}")
    # a unit of work that needs new pages (window names are now limited to 100 characters,
    # so the filler is an audit reason, which has no limit)
    with pytest.raises(DiskFull, match="数据库磁盘空间不足"), full.transaction() as session:
        session.add(Window(number="B09", name="满"))
        audit.record(session, actors["admin"], "window.create", "window", "B09",
                     reason="很长的理由" * 40_000)  # fmt: skip
    full.dispose()
    assert _counts(db) == before
    assert audit_verify.verify_database(db).ok
    users.create_window(db, actors["admin"], "B09", "正常")  # the app keeps running


def test_read_only(fast_hall):
    db, actors = fast_hall
    before = _counts(db)
    ro = _with_pragma(db, "PRAGMA query_only = ON")
    with pytest.raises(ReadOnly, match="数据库为只读"):
        users.create_window(ro, actors["admin"], "B10", "只读")
    ro.dispose()
    assert _counts(db) == before


def test_read_only_file(fast_hall):
    db, actors = fast_hall
    db.dispose()
    url = f"sqlite:///file:{db.sqlite_path}?mode=ro&uri=true"
    ro = Database(url, engine=database.create_engine(url))
    with pytest.raises(ReadOnly, match="数据库为只读"):
        users.create_window(ro, actors["admin"], "B11", "只读")
    ro.dispose()


def test_locked(fast_hall, monkeypatch):
    db, actors = fast_hall
    monkeypatch.setattr(database, "BUSY_TIMEOUT_MS", 200)
    busy_db = Database(db.url)
    before = _counts(db)
    holder = sqlite3.connect(db.sqlite_path, isolation_level=None)
    try:
        holder.execute("BEGIN EXCLUSIVE")
        with pytest.raises(Busy, match="数据库正忙，请稍后重试"):
            users.create_window(busy_db, actors["admin"], "B12", "忙")
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert _counts(db) == before
    users.create_window(busy_db, actors["admin"], "B12", "忙")  # retry succeeds
    busy_db.dispose()


def test_locked_postgres(pg_db):
    from window_app.services.context import SYSTEM

    users.create_window(pg_db, SYSTEM, "P01", "一")
    blocker = pg_db.engine.connect()
    try:
        trans = blocker.begin()
        blocker.exec_driver_sql("LOCK TABLE windows IN ACCESS EXCLUSIVE MODE")
        slow = Database(pg_db.url, engine=database.create_engine(
            pg_db.url, connect_args={"options": "-c lock_timeout=200"}))  # fmt: skip
        with pytest.raises(Busy, match="数据库正忙"):
            users.create_window(slow, SYSTEM, "P02", "二")
        slow.dispose()
        trans.rollback()
    finally:
        blocker.close()


def test_backup_restore_round_trip(fast_hall, tmp_path, capsys):
    db, actors = fast_hall
    saved = tmp_path / "copy.sqlite3"
    admin = support.cli_sign_in(db, "admin1")
    assert run(["db", "backup", str(saved), "--database", db.url, *admin]) == 0
    assert backup.integrity_ok(saved)
    kept = _counts(db)
    users.create_window(db, actors["admin"], "B13", "备份之后")
    assert _counts(db) != kept
    assert run(["db", "restore", str(saved), "--database", db.url, *admin]) == 0
    restored = Database(db.url)
    windows, events = _counts(restored)
    assert (windows, events) == (kept[0], kept[1] + 1)  # the restore is recorded in the chain
    with restored.reading() as session:
        last = session.scalars(select(AuditEvent).order_by(AuditEvent.id.desc())).first()
    assert (last.action, last.username, last.after["backup"]) == (
        "db.restore",
        "admin1",
        saved.name,
    )
    assert audit_verify.verify_database(restored).ok
    restored.dispose()


def test_daily_backup_once_a_day_checked_and_rotated(fast_hall):
    db, _ = fast_hall
    day = date(2026, 3, 2)
    first = maintenance.daily_backup_if_due(db, on=day)
    assert first is not None and backup.integrity_ok(first)
    assert maintenance.daily_backup_if_due(db, on=day) is None
    for i in range(1, backup.KEEP + 3):
        assert maintenance.daily_backup_if_due(db, on=day + timedelta(i)) is not None
    daily = backup.backups(db, "daily")
    assert len(daily) == backup.KEEP
    assert not first.exists()  # oldest rotated away
    with db.reading() as session:
        last = session.scalars(select(AuditEvent).order_by(AuditEvent.id.desc())).first()
    assert last.action == "db.backup"


def test_no_daily_backup_on_postgres(pg_db):
    assert maintenance.daily_backup_if_due(pg_db) is None


@pytest.mark.parametrize("damage", ["header", "page"])
def test_corrupt_file_offers_latest_backup(fast_hall, capsys, damage):
    db, _ = fast_hall
    supervisor = support.cli_sign_in(db, "super1")
    good = maintenance.daily_backup_if_due(db)
    db.dispose()
    path = db.sqlite_path
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    data = bytearray(path.read_bytes())
    if damage == "header":
        data[:100] = b"\x13" * 100
    else:
        page = 4096
        for p in range(2, len(data) // page, 3):
            data[p * page + 8 : p * page + 200] = b"\xff" * 192
    path.write_bytes(bytes(data))
    report = health.check_database(db.url)
    assert not report.ok and report.problem == "corrupt"
    assert "数据库文件已损坏" in report.message
    assert report.english == (
        f"The database file {path} is damaged. It can be restored from the latest backup, "
        f"{good.name}."
    )
    assert report.latest_backup == good
    assert run(["audit", "verify", "--database", db.url, *supervisor]) == 1
    err = capsys.readouterr().err
    assert "数据库文件已损坏" in err and "db restore" in err and str(good) in err
    assert run(["db", "restore", str(good), "--database", db.url]) == 0
    assert health.check_database(db.url).ok
    assert run(["audit", "verify", "--database", db.url, *supervisor]) == 0


def test_healthy_and_missing(tmp_path, sqlite_db):
    assert health.check_database(sqlite_db.url).ok
    missing = health.check_database(f"sqlite:///{tmp_path / 'new.sqlite3'}")
    assert missing.ok and missing.problem == "missing"
    assert missing.english == "The database file does not exist; a new one will be created."


def test_postgres_unreachable():
    report = health.check_database("postgresql+psycopg://nobody@127.0.0.1:1/none")
    assert not report.ok and report.problem == "unavailable"
    assert "无法连接数据库" in report.message
    assert report.english and not any("\u4e00" <= c <= "\u9fff" for c in report.english)


# shared fixtures (seeded once per session, copied per test)
fast_hall, hall_template = support.fast_hall, support.hall_template
