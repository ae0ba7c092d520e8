"""The department's part: the reviewer's inbox and decision (后台分类审批).

A reviewer (审批人员) sees the items handed over to their department, by due date with the
statutory clock's warning light, and decides: approve; refuse with reasons and legal basis; or
suspend for expert review (the clock's suspension and its notice, as at the window). An approval
or refusal gets its result document's number and returns the file to the window for delivery
(统一出件); every step is a recorded transition and audited.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..core.errors import DomainError
from ..core.states import LABELS_ZH, State
from ..storage.base import utcnow
from ..storage.database import Database
from ..storage.models import Applicant, Application, HandoverBatch, HandoverItem, MatterVersion
from . import audit, documents, handover, numbering, processing, workflow
from .calendar import load_calendar
from .context import Actor, Role

OUTCOMES = {"approve": State.APPROVED, "refuse": State.DENIED, "suspend": State.SUSPENDED}
OUTCOME_LABELS = {"approve": "准予许可", "refuse": "不予许可", "suspend": "中止（专家评审）"}
INBOX_ROLES = (Role.REVIEWER, Role.SUPERVISOR, Role.ADMINISTRATOR)


@dataclass(frozen=True)
class InboxItem:
    number: str
    matter_code: str
    matter: str
    applicant: str
    batch: str
    handed_on: date
    received: bool
    state: str
    state_label: str
    promised_deadline: date | None
    statutory_deadline: date | None
    remaining: int | None  # working days left on the promised deadline; < 0 overdue
    light: str  # green | yellow | red | "" (clock stopped: suspended)


@dataclass(frozen=True)
class Decision:
    number: str
    outcome: str  # approve | refuse | suspend
    state: str
    result_number: str  # "" for a suspension
    promised_deadline: date | None


def inbox(
    db: Database, actor: Actor, *, department_code: str | None = None, on: date | None = None
) -> list[InboxItem]:
    """The department's open items (handed over, not yet returned), by promised deadline."""
    actor.require(*INBOX_ROLES)
    code = actor.department_code if actor.role is Role.REVIEWER else (department_code or "")
    on = on or date.today()
    with db.reading() as session:
        calendar = load_calendar(session)
        rows = session.execute(
            select(HandoverItem, HandoverBatch.number, Application, MatterVersion, Applicant)
            .join(HandoverBatch, HandoverBatch.id == HandoverItem.batch_id)
            .join(Application, Application.id == HandoverItem.application_id)
            .join(MatterVersion, MatterVersion.id == Application.matter_version_id)
            .join(Applicant, Applicant.id == Application.applicant_id)
            .where(HandoverItem.department_code == code, HandoverItem.returned_at.is_(None))
        ).all()
        items = []
        for item, batch, app, version, person in rows:
            clock = processing.clock_of(calendar, app, on)
            items.append(
                InboxItem(
                    number=app.number,
                    matter_code=version.definition.get("code", ""),
                    matter=version.definition.get("name", ""),
                    applicant=person.name,
                    batch=batch,
                    handed_on=item.handed_at.date(),
                    received=item.received_at is not None,
                    state=app.state,
                    state_label=LABELS_ZH[State(app.state)],
                    promised_deadline=app.promised_deadline,
                    statutory_deadline=app.statutory_deadline,
                    remaining=clock.remaining,
                    light=clock.light,
                )  # fmt: skip
            )
    return sorted(items, key=lambda i: (i.promised_deadline or date.max, i.number))


def _open_item(session: Session, actor: Actor, app: Application) -> HandoverItem:
    item = session.scalars(
        select(HandoverItem).where(
            HandoverItem.application_id == app.id, HandoverItem.returned_at.is_(None)
        )
    ).first()
    if item is None:
        raise DomainError(
            f"申请{app.number}未移交到部门，不能由部门作出决定",
            english=f"Application {app.number} has not been handed over to a department, so no department can decide it.",
        )
    actor.require_department(item.department_code)
    if item.received_at is None:
        raise DomainError(
            "请先签收：扫描移交清单或该申请的条码",
            english="Sign for it first: scan the hand-over list's or this application's barcode.",
        )
    return item


