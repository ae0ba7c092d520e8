"""Registrations filed to be decided within 3 working days (市场主体登记管理条例 art. 19).

When the materials need checking, the request is filed instead of registered on the spot
(`file_registration`): its name stays reserved meanwhile. A supervisor may extend the limit once
by 3 working days (`extend_registration_deadline`); the filing is completed by registering it,
which issues the USCC (`complete_registration`), or withdrawn with a reason. The request is
checked, and registered, by `services.registration`.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..core.deadlines import compute, light
from ..core.enterprise_names import name_key
from ..storage.database import Database
from ..storage.models import Application, RegistrationFiling
from . import audit
from .calendar import load_calendar
from .context import Actor, Role
from .registration import (
    REGISTER_ROLES,
    Investor,
    NameConflict,
    Person,
    RegistrationError,
    RegistrationRequest,
    RegistrationResult,
    bind_application,
    create_enterprise,
    field_error,
    find_conflict,
    investors_json,
    lock_name,
    required_text,
    run_registration,
    validate_request,
)

LIMIT_DAYS = 3  # 市场主体登记管理条例 art. 19
EXTENSION_DAYS = 3
EXTEND_ROLES = (Role.SUPERVISOR,)  # the extension is the supervisor's approval


@dataclass(frozen=True)
class FilingInfo:
    id: int
    name: str
    authority_code: str
    status: str
    received_on: date
    deadline: date
    deadline_provisional: bool
    extension_days: int
    extension_reason: str | None
    light: str = "green"  # green / yellow / red on the day asked
    enterprise_id: int | None = None


def _filing_info(f: RegistrationFiling, today: date | None, calendar=None) -> FilingInfo:  # noqa: ANN001
    colour = "green"
    if f.status == "pending" and today is not None and calendar is not None:
        try:
            colour = light(calendar, today, f.deadline)
        except Exception:  # noqa: BLE001  (a year the calendar does not know: show as due)
            colour = "yellow"
    return FilingInfo(
        f.id, f.name, f.authority_code, f.status, f.received_on, f.deadline,
        f.deadline_provisional, f.extension_days, f.extension_reason, colour, f.enterprise_id,
    )  # fmt: skip


def _request_json(request: RegistrationRequest) -> dict:
    data = dataclasses.asdict(request)
    data["registered_capital"] = str(request.registered_capital)
    data["investors"] = investors_json(request)
    return data


def _request_from_json(data: dict) -> RegistrationRequest:
    return RegistrationRequest(
        **{
            **data,
            "legal_representative": Person(**data["legal_representative"]),
            "registered_capital": Decimal(data["registered_capital"]),
            "investors": tuple(
                Investor(i["name"], i["identifier"], Decimal(i["subscribed"]))
                for i in data.get("investors", ())
            ),
        }
    )


def file_registration(
    db: Database,
    actor: Actor,
    request: RegistrationRequest,
    *,
    note: str = "",
    on: date | None = None,
    application_number: str | None = None,
) -> FilingInfo:
    """Accept a registration to be decided within 3 working days; the name is reserved meanwhile.
    `application_number`: the accepted establishment application it is filed for (registering
    the filing later links the enterprise to it)."""
    actor.require(*REGISTER_ROLES)
    request = validate_request(request)
    on = on or date.today()
    with db.transaction() as session:
        app = bind_application(session, application_number, "establishment", request.category)
        key = name_key(request.name)
        lock_name(session, request.authority_code, key)
        conflict = find_conflict(session, request.name, request.authority_code)
        if conflict is not None:
            raise NameConflict(request.name, conflict)
        calendar = load_calendar(session)
        deadline = compute(calendar, on, LIMIT_DAYS)
        filing = RegistrationFiling(
            name=request.name, name_key=key, authority_code=request.authority_code,
            request=_request_json(request), status="pending", received_on=on,
            deadline=deadline.day, deadline_provisional=deadline.provisional,
            note=note or None, clerk_id=actor.user_id, window_id=actor.window_id,
            application_id=app.id if app is not None else None,
        )  # fmt: skip
        session.add(filing)
        session.flush()
        audit.record(
            session, actor, "registration.file", "registration_filing", filing.id,
            after={"name": filing.name, "deadline": filing.deadline,
                   **({"application": app.number} if app is not None else {})},
            reason=note or None,
        )  # fmt: skip
        return _filing_info(filing, on, calendar)


def _pending(session: Session, filing_id: int) -> RegistrationFiling:
    filing = session.get(RegistrationFiling, filing_id)
    if filing is None:
        raise RegistrationError(
            f"登记申请{filing_id}不存在", english=f"There is no registration filing {filing_id}."
        )
    if filing.status != "pending":
        raise RegistrationError(
            f"登记申请{filing_id}已{ {'registered': '登记', 'withdrawn': '撤回'}[filing.status] }",
            english=f"Registration filing {filing_id} has already been {filing.status}.",
        )
    return filing


def extend_registration_deadline(
    db: Database, actor: Actor, filing_id: int, reason: str, *, on: date | None = None
) -> FilingInfo:
    """Supervisor's approval: the 3-working-day limit is extended once by 3 working days."""
    actor.require(*EXTEND_ROLES)
    reason = (reason or "").strip()
    if not reason:
        raise field_error(
            "延长期限须填写理由", "Please enter the reason for extending the time limit.", "reason"
        )
    with db.transaction() as session:
        filing = _pending(session, filing_id)
        if filing.extension_days:
            raise RegistrationError(
                "期限已延长过一次，不能再延长",
                english="The time limit has already been extended once and cannot be extended again.",
            )
        calendar = load_calendar(session)
        deadline = compute(calendar, filing.received_on, LIMIT_DAYS, extension_days=EXTENSION_DAYS)
        before = filing.deadline
        filing.deadline, filing.deadline_provisional = deadline.day, deadline.provisional
        filing.extension_days, filing.extension_reason = EXTENSION_DAYS, reason
        filing.extended_by = actor.user_id
        audit.record(
            session, actor, "registration.extend", "registration_filing", filing.id,
            before={"deadline": before}, after={"deadline": filing.deadline}, reason=reason,
        )  # fmt: skip
        return _filing_info(filing, on or date.today(), calendar)


