"""Completion (办结) and delivery (送达) of a decided application.

Completing stores the completion day and the working days the clock ran, and issues the
pickup slip (办结/领取通知) through the documents service. Delivering records how the result
reached the applicant: collected at the window (who, ID checked, an in-person 'pickup' visit
counted for the zero-trip rate), posted (tracking number) or sent electronically.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from functools import cache

from sqlalchemy import Select, bindparam, select
from sqlalchemy.orm import Session

from printing import Delivery, PickupSlipData
from printing.masking import mask_address, mask_id

from ..core import idcard
from ..core.catalogue_terms import DELIVERIES
from ..core.errors import DomainError
from ..core.states import LABELS_ZH, State
from ..core.transition_notes import delivered
from ..storage.database import Database
from ..storage.models import Applicant, Application, IssuedDocument, MatterVersion
from . import documents, hall_settings, workflow
from .calendar import load_calendar
from .context import Actor
from .processing import PROCESSING_ROLES, load_application


@dataclass(frozen=True)
class Completion:
    number: str
    completed_on: date
    elapsed_workdays: int | None  # on the clock: acceptance day excluded, suspensions excluded
    on_time: bool | None  # None when the application never had a promised deadline
    document_id: int
    doc_number: str


@dataclass(frozen=True)
class Delivered:
    number: str
    delivered_on: date
    method: str
    detail: dict


def _method(method: str) -> str:
    if method not in DELIVERIES:
        raise DomainError(
            "送达方式只能是窗口领取、邮寄或电子送达",
            english="The delivery method must be collection at the window, post or electronic delivery.",
            field="method",
        )
    return method


def complete(
    db: Database,
    actor: Actor,
    number: str,
    result: str,
    *,
    delivery_method: str = "window",
    address: str = "",
    on: date | None = None,
) -> Completion:
    """decided → completed; issues the pickup slip. `result` is what the applicant receives."""
    actor.require(*PROCESSING_ROLES)
    result = (result or "").strip()
    if not result:
        raise DomainError("请填写办理结果", english="Please enter the result.", field="result")
    delivery_method = _method(delivery_method)
    on = on or date.today()
    with db.transaction() as session:
        app = load_application(session, number)
        return complete_in(session, actor, app, result, delivery_method, address, on)


def complete_in(
    session: Session,
    actor: Actor,
    app: Application,
    result: str,
    delivery_method: str,
    address: str,
    on: date,
    *,
    authority: str | None = None,
) -> Completion:
    """`complete` inside the caller's transaction (a registration finishes its application);
    `authority` names the issuing authority on the pickup slip when not the matter's."""
    if app.decided_on is not None and on < app.decided_on:
        raise DomainError(
            "办结日期不能早于决定日期",
            english="The completion date cannot be before the decision date.",
            field="on",
        )
    elapsed = None
    if app.accepted_on is not None:
        used = load_calendar(session).between(app.accepted_on, on).count
        elapsed = max(used - (app.suspended_days or 0), 0)
    decided = State(app.state)  # approved / denied / withdrawn (the commitment path too)
    # read before the step changes anything: nothing to flush before the SELECT, and the
    # step's rows go out in one flush with the pickup slip
    matter = session.get(MatterVersion, app.matter_version_id)
    applicant = session.get(Applicant, app.applicant_id)
    hall = hall_settings.read_settings(session)
    workflow.move(
        session, actor, app, State.COMPLETED, on=on, reason=result,
        details={"elapsed_workdays": elapsed, "delivery_method": delivery_method},
    )  # fmt: skip
    app.completed_on = on
    app.elapsed_workdays = elapsed
    app.delivery_method = delivery_method
    doc = documents.issue(
        session, actor, "pickup", app,
        lambda header: PickupSlipData(
            header=header,
            application_number=app.number,
            matter=matter.name,
            applicant_name=applicant.name,
            approved=decided == State.APPROVED,
            result=result,
            decision_reason=app.decision_reason or LABELS_ZH[decided],
            delivery=Delivery(method=delivery_method, address=address.strip()),
            completed_on=on,
            pickup_place=hall.pickup_place,
            pickup_hours=hall.opening_hours,
        ),
        on, authority=authority,
    )  # fmt: skip
    on_time = None if app.promised_deadline is None else on <= app.promised_deadline
    return Completion(app.number, on, elapsed, on_time, doc.id, doc.doc_number)


