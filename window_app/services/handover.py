"""Hand-over (移交) of accepted applications to their approving department, and receipt.

The window gathers a department's accepted applications into a batch and prints the hand-over
list (移交清单: one Code128 for the batch, one per application). The department signs for it by
scanning the batch's code (every item) or each application's code; every move of the file is a
custody event (who held it, from when), and every change is audited.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from functools import cache

from sqlalchemy import Select, bindparam, select
from sqlalchemy.orm import Session

from ..core.errors import DomainError
from ..core.states import State
from ..storage.base import as_local, utcnow
from ..storage.database import Database
from ..storage.models import (
    Applicant,
    Application,
    CustodyEvent,
    Department,
    HandoverBatch,
    HandoverItem,
    Matter,
    MatterVersion,
    User,
    Window,
)
from . import audit, numbering
from .context import Actor, Role

HANDOVER_ROLES = (Role.CLERK, Role.SUPERVISOR)  # the window hands over
RECEIVE_ROLES = (Role.REVIEWER,)  # the department signs for it
READ_ROLES = (Role.CLERK, Role.SUPERVISOR, Role.ADMINISTRATOR, Role.REVIEWER)
# accepted and not yet decided: what a department can still decide
HANDABLE = (State.ACCEPTED, State.IN_REVIEW, State.SUSPENDED)


class HandoverError(DomainError):
    pass


@dataclass(frozen=True)
class HandoverLine:
    number: str
    matter_code: str
    matter: str
    applicant: str
    accepted_on: date | None
    promised_deadline: date | None
    received: bool


@dataclass(frozen=True)
class Batch:
    number: str
    department_code: str
    department: str
    created_on: date
    created_by: str
    window: str
    received: bool
    items: tuple[HandoverLine, ...]


@dataclass(frozen=True)
class Receipt:
    batch: str
    received: tuple[str, ...]  # application numbers signed for by this scan
    already: tuple[str, ...]  # scanned again: signed for earlier
    batch_complete: bool


@dataclass(frozen=True)
class CustodyRow:
    since: datetime
    holder: str  # window | department
    department_code: str
    event: str  # handed_over | received | returned
    username: str
    batch: str


@cache
def _holder() -> Select:
    """`held_by_department`'s statement: every decision asks, built once (issue 17)."""
    return select(HandoverItem.department_code).where(
        HandoverItem.application_id == bindparam("application"),
        HandoverItem.returned_at.is_(None),
    )


def held_by_department(session: Session, application_id: int) -> str:
    """The department holding the application now (handed over, not returned), else ""."""
    code = session.scalars(_holder(), {"application": application_id}).first()
    return code or ""


def department_of(session: Session, app: Application) -> str:
    """The approving department of an application (its matter's, in the catalogue)."""
    return session.execute(
        select(Department.code)
        .join(Matter, Matter.department_id == Department.id)
        .join(MatterVersion, MatterVersion.matter_id == Matter.id)
        .where(MatterVersion.id == app.matter_version_id)
    ).scalar_one()


def _department(session: Session, code: str) -> Department:
    dept = session.scalars(select(Department).where(Department.code == code)).first()
    if dept is None:
        raise HandoverError(
            f"部门{code}不在事项目录中",
            english=f"Department {code} is not in the catalogue.",
            field="department",
        )
    return dept


def _custody(
    session: Session, actor: Actor, app_id: int, holder: str, event: str, code: str,
    batch_id: int | None, at: datetime,
) -> None:  # fmt: skip
    session.add(
        CustodyEvent(
            application_id=app_id, holder=holder, department_code=code, event=event,
            batch_id=batch_id, user_id=actor.user_id, username=actor.username, since=at,
        )
    )  # fmt: skip


def record_return(session: Session, actor: Actor, item: HandoverItem, at: datetime) -> None:
    """The department's decision sends the file back to the window (统一出件)."""
    item.returned_at = at
    _custody(session, actor, item.application_id, "window", "returned", item.department_code,
             item.batch_id, at)  # fmt: skip


def pending(db: Database, actor: Actor, department_code: str) -> list[str]:
    """Application numbers the window can hand to `department_code` now, oldest first."""
    actor.require(*HANDOVER_ROLES)
    with db.reading() as session:
        return [a.number for a in _pending(session, department_code)]


@dataclass(frozen=True)
class Waiting:
    """A department with accepted applications the window has not handed over yet."""

    code: str
    name: str
    count: int


