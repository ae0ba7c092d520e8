"""Accept a complete application (受理) and issue the acceptance receipt (受理通知书).

The acceptance date is the day the materials became complete (after a one-time notice: the day
the last missing item arrived), or the day of receipt when the application was already deemed
accepted (行政许可法 art. 32: no one-time notice within five working days;
`core.deemed_acceptance`). Deadlines count working days from the day after acceptance
(行政许可法 art. 82), or calendar days or months where the law sets them (core.time_limits);
fees come only from the fee catalogue, "不收费" when there are none.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date
from functools import lru_cache

from sqlalchemy import select
from sqlalchemy.orm import Session

from printing import Fee as PrintedFee
from printing import MaterialOwed, MaterialReceived, ReceiptData

from ..core import deadlines
from ..core.catalogue_terms import DELIVERIES
from ..core.checklist import ChecklistError, ItemStatus, Mark, blocking_items, completion_day
from ..core.deemed_acceptance import acceptance_day
from ..core.errors import DomainError
from ..core.masking import mask_id
from ..core.states import State
from ..storage import session_cache
from ..storage.database import Database
from ..storage.models import Application, Fee, MatterVersion
from . import documents, material_gaps, workflow
from .calendar import load_calendar
from .checklist import INTAKE_ROLES, get_application, has_notice, mark, require_state
from .context import Actor

__all__ = ["acceptance_day_of", "accept", "fees_of", "set_deadlines"]


def set_deadlines(session: Session, app: Application, accepted_on: date) -> tuple[bool, bool]:
    """Promised and statutory deadlines with how they were counted; flags a provisional calendar.

    Returns which of the two dates is provisional (promised, statutory): the mark stands on
    the date it concerns."""
    calendar = load_calendar(session)
    promised = deadlines.compute(
        calendar, accepted_on, app.promised_days or 0, unit=app.promised_unit or "working_days"
    )
    text = f"承诺时限：{promised.explain()}"
    provisional = promised.provisional
    statutory_day, statutory_provisional = None, False
    if app.statutory_days is not None:
        statutory = deadlines.compute(
            calendar, accepted_on, app.statutory_days, unit=app.statutory_unit or "working_days"
        )
        statutory_day = statutory.day
        provisional = provisional or statutory.provisional
        statutory_provisional = statutory.provisional
        text += f"；法定时限：{statutory.explain()}"
    app.accepted_on = accepted_on
    app.promised_deadline = promised.day
    app.statutory_deadline = statutory_day
    app.deadline_provisional = provisional
    app.deadline_explanation = text
    return promised.provisional, statutory_provisional


def acceptance_day_of(session: Session, app: Application, on: date, complete_on: date) -> date:
    """The acceptance date when accepting on `on`: the day of receipt once deemed accepted."""
    return acceptance_day(
        load_calendar(session), app.state, app.received_on, has_notice(session, app), on,
        complete_on,
    )  # fmt: skip


def fees_of(session: Session, definition: dict) -> tuple[PrintedFee, ...]:
    """Fees named by the matter version, each from the fee catalogue with its legal basis."""
    codes = list(definition.get("fees") or ())
    if not codes:
        return ()
    rows = {f.code: f for f in session.scalars(select(Fee).where(Fee.code.in_(codes)))}
    unknown = [c for c in codes if c not in rows]
    if unknown:
        raise DomainError(
            f"收费项目{'、'.join(unknown)}不在收费目录清单中，不得收取",
            english=f"The fees {', '.join(unknown)} are not in the fee catalogue and may not be charged.",
        )
    return tuple(PrintedFee(rows[c].name, rows[c].standard, rows[c].legal_basis) for c in codes)


@lru_cache(maxsize=1)
def _intermediary_names() -> dict[str, str]:
    from ..core.catalogue import load_catalogue  # pydantic: loaded when first needed

    return {code: i.name for code, i in load_catalogue().intermediaries.items()}


def accept(
    db: Database,
    actor: Actor,
    number: str,
    *,
    marks: Iterable[Mark] = (),
    delivery_method: str | None = None,
    on: date | None = None,
    gaps: Mapping[str, date] | None = None,
) -> documents.Outcome:
    """Accept when every required item is received (after applying `marks`); issue the receipt.

    `gaps` (容缺受理): 可容缺 items accepted missing, each with the date the applicant commits
    in writing to bring it by; printed on the receipt, tracked by `services.material_gaps`.

    `delivery_method` is one of the matter's result deliveries (window/post/electronic);
    default: the first one the matter lists.
    """
    actor.require(*INTAKE_ROLES)
    day = on or date.today()
    documents.preflight()
    with db.transaction() as session:
        app = get_application(session, number, lock=True)
        require_state(app, State.RECEIVED, State.CORRECTION, action="受理")
        # read before the step changes anything: nothing to flush before its SELECT, and the
        # step's rows go out in one flush with the receipt
        name, code_masked, phone_masked = documents.applicant_fields(session, app)
        items = mark(session, actor, app, marks, day)
        gaps = dict(gaps or {})
        missing = tuple(i for i in blocking_items(items) if i.key not in gaps)
        if missing:
            raise ChecklistError(
                "材料未齐全，不能受理：" + "、".join(f"“{i.name}”" for i in missing),
                english="The materials are incomplete, so the application cannot be accepted: "
                + ", ".join(f"“{i.name}”" for i in missing),
                field=missing[0].key,
            )
        # Kept referenced: the session's identity map is weak, and build_header reads it again.
        version = session.get(
            MatterVersion, app.matter_version_id,  # the marks are not flushed early for it
            execution_options={"autoflush": session_cache.writes_any(session, MatterVersion)},
        )  # fmt: skip
        definition = version.definition
        owed = material_gaps.record_in(session, actor, app, definition, items, gaps, day)
        result = definition["result"]
        method = delivery_method or result["delivery"][0]
        if method not in result["delivery"]:
            raise DomainError(
                f"本事项不支持该送达方式：{DELIVERIES.get(method, method)}",
                english=f"This matter does not offer the delivery method “{method}”.",
                field="delivery_method",
            )
        promised_provisional, statutory_provisional = set_deadlines(
            session,
            app,
            acceptance_day_of(session, app, day, completion_day(items, fallback=app.received_on)),
        )
        app.delivery_method = method  # after the calendar query: one UPDATE of the row, not two
        workflow.move(
            session, actor, app, State.ACCEPTED, on=day,
            details={"accepted_on": app.accepted_on, "promised_deadline": app.promised_deadline},
        )  # fmt: skip
        received = tuple(
            MaterialReceived(i.name, "原件" if i.original else "复印件", i.copies_received)
            for i in items
            if i.status is ItemStatus.RECEIVED
        )
        fees = fees_of(session, definition)
        inter = tuple(_intermediary_names().get(c, c) for c in definition.get("intermediaries", ()))
        agent = f"{app.agent_name}（{mask_id(app.agent_id_number)}）" if app.agent_name else None

        def build(header):  # noqa: ANN001, ANN202
            return ReceiptData(
                header=header,
                application_number=app.number,
                matter_name=definition["name"],
                matter_code=definition["code"],
                applicant_name=name,
                applicant_id_masked=code_masked,
                applicant_uscc=documents.applicant_uscc(session, app),
                materials_received=received,
                accepted_on=app.accepted_on,
                promised_deadline=app.promised_deadline,
                statutory_deadline=app.statutory_deadline,
                deadline_explanation=app.deadline_explanation,
                delivery_method=DELIVERIES[method],
                result_name=result["name"],
                deadline_provisional=promised_provisional,
                statutory_deadline_provisional=statutory_provisional,
                agent=agent,
                fees=fees,
                intermediaries=inter,
                applicant_phone=phone_masked,
                materials_owed=tuple(MaterialOwed(g.material_name, g.promised_by) for g in owed),
            )

        doc = documents.issue(session, actor, "receipt", app, build, day)
        return documents.outcome(session, app, doc)