def deliver(
    db: Database,
    actor: Actor,
    number: str,
    method: str,
    *,
    collected_by: str = "",
    collected_by_id: str = "",
    tracking_number: str = "",
    address: str = "",
    on: date | None = None,
) -> Delivered:
    """completed → delivered. Window pickup checks the collector's ID and counts a visit."""
    actor.require(*PROCESSING_ROLES)
    method = _method(method)
    on = on or date.today()
    if method == "window":
        if not collected_by.strip():
            raise DomainError(
                "请填写领取人姓名",
                english="Please enter the name of the person collecting the result.",
                field="collected_by",
            )
        try:
            checked = idcard.validate(collected_by_id)
        except idcard.IdNumberError as exc:
            raise DomainError(
                f"领取人{exc.message}",
                english=f"Person collecting the result: {exc.english}",
                field="collected_by_id",
            ) from None
        detail = {"collected_by": collected_by.strip(), "collected_by_id": mask_id(checked),
                  "id_checked": True}  # fmt: skip
    elif method == "post":
        if not tracking_number.strip():
            raise DomainError(
                "请填写邮件单号",
                english="Please enter the tracking number.",
                field="tracking_number",
            )
        detail = {"tracking_number": tracking_number.strip(), "address": address.strip()}
    else:
        if not address.strip():
            raise DomainError(
                "请填写电子送达的邮箱或账号",
                english="Please enter the e-mail address or account for electronic delivery.",
                field="address",
            )
        detail = {"address": address.strip()}
    with db.transaction() as session:
        app = load_application(session, number)
        if app.completed_on is not None and on < app.completed_on:
            raise DomainError(
                "送达日期不能早于办结日期",
                english="The delivery date cannot be before the completion date.",
                field="on",
            )
        # the slip first: its query then has nothing of this step to flush before it, and the
        # step's rows go out in one flush at the end of the unit of work
        _slip_records_delivery(session, app, method, detail)
        workflow.move(
            session, actor, app, State.DELIVERED, on=on, note=delivered(method),
            details={"delivery_method": method, **_as_audited(detail)},
        )  # fmt: skip
        if method == "window":
            workflow.record_visit(session, actor, app, "pickup", on)
        app.delivered_on = on
        app.delivery_method = method
        app.delivery_detail = json.dumps(detail, ensure_ascii=False)
        return Delivered(app.number, on, method, detail)


def _as_audited(detail: dict) -> dict:
    """The delivery as the audit trail keeps it: the address masked (the trail is hashed, not
    encrypted; the whole address is kept encrypted on the application and the pickup slip)."""
    if "address" not in detail:
        return detail
    return {**detail, "address": mask_address(detail["address"])}


@cache
def _latest_slip() -> Select:
    """An application's latest pickup slip, built once (every delivery asks; issue 17)."""
    return (
        select(IssuedDocument)
        .where(IssuedDocument.application_id == bindparam("application"),
               IssuedDocument.kind == "pickup")
        .order_by(IssuedDocument.id.desc())
        .limit(1)
    )  # fmt: skip


def _slip_records_delivery(session: Session, app: Application, method: str, detail: dict) -> None:
    """The pickup slip says how the result went out: a reprint after posting carries the
    tracking number (and after a window pickup, who collected it)."""
    slip = session.scalars(_latest_slip(), {"application": app.id}).first()
    if slip is None:
        return
    delivery = {**slip.payload.get("delivery", {}), "method": method,
                **{k: v for k, v in detail.items() if k != "id_checked"}}  # fmt: skip
    slip.payload = {**slip.payload, "delivery": delivery}