def waiting(db: Database, actor: Actor) -> list[Waiting]:
    """Departments with applications to hand over, by catalogue order of their code."""
    actor.require(*HANDOVER_ROLES)
    with db.reading() as session:
        out = []
        for dept in session.scalars(select(Department).order_by(Department.code)):
            count = len(_pending(session, dept.code))
            if count:
                out.append(Waiting(dept.code, dept.name, count))
        return out


def pending_lines(db: Database, actor: Actor, department_code: str) -> list[HandoverLine]:
    """What the next hand-over list to `department_code` would hold, oldest first."""
    actor.require(*HANDOVER_ROLES)
    with db.reading() as session:
        return [
            _line(
                app,
                session.get(MatterVersion, app.matter_version_id),
                session.get(Applicant, app.applicant_id),
                received=False,
            )  # fmt: skip
            for app in _pending(session, department_code)
        ]


def _line(
    app: Application, version: MatterVersion, person: Applicant, *, received: bool
) -> HandoverLine:
    return HandoverLine(
        number=app.number,
        matter_code=version.definition.get("code", ""),
        matter=version.definition.get("name", ""),
        applicant=person.name,
        accepted_on=app.accepted_on,
        promised_deadline=app.promised_deadline,
        received=received,
    )


def _pending(session: Session, department_code: str) -> list[Application]:
    open_items = select(HandoverItem.application_id).where(HandoverItem.returned_at.is_(None))
    decided = select(HandoverItem.application_id).where(HandoverItem.outcome.is_not(None))
    return list(
        session.scalars(
            select(Application)
            .join(MatterVersion, MatterVersion.id == Application.matter_version_id)
            .join(Matter, Matter.id == MatterVersion.matter_id)
            .join(Department, Department.id == Matter.department_id)
            .where(
                Department.code == department_code,
                Application.state.in_([str(s) for s in HANDABLE]),
                Application.id.not_in(open_items),
                Application.id.not_in(decided),
            )
            .order_by(Application.accepted_on, Application.number)
        )
    )


def create_batch(
    db: Database, actor: Actor, department_code: str, *, on: date | None = None
) -> Batch:
    """Every application waiting for `department_code` goes on one new hand-over list."""
    actor.require(*HANDOVER_ROLES)
    department_code = (department_code or "").strip().upper()
    on = on or date.today()
    with db.transaction() as session:
        _department(session, department_code)
        apps = _pending(session, department_code)
        if not apps:
            raise HandoverError(
                f"部门{department_code}没有待移交的已受理申请",
                english=f"No accepted application is waiting to be handed over to department {department_code}.",
            )
        serial = numbering.next_value(session, f"handover-{on:%Y%m%d}")
        batch = HandoverBatch(
            number=f"YJ{on:%Y%m%d}-{serial:03d}", department_code=department_code,
            created_on=on, created_by=actor.user_id, window_id=actor.window_id,
        )  # fmt: skip
        session.add(batch)
        session.flush()
        at = utcnow()
        for app in apps:
            session.add(HandoverItem(batch_id=batch.id, application_id=app.id,
                                     department_code=department_code, handed_at=at))  # fmt: skip
            _custody(session, actor, app.id, "department", "handed_over", department_code,
                     batch.id, at)  # fmt: skip
        session.flush()
        audit.record(
            session, actor, "handover.create", "handover", batch.number,
            after={"department": department_code, "applications": [a.number for a in apps]},
        )  # fmt: skip
        return _batch(session, batch)


def _batch(session: Session, batch: HandoverBatch) -> Batch:
    dept = _department(session, batch.department_code)
    rows = session.execute(
        select(HandoverItem, Application, MatterVersion, Applicant)
        .join(Application, Application.id == HandoverItem.application_id)
        .join(MatterVersion, MatterVersion.id == Application.matter_version_id)
        .join(Applicant, Applicant.id == Application.applicant_id)
        .where(HandoverItem.batch_id == batch.id)
        .order_by(Application.number)
    ).all()
    creator = session.get(User, batch.created_by) if batch.created_by else None
    window = session.get(Window, batch.window_id) if batch.window_id else None
    return Batch(
        number=batch.number,
        department_code=batch.department_code,
        department=dept.name,
        created_on=batch.created_on,
        created_by=creator.display_name if creator else "",
        window=f"{window.number} {window.name}" if window else "",
        received=batch.received_at is not None,
        items=tuple(
            _line(app, version, person, received=item.received_at is not None)
            for item, app, version, person in rows
        ),
    )


