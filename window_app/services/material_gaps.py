"""容缺受理 (acceptance with a minor gap): issue 19.

Where the catalogue marks a material 可容缺 (`gap_tolerable`), the window may accept with it
missing against the applicant's written commitment to bring it by a date, printed on the
receipt (`accept.accept(..., gaps={key: day})` calls `record_in`). Each such item is tracked
here: reminders before the date (`reminders`, on the work list and the board), and no decision
— by the window or the department — until it arrives (`supply`) or a supervisor waives it with
a reason (`waive`, audited). A withdrawal is not a decision and is never held back.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from functools import cache

from sqlalchemy import Select, bindparam, select
from sqlalchemy.orm import Session

from ..core.checklist import ChecklistItem, ItemStatus
from ..core.errors import DomainError
from ..core.states import State
from ..storage.database import Database
from ..storage.models import Application, ApplicationMaterial, MaterialGap, MatterVersion
from . import audit
from .checklist import INTAKE_ROLES, get_application
from .context import Actor, Role

__all__ = [
    "INTAKE_ROLES",
    "OPEN_STATES",
    "REMIND_DAYS",
    "Gap",
    "GapsOpen",
    "gaps_of",
    "record_in",
    "reminders",
    "require_closed",
    "supply",
    "tolerable",
    "tolerable_of",
    "waive",
]

REMIND_DAYS = 3  # calendar days before the promised date the reminder shows
# The states in which the file still waits for a decision.
OPEN_STATES = (State.ACCEPTED, State.IN_REVIEW, State.SUSPENDED)
STATUS_ZH = {"open": "待补交", "supplied": "已补交", "waived": "已免于补交"}


class GapsOpen(DomainError):
    pass


@dataclass(frozen=True)
class Gap:
    number: str
    key: str
    material: str
    promised_by: date
    status: str  # open | supplied | waived
    closed_on: date | None
    waiver_reason: str | None
    days_left: int  # calendar days to the promised date (negative: late)

    @property
    def overdue(self) -> bool:
        return self.status == "open" and self.days_left < 0

    @property
    def status_zh(self) -> str:
        return "逾期未补交" if self.overdue else STATUS_ZH[self.status]


def tolerable(definition: Mapping) -> dict[str, str]:
    """The matter's 可容缺 materials: key → name (from the frozen definition)."""
    return {m["key"]: m["name"] for m in definition["materials"] if m.get("gap_tolerable")}


def tolerable_of(db: Database, number: str) -> dict[str, str]:
    """The 可容缺 materials of an application's matter version: key → name."""
    with db.reading() as session:
        app = get_application(session, number)
        return tolerable(session.get(MatterVersion, app.matter_version_id).definition)


def record_in(
    session: Session,
    actor: Actor,
    app: Application,
    definition: Mapping,
    items: Sequence[ChecklistItem],
    gaps: Mapping[str, date],
    on: date,
) -> tuple[MaterialGap, ...]:
    """Validate and record the items accepted missing (inside the acceptance's transaction)."""
    allowed = tolerable(definition)
    by_key = {i.key: i for i in items}
    rows = []
    for key, promised_by in gaps.items():
        item = by_key.get(key)
        if item is None:
            raise DomainError(
                f"清单中没有材料“{key}”",
                english=f"The checklist has no material “{key}”.",
                field=key,
            )
        if key not in allowed:
            raise DomainError(
                f"材料“{item.name}”不是可容缺材料，须收取后才能受理",
                english=f"The material “{item.name}” is not marked as one that may follow later; it must be received before acceptance.",
                field=key,
            )
        if item.status is ItemStatus.RECEIVED:
            raise DomainError(
                f"材料“{item.name}”已收取，无需容缺",
                english=f"The material “{item.name}” has been received; there is no gap to accept.",
                field=key,
            )
        if not isinstance(promised_by, date) or promised_by <= on:
            raise DomainError(
                f"材料“{item.name}”的承诺补交日期须晚于今天",
                english=f"The date by which “{item.name}” will be brought must be after today.",
                field=key,
            )
        row = MaterialGap(
            application_id=app.id,
            material_key=key,
            material_name=item.name,
            promised_by=promised_by,
            status="open",
            accepted_by=actor.user_id,
        )
        session.add(row)
        rows.append(row)
    if rows:
        session.flush()
        audit.record(
            session, actor, "application.gap_accept", "application", app.number,
            after={r.material_key: r.promised_by.isoformat() for r in rows},
        )  # fmt: skip
    return tuple(rows)


def _gap(number: str, row: MaterialGap, on: date) -> Gap:
    return Gap(
        number=number,
        key=row.material_key,
        material=row.material_name,
        promised_by=row.promised_by,
        status=row.status,
        closed_on=row.closed_on,
        waiver_reason=row.waiver_reason,
        days_left=(row.promised_by - on).days,
    )


