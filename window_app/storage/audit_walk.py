"""Checking a range of the audit chain on its own (issue 22): each event's link depends only on
its own stored columns and its stored `prev_hash`, so ranges of ids verify independently, in
worker processes, and the caller joins them at the ranges' edges (`services.audit_verify.verify`).

A worker imports nothing heavier than this module (and psycopg on PostgreSQL) and reads its
range with the message built by the database (`message_sql`), hashed with HMAC's padded states
copied per row:
- SQLite: the file opened read-only with `sqlite3`, by keyset pages;
- PostgreSQL: its own connection in the caller's exported snapshot (what the caller counted),
  the range read through a server-side cursor in pages of PAGE rows, in binary (`pg_pages`).
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from multiprocessing import util

from .audit_chain import message_sql, pads

PAGE = 20_000


@dataclass
class RangeResult:
    """What a range's edges need to be joined: its first row's (id, prev_hash), its last row's
    (id, hash), and the breaks found inside (the first row's own link checked by the caller)."""

    rows: int = 0
    first: tuple[int, str] | None = None
    last: tuple[int, str] | None = None
    breaks: list[tuple[int, str]] = field(default_factory=list)


class Hasher:
    """HMAC-SHA256 under one key, from its two padded states copied per message: half the cost
    of `hmac.digest`, which sets the key up again on every call."""

    def __init__(self, key: bytes) -> None:
        inner, outer = pads(key)
        self.inner, self.outer = hashlib.sha256(inner), hashlib.sha256(outer)

    def hex(self, message: bytes) -> str:
        h = self.inner.copy()
        h.update(message)
        o = self.outer.copy()
        o.update(h.digest())
        return o.hexdigest()


def check_rows(pages: Iterator[list[tuple]], key: bytes, result: RangeResult) -> None:
    """Check (id, prev_hash, hash, message) rows in key order into `result`."""
    digest = Hasher(key).hex
    breaks = result.breaks
    prev = expected = None
    for page in pages:
        for ident, prev_hash, stored, message in page:
            if expected is None:
                result.first = (ident, prev_hash)
            else:
                if ident != expected:
                    breaks.append((ident, f"rows {expected}..{ident - 1} removed"))
                if prev_hash != prev:
                    breaks.append((ident, "previous-hash link broken (row removed or inserted)"))
            if digest(message) != stored:
                breaks.append((ident, "content does not match its hash (row altered)"))
            prev, expected = stored, ident + 1
        result.rows += len(page)
    if expected is not None:
        result.last = (expected - 1, prev)


def check_range(path: str, key: bytes, first: int, last: int) -> RangeResult:
    """The events with `first` <= id <= `last` of the SQLite file at `path` (a worker)."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    sql = (f"SELECT id, prev_hash, hash, {message_sql('sqlite')} FROM audit_events "
           "WHERE id > ? AND id <= ? ORDER BY id LIMIT ?")  # fmt: skip

    def pages() -> Iterator[list[tuple]]:
        after = first - 1
        while True:
            page = conn.execute(sql, (after, last, PAGE)).fetchall()
            if page:
                yield page
            if len(page) < PAGE:
                return
            after = page[-1][0]

    result = RangeResult()
    try:
        check_rows(pages(), key, result)
    finally:
        conn.close()
    return result


# PostgreSQL: the range through a server-side cursor, rows in binary (psycopg parses ints and
# bytes in C: ≈ 1 µs a row on the client, against ≈ 3 µs for COPY's one message per row).
# ORDER BY the table's column: `id` alone would name the output's `id::int8`, which the
# primary key's order does not give (a sort of every range, spilled to disk).
_PG_RANGE = ("SELECT id::int8, prev_hash::text, hash::text, {message} FROM audit_events "
             "WHERE id >= %s AND id <= %s ORDER BY audit_events.id")  # fmt: skip


def pg_pages(conn, first: int, last: int) -> Iterator[list[tuple]]:  # noqa: ANN001
    """(id, prev_hash, hash, message) of the events `first` <= id <= `last` on a psycopg
    connection, in its transaction, in key order, in pages of PAGE rows: one server-side
    cursor (its FETCHes each a short statement, however long the trail)."""
    sql = _PG_RANGE.replace("{message}", message_sql("postgresql"))
    with conn.cursor("audit_walk", binary=True) as cursor:
        cursor.itersize = PAGE
        cursor.execute(sql, (first, last))
        while page := cursor.fetchmany(PAGE):
            yield page


_pg_conn = None  # a PostgreSQL worker's connection, in the caller's snapshot (`open_pg`)


def open_pg(params: dict, snapshot: str) -> None:
    """A PostgreSQL worker's start: its own connection (`params`: psycopg's keywords, as the
    caller signed in) in a read-only transaction in the caller's exported `snapshot`, kept for
    all its ranges (a connection and its first statement cost ≈ 30 ms) and closed when the
    worker exits."""
    global _pg_conn
    import psycopg
    from psycopg import sql

    conn = psycopg.connect(**params)
    conn.execute("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
    conn.execute(sql.SQL("SET TRANSACTION SNAPSHOT {}").format(snapshot))
    util.Finalize(conn, conn.close, exitpriority=10)
    _pg_conn = conn


def check_pg_range(key: bytes, first: int, last: int) -> RangeResult:
    """The events with `first` <= id <= `last` on PostgreSQL (a worker, after `open_pg`)."""
    result = RangeResult()
    check_rows(pg_pages(_pg_conn, first, last), key, result)
    return result


def pg_params(engine) -> dict | None:  # noqa: ANN001
    """psycopg's connection keywords for a worker: the engine's own (host, database, login and
    password as signed in) with the hall's timeouts (storage.database.postgres_timeouts);
    None: not PostgreSQL."""
    if engine.dialect.name != "postgresql":
        return None
    from .database import postgres_timeouts

    _args, params = engine.dialect.create_connect_args(engine.url)
    params.pop("context", None)  # SQLAlchemy's adapters map: not picklable, not needed
    options = " ".join(f"-c {name}={ms}" for name, ms in postgres_timeouts().items())
    params["options"] = f"{params.get('options', '')} {options}".strip()
    params["autocommit"] = True  # the transaction is begun explicitly, with the snapshot
    return params


def workers() -> int:
    """Worker processes for a verification: one per CPU this process may use, at most 4."""
    try:
        cpus = len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        cpus = os.cpu_count() or 1
    return min(cpus, 4)


def sqlite_file(url) -> str | None:  # noqa: ANN001
    """The SQLite file of a SQLAlchemy URL (None: another engine, or in memory)."""
    if url.get_backend_name() != "sqlite" or url.database in (None, "", ":memory:"):
        return None
    return url.database


def _threads() -> int:
    """This process's threads, native ones included (Qt's are not Python's)."""
    try:
        return len(os.listdir("/proc/self/task"))
    except OSError:  # not Linux
        import threading

        return threading.active_count()


