"""The cheap change counters: windows poll them to know when to refresh.

Two kinds of row in `change_counter` (name -> value):

- `data`, bumped by every audited write (`audit.bump_changes`): what the hall-wide screens (the
  board, the admin pages) watch;
- `window:<window id>`, one per window, bumped at commit by every transaction that wrote an
  application of that window or a row of one (its transitions, notices, materials, documents,
  visits, hand-overs: any mapped row with an `application_id`), a row carrying that
  `window_id`, or an applicant of one of its applications. A window's work list watches only its
  own row, so a write at one window never wakes the others: a city's server answers each
  window's poll and refreshes only that window's writes, whatever the number of windows
  (bench/RESULTS.md "A city on one server").

The window rows are found by an ORM hook (`after_flush` notes what was written, `before_commit`
bumps), so no service has to name the windows it touched. The bumps are one upsert, in the
order of the names, at the end of the transaction: after the audit chain's lock when there is
one, so two writers never wait on each other's counters in opposite orders.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from sqlalchemy import bindparam, event, inspect, or_, select
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session
from sqlalchemy.orm.util import identity_key

from ..storage import models
from ..storage.database import Database
from ..storage.models import ChangeCounter

HALL = "data"  # the hall-wide counter, bumped by every audited write


def window_counter(window_id: int) -> str:
    """The name of one window's counter row."""
    return f"window:{window_id}"


def current(db: Database, name: str = HALL) -> int:
    return read(db, (name,))[0]


# One statement per number of names (a watcher polls one or two), compiled once per Database.
_READS = {
    1: select(ChangeCounter.name, ChangeCounter.value).where(ChangeCounter.name == bindparam("n0")),
    2: select(ChangeCounter.name, ChangeCounter.value).where(
        or_(ChangeCounter.name == bindparam("n0"), ChangeCounter.name == bindparam("n1"))
    ),
}


def read(db: Database, names: Sequence[str]) -> tuple[int, ...]:
    """The values of `names` (0 for a counter never bumped) in one indexed SELECT on the fast
    read path: what a window's poll costs the server."""
    stmt = _READS.get(len(names))
    if stmt is None:
        stmt = select(ChangeCounter.name, ChangeCounter.value).where(
            ChangeCounter.name.in_([bindparam(f"n{i}") for i in range(len(names))])
        )
    values = dict(db.fetch_rows(stmt, {f"n{i}": name for i, name in enumerate(names)}))
    return tuple(values.get(name, 0) for name in names)


def bump(session: Session, names: Iterable[str]) -> None:
    """Add one to each counter in `names` (created at 1), in one upsert, in name order."""
    rows = [{"name": name, "value": 1} for name in sorted(set(names))]
    if not rows:
        return
    # imported here: the work list's first screen loads this module, not the dialects' upserts
    if session.get_bind().dialect.name == "postgresql":
        from sqlalchemy.dialects import postgresql as dialect
    else:
        from sqlalchemy.dialects import sqlite as dialect
    stmt = dialect.insert(ChangeCounter).values(rows)
    stmt = stmt.on_conflict_do_update(
        index_elements=[ChangeCounter.name], set_={"value": ChangeCounter.value + 1}
    )
    session.execute(stmt)


# --- which windows a transaction touched ----------------------------------------------------
_TOUCHED = "changes.touched"


@dataclass
class _Touched:
    windows: set[int] = field(default_factory=set)
    applications: set[int] = field(default_factory=set)
    applicants: set[int] = field(default_factory=set)


def _loaded_model(name: str) -> type | None:
    """A model class if its module has been loaded (storage.models loads each on first use):
    until then no row of it exists, and the sign-in's writes need not load it (issue 22)."""
    module = sys.modules.get(f"{models.__name__}.{models.WHERE[name]}")
    return None if module is None else getattr(module, name, None)


def _is(obj: object, name: str) -> bool:
    cls = _loaded_model(name)
    return cls is not None and isinstance(obj, cls)


def _note(touched: _Touched, obj: object) -> None:
    state = inspect(obj)
    loaded = state.dict  # what the row holds in memory: reading it never loads anything
    if _is(obj, "Applicant"):
        if state.identity:
            touched.applicants.add(state.identity[0])
        return
    window_id = loaded.get("window_id")
    if isinstance(window_id, int):
        touched.windows.add(window_id)
        if not _is(obj, "Application"):
            return  # a row that names its window (a visit, an evaluation, a hand-over batch)
    if _is(obj, "Application"):
        # moved to another window: the one it left refreshes too
        for old in state.attrs.window_id.history.deleted:
            if isinstance(old, int):
                touched.windows.add(old)
        return
    application_id = loaded.get("application_id")
    if isinstance(application_id, int):
        touched.applications.add(application_id)


def _after_flush(session: Session, _context: object) -> None:
    touched = session.info.get(_TOUCHED)
    if touched is None:
        touched = session.info[_TOUCHED] = _Touched()
    for obj in (*session.new, *session.dirty, *session.deleted):
        _note(touched, obj)


def _windows_of(session: Session, touched: _Touched) -> set[int]:
    windows = set(touched.windows)
    if not (touched.applications or touched.applicants):
        return windows
    from ..storage.models import Application  # rows of applications were written: loaded

    unknown = set()
    for application_id in touched.applications:
        known = session.identity_map.get(identity_key(Application, application_id))
        window_id = None if known is None else inspect(known).dict.get("window_id")
        if isinstance(window_id, int):
            windows.add(window_id)
        else:
            unknown.add(application_id)
    where = []
    if unknown:
        where.append(Application.id.in_(sorted(unknown)))
    if touched.applicants:  # a renamed applicant shows at every window it applied at
        where.append(Application.applicant_id.in_(sorted(touched.applicants)))
    if where:
        # In a savepoint: a login that may not read applications (the hall's screens, recording
        # an evaluation) keeps its write; its windows then learn of it from the hall's counter.
        try:
            with session.begin_nested():
                found = session.scalars(
                    select(Application.window_id).where(or_(*where)).distinct()
                ).all()
        except DBAPIError:
            found = []
        windows.update(w for w in found if w is not None)
    return windows


def _before_commit(session: Session) -> None:
    session.flush()  # the last changes are flushed after this hook: note them now
    touched = session.info.pop(_TOUCHED, None)
    if touched is None:
        return
    windows = _windows_of(session, touched)
    if windows:
        bump(session, (window_counter(w) for w in windows))
        session.info.pop(_TOUCHED, None)  # the bump itself is no write to note


def _forget(session: Session, *_args: object) -> None:
    session.info.pop(_TOUCHED, None)


event.listen(Session, "after_flush", _after_flush)
event.listen(Session, "before_commit", _before_commit)
event.listen(Session, "after_rollback", _forget)
