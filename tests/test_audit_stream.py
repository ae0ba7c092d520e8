"""Audit verification and export that stream (issue 22): plain rows in key order, one page at
a time; the message each link covers is built by the database from the stored columns, the
same bytes as `audit_chain.message` builds in Python and PL/pgSQL's `audit_append` hashes."""

from __future__ import annotations

import csv
from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import text

from window_app.services import audit, audit_verify
from window_app.services.context import SYSTEM, Actor, Role
from window_app.storage import audit_chain, audit_pages, audit_walk

SUPERVISOR = Actor(user_id=None, username="super", role=Role.SUPERVISOR, display_name="主任")

# What JSON and the hash must not get wrong: quotes, backslashes, control characters (not NUL:
# PostgreSQL text cannot hold it), line and paragraph separators, characters beyond the BMP,
# numbers, nesting, empty and missing values.
AWKWARD = [
    ({"state": "received"}, {"state": "accepted", "on": "2026-03-02"}, "理由"),
    (None, {"名称": '湛江"引号"\\反斜杠', "list": [1, 2.5, None, True]}, None),
    ({"z": 1, "a": {"y": [], "b": {}}}, None, "行1\n行2\t\u2028\u2029\x01\x1f"),
    ({"emoji": "𠮷😀", "": ""}, {"big": 10**20, "neg": -0.5, "f": False}, ""),
    (None, None, "</script>&<>'"),
]


def _record_awkward(db, times: int = 1) -> None:
    with db.transaction() as session:
        for i in range(times):
            for n, (before, after, reason) in enumerate(AWKWARD):
                audit.record(session, SYSTEM, f"test.awkward{n}", "entity", f"{i}-{n}",
                             before=before, after=after, reason=reason)  # fmt: skip


def _stored_rows(session) -> list[dict]:
    """Every event's FIELDS as stored (the time and the JSON as text), and its links."""
    pg = session.get_bind().dialect.name == "postgresql"
    at = f"to_char(at, '{audit_chain.AT_FORMAT_PG}')" if pg else "at"
    js = "::text" if pg else ""
    rows = session.execute(text(
        f'SELECT id, {at} AS at, user_id, username, "window", action, entity, entity_id, '
        f"before{js} AS before, after{js} AS after, reason, prev_hash, hash "
        "FROM audit_events ORDER BY id"
    )).mappings().all()  # fmt: skip
    return [dict(r) for r in rows]


def test_python_and_the_database_build_the_same_message(any_db):
    """The message the database builds for verification (`message_sql`) is, byte for byte,
    `audit_chain.message` of the stored columns; on PostgreSQL the links were computed by
    `audit_append` in PL/pgSQL and verify with Python's HMAC."""
    db = any_db
    _record_awkward(db)
    key = audit.load_key(create=False)
    with db.reading() as session:
        stored = _stored_rows(session)
        walked = [row for page in audit_pages.walk(session) for row in page]
    assert len(stored) == len(walked) >= len(AWKWARD)
    for row, (ident, prev_hash, digest, message) in zip(stored, walked, strict=True):
        assert ident == row["id"] and prev_hash == row["prev_hash"]
        assert message == audit_chain.message(row["prev_hash"], row).encode(), ident
        assert audit_chain.link(key, row["prev_hash"], row) == digest == row["hash"], ident
    assert audit_verify.verify_database(db).ok


def test_verify_reads_pages_and_names_an_altered_row_in_a_later_page(any_db, monkeypatch):
    db = any_db
    _record_awkward(db, times=3)  # 15 events
    monkeypatch.setattr(audit_pages, "VERIFY_CHUNK", 4)  # SQLite's keyset pages
    monkeypatch.setattr(audit_walk, "PAGE", 4)  # PostgreSQL's pages of its server-side cursor
    reports = []
    monkeypatch.setattr(audit_verify, "PROGRESS_EVERY", 5)
    result = audit_verify.verify_database(
        db, progress=lambda done, total: reports.append((done, total))
    )
    assert result.ok and result.events >= 15
    assert reports[-1] == (result.events, result.events)
    # another key: every row of every page fails, none is skipped at a page boundary
    broken = audit_verify.verify_database(db, key=b"k" * 32)
    assert [b.event_id for b in broken.breaks] == list(range(1, result.events + 1))


def test_export_writes_every_page_in_key_order(any_db, tmp_path, monkeypatch):
    db = any_db
    _record_awkward(db, times=3)
    monkeypatch.setattr(audit_pages, "VERIFY_CHUNK", 4)
    pages = []
    out = tmp_path / "audit.csv"
    today = date.today()
    rows = audit.export_csv(db, SUPERVISOR, today - timedelta(days=1), today + timedelta(days=1),
                            out, progress=pages.append)  # fmt: skip
    with out.open(encoding="utf-8-sig", newline="") as fh:
        lines = list(csv.reader(fh))
    ids = [int(line[0]) for line in lines[1:]]
    assert ids == sorted(ids) and len(ids) == rows >= 15
    assert pages == sorted(pages) and pages[-1] == rows and len(pages) >= rows // 4
    assert audit_verify.verify_database(db).ok  # the export's own event extends the chain