def gaps_of(db: Database, number: str, *, on: date | None = None) -> list[Gap]:
    """Every gap of one application (open and closed), in checklist order of acceptance."""
    on = on or date.today()
    with db.reading() as session:
        app = get_application(session, number)
        rows = session.scalars(
            select(MaterialGap).where(MaterialGap.application_id == app.id).order_by(MaterialGap.id)
        )
        return [_gap(app.number, r, on) for r in rows]


def reminders(
    db: Database, actor: Actor, *, on: date | None = None, within_days: int | None = REMIND_DAYS
) -> list[Gap]:
    """Open gaps due within `within_days` (None: all open), late ones included, by date."""
    actor.require(*INTAKE_ROLES)
    on = on or date.today()
    with db.reading() as session:
        stmt = (
            select(MaterialGap, Application.number)
            .join(Application, Application.id == MaterialGap.application_id)
            .where(MaterialGap.status == "open")
            .order_by(MaterialGap.promised_by, Application.number)
        )
        gaps = [_gap(number, row, on) for row, number in session.execute(stmt)]
    if within_days is None:
        return gaps
    return [g for g in gaps if g.days_left <= within_days]


@cache
def _open_gaps() -> Select:
    """`require_closed`'s statement: every decision asks, built once (issue 17)."""
    return (
        select(MaterialGap.material_name)
        .where(MaterialGap.application_id == bindparam("application"),
               MaterialGap.status == "open")
        .order_by(MaterialGap.id)
    )  # fmt: skip


def require_closed(session: Session, app: Application) -> None:
    """No decision while a 容缺 material is still owed (the caller's transaction)."""
    names = session.scalars(_open_gaps(), {"application": app.id}).all()
    if names:
        listed = "、".join(f"“{n}”" for n in names)
        raise GapsOpen(
            f"容缺材料尚未补交：{listed}。补交或经科长免于补交后才能作出决定",
            english=f"Materials accepted as a minor gap have not been brought yet: {listed}. "
            "The application can be decided once they arrive or a supervisor waives them.",
            field="gaps",
        )


def _open_gap(session: Session, number: str, key: str) -> tuple[Application, MaterialGap]:
    app = get_application(session, number, lock=True)
    row = session.scalars(
        select(MaterialGap).where(
            MaterialGap.application_id == app.id, MaterialGap.material_key == (key or "").strip()
        )
    ).first()
    if row is None:
        raise DomainError(
            f"申请{app.number}没有容缺材料“{key}”",
            english=f"Application {app.number} has no material “{key}” accepted as a gap.",
            field="key",
        )
    if row.status != "open":
        raise DomainError(
            f"容缺材料“{row.material_name}”已{STATUS_ZH[row.status]}",
            english=f"The material “{row.material_name}” is already closed ({row.status}).",
            field="key",
        )
    return app, row


def supply(db: Database, actor: Actor, number: str, key: str, *, on: date | None = None) -> Gap:
    """The applicant brought the material: the checklist item is received, the gap closed."""
    actor.require(*INTAKE_ROLES)
    on = on or date.today()
    with db.transaction() as session:
        app, row = _open_gap(session, number, key)
        material = session.scalars(
            select(ApplicationMaterial).where(
                ApplicationMaterial.application_id == app.id,
                ApplicationMaterial.key == row.material_key,
            )
        ).one()
        material.status = str(ItemStatus.RECEIVED)
        material.reason = None
        material.copies_received = material.copies_required
        material.received_on = on
        row.status, row.closed_on, row.closed_by = "supplied", on, actor.user_id
        audit.record(
            session, actor, "application.gap_supplied", "application", app.number,
            after={"material": row.material_key, "promised_by": row.promised_by.isoformat(),
                   "late": on > row.promised_by},
        )  # fmt: skip
        return _gap(app.number, row, on)


def waive(
    db: Database, actor: Actor, number: str, key: str, reason: str, *, on: date | None = None
) -> Gap:
    """A supervisor lets the decision go ahead without the material; the reason is audited."""
    actor.require(Role.SUPERVISOR)
    reason = (reason or "").strip()
    if not reason:
        raise DomainError(
            "免于补交须写明理由",
            english="Please give the reason for waiving the material.",
            field="reason",
        )
    on = on or date.today()
    with db.transaction() as session:
        app, row = _open_gap(session, number, key)
        row.status, row.closed_on, row.closed_by = "waived", on, actor.user_id
        row.waiver_reason = reason
        audit.record(
            session, actor, "application.gap_waived", "application", app.number,
            after={"material": row.material_key}, reason=reason,
        )  # fmt: skip
        return _gap(app.number, row, on)
