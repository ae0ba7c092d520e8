"""The complaint register (投诉登记): register, assign, answer, close, list, count.

Any clerk or supervisor registers a complaint (`register_complaint`); the reply is due
`core.complaints.REPLY_DAYS` working days after the day received, counted with the hall's
calendar. Only a supervisor (督查) assigns it to a handler (received → handling): an active
clerk or supervisor account (`assignable_handlers`), stored as its user id, with the department
it acts for as optional text (rows assigned before migration 0011 keep the handler typed as
text). The assigned handler or a supervisor answers it (handling → answered, with the
complainant's satisfaction); only a supervisor closes it as unfounded with a reason
(received/handling → closed). Every change records an audit event in its transaction;
the complainant's phone is kept in full in the table, masked in every list and audit event,
and shown in full only for a stated reason (`reveal_complainant_phone`, audited).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, NamedTuple

from sqlalchemy import Date, and_, bindparam, case, func, select
from sqlalchemy.orm import Session, aliased

from printing.masking import mask_phone

from ..core import complaints as rules
from ..core.complaints import ComplaintError, ComplaintState
from ..core.deadlines import compute, light
from ..core.workdays import WorkCalendar
from ..storage.database import Database
from ..storage.models import Application, Complaint, User, Window
from . import audit
from .calendar import load_calendar
from .context import Actor, PermissionDenied, Role
from .personal_data import REVEAL_ROLES, check_reason
from .printable import printable_name

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


@dataclass(frozen=True)
class ComplaintCounts:
    received: int  # received in the period asked (the day)
    open: int
    overdue: int  # open and past the reply deadline on the day


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
_LISTED = (
    select(
        Complaint, _AppAlias.number, _WindowAlias.number, _ClerkAlias.display_name,
        _HandlerAlias.display_name, _HandlerAlias.username,
    )
    .outerjoin(_AppAlias, _AppAlias.id == Complaint.application_id)
    .outerjoin(_WindowAlias, _WindowAlias.id == Complaint.window_id)
    .outerjoin(_ClerkAlias, _ClerkAlias.id == Complaint.clerk_id)
    .outerjoin(_HandlerAlias, _HandlerAlias.id == Complaint.handler_id)
)  # fmt: skip


def _info(row: Any, calendar: WorkCalendar, today: date) -> ComplaintInfo:
    c, number, window, clerk, handler_name, handler_username = row
    return ComplaintInfo(
        c.id, c.received_at, c.received_on, c.channel, c.complainant_name,
        mask_phone(c.complainant_phone), number, window, clerk, c.category, c.content,
        c.state, c.reply_deadline, c.deadline_provisional, c.handler, c.reply, c.answered_on,
        c.satisfaction, c.close_reason, c.closed_on,
        _light(calendar, c.state, c.reply_deadline, today), c.handler_id, handler_name,
        handler_username, c.handler_department, c.assigned_on,
    )  # fmt: skip


def _one(session: Session, complaint_id: int, today: date) -> ComplaintInfo:
    row = session.execute(_LISTED.where(Complaint.id == complaint_id)).one()
    return _info(row, load_calendar(session), today)


def _concerned(
    session: Session, application_number: str, window_number: str
) -> tuple[int | None, int | None, int | None]:
    """(application id, window id, clerk id) of what the complaint concerns."""
    if application_number.strip():
        number = rules.check_application_number(application_number)
        app = session.scalars(select(Application).where(Application.number == number)).first()
        if app is None:
            raise ComplaintError(
                f"申请编号{number}不存在",
                english=f"There is no application number {number}.",
                field="application",
            )
        return app.id, app.window_id, app.clerk_id
    if window_number.strip():
        number = window_number.strip().upper()
        window = session.scalars(select(Window).where(Window.number == number)).first()
        if window is None:
            raise ComplaintError(
                f"窗口{number}不存在", english=f"There is no window {number}.", field="window"
            )
        return None, window.id, None
    return None, None, None


def check_form(form: ComplaintForm, *, now: datetime | None = None) -> ComplaintForm:
    """The form with every value checked and normalised; the first wrong field raises."""
    now = now or datetime.now()
    received_at = form.received_at or now
    if received_at > now:
        raise ComplaintError(
            "接收时间不能晚于现在",
            english="The time received cannot be later than now.",
            field="received_at",
        )
    return ComplaintForm(
        channel=rules.check_channel(form.channel),
        # the applicants' rules (core.names) and the documents' fonts, as for an applicant
        name=printable_name(
            rules.check_name(form.name),
            person=False,
            field="name",
            label="投诉人姓名",
            label_en="complainant's name",
            limit=rules.MAX_NAME,
        ),
        phone=rules.check_phone(form.phone),
        category=rules.check_category(form.category),
        content=rules.check_content(form.content),
        application_number=(
            rules.check_application_number(form.application_number)
            if form.application_number.strip()
            else ""
        ),
        window_number=form.window_number.strip().upper(),
        received_at=received_at.replace(microsecond=0),
    )


def register_complaint(
    db: Database, actor: Actor, form: ComplaintForm, *, now: datetime | None = None
) -> ComplaintInfo:
    """Register a complaint; its reply is due REPLY_DAYS working days after the day received."""
    actor.require(*REGISTER_ROLES)
    form = check_form(form, now=now)
    assert form.received_at is not None
    received_on = form.received_at.date()
    with db.transaction() as session:
        application_id, window_id, clerk_id = _concerned(
            session, form.application_number, form.window_number
        )
        calendar = load_calendar(session)
        deadline = compute(calendar, received_on, rules.REPLY_DAYS)
        complaint = Complaint(
            received_at=form.received_at, received_on=received_on, channel=form.channel,
            complainant_name=form.name, complainant_phone=form.phone,
            application_id=application_id, window_id=window_id, clerk_id=clerk_id,
            category=form.category, content=form.content, state=str(ComplaintState.RECEIVED),
            reply_deadline=deadline.day, deadline_provisional=deadline.provisional,
            registered_by=actor.user_id,
        )  # fmt: skip
        session.add(complaint)
        session.flush()
        audit.record(
            session, actor, "complaint.register", "complaint", complaint.id,
            after={
                "channel": form.channel, "category": form.category,
                "complainant": form.name, "phone": mask_phone(form.phone),
                "application": form.application_number or None,
                "window_id": window_id, "deadline": deadline.day,
            },
        )  # fmt: skip
        return _one(session, complaint.id, received_on)


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
        return _one(session, complaint.id, on)


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


def list_complaints(
    db: Database, *, which: str = "open", on: date | None = None
) -> list[ComplaintInfo]:
    """Complaints by filter ('open', 'overdue', 'all') or one state: open ones by reply
    deadline (the most urgent first), the others newest first."""
    today = on or date.today()
    query = _LISTED
    if which in ("open", "overdue"):
        query = query.where(Complaint.state.in_([str(s) for s in rules.OPEN_STATES]))
    elif which != "all":
        try:
            state = ComplaintState(which)
        except ValueError:
            raise ComplaintError(
                f"没有这种投诉状态：{which}", english=f"There is no complaint state {which}."
            ) from None
        query = query.where(Complaint.state == str(state))
    if which == "overdue":
        query = query.where(Complaint.reply_deadline < today)
    with db.reading() as session:
        calendar = load_calendar(session)
        rows = [_info(r, calendar, today) for r in session.execute(query)]
    return sorted(
        rows,
        key=lambda c: (
            not c.is_open,
            c.reply_deadline if c.is_open else date.max,
            -c.received_at.timestamp(),
            -c.id,
        ),
    )


def received_between(db: Database, start: date, end: date) -> list[ComplaintInfo]:
    """Complaints received in [start, end] (whatever their state), in the order received;
    the light is the one on the day asked (today)."""
    today = date.today()
    query = (
        _LISTED.where(Complaint.received_on.between(start, end))
        .order_by(Complaint.received_at, Complaint.id)
    )  # fmt: skip
    with db.reading() as session:
        calendar = load_calendar(session)
        return [_info(r, calendar, today) for r in session.execute(query)]


def as_dict(c: ComplaintInfo) -> dict[str, Any]:
    """One complaint as plain JSON values (dates ISO, the phone masked): the CLI's list and
    the register's export."""
    data = {
        "id": c.id, "received_at": c.received_at, "received_on": c.received_on,
        "channel": c.channel, "category": c.category, "state": c.state,
        "reply_deadline": c.reply_deadline, "deadline_provisional": c.deadline_provisional,
        "application": c.application_number, "window": c.window, "clerk": c.clerk,
        "complainant": c.complainant, "phone": c.phone_masked, "content": c.content,
        "handler": c.handler_label, "handler_username": c.handler_username,
        "handler_department": c.handler_department, "assigned_on": c.assigned_on,
        "reply": c.reply, "answered_on": c.answered_on, "satisfaction": c.satisfaction,
        "close_reason": c.close_reason, "closed_on": c.closed_on,
    }  # fmt: skip
    return {k: v.isoformat() if isinstance(v, date | datetime) else v for k, v in data.items()}


_START = bindparam("start", type_=Date)
_END = bindparam("end", type_=Date)
_DAY = bindparam("day", type_=Date)
_IS_OPEN = Complaint.state.in_([str(s) for s in rules.OPEN_STATES])
# the board's numbers in one statement (run in the board's read snapshot, services.metrics)
COUNTS = select(
    func.count(case((Complaint.received_on.between(_START, _END), 1))),
    func.count(case((_IS_OPEN, 1))),
    func.count(case((and_(_IS_OPEN, Complaint.reply_deadline < _DAY), 1))),
)


def counts_params(start: date, end: date, day: date) -> dict[str, date]:
    return {"start": start, "end": end, "day": day}


def complaint_counts(
    db: Database, *, start: date | None = None, end: date | None = None, on: date | None = None
) -> ComplaintCounts:
    """Received in [start, end] (default: the day), open now, open and overdue on the day."""
    today = on or date.today()
    ((received, open_, overdue),) = db.fetch_rows(
        COUNTS, counts_params(start or today, end or start or today, today)
    )
    return ComplaintCounts(received, open_, overdue)
