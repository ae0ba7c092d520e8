"""Timing one call against its floor: medians of batched samples, taken in turn with the floor's,
and the raw sqlite3 floor that replays exactly the statements a service sent."""

from __future__ import annotations

import sqlite3
import statistics
import time
from collections.abc import Callable
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import event

from window_app.storage.database import Database

__all__ = ["captured", "median_ms", "paired_median_ms", "versus_raw"]


SAMPLE_S = 0.002  # one timing sample: enough calls to last this long (timer and jitter apart)


def _calls_per_sample(fn: Callable[[], object]) -> int:
    """How many calls of `fn` fill one sample; also warms it (caches, compiled statements)."""
    fn()
    calls = 1
    while True:
        t = time.perf_counter()
        for _ in range(calls):
            fn()
        if time.perf_counter() - t >= SAMPLE_S or calls >= 4096:
            return calls
        calls *= 2


def _sample_ms(fn: Callable[[], object], calls: int) -> float:
    t = time.perf_counter()
    for _ in range(calls):
        fn()
    return (time.perf_counter() - t) * 1000 / calls


def median_ms(fn: Callable[[], object], n: int) -> float:
    """Median ms per call over n samples; a call of tens of microseconds is timed in batches."""
    calls = _calls_per_sample(fn)
    return statistics.median(_sample_ms(fn, calls) for _ in range(n))


def paired_median_ms(
    ours: Callable[[], object], floor: Callable[[], object], n: int
) -> tuple[float, float]:
    """(ours, floor) medians of samples taken in turn, so a change in the machine's load while
    they run moves both sides alike instead of the one measured second."""
    calls = (_calls_per_sample(ours), _calls_per_sample(floor))
    pairs = [(_sample_ms(ours, calls[0]), _sample_ms(floor, calls[1])) for _ in range(n)]
    return statistics.median(p[0] for p in pairs), statistics.median(p[1] for p in pairs)


@contextmanager
def captured(db: Database):
    """The SQL and parameters the service sends to the driver (the floor replays exactly these),
    in the order sent: from SQLAlchemy's engine event (Core and ORM) and from the fast read
    path's statement hook (`Database.on_statement`), which the engine event cannot see."""
    out: list[tuple[str, object]] = []

    def listen(_conn, _cursor, statement, parameters, _context, executemany):  # noqa: ANN001
        # Core's BEGIN has no COMMIT here (that is a DB-API call), so neither is replayed
        if not executemany and not statement.lstrip().upper().startswith(("BEGIN", "PRAGMA")):
            out.append((statement, parameters))

    def hook(statement: str, parameters: object) -> None:  # everything, BEGIN/COMMIT included
        out.append((statement, parameters))

    event.listen(db.engine, "before_cursor_execute", listen)
    db.on_statement.append(hook)
    try:
        yield out
    finally:
        event.remove(db.engine, "before_cursor_execute", listen)
        db.on_statement.remove(hook)


def versus_raw(db: Database, path: Path, fn: Callable[[], object], n: int) -> tuple[float, float]:
    """(ours ms, raw sqlite3 ms): the raw floor runs the same statements and fetches every row."""
    with captured(db) as statements:
        fn()
    raw = sqlite3.connect(path, isolation_level=None)  # autocommit: BEGIN/COMMIT as captured

    def replay() -> None:
        for statement, params in statements:
            raw.execute(statement, params).fetchall()

    ours, floor = paired_median_ms(fn, replay, n)
    raw.close()
    return ours, floor
