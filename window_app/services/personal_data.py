"""Personal data: masked by default everywhere; the full value only on demand, and audited.

`mask_text` finds citizen ID numbers (18 characters, GB 11643) and mainland mobile numbers
(11 digits) inside any free text and masks them with `printing.masking`; it serves logs and
exports. `reveal_id` / `reveal_phone` give the full value to a clerk or supervisor who states a
reason, recording a 'personal.view' event (the event never contains the value itself).
"""

from __future__ import annotations

from sqlalchemy import select

from ..core.errors import DomainError
from ..core.masking import mask_text as mask_text  # re-exported for its callers
from ..storage.database import Database
from ..storage.models import Applicant, Application
from . import audit
from .context import Actor, Role

# Roles whose work needs a full ID number (identifying the applicant, handling a complaint).
REVEAL_ROLES = (Role.CLERK, Role.SUPERVISOR)
MAX_REASON = 500


class NotFound(DomainError):
    pass


def _applicant(session, target: str | int) -> tuple[Applicant, str]:  # noqa: ANN001
    if isinstance(target, int) and not isinstance(target, bool):
        applicant = session.get(Applicant, target)
        if applicant is None:
            raise NotFound(f"申请人{target}不存在", english=f"There is no applicant {target}.")
        return applicant, ""
    number = str(target).strip()
    application = session.scalars(select(Application).where(Application.number == number)).first()
    if application is None:
        raise NotFound(
            f"申请编号{number}不存在",
            english=f"There is no application number {number}.",
            field="number",
        )
    return session.get(Applicant, application.applicant_id), application.number


def check_reason(reason: str | None) -> str:
    """The stated reason for seeing a full value (recorded in the audit event), stripped."""
    reason = (reason or "").strip()
    if not reason:
        raise DomainError(
            "查看完整信息须填写理由",
            english="Please enter the reason for viewing the full information.",
            field="reason",
        )
    if len(reason) > MAX_REASON:
        raise DomainError(
            f"理由不超过{MAX_REASON}字",
            english=f"The reason cannot be longer than {MAX_REASON} characters.",
            field="reason",
        )
    return reason


def _reveal(db: Database, actor: Actor, target: str | int, reason: str, field: str) -> str:
    actor.require(*REVEAL_ROLES)
    reason = check_reason(reason)
    with db.transaction() as session:
        applicant, number = _applicant(session, target)
        value = getattr(applicant, field) or ""
        audit.record(
            session, actor, "personal.view", "applicant", applicant.id,
            after={"field": field, "application": number}, reason=reason,
        )  # fmt: skip
        return value


def reveal_id(db: Database, actor: Actor, target: str | int, reason: str) -> str:
    """The applicant's full ID number (or USCC for an organisation); audited 'personal.view'.

    `target` is an application number (str) or an applicant id (int).
    """
    actor.require(*REVEAL_ROLES)
    with db.reading() as session:
        applicant, _ = _applicant(session, target)
        field = "id_number" if applicant.id_number or not applicant.uscc else "uscc"
    return _reveal(db, actor, target, reason, field)


def reveal_phone(db: Database, actor: Actor, target: str | int, reason: str) -> str:
    """The applicant's full phone number; audited 'personal.view' like `reveal_id`."""
    actor.require(*REVEAL_ROLES)
    return _reveal(db, actor, target, reason, "phone")