def check_in_parallel(
    source: tuple, key: bytes, low: int, high: int, processes: int, size: int,
    on_result: Callable[[RangeResult], object],
) -> list[RangeResult]:  # fmt: skip
    """Ranges of `size` ids from `low` to `high` checked by `processes` worker processes, in
    order; `on_result` follows each range. `source`: `(path,)` of a SQLite file, or
    `(params, snapshot)` of PostgreSQL (`pg_params`, an exported snapshot that the caller's
    transaction keeps alive until this returns). Forked from a single-threaded process (the command
    line: they start at once and run only `check_range`); a process with other threads (the
    GUI: Qt's and the worker pool's) must not fork, since a lock another thread held would stay
    held in the child, so its workers come from a fresh fork server (or are spawned)."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    starts = list(range(low, high + 1, size))
    ends = [min(s + size - 1, high) for s in starts]
    methods = multiprocessing.get_all_start_methods()
    if "fork" in methods and _threads() == 1:
        method = "fork"
    else:
        method = "forkserver" if "forkserver" in methods else "spawn"
    n = len(starts)
    if len(source) == 1:
        check, args, start = check_range, ([source[0]] * n, [key] * n, starts, ends), {}
    else:
        check, args, start = check_pg_range, ([key] * n, starts, ends), {"initializer": open_pg,
                                                                       "initargs": source}  # fmt: skip
    results = []
    context = multiprocessing.get_context(method)
    with ProcessPoolExecutor(processes, mp_context=context, **start) as pool:
        for result in pool.map(check, *args):
            results.append(result)
            on_result(result)
    return results
