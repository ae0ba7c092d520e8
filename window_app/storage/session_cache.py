"""What one unit of work has already read, kept for the rest of it: the calendar, the hall's
settings, a matter's version in force, a department by code. A service call at the window and
a day of the demo's history (`Database.batch`) ask for these many times over; each answer is
read once per session and given back until the session writes one of the tables it came from.

Why this is as true as reading again: inside a write transaction SQLite holds the write lock
(BEGIN IMMEDIATE) and reads one snapshot, so no other window can change what was read; on
PostgreSQL a repeated read could see another window's commit in the middle of the transaction,
and the kept answer is the transaction's first, consistent one. The session's own writes drop
every answer that read a written table: a flush of mapped rows (`after_flush`) and an
ORM-enabled INSERT/UPDATE/DELETE run through the session (`do_orm_execute`). The answers go
with the session (a commit or a rollback ends them too).
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable
from typing import Any, TypeVar

from sqlalchemy import event
from sqlalchemy.orm import ORMExecuteState, Session

T = TypeVar("T")

_CACHE = "window_app.session_cache"
_MISSING = object()


class _Answers:
    def __init__(self) -> None:
        self.values: dict[Hashable, Any] = {}
        self.by_table: dict[str, set[Hashable]] = {}  # the keys that read each table

    def keep(self, key: Hashable, value: Any, tables: Iterable[str]) -> None:
        self.values[key] = value
        for table in tables:
            self.by_table.setdefault(table, set()).add(key)

    def forget(self, written: Iterable[str]) -> None:
        for table in written:
            for key in self.by_table.pop(table, ()):
                self.values.pop(key, None)

    def clear(self) -> None:
        self.values.clear()
        self.by_table.clear()


def _answers(session: Session) -> _Answers:
    answers = session.info.get(_CACHE)
    if answers is None:
        answers = session.info[_CACHE] = _Answers()
        event.listen(session, "after_flush", _after_flush)
        event.listen(session, "do_orm_execute", _on_execute)
        event.listen(session, "after_commit", _drop)
        event.listen(session, "after_soft_rollback", _after_rollback)
    return answers


def cached(session: Session, key: Hashable, tables: Iterable[str], build: Callable[[], T]) -> T:
    """`build()` once per session for `key`, until the session writes one of `tables`."""
    answers = _answers(session)
    value = answers.values.get(key, _MISSING)
    if value is _MISSING:
        value = build()
        answers.keep(key, value, tables)
    return value


def writes_any(session: Session, *models: type) -> bool:
    """Whether the session holds new or changed rows of `models`: a read of their tables
    then needs the autoflush; any other pending row of a step (the application it is
    changing) need not go out before it, and stays in the step's one flush."""
    return any(isinstance(row, models) for row in (*session.new, *session.dirty))


def forget(session: Session, *tables: str) -> None:
    """Drop the answers that read `tables` (a write the hooks cannot see: raw SQL)."""
    answers = session.info.get(_CACHE)
    if answers is not None:
        answers.forget(tables)


def _after_flush(session: Session, flush_context: Any) -> None:
    answers = session.info.get(_CACHE)
    if answers is None or not answers.values:
        return
    # the flush's mappers: every class with a row in it (the unit of work's own record, which
    # unlike session.dirty does not walk the whole identity map)
    answers.forget({table.name for mapper in flush_context.mappers for table in mapper.tables})


def _on_execute(state: ORMExecuteState) -> None:
    if state.is_select:
        return
    answers = state.session.info.get(_CACHE)
    if answers is None or not answers.values:
        return
    table = getattr(state.statement, "table", None)
    if table is None or not hasattr(table, "name"):
        answers.clear()  # a write whose table is not known: forget everything
        return
    answers.forget([table.name])


def _drop(session: Session) -> None:
    answers = session.info.get(_CACHE)
    if answers is not None:
        answers.clear()


def _after_rollback(session: Session, previous_transaction: Any) -> None:
    _drop(session)
