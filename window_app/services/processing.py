"""After acceptance: review, suspension and resumption, extension, decision, verification.

Every state change goes through `workflow.move()` (refused when the state machine forbids it,
recorded with who, when and why). The statutory clock lives here: deadlines are recomputed
with `core.deadlines.compute` from the acceptance day, the limits stored on the application,
the suspended working days and the approved extension days, and the explanation is stored
with the application so every screen and paper shows how the date was counted.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from printing import ClockNoticeData

from ..core import suspensions, transition_notes
from ..core.deadlines import Deadline, compute, light, remaining
from ..core.errors import DomainError
from ..core.states import CLOCK_RUNNING, DECIDED, LABELS_ZH, State, TransitionError
from ..core.workdays import WorkCalendar, WorkdayCount
from ..storage.database import Database
from ..storage.models import Application, MatterVersion, Suspension
from . import audit, documents, handover, material_gaps, verification, workflow
from .calendar import load_calendar
from .checklist import get_application
from .context import Actor, Role

PROCESSING_ROLES = (Role.CLERK, Role.SUPERVISOR)
OUTCOMES = {
    State.APPROVED: "准予许可",
    State.DENIED: "不予许可",
    State.WITHDRAWN: "撤回",
}


@dataclass(frozen=True)
class Clock:
    """The statutory clock of one application as of `today`."""

    number: str
    state: str
    today: date
    accepted_on: date | None
    promised: Deadline | None
    statutory: Deadline | None
    running: bool  # False before acceptance, while suspended and once decided
    remaining: int | None  # working days left on the promised deadline; < 0 when overdue
    light: str  # green | yellow (≤ 2 working days left) | red (overdue) | "" when not running

    @property
    def provisional(self) -> bool:
        return any(d is not None and d.provisional for d in (self.promised, self.statutory))

    def explain(self, lang: str = "zh") -> str:
        return self.promised.explain(lang) if self.promised else ""


def load_application(session: Session, number: str) -> Application:
    """The application, locked for update (checklist.ApplicationNotFound when unknown)."""
    return get_application(session, number, lock=True)


def deadlines(calendar: WorkCalendar, app: Application) -> tuple[Deadline | None, Deadline | None]:
    """(promised, statutory) from the stored limits, suspensions and extensions."""
    if app.accepted_on is None:
        return None, None

    def one(limit: int | None, unit: str | None) -> Deadline | None:
        if limit is None:
            return None
        return compute(
            calendar,
            app.accepted_on,
            limit,
            suspended_days=app.suspended_days or 0,
            extension_days=app.extension_days or 0,
            unit=unit or "working_days",
            paused_calendar_days=app.suspended_calendar_days or 0,
        )

    return one(app.promised_days, app.promised_unit), one(app.statutory_days, app.statutory_unit)


def recompute(calendar: WorkCalendar, app: Application) -> tuple[Deadline | None, Deadline | None]:
    """Store both deadlines, the provisional flag and the explanation on the application."""
    promised, statutory = deadlines(calendar, app)
    if promised is not None:
        app.promised_deadline = promised.day
        text = f"承诺时限：{promised.explain()}"
        if statutory is not None:
            text += f"；法定时限：{statutory.explain()}"
        app.deadline_explanation = text  # same form as accept.set_deadlines
    if statutory is not None:
        app.statutory_deadline = statutory.day
    app.deadline_provisional = any(d is not None and d.provisional for d in (promised, statutory))
    return promised, statutory


def clock_of(calendar: WorkCalendar, app: Application, today: date) -> Clock:
    promised, statutory = deadlines(calendar, app)
    running = app.state in CLOCK_RUNNING and promised is not None
    left = remaining(calendar, today, promised.day) if running else None
    return Clock(
        number=app.number,
        state=app.state,
        today=today,
        accepted_on=app.accepted_on,
        promised=promised,
        statutory=statutory,
        running=running,
        remaining=left,
        light=light(calendar, today, promised.day) if running else "",
    )


def clock(db: Database, actor: Actor, number: str, *, on: date | None = None) -> Clock:
    """How the deadlines of one application were counted, and its warning light today."""
    actor.require(Role.CLERK, Role.SUPERVISOR, Role.ADMINISTRATOR)
    with db.reading() as session:
        return clock_of(
            load_calendar(session), get_application(session, number), on or date.today()
        )


def _required_text(value: str | None, field: str, zh: str) -> str:
    text = (value or "").strip()
    if not text:
        raise DomainError(
            f"请填写{zh}", english=f"Please fill in the {field.replace('_', ' ')}.", field=field
        )
    return text


def start_review(
    db: Database, actor: Actor, number: str, *, on: date | None = None, note: str | None = None
) -> Clock:
    """accepted → in_review."""
    actor.require(*PROCESSING_ROLES)
    on = on or date.today()
    with db.transaction() as session:
        app = load_application(session, number)
        workflow.move(session, actor, app, State.IN_REVIEW, on=on, reason=note)
        return clock_of(load_calendar(session), app, on)


def suspend(
    db: Database,
    actor: Actor,
    number: str,
    reason_code: str,
    note: str = "",
    *,
    on: date | None = None,
) -> Clock:
    """in_review → suspended for a reason from the closed list that the matter allows (hearing,
    or an art. 45 step its definition declares in `excluded_time`); the clock stops."""
    actor.require(*PROCESSING_ROLES)
    suspensions.reason(reason_code)  # an unknown reason is refused before anything is read
    on = on or date.today()
    documents.preflight()
    with db.transaction() as session:
        app = load_application(session, number)
        refuse_at_department(session, app)
        return suspend_in(session, actor, app, reason_code, note, on)


def suspend_in(
    session: Session, actor: Actor, app: Application, reason_code: str, note: str, on: date
) -> Clock:
    """The suspension inside the caller's transaction (the window's, or a department's), for a
    reason the matter allows: a hearing, or an art. 45 step its definition declares."""
    definition = session.get(MatterVersion, app.matter_version_id).definition
    reason = suspensions.reason_for_matter(
        reason_code, suspensions.declared_steps(definition), definition.get("name", "")
    )
    workflow.move(
        session, actor, app, State.SUSPENDED, on=on,
        note=transition_notes.suspended(reason.code, note),
        details={"suspension_reason": reason.code},
    )  # fmt: skip
    session.add(
        Suspension(
            application_id=app.id,
            reason_code=reason.code,
            note=note.strip() or None,
            started_on=on,
        )
    )
    session.flush()
    clock = clock_of(load_calendar(session), app, on)
    why = reason.zh + (f"（{note.strip()}）" if note.strip() else "")
    _clock_notice(session, actor, app, "suspension", why, on, clock)
    return clock


def refuse_at_department(session: Session, app: Application) -> None:
    """The window does not decide, suspend or resume what a department holds (issue 19)."""
    department = handover.held_by_department(session, app.id)
    if department:
        raise DomainError(
            f"该申请已移交部门{department}审批，由部门作出决定后回传窗口",
            english=f"This application has been handed over to department {department}; the department decides and returns it to the window.",
        )


def _open_suspension(session: Session, app: Application) -> Suspension | None:
    return session.scalars(
        select(Suspension)
        .where(Suspension.application_id == app.id, Suspension.ended_on.is_(None))
        .order_by(Suspension.id.desc())
    ).first()


def _close_suspension(
    session: Session, calendar: WorkCalendar, app: Application, on: date
) -> WorkdayCount:
    """End the open suspension on `on`; its working days are added to the application's."""
    row = _open_suspension(session, app)
    if row is None:
        return WorkdayCount(0)
    counted = suspensions.suspended_workdays(calendar, row.started_on, on)
    row.ended_on = on
    row.workdays = counted.count
    app.suspended_days = (app.suspended_days or 0) + counted.count
    # limits in calendar days or months pause by the calendar days in (started, ended]
    app.suspended_calendar_days = (app.suspended_calendar_days or 0) + (on - row.started_on).days
    return counted


