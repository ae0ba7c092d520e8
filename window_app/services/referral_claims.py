"""Referrals that arrive (先照后证, 双告知; issue 19).

A registration whose business scope needs permits creates one referral per permit for its
department (`services.referrals`): it is delivered into that department's inbox at once. The
department's reviewer acknowledges it (认领); until then it shows as delivered, and as overdue
once the acknowledgement period (5 working days from delivery, a hall setting) has passed.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from ..core.errors import DomainError
from ..storage.base import utcnow
from ..storage.database import Database
from ..storage.models import Enterprise, HallSetting, Referral
from . import audit
from .calendar import load_calendar
from .context import Actor, Role

ACK_SETTING = "referral_ack_workdays"
DEFAULT_ACK_WORKDAYS = 5
READ_ROLES = (Role.REVIEWER, Role.SUPERVISOR, Role.ADMINISTRATOR)


@dataclass(frozen=True)
class Claim:
    id: int
    uscc: str
    enterprise: str
    scope_item: str
    permit: str
    department_code: str
    delivered_on: date
    due_on: date
    status: str  # delivered | acknowledged | overdue
    acknowledged_on: date | None


def ack_workdays(db: Database) -> int:
    with db.reading() as session:
        row = session.get(HallSetting, ACK_SETTING)
        return int(row.value) if row is not None else DEFAULT_ACK_WORKDAYS


def set_ack_workdays(db: Database, actor: Actor, days: int) -> int:
    """The acknowledgement period in working days (administrator)."""
    actor.require(Role.ADMINISTRATOR)
    if not isinstance(days, int) or not 1 <= days <= 60:
        raise DomainError("认领期限应为1至60个工作日",
                          english="The acknowledgement period must be 1 to 60 working days.",
                          field="days")  # fmt: skip
    with db.transaction() as session:
        row = session.get(HallSetting, ACK_SETTING)
        before = row.value if row is not None else DEFAULT_ACK_WORKDAYS
        if row is None:
            session.add(HallSetting(key=ACK_SETTING, value=days))
        else:
            row.value = days
        audit.record(session, actor, "setting.change", "setting", ACK_SETTING,
                     before={"value": before}, after={"value": days})  # fmt: skip
    return days


def claims(
    db: Database, actor: Actor, *, on: date | None = None, open_only: bool = False
) -> list[Claim]:
    """Referrals for a reviewer's department (or every department's), oldest first."""
    actor.require(*READ_ROLES)
    on = on or date.today()
    period = ack_workdays(db)
    query = (
        select(Referral, Enterprise.uscc, Enterprise.name)
        .join(Enterprise, Enterprise.id == Referral.enterprise_id)
        .order_by(Referral.created_at, Referral.id)
    )
    if actor.role is Role.REVIEWER:
        query = query.where(Referral.department_code == actor.department_code)
    if open_only:
        query = query.where(Referral.acknowledged_at.is_(None))
    with db.reading() as session:
        calendar = load_calendar(session)
        out = []
        for r, uscc, name in session.execute(query):
            delivered = r.created_at.date()
            due = calendar.add(delivered, period).day
            if r.acknowledged_at is not None:
                status = "acknowledged"
            else:
                status = "overdue" if on > due else "delivered"
            acked = r.acknowledged_at.date() if r.acknowledged_at else None
            out.append(Claim(r.id, uscc, name, r.scope_item, r.permit, r.department_code,
                             delivered, due, status, acked))  # fmt: skip
        return out


def acknowledge(db: Database, actor: Actor, referral_id: int) -> Claim:
    """The department's reviewer acknowledges (认领) one referral; audited."""
    actor.require(Role.REVIEWER)
    with db.transaction() as session:
        r = session.get(Referral, referral_id, with_for_update=True)
        if r is None:
            raise DomainError(f"没有编号为{referral_id}的告知",
                              english=f"There is no referral {referral_id}.")  # fmt: skip
        actor.require_department(r.department_code)
        if r.acknowledged_at is not None:
            raise DomainError(
                "该告知已认领", english="This referral has already been acknowledged."
            )
        r.acknowledged_at, r.acknowledged_by = utcnow(), actor.user_id
        audit.record(session, actor, "referral.acknowledge", "referral", str(r.id),
                     after={"department": r.department_code, "permit": r.permit})  # fmt: skip
    return next(c for c in claims(db, actor) if c.id == referral_id)