def get_batch(db: Database, actor: Actor, number: str) -> Batch:
    actor.require(*READ_ROLES)
    with db.reading() as session:
        batch = _find_batch(session, number)
        actor.require_department(batch.department_code)
        return _batch(session, batch)


def _find_batch(session: Session, number: str) -> HandoverBatch:
    batch = session.scalars(
        select(HandoverBatch).where(HandoverBatch.number == number.strip().upper())
    ).first()
    if batch is None:
        raise HandoverError(
            f"没有编号为{number}的移交清单",
            english=f"There is no hand-over list numbered {number}.",
        )
    return batch


def list_batches(db: Database, actor: Actor, department_code: str | None = None) -> list[Batch]:
    """Hand-over lists, newest first; a reviewer sees only their department's."""
    actor.require(*READ_ROLES)
    if actor.role is Role.REVIEWER:
        department_code = actor.department_code
    with db.reading() as session:
        query = select(HandoverBatch).order_by(HandoverBatch.id.desc())
        if department_code:
            query = query.where(HandoverBatch.department_code == department_code)
        return [_batch(session, b) for b in session.scalars(query)]


def receive(db: Database, actor: Actor, code: str) -> Receipt:
    """The department signs for a scanned code: a batch's (every item) or one application's."""
    actor.require(*RECEIVE_ROLES)
    code = (code or "").strip().upper()
    if not code:
        raise HandoverError("请扫描移交清单或申请编号的条码",
                            english="Please scan the hand-over list's or an application's barcode.")  # fmt: skip
    with db.transaction() as session:
        if code.startswith("YJ"):
            batch = _find_batch(session, code)
            items = list(session.scalars(
                select(HandoverItem).where(HandoverItem.batch_id == batch.id)
            ))  # fmt: skip
        else:
            found = session.execute(
                select(HandoverItem, HandoverBatch)
                .join(Application, Application.id == HandoverItem.application_id)
                .join(HandoverBatch, HandoverBatch.id == HandoverItem.batch_id)
                .where(Application.number == code)
                .order_by(HandoverItem.id.desc())
            ).first()
            if found is None:
                raise HandoverError(f"申请{code}不在任何移交清单上",
                                    english=f"Application {code} is not on any hand-over list.")  # fmt: skip
            items, batch = [found[0]], found[1]
        actor.require_department(batch.department_code)
        at = utcnow()
        numbers = dict(session.execute(
            select(Application.id, Application.number)
            .where(Application.id.in_([i.application_id for i in items]))
        ).all())  # fmt: skip
        received, already = [], []
        for item in items:
            if item.received_at is not None:
                already.append(numbers[item.application_id])
                continue
            item.received_at, item.received_by = at, actor.user_id
            _custody(session, actor, item.application_id, "department", "received",
                     batch.department_code, batch.id, at)  # fmt: skip
            received.append(numbers[item.application_id])
        session.flush()
        complete = all(i.received_at is not None for i in session.scalars(
            select(HandoverItem).where(HandoverItem.batch_id == batch.id)))  # fmt: skip
        if complete and batch.received_at is None:
            batch.received_at, batch.received_by = at, actor.user_id
        if received:
            audit.record(session, actor, "handover.receive", "handover", batch.number,
                         after={"applications": received, "scanned": code})  # fmt: skip
        return Receipt(batch.number, tuple(sorted(received)), tuple(sorted(already)), complete)


def custody(db: Database, actor: Actor, number: str) -> list[CustodyRow]:
    """Who held the application's file, from when (oldest first)."""
    actor.require(*READ_ROLES)
    with db.reading() as session:
        app = session.scalars(select(Application).where(Application.number == number)).first()
        if app is None:
            raise HandoverError(f"申请{number}不存在", english=f"There is no application {number}.")
        if actor.role is Role.REVIEWER:
            actor.require_department(department_of(session, app))
        rows = session.execute(
            select(CustodyEvent, HandoverBatch.number)
            .outerjoin(HandoverBatch, HandoverBatch.id == CustodyEvent.batch_id)
            .where(CustodyEvent.application_id == app.id)
            .order_by(CustodyEvent.since, CustodyEvent.id)
        ).all()
        clerk = session.get(User, app.clerk_id)
        # stored in UTC (utcnow), shown in the hall's local time like every other time
        first = CustodyRow(as_local(app.received_at), "window", "", "accepted", clerk.username, "")
        return [first] + [
            CustodyRow(
                as_local(c.since), c.holder, c.department_code, c.event, c.username, batch or ""
            )  # fmt: skip
            for c, batch in rows
        ]
