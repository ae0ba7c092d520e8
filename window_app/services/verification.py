"""The commitment loop closed (告知承诺 核查, issue 19).

A commitment approval leaves a verification task due after the matter's period. The approving
department (its reviewer) or a supervisor records the result: a pass closes the task; a failure
revokes the approval (state `revoked`, the 撤销决定书 issued), and enters the applicant in the
bad-credit list with the reason and the date, so the next commitment is refused
(`services.commitment` checks that list).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..core.errors import DomainError
from ..core.states import LABELS_ZH, State
from ..storage.database import Database
from ..storage.models import (
    Applicant,
    Application,
    BadCreditEntry,
    Department,
    Matter,
    MatterVersion,
    VerificationTask,
)
from . import audit, documents, handover, workflow
from .checklist import get_application
from .context import Actor, Role

VERIFY_ROLES = (Role.REVIEWER, Role.SUPERVISOR)
READ_ROLES = (Role.REVIEWER, Role.SUPERVISOR, Role.ADMINISTRATOR)


@dataclass(frozen=True)
class Task:
    number: str
    matter_code: str
    matter: str
    applicant: str
    department_code: str
    decided_on: date | None
    due_on: date
    status: str  # open | passed | failed
    overdue: bool  # still open after its due day


@dataclass(frozen=True)
class Verified:
    number: str
    status: str  # passed | failed
    state: str  # the application's state afterwards (revoked on a failure)
    revocation_number: str  # the 撤销决定书's number, "" on a pass
    revocation_id: int | None


def tasks(
    db: Database, actor: Actor, *, on: date | None = None, open_only: bool = True
) -> list[Task]:
    """Verification tasks by due date: a reviewer's department's, or every department's."""
    actor.require(*READ_ROLES)
    on = on or date.today()
    with db.reading() as session:
        query = (
            select(VerificationTask, Application, MatterVersion, Applicant, Department.code)
            .join(Application, Application.id == VerificationTask.application_id)
            .join(MatterVersion, MatterVersion.id == Application.matter_version_id)
            .join(Matter, Matter.id == MatterVersion.matter_id)
            .join(Department, Department.id == Matter.department_id)
            .join(Applicant, Applicant.id == Application.applicant_id)
            .order_by(VerificationTask.due_on, Application.number)
        )
        if actor.role is Role.REVIEWER:
            query = query.where(Department.code == actor.department_code)
        if open_only:
            query = query.where(VerificationTask.status == "open")
        return [
            Task(
                app.number,
                version.definition.get("code", ""),
                version.definition.get("name", ""),
                person.name,
                code,
                app.decided_on,
                task.due_on,
                task.status,
                task.status == "open" and task.due_on < on,
            )  # fmt: skip
            for task, app, version, person, code in session.execute(query)
        ]


def record(
    session: Session, actor: Actor, app: Application, passed: bool, note: str, on: date
) -> VerificationTask:
    """Record the result on the application's task (the caller checked roles and the note)."""
    task = session.scalars(
        select(VerificationTask).where(VerificationTask.application_id == app.id)
    ).first()
    if task is None or not app.commitment:
        raise DomainError(
            "该申请不是告知承诺件，无需核查",
            english="This application was not made under commitment-based approval, so there is nothing to verify.",
        )
    before = {"status": task.status}
    task.status = "passed" if passed else "failed"
    task.verified_on = on
    task.note = note.strip() or None
    audit.record(
        session, actor, "commitment.verify", "application", app.number,
        before=before, after={"status": task.status, "verified_on": on}, reason=task.note,
    )  # fmt: skip
    return task


def verify(
    db: Database, actor: Actor, number: str, passed: bool, note: str = "", *, on: date | None = None
) -> Verified:
    """Pass, or fail (a note required): a failure within the verification period (on or before
    the task's due day) revokes the approval, issues the 撤销决定书 and lists the applicant as
    untrustworthy (失信名单) from `on`; a failure recorded after the period is kept (audited)
    without revocation."""
    actor.require(*VERIFY_ROLES)
    note = (note or "").strip()
    if not passed and not note:
        raise DomainError("请填写核查不通过的情况", english="Please describe what the verification found.",
                          field="note")  # fmt: skip
    on = on or date.today()
    if not passed:
        documents.preflight()
    with db.transaction() as session:
        app = get_application(session, number, lock=True)
        department = handover.department_of(session, app)
        actor.require_department(department)
        open_task = session.scalars(
            select(VerificationTask.id).where(
                VerificationTask.application_id == app.id, VerificationTask.status == "open"
            )
        ).first()
        if app.commitment and open_task is None:
            raise DomainError("该告知承诺件已核查，不能重复登记",
                              english="This commitment has already been verified.")  # fmt: skip
        task = record(session, actor, app, passed, note, on)
        if passed or on > task.due_on:
            # only a failure within the verification period revokes (issue 19: "a failed
            # verification within the period leads to a revocation decision"); a later one
            # stays recorded and audited, the approval stands
            return Verified(app.number, task.status, app.state, "", None)
        if app.state not in (State.APPROVED, State.COMPLETED, State.DELIVERED):
            raise DomainError(
                f"当前状态“{LABELS_ZH[State(app.state)]}”不能撤销许可",
                english=f"An application in state “{app.state}” cannot be revoked.",
            )
        doc = _revoke(session, actor, app, task, department, on)
        return Verified(app.number, task.status, app.state, doc.doc_number, doc.id)


def _revoke(
    session: Session,
    actor: Actor,
    app: Application,
    task: VerificationTask,
    department: str,
    on: date,
):  # noqa: ANN202
    from printing import RevocationData

    workflow.move(session, actor, app, State.REVOKED, on=on, reason=task.note,
                  details={"verification": "failed"})  # fmt: skip
    person = session.get(Applicant, app.applicant_id)
    code = (person.id_number or person.uscc or "").strip().upper()
    dept = session.scalars(select(Department).where(Department.code == department)).one()
    reason = f"告知承诺不实：{task.note}（申请{app.number}）"
    entry = BadCreditEntry(code=code, name=person.name, reason=reason, listed_on=on,
                           source=f"撤销行政许可决定（申请{app.number}）",
                           list_kind="bad_credit", authority=dept.name)  # fmt: skip
    session.add(entry)
    audit.record(session, actor, "credit.list", "bad_credit", code,
                 after={"reason": reason, "listed_on": on, "application": app.number})  # fmt: skip
    definition = session.get(MatterVersion, app.matter_version_id).definition
    return documents.issue(
        session, actor, "revocation", app,
        lambda header: RevocationData(
            header=header, application_number=app.number, applicant_name=person.name,
            matter=definition["name"], approved_on=app.decided_on or on,
            commitment_signed_by=task.signed_by, verified_on=on, finding=task.note or "",
        ),
        on,
    )  # fmt: skip


def revocation_pdf(db: Database, actor: Actor, number: str) -> bytes:
    """The 撤销决定书 of a revoked application, as issued (printed and recorded)."""
    actor.require(*READ_ROLES)
    with db.reading() as session:
        actor.require_department(handover.department_of(session, get_application(session, number)))
    info = documents.latest_document(db, number, "revocation")
    return documents.record_print(db, actor, info.id, target="file").pdf