def decide(
    db: Database,
    actor: Actor,
    number: str,
    outcome: str,
    reason: str = "",
    legal_basis: str = "",
    *,
    on: date | None = None,
    step: str = "expert_review",
) -> Decision:
    """approve | refuse (reason and legal basis required) | suspend for `step` (expert review
    unless said otherwise; only a hearing or a step the matter declares pauses the clock)."""
    actor.require(Role.REVIEWER)
    if outcome not in OUTCOMES:
        raise DomainError(
            "决定只能是 approve（准予）、refuse（不予许可）或 suspend（中止，专家评审）",
            english="The decision must be approve, refuse or suspend.",
            field="outcome",
        )
    reason, legal_basis = (reason or "").strip(), (legal_basis or "").strip()
    if outcome == "refuse" and not (reason and legal_basis):
        raise DomainError(
            "不予许可须写明理由和法律依据",
            english="A refusal needs its reasons and its legal basis.",
            field="reason" if not reason else "legal_basis",
        )
    on = on or date.today()
    documents.preflight()  # a suspension issues its notice
    with db.transaction() as session:
        app = processing.load_application(session, number)
        item = _open_item(session, actor, app)
        if outcome == "suspend":
            if app.state == State.ACCEPTED:
                workflow.move(session, actor, app, State.IN_REVIEW, on=on)
            processing.suspend_in(session, actor, app, step, reason, on)
            return Decision(app.number, outcome, app.state, "", app.promised_deadline)
        if app.state == State.SUSPENDED:  # the expert review is over: the clock runs again
            processing.resume_in(session, actor, app, on)
        text = f"{reason}（法律依据：{legal_basis}）" if outcome == "refuse" else reason
        processing.decide_in(session, actor, app, OUTCOMES[outcome], text, on)
        result_number = numbering.document_number(session, "decision", on)
        item.outcome, item.reason, item.legal_basis = outcome, reason or None, legal_basis or None
        item.result_number, item.decided_on, item.decided_by = result_number, on, actor.user_id
        handover.record_return(session, actor, item, utcnow())
        audit.record(
            session, actor, "department.decide", "application", app.number,
            after={"outcome": outcome, "result_number": result_number,
                   "department": item.department_code, "legal_basis": legal_basis or None},
            reason=reason or None,
        )  # fmt: skip
        return Decision(app.number, outcome, app.state, result_number, app.promised_deadline)


@dataclass(frozen=True)
class Returned:
    """A file back at the window for delivery, with the department's result."""

    number: str
    department_code: str
    outcome: str
    result_number: str
    decided_on: date
    state: str
    matter: str = ""
    applicant: str = ""


def returned(db: Database, actor: Actor) -> list[Returned]:
    """Decided by a department, back at the window and not yet completed (统一出件)."""
    actor.require(Role.CLERK, Role.SUPERVISOR, Role.ADMINISTRATOR)
    with db.reading() as session:
        return _results(session, Application.state.in_([str(State.APPROVED), str(State.DENIED)]))


def result_of(db: Database, actor: Actor, number: str) -> Returned | None:
    """The department's result of one application, if a department decided it."""
    actor.require(*handover.READ_ROLES)
    with db.reading() as session:
        found = _results(session, Application.number == number)
        return found[0] if found else None


def _results(session: Session, condition) -> list[Returned]:  # noqa: ANN001
    rows = session.execute(
        select(HandoverItem, Application, MatterVersion, Applicant)
        .join(Application, Application.id == HandoverItem.application_id)
        .join(MatterVersion, MatterVersion.id == Application.matter_version_id)
        .join(Applicant, Applicant.id == Application.applicant_id)
        .where(HandoverItem.outcome.is_not(None), condition)
        .order_by(HandoverItem.decided_on, Application.number)
    ).all()
    return [
        Returned(
            a.number,
            i.department_code,
            i.outcome,
            i.result_number,
            i.decided_on,
            a.state,
            v.definition.get("name", ""),
            p.name,
        )  # fmt: skip
        for i, a, v, p in rows
    ]
