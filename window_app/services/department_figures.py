"""The back office on the supervisor's board: per department, of the items handed over in a
period, how many were received, decided, decided on time and overdue, and the average time
each item spent at the window (acceptance → hand-over) and at the department (hand-over →
return, or until today while it is still there). Times are calendar days, one decimal."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import func, select

from ..storage.base import utcnow
from ..storage.database import Database
from ..storage.models import (
    Application,
    Department,
    HandoverItem,
    Matter,
    MatterVersion,
    VerificationTask,
)
from .context import Actor, Role

FIGURES_ROLES = (Role.SUPERVISOR, Role.ADMINISTRATOR)  # the board's (services.metrics)


@dataclass(frozen=True)
class DepartmentFlow:
    code: str
    name: str
    handed_over: int
    received: int
    decided: int
    on_time: int  # decided by the promised deadline
    overdue: int  # decided after it, or still open past it as of the day counted
    window_days: float | None  # average days at the window before the hand-over
    department_days: float | None  # average days at the department
    # commitment verifications still open after their due day, as of the day counted
    verifications_overdue: int = 0

    def as_dict(self) -> dict:
        return {
            "name": self.name, "handed_over": self.handed_over, "received": self.received,
            "decided": self.decided, "on_time": self.on_time, "overdue": self.overdue,
            "window_days": self.window_days, "department_days": self.department_days,
            "verifications_overdue": self.verifications_overdue,
        }  # fmt: skip


def _average(spans: list[timedelta]) -> float | None:
    if not spans:
        return None
    return round(sum(s.total_seconds() for s in spans) / len(spans) / 86400, 1)


def figures(
    db: Database, actor: Actor, start: date, end: date, *, on: date | None = None
) -> tuple[DepartmentFlow, ...]:
    """Per department, the items handed over in [start, end]; counted as of `on`."""
    actor.require(*FIGURES_ROLES)
    as_of = on or date.today()
    now = utcnow()
    with db.reading() as session:
        rows = session.execute(
            select(HandoverItem, Application.received_at, Application.promised_deadline,
                   Department.name)
            .join(Application, Application.id == HandoverItem.application_id)
            .join(Department, Department.code == HandoverItem.department_code)
            .where(HandoverItem.handed_at >= datetime.combine(start, time.min),
                   HandoverItem.handed_at < datetime.combine(end + timedelta(days=1), time.min))
        ).all()  # fmt: skip
        late_checks = dict(session.execute(
            select(Department.code, func.count())
            .select_from(VerificationTask)
            .join(Application, Application.id == VerificationTask.application_id)
            .join(MatterVersion, MatterVersion.id == Application.matter_version_id)
            .join(Matter, Matter.id == MatterVersion.matter_id)
            .join(Department, Department.id == Matter.department_id)
            .where(VerificationTask.status == "open", VerificationTask.due_on < as_of)
            .group_by(Department.code)
        ).all())  # fmt: skip
        names = dict(session.execute(
            select(Department.code, Department.name).where(Department.code.in_(late_checks))
        ).all())  # fmt: skip
    by_code: dict[str, list] = {code: [] for code in late_checks}
    for row in rows:
        by_code.setdefault(row[0].department_code, []).append(row)
    out = []
    for code, group in sorted(by_code.items()):
        decided = [(i, due) for i, _r, due, _n in group if i.decided_on is not None]
        late_open = [i for i, _r, due, _n in group if i.decided_on is None and due and as_of > due]
        on_time = sum(1 for i, due in decided if due is None or i.decided_on <= due)
        out.append(
            DepartmentFlow(
                code=code,
                name=group[0][3] if group else names[code],
                handed_over=len(group),
                received=sum(1 for i, *_ in group if i.received_at is not None),
                decided=len(decided),
                on_time=on_time,
                overdue=len(decided) - on_time + len(late_open),
                window_days=_average([i.handed_at - received for i, received, *_ in group]),
                department_days=_average([(i.returned_at or now) - i.handed_at for i, *_ in group]),
                verifications_overdue=late_checks.get(code, 0),
            )  # fmt: skip
        )
    return tuple(out)
