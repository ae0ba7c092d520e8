"""What the complaint register holds and who may do what: the roles, the form typed, one
complaint as the lists show it, and the one query every list and answer reads rows with.

It exists so that registering, handling, listing and counting (the package's other modules)
share one shape of a complaint and one way of reading it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, NamedTuple

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from printing.masking import mask_phone

from ...core import complaints as rules
from ...core.complaints import ComplaintError, ComplaintState
from ...core.deadlines import light
from ...core.workdays import WorkCalendar
from ...storage.models import Application, Complaint, User, Window
from ..calendar import load_calendar
from ..context import Actor, Role

REGISTER_ROLES = (Role.CLERK, Role.SUPERVISOR)
HANDLE_ROLES = (Role.SUPERVISOR,)  # assign, close, answer any: the supervisor's (督查)
ANSWER_ROLES = (Role.CLERK, Role.SUPERVISOR)  # a clerk answers only what is assigned to them
READ_ROLES = (Role.CLERK, Role.SUPERVISOR, Role.ADMINISTRATOR)
FILTERS = ("open", "overdue", "all")  # what the list offers besides one state


@dataclass(frozen=True)
class ComplaintForm:
    """What the person registering typed; checked by `register_complaint`."""

    channel: str
    name: str
    phone: str
    category: str
    content: str
    application_number: str = ""
    window_number: str = ""
    received_at: datetime | None = None  # default: now


@dataclass(frozen=True)
class ComplaintInfo:
    id: int
    received_at: datetime
    received_on: date
    channel: str
    complainant: str
    phone_masked: str
    application_number: str | None
    window: str | None
    clerk: str | None
    category: str
    content: str
    state: str
    reply_deadline: date
    deadline_provisional: bool
    handler: str | None
    reply: str | None
    answered_on: date | None
    satisfaction: str | None
    close_reason: str | None
    closed_on: date | None
    light: str | None  # green / yellow / red while open on the day asked; None once ended
    handler_id: int | None = None  # the account assigned (since migration 0011)
    handler_name: str | None = None  # its display name
    handler_username: str | None = None
    handler_department: str | None = None
    assigned_on: date | None = None

    @property
    def is_open(self) -> bool:
        return self.state in rules.OPEN_STATES

    @property
    def handler_label(self) -> str | None:
        """Who handles it: 'display name (username)', or the text typed before 0011."""
        if self.handler_id is not None:
            return f"{self.handler_name}（{self.handler_username}）"
        return self.handler

    def may_answer(self, actor: Actor) -> bool:
        """In hand, and the actor is a supervisor or the account it is assigned to."""
        return self.state == ComplaintState.HANDLING and (
            actor.role in HANDLE_ROLES
            or (self.handler_id is not None and self.handler_id == actor.user_id)
        )


class HandlerChoice(NamedTuple):
    """An account a complaint can be assigned to."""

    id: int
    username: str
    display_name: str
    role: str


class ComplaintNotFound(ComplaintError):
    pass


def _light(calendar: WorkCalendar, state: str, deadline: date, today: date) -> str | None:
    if state not in rules.OPEN_STATES:
        return None
    try:
        return light(calendar, today, deadline)
    except Exception:  # noqa: BLE001  (a year the calendar does not know: show as due)
        return "yellow"


_AppAlias = aliased(Application)
_WindowAlias = aliased(Window)
_ClerkAlias = aliased(User)
_HandlerAlias = aliased(User)
LISTED = (
    select(
        Complaint, _AppAlias.number, _WindowAlias.number, _ClerkAlias.display_name,
        _HandlerAlias.display_name, _HandlerAlias.username,
    )
    .outerjoin(_AppAlias, _AppAlias.id == Complaint.application_id)
    .outerjoin(_WindowAlias, _WindowAlias.id == Complaint.window_id)
    .outerjoin(_ClerkAlias, _ClerkAlias.id == Complaint.clerk_id)
    .outerjoin(_HandlerAlias, _HandlerAlias.id == Complaint.handler_id)
)  # fmt: skip


def info_of(row: Any, calendar: WorkCalendar, today: date) -> ComplaintInfo:
    c, number, window, clerk, handler_name, handler_username = row
    return ComplaintInfo(
        c.id, c.received_at, c.received_on, c.channel, c.complainant_name,
        mask_phone(c.complainant_phone), number, window, clerk, c.category, c.content,
        c.state, c.reply_deadline, c.deadline_provisional, c.handler, c.reply, c.answered_on,
        c.satisfaction, c.close_reason, c.closed_on,
        _light(calendar, c.state, c.reply_deadline, today), c.handler_id, handler_name,
        handler_username, c.handler_department, c.assigned_on,
    )  # fmt: skip


def read_one(session: Session, complaint_id: int, today: date) -> ComplaintInfo:
    row = session.execute(LISTED.where(Complaint.id == complaint_id)).one()
    return info_of(row, load_calendar(session), today)