def resume(
    db: Database, actor: Actor, number: str, *, on: date | None = None, note: str | None = None
) -> Clock:
    """suspended → in_review; both deadlines move by the suspended working days, and the
    applicant gets the resumption notice (恢复审查通知书) with the new deadlines."""
    actor.require(*PROCESSING_ROLES)
    on = on or date.today()
    documents.preflight()
    with db.transaction() as session:
        app = load_application(session, number)
        refuse_at_department(session, app)
        return resume_in(session, actor, app, on, note)


def resume_in(
    session: Session, actor: Actor, app: Application, on: date, note: str | None = None
) -> Clock:
    """The resumption inside the caller's transaction, with its notice (恢复审查通知书)."""
    open_suspension = _open_suspension(session, app)
    if app.state != State.SUSPENDED or open_suspension is None:
        raise TransitionError(
            f"当前状态“{LABELS_ZH[State(app.state)]}”不是中止，不能恢复审查",
            english=f"The application is in state “{app.state.replace('_', ' ')}”, not suspended, so the review cannot be resumed.",
        )
    calendar = load_calendar(session)
    before = {"promised_deadline": app.promised_deadline, "suspended_days": app.suspended_days}
    since, stopped = open_suspension.started_on, open_suspension.note or ""
    why = suspensions.reason(open_suspension.reason_code).zh + (f"（{stopped}）" if stopped else "")
    counted = _close_suspension(session, calendar, app, on)
    recompute(calendar, app)
    typed = (note or "").strip()
    workflow.move(
        session, actor, app, State.IN_REVIEW, on=on,
        reason=typed or None,  # what the clerk typed, else the service's own note
        note=None if typed else transition_notes.resumed(counted.count),
        details={
            "suspended_workdays": counted.count,
            "suspended_days": app.suspended_days,
            "promised_deadline": app.promised_deadline,
            "statutory_deadline": app.statutory_deadline,
            "before": before,
        },
    )  # fmt: skip
    clock = clock_of(calendar, app, on)
    _clock_notice(session, actor, app, "resumption", why, on, clock, days=counted.count,
                  suspended_on=since)  # fmt: skip
    return clock


