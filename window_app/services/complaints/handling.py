"""Handling a registered complaint: a supervisor assigns it to an account (never the person it
concerns), the handler or a supervisor answers it, a supervisor closes it as unfounded, and the
complainant's phone is shown in full only for a stated reason. Each move is checked against the
state rules in the row's own transaction and audited.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...core import complaints as rules
from ...core.complaints import ComplaintError, ComplaintState
from ...storage.database import Database
from ...storage.models import Complaint, User
from .. import audit
from ..context import Actor, PermissionDenied
from ..personal_data import REVEAL_ROLES, check_reason
from .records import (
    ANSWER_ROLES,
    HANDLE_ROLES,
    ComplaintInfo,
    ComplaintNotFound,
    HandlerChoice,
    read_one,
)


def _get(session: Session, complaint_id: int, *, lock: bool = False) -> Complaint:
    complaint = session.get(Complaint, complaint_id, with_for_update=lock)
    if complaint is None:
        raise ComplaintNotFound(
            f"投诉{complaint_id}不存在", english=f"There is no complaint {complaint_id}."
        )
    return complaint


def _move(
    db: Database,
    actor: Actor,
    complaint_id: int,
    target: ComplaintState,
    action: str,
    changes: dict[str, Any],
    *,
    on: date,
    reason: str | None = None,
    check: Callable[[Session, Complaint], dict[str, Any]] | None = None,
) -> ComplaintInfo:
    """Move the complaint; `check` (inside the transaction, the row locked) may refuse and
    returns what else the audit event records."""
    with db.transaction() as session:
        complaint = _get(session, complaint_id, lock=True)
        before = complaint.state
        noted = check(session, complaint) if check is not None else {}
        rules.check_move(before, target)
        complaint.state = str(target)
        for key, value in changes.items():
            setattr(complaint, key, value)
        session.flush()
        audit.record(
            session, actor, action, "complaint", complaint.id,
            before={"state": before}, after={"state": str(target), **changes, **noted},
            reason=reason,
        )  # fmt: skip
        return read_one(session, complaint.id, on)


_ASSIGNABLE = (
    select(User.id, User.username, User.display_name, User.role)
    .where(User.active.is_(True), User.role.in_(rules.HANDLER_ROLES))
    .order_by(User.role.desc(), User.username)
)  # supervisors first, then clerks, each by username (the same order on both back ends)


def assignable_handlers(db: Database, actor: Actor) -> list[HandlerChoice]:
    """The accounts a supervisor can assign a complaint to: active clerks and supervisors."""
    actor.require(*HANDLE_ROLES)
    with db.reading() as session:
        return [HandlerChoice(*row) for row in session.execute(_ASSIGNABLE)]


def _handler(session: Session, handler_id: int | None) -> User:
    user = session.get(User, handler_id) if handler_id is not None else None
    if user is None or not user.active or user.role not in rules.HANDLER_ROLES:
        raise ComplaintError(
            "请选择承办人（在用的窗口人员或督查账号）",
            english="Please choose the handler (an active clerk or supervisor account).",
            field="handler",
        )
    return user


def assign_complaint(
    db: Database,
    actor: Actor,
    complaint_id: int,
    handler_id: int | None,
    *,
    department: str | None = None,
    on: date | None = None,
) -> ComplaintInfo:
    """A supervisor hands the complaint to an account (a clerk or supervisor), optionally
    naming the department it acts for: it is in hand. Handing it on replaces the handler."""
    actor.require(*HANDLE_ROLES)
    department = rules.check_department(department)
    on = on or date.today()

    def check(session: Session, complaint: Complaint) -> dict[str, Any]:
        user = _handler(session, handler_id)
        if complaint.clerk_id is not None and complaint.clerk_id == user.id:
            # no one handles a complaint about themselves (回避)
            raise ComplaintError(
                f"该投诉涉及{user.display_name}（{user.username}）本人，不能由其承办，请另选承办人",
                english=f"The complaint concerns {user.display_name} ({user.username}), who "
                "therefore cannot handle it; please choose another handler.",
                field="handler",
            )
        return {"handler_username": user.username}

    return _move(
        db, actor, complaint_id, ComplaintState.HANDLING, "complaint.assign",
        {"handler_id": handler_id, "handler_department": department, "handler": None,
         "assigned_on": on},
        on=on, check=check,
    )  # fmt: skip


def answer_complaint(
    db: Database,
    actor: Actor,
    complaint_id: int,
    reply: str,
    satisfaction: str,
    *,
    on: date | None = None,
) -> ComplaintInfo:
    """The assigned handler or a supervisor records the reply given and how satisfied the
    complainant was."""
    actor.require(*ANSWER_ROLES)
    reply = rules.check_reply(reply)
    satisfaction = rules.check_satisfaction(satisfaction)
    on = on or date.today()

    def check(_session: Session, complaint: Complaint) -> dict[str, Any]:
        if actor.role in HANDLE_ROLES:
            return {}
        if complaint.handler_id is None or complaint.handler_id != actor.user_id:
            raise PermissionDenied(
                f"投诉{complaint.id}未转办给您，只有承办人或督查可以答复",
                english=f"Complaint {complaint.id} is not assigned to you: only its handler"
                " or a supervisor can answer it.",
            )
        return {}

    return _move(
        db, actor, complaint_id, ComplaintState.ANSWERED, "complaint.answer",
        {"reply": reply, "satisfaction": satisfaction, "answered_on": on}, on=on, check=check,
    )  # fmt: skip


def close_complaint(
    db: Database, actor: Actor, complaint_id: int, reason: str, *, on: date | None = None
) -> ComplaintInfo:
    """A supervisor closes the complaint as unfounded (不属实), with the reason."""
    actor.require(*HANDLE_ROLES)
    reason = rules.check_reason(reason)
    on = on or date.today()
    return _move(
        db, actor, complaint_id, ComplaintState.CLOSED, "complaint.close",
        {"close_reason": reason, "closed_on": on}, on=on, reason=reason,
    )  # fmt: skip


def reveal_complainant_phone(db: Database, actor: Actor, complaint_id: int, reason: str) -> str:
    """The complainant's full phone number (to call back), for a stated reason; audited
    'personal.view' like `personal_data.reveal_phone` (the event never contains the value)."""
    actor.require(*REVEAL_ROLES)
    reason = check_reason(reason)
    with db.transaction() as session:
        complaint = _get(session, complaint_id)
        audit.record(
            session, actor, "personal.view", "complaint", complaint.id,
            after={"field": "complainant_phone"}, reason=reason,
        )  # fmt: skip
        return complaint.complainant_phone
