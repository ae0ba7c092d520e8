"""Non-acceptance (不予受理通知书): reason, legal basis, where to apply instead, remedies."""

from __future__ import annotations

from datetime import date

from printing import RefusalData

from ..core.errors import DomainError
from ..core.states import State
from ..storage.database import Database
from ..storage.models import MatterVersion
from . import documents, workflow
from .checklist import INTAKE_ROLES, get_application, require_state
from .context import Actor

__all__ = ["refuse"]


def _text(value: str | None, message: str, field: str) -> str:
    text = (value or "").strip()
    if not text:
        raise DomainError(
            message, english=f"Please fill in the {field.replace('_', ' ')}.", field=field
        )
    return text


def refuse(
    db: Database,
    actor: Actor,
    number: str,
    *,
    reason: str,
    legal_basis: str,
    apply_instead: str = "",
    review_body: str | None = None,
    remedies: str | None = None,
    on: date | None = None,
) -> documents.Outcome:
    """Refuse to accept (state REFUSED) and issue the non-acceptance notice.

    `apply_instead` names the authority to apply to when the matter is not this authority's
    (行政许可法 art. 32); `remedies` defaults to review within 60 days / litigation within 6 months.
    """
    actor.require(*INTAKE_ROLES)
    day = on or date.today()
    reason = _text(reason, "请填写不予受理的理由", "reason")
    legal_basis = _text(legal_basis, "请填写不予受理的法律依据", "legal_basis")
    documents.preflight()
    with db.transaction() as session:
        app = get_application(session, number, lock=True)
        require_state(app, State.RECEIVED, State.CORRECTION, action="不予受理")
        app.decision = "refused"
        app.decision_reason = reason
        app.decided_on = day
        workflow.move(
            session, actor, app, State.REFUSED, on=day, reason=reason,
            details={"legal_basis": legal_basis, "apply_instead": apply_instead},
        )  # fmt: skip
        definition = session.get(MatterVersion, app.matter_version_id).definition
        name, _, _ = documents.applicant_fields(session, app)

        def build(header):  # noqa: ANN001, ANN202
            extra = {"review_body": review_body} if review_body else {}
            return RefusalData(
                header=header,
                application_number=app.number,
                applicant_name=name,
                requested=definition["name"],
                reason=reason,
                legal_basis=legal_basis,
                apply_instead=(apply_instead or "").strip(),
                remedies=(remedies or "").strip() or None,
                **extra,
            )

        doc = documents.issue(session, actor, "refusal", app, build, day)
        return documents.outcome(session, app, doc)
