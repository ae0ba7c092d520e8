"""The materials checklist of an application, persisted in ApplicationMaterial.

The rules live in `core.checklist`; this module loads and saves items, records the clerk's marks
and the applicant's return after a one-time notice (a 'correction' visit when in person).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from functools import cache

from sqlalchemy import Select, bindparam, func, select
from sqlalchemy.orm import Session

from ..core.checklist import ChecklistItem, ItemStatus, Mark, apply_marks
from ..core.errors import DomainError
from ..core.states import LABELS_ZH, State
from ..storage import session_cache
from ..storage.database import Database
from ..storage.models import Application, ApplicationMaterial, Notice
from . import audit, workflow
from .context import Actor, Role

__all__ = [
    "INTAKE_ROLES",
    "ApplicationNotFound",
    "ChecklistRow",
    "ItemStatus",
    "Mark",
    "get_application",
    "get_checklist",
    "load_items",
    "mark",
    "record_materials",
    "record_return",
    "require_state",
    "rows_of",
    "save_items",
]

INTAKE_ROLES = (Role.CLERK, Role.SUPERVISOR)


class ApplicationNotFound(DomainError):
    pass


@dataclass(frozen=True)
class ChecklistRow:
    """One checklist line for the GUI."""

    key: str
    name: str
    status: str  # pending | received | missing | defective | waived
    status_label: str
    reason: str | None
    copies_required: int
    copies_received: int
    original: bool
    required: bool
    commitment_replaceable: bool
    on_first_notice: bool
    locked: bool  # received earlier: shown ticked and not editable
    received_on: date | None


@cache
def _by_number(lock: bool) -> Select:
    """The application by number, built once: a statement built per call is also keyed per
    call (SQLAlchemy's cache key), about 60 µs of CPU each time (issue 17)."""
    stmt = select(Application).where(Application.number == bindparam("number"))
    return stmt.with_for_update() if lock else stmt


def get_application(session: Session, number: str, *, lock: bool = False) -> Application:
    number = (number or "").strip()
    # A number never changes hands: the session keeps the id it found for it, and the identity
    # map answers for the row while it is loaded (a batch holds its rows). A lock is taken once
    # per transaction (SQLite's write transaction already holds the whole file).
    known = session_cache.cached(session, ("application", number), (), dict)
    if known and (known["locked"] or not lock or session.get_bind().dialect.name == "sqlite"):
        app = session.get(Application, known["id"])
        if app is not None:
            return app
    app = session.scalars(_by_number(lock), {"number": number}).first()
    if app is not None:
        known.update(id=app.id, locked=lock or bool(known.get("locked")))
    if app is None:
        raise ApplicationNotFound(
            f"申请编号{number}不存在",
            english=f"There is no application number {number}.",
            field="number",
        )
    return app


def require_state(app: Application, *states: State, action: str) -> None:
    if State(app.state) not in states:
        raise DomainError(
            f"申请当前状态为“{LABELS_ZH[State(app.state)]}”，不能{action}",
            english=f"The application is in state “{app.state.replace('_', ' ')}”, so this cannot be done now.",
        )


def has_notice(session: Session, app: Application) -> bool:
    """Whether a one-time notice was issued for `app` (read once per session until it writes
    a notice, storage.session_cache)."""
    return session_cache.cached(
        session, ("has_notice", app.id), (Notice.__tablename__,),
        lambda: session.scalar(select(Notice.id).where(Notice.application_id == app.id)
                               .limit(1)) is not None,
    )  # fmt: skip


def note_new(session: Session, app: Application) -> None:
    """`app` was created in this session: it has no notice (kept like a read of `has_notice`,
    so the same day's acceptance asks nothing; a notice written in the session drops it)."""
    session_cache.cached(session, ("has_notice", app.id), (Notice.__tablename__,), lambda: False)


def load_items(session: Session, app: Application, on: date) -> tuple[ChecklistItem, ...]:
    noticed = has_notice(session, app)
    # the application's own collection: loaded once while the row is held (a batch), kept
    # current by save_items, the one place that adds a material
    rows = sorted(app.materials, key=lambda r: r.position)
    return tuple(
        ChecklistItem(
            key=r.key,
            name=r.name,
            original=r.original,
            copies_required=r.copies_required,
            required=r.required,
            commitment_replaceable=r.commitment_replaceable,
            status=ItemStatus(r.status),
            reason=r.reason,
            copies_received=r.copies_received,
            received_on=r.received_on,
            on_first_notice=r.on_first_notice,
            locked=r.status == ItemStatus.RECEIVED
            and (noticed or (r.received_on is not None and r.received_on < on)),
        )
        for r in rows
    )


_NEXT_MATERIAL = "checklist.next_material_id"


def _material_ids(session: Session, count: int) -> list[int | None]:
    """Ids for `count` new material rows. On SQLite the transaction holds the file's write
    lock (BEGIN IMMEDIATE) and `save_items` is the one place that adds a material, so the
    ids are the app's own, read once per transaction: the flush then writes an application's
    materials in one executemany instead of one INSERT … RETURNING per row (SQLAlchemy
    batches RETURNING on SQLite only with a sentinel column). PostgreSQL: the sequence's."""
    if session.get_bind().dialect.name != "sqlite":
        return [None] * count
    transaction = session.get_transaction()
    held = session.info.get(_NEXT_MATERIAL)
    if held is None or held[0] is not transaction:
        top = session.scalar(
            select(func.max(ApplicationMaterial.id)),
            execution_options={"autoflush": False},  # pending rows of ours carry their ids
        )  # fmt: skip
        held = [transaction, (top or 0) + 1]
        session.info[_NEXT_MATERIAL] = held
    first = held[1]
    held[1] += count
    return list(range(first, first + count))


def save_items(session: Session, app: Application, items: Sequence[ChecklistItem]) -> None:
    existing = {r.key: r for r in app.materials}
    new = [item.key for item in items if item.key not in existing]
    ids = iter(_material_ids(session, len(new)) if new else ())
    for position, item in enumerate(items):
        row = existing.get(item.key)
        if row is None:
            row = ApplicationMaterial(id=next(ids), key=item.key, position=position)
            app.materials.append(row)
        row.name = item.name
        row.original = item.original
        row.required = item.required
        row.commitment_replaceable = item.commitment_replaceable
        row.status = str(item.status)
        row.reason = item.reason
        row.copies_required = item.copies_required
        row.copies_received = item.copies_received
        row.on_first_notice = item.on_first_notice
        row.received_on = item.received_on
    # no flush of its own: the rows go out with the unit of work's next flush (before any
    # query that reads them, or at its end), together with the step's other rows


def rows_of(items: Iterable[ChecklistItem]) -> tuple[ChecklistRow, ...]:
    return tuple(
        ChecklistRow(
            key=i.key,
            name=i.name,
            status=str(i.status),
            status_label=i.status_label,
            reason=i.reason,
            copies_required=i.copies_required,
            copies_received=i.copies_received,
            original=i.original,
            required=i.required,
            commitment_replaceable=i.commitment_replaceable,
            on_first_notice=i.on_first_notice,
            locked=i.locked,
            received_on=i.received_on,
        )
        for i in items
    )


def mark(
    session: Session,
    actor: Actor,
    app: Application,
    marks: Iterable[Mark],
    on: date,
    *,
    allow_reopen: bool = False,
) -> tuple[ChecklistItem, ...]:
    """Apply marks inside the caller's transaction; audited when anything changed."""
    marks = list(marks)
    before = load_items(session, app, on)
    after = apply_marks(before, marks, on, allow_reopen=allow_reopen)
    if after != before:
        save_items(session, app, after)
        changed = {a.key: str(a.status) for a, b in zip(after, before, strict=True) if a != b}
        audit.record(
            session, actor, "application.materials", "application", app.number, after=changed
        )
    return after


def get_checklist(db: Database, number: str, *, on: date | None = None) -> tuple[ChecklistRow, ...]:
    with db.reading() as session:
        app = get_application(session, number)
        return rows_of(load_items(session, app, on or date.today()))


def record_materials(
    db: Database, actor: Actor, number: str, marks: Iterable[Mark], *, on: date | None = None
) -> tuple[ChecklistRow, ...]:
    """Save the clerk's marks during a visit (application received or in correction)."""
    actor.require(*INTAKE_ROLES)
    day = on or date.today()
    with db.transaction() as session:
        app = get_application(session, number, lock=True)
        require_state(app, State.RECEIVED, State.CORRECTION, action="核验材料")
        mark(session, actor, app, marks, day)
        return rows_of(load_items(session, app, day))


def record_return(
    db: Database,
    actor: Actor,
    number: str,
    marks: Iterable[Mark] = (),
    *,
    in_person: bool = True,
    on: date | None = None,
) -> tuple[ChecklistRow, ...]:
    """The applicant brings corrections after a notice: the checklist resumes where it was.

    Items received before stay received (never asked twice); an in-person return is a visit.
    """
    actor.require(*INTAKE_ROLES)
    day = on or date.today()
    with db.transaction() as session:
        app = get_application(session, number, lock=True)
        require_state(app, State.CORRECTION, action="登记补正")
        if in_person:
            workflow.record_visit(session, actor, app, "correction", day)
        audit.record(
            session, actor, "application.return", "application", app.number,
            after={"in_person": in_person},
        )  # fmt: skip
        mark(session, actor, app, marks, day)
        return rows_of(load_items(session, app, day))
