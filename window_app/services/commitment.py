"""Approval on commitment (告知承诺制, 国办发〔2020〕42号), decided on the spot.

Only for a matter version that allows it, and never for an applicant on the bad-credit list.
Items the catalogue marks commitment-replaceable are waived; every other required item must be
received. The application is accepted and approved in the same transaction, and a verification
task falls due after the matter's verification period (working days).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from printing import CommitmentData

from ..core.checklist import ItemStatus, Mark, waive_for_commitment
from ..core.errors import DomainError
from ..core.states import State
from ..core.transition_notes import commitment_approval
from ..storage.database import Database
from ..storage.models import Applicant, MatterVersion, VerificationTask
from . import audit, bad_credit, documents, workflow
from .accept import acceptance_day_of, set_deadlines
from .calendar import load_calendar
from .checklist import INTAKE_ROLES, get_application, mark, require_state, save_items
from .context import Actor

__all__ = ["CommitmentRefused", "approve_on_commitment"]


class CommitmentRefused(DomainError):
    pass


def approve_on_commitment(
    db: Database,
    actor: Actor,
    number: str,
    *,
    signer: str,
    marks: Iterable[Mark] = (),
    on: date | None = None,
) -> documents.Outcome:
    """Accept and approve on the applicant's signed commitment; issue the commitment letter.

    `signer` is the name of the person who signed the letter at the window.
    """
    actor.require(*INTAKE_ROLES)
    day = on or date.today()
    signer = (signer or "").strip()
    if not signer:
        raise DomainError(
            "请填写承诺书签署人姓名",
            english="Please enter the name of the person signing the commitment letter.",
            field="signer",
        )
    documents.preflight()
    with db.transaction() as session:
        app = get_application(session, number, lock=True)
        require_state(app, State.RECEIVED, State.CORRECTION, action="按告知承诺制办理")
        version = session.get(MatterVersion, app.matter_version_id)
        definition = version.definition
        if not version.allows_commitment:
            raise CommitmentRefused(
                "该事项不适用告知承诺制",
                english="This matter does not allow commitment-based approval.",
            )
        applicant = session.get(Applicant, app.applicant_id)
        code = applicant.id_number or applicant.uscc
        listed = bad_credit.find_entry(session, code, on=day)
        if listed is None and bad_credit.rule_of(definition) == "refuse_commitment":
            # the matter's credit rule: the abnormal-operations list bars commitment too
            listed = bad_credit.find_entry(session, code, list_kind=bad_credit.ABNORMAL, on=day)
        if listed is not None:
            why = f"（{listed.reason}）" if listed.reason else ""
            which = bad_credit.LIST_KINDS[listed.list_kind]
            which_en = bad_credit.LIST_KINDS_EN[listed.list_kind]
            raise CommitmentRefused(
                f"申请人在{which}中{why}，不适用告知承诺制，请按一般程序办理",
                english=f"The applicant is on the {which_en}{f' ({listed.reason})' if listed.reason else ''}, so commitment-based approval cannot be used; please handle the application by the ordinary procedure.",
            )
        items = waive_for_commitment(mark(session, actor, app, marks, day))
        save_items(session, app, items)
        waived = tuple(i.name for i in items if i.status is ItemStatus.WAIVED)
        set_deadlines(session, app, acceptance_day_of(session, app, day, day))  # art. 32
        app.commitment = True
        workflow.move(session, actor, app, State.ACCEPTED, on=day, details={"commitment": True})
        app.decision = "approved"
        app.decided_on = day
        workflow.move(
            session, actor, app, State.APPROVED, on=day, note=commitment_approval(),
            details={"signer": signer, "waived": list(waived)},
        )  # fmt: skip
        period = int(definition["commitment"]["verification_days"])
        due = load_calendar(session).add(day, period).day
        session.add(VerificationTask(application_id=app.id, due_on=due, signed_by=signer))
        audit.record(
            session, actor, "commitment.signed", "application", app.number,
            after={"signer": signer, "verification_due": due, "waived": list(waived)},
        )  # fmt: skip
        name, code_masked, _ = documents.applicant_fields(session, app)

        def build(header):  # noqa: ANN001, ANN202
            return CommitmentData(
                header=header,
                application_number=app.number,
                matter=definition["name"],
                applicant_name=name,
                applicant_id_masked=code_masked,
                applicant_uscc=documents.applicant_uscc(session, app),
                conditions=tuple(definition.get("conditions") or ()),
                waived_materials=waived,
                verification_days=period,
                verification_due=due,
                signed_on=day,
            )

        doc = documents.issue(session, actor, "commitment", app, build, day)
        return documents.outcome(session, app, doc)
