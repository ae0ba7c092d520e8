"""One-time notice (一次性告知书, 行政许可法 art. 32): everything to correct, in one notice.

A later notice may only repeat items of the first one. Demanding anything new needs a
supervisor's override with a written reason: the acting user is a supervisor, or `override_by`
is a logged-in supervisor. The override is stored on the notice, printed, and audited.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from datetime import date

from sqlalchemy import select

from printing import NoticeData, NoticeItem

from ..core.checklist import (
    ItemStatus,
    Mark,
    blocking_items,
    new_items_since_first,
    problem_label,
    what_to_bring,
)
from ..core.errors import DomainError
from ..core.states import State
from ..storage.database import Database
from ..storage.models import MatterVersion, Notice
from . import audit, documents, workflow
from .calendar import load_calendar
from .checklist import INTAKE_ROLES, get_application, mark, require_state, save_items
from .context import Actor, PermissionDenied, Role

__all__ = ["CORRECTION_WORKDAYS", "NewItemsNeedOverride", "issue_notice"]

CORRECTION_WORKDAYS = 10  # default time to bring the corrections, in working days


class NewItemsNeedOverride(PermissionDenied):
    """A later notice asks for something the first did not: one-time means once."""


def issue_notice(
    db: Database,
    actor: Actor,
    number: str,
    *,
    marks: Iterable[Mark] = (),
    by_when: date | None = None,
    override_by: Actor | None = None,
    override_reason: str | None = None,
    on: date | None = None,
) -> documents.Outcome:
    """Issue a one-time notice listing every required item not received (pending = missing).

    Moves the application to CORRECTION. `by_when` defaults to CORRECTION_WORKDAYS working days.
    Raises NewItemsNeedOverride when a later notice adds items without a supervisor and a reason.
    """
    actor.require(*INTAKE_ROLES)
    day = on or date.today()
    documents.preflight()
    with db.transaction() as session:
        app = get_application(session, number, lock=True)
        require_state(app, State.RECEIVED, State.CORRECTION, action="出具一次性告知书")
        # Re-opening an item received earlier is a new demand: the override check below decides.
        items = mark(session, actor, app, marks, day, allow_reopen=True)
        wanted = blocking_items(items)
        if not wanted:
            raise DomainError(
                "材料已齐全，应予受理，无需一次性告知",
                english="The materials are complete: accept the application instead of issuing a one-time notice.",
            )
        notices = list(
            session.scalars(
                select(Notice).where(Notice.application_id == app.id).order_by(Notice.sequence)
            )
        )
        supervisor: Actor | None = None
        reason = (override_reason or "").strip() or None
        new = ()
        if notices:
            new = new_items_since_first((i["key"] for i in notices[0].items), wanted)
        if new:
            names = "、".join(f"“{i.name}”" for i in new)
            candidate = actor if actor.role == Role.SUPERVISOR else override_by
            if candidate is None or candidate.role != Role.SUPERVISOR:
                raise NewItemsNeedOverride(
                    f"一次性告知后不得新增补正内容：{names}不在首次告知书中。"
                    "确需新增的，须经负责人批准并填写书面理由",
                    english=f"After a one-time notice no new items may be added: {names} were not on the first notice. Adding them needs a supervisor's approval with a written reason.",
                    field="override_by",
                )
            if reason is None:
                raise NewItemsNeedOverride(
                    "新增告知内容须填写负责人批准的书面理由",
                    english="Adding items to a notice needs the written reason approved by the supervisor.",
                    field="override_reason",
                )
            supervisor = candidate
        # Pending items are told as missing; the first notice marks what every later one may repeat.
        first = not notices
        wanted_keys = {i.key for i in wanted}
        items = tuple(
            replace(
                i,
                status=ItemStatus.MISSING if i.status is ItemStatus.PENDING else i.status,
                on_first_notice=i.on_first_notice or first,
            )
            if i.key in wanted_keys
            else i
            for i in items
        )
        save_items(session, app, items)
        wanted = blocking_items(items)
        due = by_when or load_calendar(session).add(day, CORRECTION_WORKDAYS).day
        if due < day:
            raise DomainError(
                "补正期限不能早于今天",
                english="The correction due date cannot be before today.",
                field="by_when",
            )
        sequence = len(notices) + 1
        rows = [
            {"key": i.key, "name": i.name, "problem": problem_label(i), "status": str(i.status),
             "reason": i.reason or "", "bring": what_to_bring(i)}
            for i in wanted
        ]  # fmt: skip
        notice = Notice(
            application_id=app.id,
            sequence=sequence,
            issued_on=day,
            items=rows,
            override_reason=reason if supervisor else None,
            override_by=supervisor.user_id if supervisor else None,
        )
        session.add(notice)
        session.flush()
        if supervisor is not None:
            audit.record(
                session, actor, "notice.override", "application", app.number,
                after={"supervisor": supervisor.username, "sequence": sequence,
                       "new_items": [i.key for i in new]},
                reason=reason,
            )  # fmt: skip
        workflow.move(
            session, actor, app, State.CORRECTION, on=day,
            details={"notice": sequence, "items": [r["key"] for r in rows]},
        )  # fmt: skip
        version = session.get(MatterVersion, app.matter_version_id)
        definition = version.definition
        name, code_masked, _ = documents.applicant_fields(session, app)
        received = tuple(i.name for i in items if i.status is ItemStatus.RECEIVED)

        def build(header):  # noqa: ANN001, ANN202
            return NoticeData(
                header=header,
                application_number=app.number,
                matter=definition["name"],
                applicant_name=name,
                applicant_id_masked=code_masked,
                applicant_uscc=documents.applicant_uscc(session, app),
                applied_on=app.received_on,
                items=tuple(
                    NoticeItem(r["name"], r["problem"], r["reason"] or r["problem"], r["bring"])
                    for r in rows
                ),
                where=f"{definition['place']}（{definition['hours']}）",
                by_when=due,
                guide_reference=(
                    f"《{definition['name']}办事指南》（{definition['code']} v{version.version}）"
                ),
                received_so_far=received,
                sequence=sequence,
                override_reason=reason if supervisor else None,
            )

        doc = documents.issue(session, actor, "notice", app, build, day)
        return documents.outcome(session, app, doc)
