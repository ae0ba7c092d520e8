"""Issue 15 part 3: timeouts instead of hangs. A PostgreSQL session holding the audit chain's
lock cannot stall the hall; on SQLite read-only commands never wait for the write lock and a
busy write says so in a sentence."""

from __future__ import annotations

import sqlite3
import time
from contextlib import closing

import pytest
from conftest import cli_sign_in
from sqlalchemy import create_engine, text

from window_app import cli
from window_app.services import audit, users
from window_app.services.context import SYSTEM
from window_app.storage.database import Database, postgres_timeouts
from window_app.storage.errors import Busy

pytestmark = pytest.mark.timeout(120)


def test_postgres_sessions_carry_the_timeouts(pg_db):
    with pg_db.engine.connect() as conn:
        shown = {name: conn.execute(text(f"SHOW {name}")).scalar() for name in postgres_timeouts()}
    assert shown == {"lock_timeout": "10s", "statement_timeout": "2min",
                     "idle_in_transaction_session_timeout": "1min"}  # fmt: skip


def test_a_session_holding_the_chain_lock_cannot_stall_the_hall(pg_db, monkeypatch):
    monkeypatch.setenv("WINDOW_APP_PG_LOCK_TIMEOUT", "1000")
    monkeypatch.setenv("WINDOW_APP_PG_IDLE_IN_TRANSACTION_SESSION_TIMEOUT", "3000")
    window = Database(pg_db.url)
    # someone at a window opens psql, takes the chain lock and goes to lunch
    holder = create_engine(pg_db.url)  # a plain connection, as psql would be
    conn = holder.connect()
    conn.execute(text("SET idle_in_transaction_session_timeout = 3000"))
    conn.execute(text("BEGIN"))
    conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": audit._PG_CHAIN_LOCK})  # noqa: SLF001
    try:
        started = time.monotonic()
        with pytest.raises(Busy, match="数据库正忙"):
            users.create_window(window, SYSTEM, "T01", "超时窗口")
        assert time.monotonic() - started < 5
        time.sleep(3.5)  # the idle session is ended by the server and its lock released
        users.create_window(window, SYSTEM, "T01", "超时窗口")
    finally:
        conn.invalidate()
        holder.dispose()
        window.dispose()


def _hold_write_lock(path):
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("BEGIN IMMEDIATE")
    conn.execute("INSERT INTO windows (number, name) VALUES ('Z9', '持锁')")
    return conn


def test_sqlite_reads_never_wait_and_a_busy_write_says_so(sqlite_hall, capsys, monkeypatch):
    db, _ = sqlite_hall
    admin = cli_sign_in(db, "admin1")
    db.dispose()
    monkeypatch.setenv("WINDOW_APP_SQLITE_BUSY_TIMEOUT", "1500")
    with closing(_hold_write_lock(db.sqlite_path)):
        started = time.monotonic()
        assert cli.run(["workdays", "add", "2026-09-30", "1", "--database", db.url]) == 0
        assert cli.run(["catalog", "list", "--database", db.url]) == 0
        assert time.monotonic() - started < 3  # no wait for the write lock
        capsys.readouterr()
        started = time.monotonic()
        assert cli.run(["users", "window-add", "Z8", "八号", "--database", db.url, *admin]) == 1
        assert time.monotonic() - started < 10
        err = capsys.readouterr().err
        assert "数据库正忙" in err and "Traceback" not in err