def extend(
    db: Database, actor: Actor, number: str, days: int, reason: str, *, on: date | None = None
) -> Clock:
    """An approved extension (supervisor only): both deadlines move by `days` working days."""
    actor.require(Role.SUPERVISOR)
    reason = _required_text(reason, "reason", "延期理由")
    if not isinstance(days, int) or days <= 0:
        raise DomainError(
            "延长天数应为正整数",
            english="The number of extension days must be a positive whole number.",
            field="days",
        )
    on = on or date.today()
    documents.preflight()
    with db.transaction() as session:
        app = load_application(session, number)
        if app.state not in CLOCK_RUNNING | {State.SUSPENDED} or app.accepted_on is None:
            raise DomainError(
                "只有已受理、尚未作出决定的申请可以延期",
                english="Only an accepted application without a decision yet can have its time limit extended.",
            )
        before = {
            "extension_days": app.extension_days,
            "promised_deadline": app.promised_deadline,
            "statutory_deadline": app.statutory_deadline,
        }
        app.extension_days = (app.extension_days or 0) + days
        calendar = load_calendar(session)
        recompute(calendar, app)
        audit.record(
            session, actor, "application.extend", "application", app.number, before=before,
            after={"extension_days": app.extension_days, "days": days,
                   "promised_deadline": app.promised_deadline,
                   "statutory_deadline": app.statutory_deadline},
            reason=reason,
        )  # fmt: skip
        clock = clock_of(calendar, app, on)
        _clock_notice(session, actor, app, "extension", reason, on, clock, days=days)
        return clock


def _clock_notice(
    session: Session, actor: Actor, app: Application, kind: str, reason: str, on: date,
    clock: Clock, days: int = 0, suspended_on: date | None = None,
) -> None:  # fmt: skip
    """Issue the suspension / resumption / extension notice (中止办理、恢复审查、延长办理期限
    通知书) in the transaction."""
    definition = session.get(MatterVersion, app.matter_version_id).definition
    name, _, _ = documents.applicant_fields(session, app)
    documents.issue(
        session, actor, kind, app,
        lambda header: ClockNoticeData(
            header=header, kind=kind, application_number=app.number,
            matter=definition["name"], applicant_name=name, reason=reason, on=on,
            promised_deadline=app.promised_deadline, statutory_deadline=app.statutory_deadline,
            history=clock.explain() or (app.deadline_explanation or ""), days=days,
            remaining=clock.remaining if kind == "suspension" else None,
            suspended_on=suspended_on,
        ),
        on,
    )  # fmt: skip


def decide(
    db: Database,
    actor: Actor,
    number: str,
    outcome: State | str,
    reason: str = "",
    *,
    on: date | None = None,
) -> Clock:
    """→ approved / denied / withdrawn; a denial or withdrawal needs its reason."""
    actor.require(*PROCESSING_ROLES)
    try:
        target = State(outcome)
    except ValueError:
        target = None
    if target not in DECIDED:
        raise DomainError(
            "决定只能是准予许可、不予许可或撤回",
            english="The decision must be approval, denial or withdrawal.",
            field="outcome",
        )
    reason = (reason or "").strip()
    if target != State.APPROVED:
        reason = _required_text(reason, "reason", "决定理由")
    on = on or date.today()
    with db.transaction() as session:
        app = load_application(session, number)
        if target is not State.WITHDRAWN:  # the applicant may withdraw wherever the file is
            refuse_at_department(session, app)
        return decide_in(session, actor, app, target, reason, on)


def decide_in(
    session: Session, actor: Actor, app: Application, target: State, reason: str, on: date
) -> Clock:
    """The decision inside the caller's transaction (`reason` checked by the caller)."""
    if target is not State.WITHDRAWN:  # 容缺受理: not before the owed material is settled
        material_gaps.require_closed(session, app)
    was_suspended = app.state == State.SUSPENDED
    workflow.move(session, actor, app, target, on=on, reason=reason or None)
    if was_suspended:  # a withdrawal ends the suspension too
        _close_suspension(session, load_calendar(session), app, on)
    app.decided_on = on
    app.decision = str(target)
    app.decision_reason = reason or OUTCOMES[target]
    return clock_of(load_calendar(session), app, on)


def record_verification(
    db: Database, actor: Actor, number: str, passed: bool, note: str = "", *, on: date | None = None
) -> str:
    """The result of verifying a commitment (告知承诺 核查), recorded at the window; a failure
    needs a note. `services.verification.verify` is the department's, which also revokes."""
    actor.require(*PROCESSING_ROLES)
    if not passed:
        note = _required_text(note, "note", "核查不通过的情况")
    on = on or date.today()
    with db.transaction() as session:
        app = load_application(session, number)
        return verification.record(session, actor, app, passed, note, on).status
