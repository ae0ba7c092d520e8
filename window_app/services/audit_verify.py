"""`audit verify`: walk the chain and name every break (a changed, removed or inserted row),
then compare its end with this database's anchor (storage.audit_anchor).

Every event's link covers its stored columns and its stored `prev_hash` only, so a trail of
PARALLEL_FROM events or more is checked in ranges of ids by worker processes
(storage.audit_walk) and the ranges are joined here at their edges; a smaller trail, or one the
workers cannot open, is walked in this process page by page (storage.audit_pages)."""

from __future__ import annotations

import hmac
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from ..storage import audit_pages, audit_walk
from ..storage.audit_anchor import read_anchor
from ..storage.audit_chain import GENESIS, load_key
from ..storage.audit_reseal import RESEALED
from ..storage.database import Database
from ..storage.models import AuditEvent
from .audit import database_identifier

PROGRESS_EVERY = 500  # verify reports its progress every this many events


@dataclass(frozen=True)
class ChainBreak:
    event_id: int
    problem: str


#: a trail of at least this many events is checked in ranges by worker processes (SQLite)
PARALLEL_FROM = 100_000
PARALLEL_RANGE = 50_000  # ids per range: a worker's unit, and the progress's step


def verify(
    session: Session,
    key: bytes | None = None,
    *,
    progress: Callable[[int, int], object] | None = None,
    total: int = 0,
    anchored: bool = True,
    workers: int | None = None,
) -> list[ChainBreak]:
    """Walk the chain; every changed, removed or inserted row shows up as a break.

    `progress(done, total)` is called every `PROGRESS_EVERY` events (every range when workers
    check ranges) and at the end; `anchored=False` skips this database's anchor (a backup is
    checked against the key only). A trail of PARALLEL_FROM events or more (SQLite's file,
    PostgreSQL) is checked by `workers` processes (default: one per CPU, at most 4), ranges
    joined at their edges."""
    return _verify(session, key, progress, total, anchored, workers)[1]


def _verify(
    session: Session,
    key: bytes | None,
    progress: Callable[[int, int], object] | None,
    total: int,
    anchored: bool,
    workers: int | None,
) -> tuple[int, list[ChainBreak]]:
    """`verify`, with the events it walked (the trail's rows: no count of its own needed,
    which on PostgreSQL is another scan of the whole table). `total` unknown: the ids' span."""
    key = key or load_key(create=False)
    low, high = session.execute(select(func.min(AuditEvent.id), func.max(AuditEvent.id))).one()
    total = total or (high - low + 1 if low is not None else 0)
    workers = audit_walk.workers() if workers is None else workers
    source = _range_source(session)
    results = None
    if source and workers > 1 and low is not None and high - low + 1 >= PARALLEL_FROM:
        done = 0

        def ranged(result: audit_walk.RangeResult) -> None:
            nonlocal done
            done += result.rows
            if progress is not None:
                progress(done, max(total, done))

        from concurrent.futures.process import BrokenProcessPool  # (not at every import)

        try:
            results = audit_walk.check_in_parallel(
                source(), key, low, high, workers, PARALLEL_RANGE, ranged
            )
        except BrokenProcessPool:
            # a worker could not start (PostgreSQL: no connection left for it, a snapshot it
            # may not import): the same walk in this process, from the start
            results = None
    if results is None:
        result = audit_walk.RangeResult()
        audit_walk.check_rows(
            _reported(audit_pages.walk(session, low, high), progress, total), key, result
        )
        results = [result]
    breaks: list[ChainBreak] = []
    last = (0, GENESIS)
    for result in results:
        if result.first is not None:
            ident, prev_hash = result.first
            if ident != last[0] + 1:
                breaks.append(ChainBreak(ident, f"rows {last[0] + 1}..{ident - 1} removed"))
            if prev_hash != last[1]:
                breaks.append(ChainBreak(ident, "previous-hash link broken (row removed or inserted)"))  # fmt: skip
            last = result.last
        breaks += (ChainBreak(*b) for b in result.breaks)
    done = sum(r.rows for r in results)
    if progress is not None:
        progress(done, max(total, done))
    if anchored:
        breaks += _check_anchor(session, last[0])
    return done, breaks


def _range_source(session: Session) -> Callable[[], tuple] | None:
    """What range workers read: a SQLite file's path, or PostgreSQL's connection keywords and
    this transaction's exported snapshot (the rows counted here; the transaction, kept open
    while they read, may wait idle meanwhile). None: an engine or a file they cannot open."""
    bind = session.get_bind()
    path = audit_walk.sqlite_file(bind.url)
    if path:
        return lambda: (path,)
    params = audit_walk.pg_params(bind)
    if params is None:
        return None

    def exported() -> tuple:
        session.execute(text("SET LOCAL idle_in_transaction_session_timeout = 0"))
        return params, session.scalar(text("SELECT pg_export_snapshot()"))

    return exported


def _reported(
    pages: Iterator[list[tuple]], progress: Callable[[int, int], object] | None, total: int
) -> Iterator[list[tuple]]:
    """The pages in parts of PROGRESS_EVERY rows, `progress` told after each part is checked."""
    done, step = 0, max(1, PROGRESS_EVERY)
    for page in pages:
        for start in range(0, len(page), step):
            part = page[start : start + step]
            yield part
            done += len(part)
            if progress is not None:
                progress(done, max(total, done))


def _check_anchor(session: Session, last: int) -> list[ChainBreak]:
    anchor = read_anchor(database_identifier(session))
    if anchor is None:
        return []
    ident, digest = anchor
    if last < ident:
        return [ChainBreak(ident, f"rows {last + 1}..{ident} removed (chain ends early)")]
    stored = session.scalar(select(AuditEvent.hash).where(AuditEvent.id == ident))
    if stored is None or hmac.compare_digest(stored, digest):
        return []
    # an anchor kept before migration 0028 re-sealed the chain (which verified the old chain
    # first): its row now carries the new link; the re-seal event says up to where
    resealed = session.scalar(
        select(AuditEvent.before).where(AuditEvent.action == RESEALED).order_by(AuditEvent.id.desc()).limit(1)
    )  # fmt: skip
    if resealed and ident <= resealed.get("head", [0])[0]:
        return []
    return [ChainBreak(ident, "row differs from the head this window saw")]


@dataclass(frozen=True)
class VerifyResult:
    events: int
    breaks: list[ChainBreak]

    @property
    def ok(self) -> bool:
        return not self.breaks


def verify_database(
    db: Database,
    key: bytes | None = None,
    *,
    progress: Callable[[int, int], object] | None = None,
) -> VerifyResult:
    """`audit verify`: the key is loaded first, so a missing key is a clear error, not a break.
    `progress(done, total)` follows the walk (the desk's progress bar)."""
    key = key or load_key(create=False)
    with db.reading() as session:
        return VerifyResult(*_verify(session, key, progress, 0, True, None))