def test_the_time_is_hashed_as_sqlite_stores_it():
    at = datetime(2026, 12, 6, 13, 26, 58)
    assert audit_chain.at_text(at) == "2026-12-06 13:26:58.000000"
    assert audit_chain.at_text(at.replace(microsecond=866112)) == "2026-12-06 13:26:58.866112"


def test_fields_cannot_run_into_each_other():
    """Length-prefixed fields: moving text from one column to the next changes the message."""
    row = dict.fromkeys(audit_chain.FIELDS, "")
    row.update(id=1, at="2026-01-01 00:00:00.000000", user_id=None, action="a:b", before=None)
    moved = {**row, "action": "a", "entity": ":b"}
    assert audit_chain.message("0", row) != audit_chain.message("0", moved)
    assert audit_chain.message("0", {**row, "reason": ""}) != audit_chain.message(
        "0", row | {"reason": None}
    )


def test_hmac_pads_are_rfc2104():
    import hashlib
    import hmac

    key, msg = bytes(range(32)), "湛江 message".encode()
    inner, outer = audit_chain.pads(key)
    inner_digest = hashlib.sha256(inner + msg).digest()
    assert hashlib.sha256(outer + inner_digest).digest() == hmac.digest(key, msg, "sha256")


@pytest.fixture
def broken_trail(tmp_path, monkeypatch):
    """A 25-event SQLite trail with a row altered inside a range, one deleted at a range's edge
    and the first rows of a range removed, verified in ranges of 4 from the first event."""
    import sqlite3

    from window_app.storage import migrate
    from window_app.storage.database import Database

    path = tmp_path / "w.sqlite3"
    db = Database(f"sqlite:///{path}")
    migrate.upgrade(db, backup=False)
    _record_awkward(db, times=5)  # 25 events
    with sqlite3.connect(path) as conn:
        conn.execute("DROP TRIGGER audit_events_no_update")
        conn.execute("DROP TRIGGER audit_events_no_delete")
        conn.execute("UPDATE audit_events SET reason = 'x' WHERE id = 6")
        conn.execute("DELETE FROM audit_events WHERE id IN (9, 17, 18)")
    monkeypatch.setattr(audit_verify, "PARALLEL_FROM", 1)
    monkeypatch.setattr(
        audit_verify, "PARALLEL_RANGE", 4
    )  # ranges 1-4, 5-8, 9-12 (9 gone), ..., 17-20 (17, 18 gone)
    yield db
    db.dispose()


def test_ranges_checked_by_workers_name_the_same_breaks_as_one_walk(broken_trail):
    """Worker processes give the very breaks, in order, of the walk in one process."""
    db = broken_trail
    seen = []
    with db.reading() as session:
        one = audit_verify.verify(session, workers=1, anchored=False)
        ranged = audit_verify.verify(session, workers=2, anchored=False,
                              progress=lambda done, total: seen.append(done))  # fmt: skip
    assert ranged == one
    assert [b.event_id for b in one] == [6, 10, 10, 19, 19]
    assert seen == sorted(seen) and len(seen) >= 6 and seen[-1] == 22


def test_a_process_with_other_threads_does_not_fork_its_workers(broken_trail, monkeypatch):
    """The GUI verifies from a worker thread beside Qt's: its workers must not be forked from
    it (a lock another thread holds at the fork stays held in the child), and still agree."""
    import multiprocessing
    import threading

    methods = []
    real = multiprocessing.get_context
    monkeypatch.setattr(
        multiprocessing, "get_context", lambda method=None: methods.append(method) or real(method)
    )
    release = threading.Event()
    other = threading.Thread(target=release.wait)
    other.start()
    try:
        with broken_trail.reading() as session:
            ranged = audit_verify.verify(session, workers=2, anchored=False)
    finally:
        release.set()
        other.join()
    assert methods and "fork" not in methods
    assert [b.event_id for b in ranged] == [6, 10, 10, 19, 19]


@pytest.mark.postgres
def test_a_postgresql_range_is_read_in_the_primary_keys_order_without_a_sort(pg_db):
    """The range's rows come in the primary key's order: no sort of the range (which spilled
    every 50,000-row range to disk when ORDER BY named the output's `id::int8`)."""
    from window_app.storage import audit_walk

    _record_awkward(pg_db)
    sql = audit_walk._PG_RANGE.replace("{message}", audit_chain.message_sql("postgresql"))
    with pg_db.engine.begin() as conn:
        conn.execute(text("SET LOCAL enable_sort = off"))  # a sort only where none can be avoided
        plan = "\n".join(conn.exec_driver_sql("EXPLAIN " + sql, (1, 50_000)).scalars())
    assert "Index Scan using pk_audit_events" in plan and "Sort" not in plan, plan