def complete_registration(
    db: Database, actor: Actor, filing_id: int, *, on: date | None = None
) -> RegistrationResult:
    """Register a filed request (its name stays reserved for it) and issue the USCC; a filing
    made for an application must find that application still open for it (`registration_links`)."""
    actor.require(*REGISTER_ROLES)
    on = on or date.today()
    with db.reading() as session:
        request = _request_from_json(_pending(session, filing_id).request)

    def work(session: Session) -> RegistrationResult:
        filing = _pending(session, filing_id)
        app = None
        if filing.application_id is not None:
            number = session.get(Application, filing.application_id).number
            app = bind_application(
                session, number, "establishment", request.category, exclude_filing=filing.id
            )
        filing.status = "registered"  # releases its own name reservation
        session.flush()
        result = create_enterprise(session, actor, request, on, application=app)
        filing.enterprise_id = result.enterprise_id
        return result

    return run_registration(db, request, work)


def withdraw_registration(db: Database, actor: Actor, filing_id: int, reason: str) -> FilingInfo:
    actor.require(*REGISTER_ROLES)
    reason = required_text(reason, "reason", "撤回原因")
    with db.transaction() as session:
        filing = _pending(session, filing_id)
        filing.status = "withdrawn"
        filing.note = reason
        audit.record(session, actor, "registration.withdraw", "registration_filing", filing.id,
                     reason=reason)  # fmt: skip
        return _filing_info(filing, None)


def pending_registrations(db: Database, *, on: date | None = None) -> list[FilingInfo]:
    """Filed registrations not yet decided, earliest deadline first, with their warning light."""
    on = on or date.today()
    with db.reading() as session:
        calendar = load_calendar(session)
        rows = session.scalars(
            select(RegistrationFiling)
            .where(RegistrationFiling.status == "pending")
            .order_by(RegistrationFiling.deadline, RegistrationFiling.id)
        )
        return [_filing_info(f, on, calendar) for f in rows]
