"""Tickets and calls: take a ticket, check an appointment in, call the next at a window, recall,
no-show, transfer, hold, resume, finish (linked to the application it produced).

Numbers come from a hall-wide counter per line and day (`numbering.next_value`, one upsert),
and (day, number) is unique, so many kiosks and processes never hand out the same number.
Calling picks the first waiting ticket in the window's lines (or transferred to that window)
in waiting order (`core.queue`); PostgreSQL locks it with FOR UPDATE SKIP LOCKED and SQLite's
BEGIN IMMEDIATE serialises writers, and the update is conditional on the ticket still waiting,
so two windows calling at once never get the same ticket. Every change is audited.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import and_, exists, func, or_, select, update
from sqlalchemy.orm import Session

from ..core.queue import (
    Priority,
    QueueError,
    TicketState,
    call_text,
    priority_class,
    ticket_number,
)
from ..storage.database import Database
from ..storage.models import (
    Application,
    QueueAppointment,
    QueueCall,
    QueueLine,
    QueueLineWindow,
    QueueTicket,
    Window,
)
from . import audit, numbering
from .context import Actor, Role
from .queue_config import line_by_name, window_by_number

TICKET_ROLES = (Role.CLERK, Role.SUPERVISOR, Role.ADMINISTRATOR)
CALL_ROLES = (Role.CLERK, Role.SUPERVISOR, Role.ADMINISTRATOR)
KIOSK = Actor(user_id=None, username="kiosk", role=Role.CLERK, display_name="取号机")


@dataclass(frozen=True)
class TicketInfo:
    number: str
    line: str
    position: int  # 1 = called next in its line
    waiting: int  # tickets waiting ahead of it in its line
    issued_at: datetime
    priority: str | None = None


@dataclass(frozen=True)
class CallInfo:
    ticket: str
    window: str
    line: str
    text: str  # 请A001号到3号窗口办理
    waited_seconds: int
    application_number: str | None = None


def _now(at: datetime | None) -> datetime:
    return (at or datetime.now()).replace(microsecond=0)


def _order():  # noqa: ANN202
    return (QueueTicket.priority_class, QueueTicket.rank_at, QueueTicket.id)


def _ahead(session: Session, ticket: QueueTicket) -> int:
    """Waiting tickets of its line that will be called before it."""
    t = QueueTicket
    return session.scalar(
        select(func.count()).where(
            t.day == ticket.day, t.line_id == ticket.line_id, t.state == TicketState.WAITING,
            t.id != ticket.id,
            or_(
                t.priority_class < ticket.priority_class,
                and_(t.priority_class == ticket.priority_class, t.rank_at < ticket.rank_at),
                and_(t.priority_class == ticket.priority_class, t.rank_at == ticket.rank_at,
                     t.id < ticket.id),
            ),
        )
    )  # fmt: skip


def _ticket(session: Session, number: str, day: date, *, lock: bool = False) -> QueueTicket:
    stmt = select(QueueTicket).where(QueueTicket.day == day, QueueTicket.number == number.strip())
    ticket = session.scalar(stmt.with_for_update() if lock else stmt)
    if ticket is None:
        raise QueueError(
            f"今天没有此号：{number}", english=f"There is no ticket {number} today.", field="ticket"
        )
    return ticket


def _issue(session: Session, actor: Actor, line: QueueLine, priority: str | None,
           rank_at: datetime, at: datetime, appointment_id: int | None = None) -> TicketInfo:  # fmt: skip
    day = at.date()
    serial = numbering.next_value(session, f"queue-{day:%Y%m%d}-{line.prefix}")
    ticket = QueueTicket(
        day=day, number=ticket_number(line.prefix, serial), line_id=line.id, priority=priority,
        priority_class=priority_class(priority), appointment_id=appointment_id, rank_at=rank_at,
        issued_at=at, state=TicketState.WAITING,
    )  # fmt: skip
    session.add(ticket)
    session.flush()
    ahead = _ahead(session, ticket)
    audit.record(session, actor, "queue.ticket", "queue_ticket", ticket.number,
                 after={"line": line.name, "priority": priority, "day": day})  # fmt: skip
    return TicketInfo(ticket.number, line.name, ahead + 1, ahead, at, priority)


def take_ticket(
    db: Database, actor: Actor, line: str, *, priority: str | None = None,
    appointment: str | None = None, at: datetime | None = None,
) -> TicketInfo:  # fmt: skip
    """A new ticket at the end of its line (or of the priority group; an appointment keeps
    its slot)."""
    actor.require(*TICKET_ROLES)
    if appointment:
        return check_in(db, actor, appointment, at=at)
    if priority is not None and priority not in tuple(Priority):
        raise QueueError(
            f"未知的优先类别：{priority}",
            english=f"Unknown priority: {priority}.",
            field="priority",
        )
    at = _now(at)
    with db.transaction() as session:
        return _issue(session, actor, line_by_name(session, line), priority, at, at)


def check_in(
    db: Database, actor: Actor, reference: str, *, at: datetime | None = None
) -> TicketInfo:
    """The appointment's ticket: ranked at its slot, never behind those who came later
    (tag 212); a second check-in gives back the same ticket."""
    actor.require(*TICKET_ROLES)
    at = _now(at)
    with db.transaction() as session:
        appointment = session.scalar(
            select(QueueAppointment).where(QueueAppointment.reference == reference.strip())
        )
        if appointment is None:
            raise QueueError(f"没有此预约：{reference}",
                             english=f"There is no appointment {reference}.", field="appointment")  # fmt: skip
        if appointment.day != at.date():
            raise QueueError(
                f"预约{reference}是{appointment.day:%Y-%m-%d}的，不是今天",
                english=f"Appointment {reference} is for {appointment.day:%Y-%m-%d}, not today.",
                field="appointment",
            )
        line = session.get(QueueLine, appointment.line_id)
        existing = session.scalar(
            select(QueueTicket).where(QueueTicket.appointment_id == appointment.id)
        )
        if existing is not None:
            ahead = _ahead(session, existing)
            return TicketInfo(existing.number, line.name, ahead + 1, ahead, existing.issued_at,
                              existing.priority)  # fmt: skip
        rank_at = min(appointment.slot_at, at)
        return _issue(session, actor, line, Priority.APPOINTMENT, rank_at, at, appointment.id)


def _window_for(session: Session, actor: Actor, window: str | None) -> Window:
    if window:
        return window_by_number(session, window)
    if actor.window_id is None:
        raise QueueError("当前账号未指定窗口，不能叫号",
                         english="This account has no window, so it cannot call.", field="window")  # fmt: skip
    return session.get(Window, actor.window_id)


def _call_info(session: Session, ticket: QueueTicket, window: Window, at: datetime) -> CallInfo:
    line = session.get(QueueLine, ticket.line_id)
    app = session.get(Application, ticket.application_id) if ticket.application_id else None
    waited = int(((ticket.first_called_at or at) - ticket.issued_at).total_seconds())
    return CallInfo(ticket.number, window.number, line.name, call_text(ticket.number, window.number),
                    waited, app.number if app else None)  # fmt: skip


def call_next(
    db: Database, actor: Actor, window: str | None = None, *, at: datetime | None = None
) -> CallInfo | None:
    """Call the first waiting ticket this window serves; None when nobody waits. A ticket the
    window still had called is closed as served first."""
    actor.require(*CALL_ROLES)
    at = _now(at)
    t = QueueTicket
    with db.transaction() as session:
        win = _window_for(session, actor, window)
        served = select(QueueLineWindow.line_id).where(QueueLineWindow.window_id == win.id)
        candidates = (
            select(t)
            .where(
                t.day == at.date(), t.state == TicketState.WAITING,
                or_(t.target_window_id == win.id,
                    and_(t.target_window_id.is_(None), t.line_id.in_(served))),
            )
            .order_by(*_order())
            .limit(1)
            .with_for_update(skip_locked=True)
        )  # fmt: skip
        for _attempt in range(5):
            ticket = session.scalar(candidates)
            if ticket is None:
                return None
            taken = session.execute(
                update(t).where(t.id == ticket.id, t.state == TicketState.WAITING).values(
                    state=TicketState.CALLED, window_id=win.id, target_window_id=None,
                    clerk_id=actor.user_id, called_at=at,
                    first_called_at=func.coalesce(t.first_called_at, at), calls=t.calls + 1,
                )
            )  # fmt: skip
            if taken.rowcount == 1:
                break
        else:
            return None
        _finish_current(session, actor, win, at, keep=ticket.id)
        session.add(QueueCall(ticket_id=ticket.id, window_id=win.id, at=at))
        session.refresh(ticket)
        audit.record(session, actor, "queue.call", "queue_ticket", ticket.number,
                     after={"window": win.number})  # fmt: skip
        return _call_info(session, ticket, win, at)


def _finish_current(session: Session, actor: Actor, win: Window, at: datetime, keep: int) -> None:
    """Tickets still called at this window are finished when it calls the next one."""
    for old in session.scalars(
        select(QueueTicket).where(
            QueueTicket.window_id == win.id, QueueTicket.state == TicketState.CALLED,
            QueueTicket.id != keep,
        )
    ):  # fmt: skip
        old.state, old.finished_at = TicketState.DONE, at
        audit.record(session, actor, "queue.done", "queue_ticket", old.number)


def _called_here(session: Session, actor: Actor, number: str, window: str | None,
                 at: datetime) -> tuple[QueueTicket, Window]:  # fmt: skip
    win = _window_for(session, actor, window)
    ticket = _ticket(session, number, at.date(), lock=True)
    if ticket.state != TicketState.CALLED or ticket.window_id != win.id:
        raise QueueError(
            f"{ticket.number}号不是本窗口（{win.number}）正在办理的号",
            english=f"Ticket {ticket.number} is not being served at this window ({win.number}).",
            field="ticket",
        )
    return ticket, win


def recall(db: Database, actor: Actor, number: str, window: str | None = None, *,
           at: datetime | None = None) -> CallInfo:  # fmt: skip
    """Call the same ticket again (the display and the voice repeat it)."""
    actor.require(*CALL_ROLES)
    at = _now(at)
    with db.transaction() as session:
        ticket, win = _called_here(session, actor, number, window, at)
        ticket.calls += 1
        ticket.called_at = at
        session.add(QueueCall(ticket_id=ticket.id, window_id=win.id, at=at, recall=True))
        audit.record(session, actor, "queue.recall", "queue_ticket", ticket.number,
                     after={"window": win.number, "calls": ticket.calls})  # fmt: skip
        return _call_info(session, ticket, win, at)


def no_show(db: Database, actor: Actor, number: str, window: str | None = None, *,
            at: datetime | None = None) -> None:  # fmt: skip
    """The applicant did not come (过号)."""
    actor.require(*CALL_ROLES)
    at = _now(at)
    with db.transaction() as session:
        ticket, win = _called_here(session, actor, number, window, at)
        ticket.state, ticket.finished_at = TicketState.NO_SHOW, at
        audit.record(session, actor, "queue.no_show", "queue_ticket", ticket.number,
                     after={"window": win.number})  # fmt: skip


def finish(db: Database, actor: Actor, number: str, window: str | None = None, *,
           application: str | None = None, at: datetime | None = None) -> None:  # fmt: skip
    """Served: the ticket is closed, linked to the application it produced if one is named."""
    actor.require(*CALL_ROLES)
    at = _now(at)
    with db.transaction() as session:
        ticket, win = _called_here(session, actor, number, window, at)
        if application:
            _link(session, ticket, application)
        ticket.state, ticket.finished_at = TicketState.DONE, at
        audit.record(session, actor, "queue.done", "queue_ticket", ticket.number,
                     after={"window": win.number, "application": application})  # fmt: skip


def _link(session: Session, ticket: QueueTicket, application: str) -> None:
    app = session.scalar(select(Application).where(Application.number == application.strip()))
    if app is None:
        raise QueueError(f"没有此办件：{application}",
                         english=f"There is no application {application}.", field="application")  # fmt: skip
    ticket.application_id = app.id


def link_application(db: Database, actor: Actor, number: str, application: str, *,
                     on: date | None = None) -> None:  # fmt: skip
    """The application intake produced for this ticket (the visit itself is the intake's: it is
    counted once, by intake)."""
    actor.require(*CALL_ROLES)
    with db.transaction() as session:
        ticket = _ticket(session, number, on or date.today(), lock=True)
        _link(session, ticket, application)
        audit.record(session, actor, "queue.link", "queue_ticket", ticket.number,
                     after={"application": application})  # fmt: skip


def transfer(
    db: Database, actor: Actor, number: str, *, line: str | None = None,
    to_window: str | None = None, window: str | None = None, at: datetime | None = None,
) -> None:  # fmt: skip
    """Send the called ticket to another line or window: it waits again with its rank and issue
    time, so it keeps its place and its waiting time runs on."""
    actor.require(*CALL_ROLES)
    if bool(line) == bool(to_window):
        raise QueueError("转移须指定另一业务队列或另一窗口（二者选一）",
                         english="A transfer names either another line or another window.")  # fmt: skip
    at = _now(at)
    with db.transaction() as session:
        ticket, win = _called_here(session, actor, number, window, at)
        after: dict = {"from_window": win.number}
        if line:
            ticket.line_id = line_by_name(session, line).id
            ticket.target_window_id = None
            after["line"] = line
        else:
            target = window_by_number(session, to_window or "")
            if target.id == win.id:
                raise QueueError("不能转移到本窗口", english="Cannot transfer to this same window.")
            ticket.target_window_id = target.id
            after["window"] = target.number
        ticket.state, ticket.window_id, ticket.clerk_id = TicketState.WAITING, None, None
        ticket.transfers += 1
        audit.record(session, actor, "queue.transfer", "queue_ticket", ticket.number, after=after)


def hold(db: Database, actor: Actor, number: str, window: str | None = None, *,
         at: datetime | None = None) -> None:  # fmt: skip
    """Put the called ticket aside (the applicant fetches a document); `resume` brings it back
    to this window ahead of the others."""
    actor.require(*CALL_ROLES)
    at = _now(at)
    with db.transaction() as session:
        ticket, win = _called_here(session, actor, number, window, at)
        ticket.state = TicketState.HELD
        ticket.target_window_id = win.id
        audit.record(session, actor, "queue.hold", "queue_ticket", ticket.number,
                     after={"window": win.number})  # fmt: skip


def resume(db: Database, actor: Actor, number: str, *, at: datetime | None = None) -> None:
    """A held ticket waits again at the window that held it, keeping its place."""
    actor.require(*CALL_ROLES)
    at = _now(at)
    with db.transaction() as session:
        ticket = _ticket(session, number, at.date(), lock=True)
        if ticket.state != TicketState.HELD:
            raise QueueError(
                f"{ticket.number}号未暂挂", english=f"Ticket {ticket.number} is not on hold."
            )
        ticket.state = TicketState.WAITING
        audit.record(session, actor, "queue.resume", "queue_ticket", ticket.number)


@dataclass(frozen=True)
class WindowTicket:
    number: str
    state: str
    line: str
    priority: str | None
    issued_at: datetime
    called_at: datetime | None
    application_number: str | None


def window_tickets(db: Database, window: str, *, on: date | None = None) -> list[WindowTicket]:
    """The window's called and held tickets of the day, the current one first."""
    day = on or date.today()
    with db.reading() as session:
        win = window_by_number(session, window)
        rows = session.execute(
            select(QueueTicket, QueueLine.name, Application.number)
            .join(QueueLine, QueueLine.id == QueueTicket.line_id)
            .outerjoin(Application, Application.id == QueueTicket.application_id)
            .where(
                QueueTicket.day == day,
                or_(and_(QueueTicket.state == TicketState.CALLED, QueueTicket.window_id == win.id),
                    and_(QueueTicket.state == TicketState.HELD,
                         QueueTicket.target_window_id == win.id)),
            )
            .order_by(QueueTicket.state, QueueTicket.called_at.desc())
        ).all()  # fmt: skip
        return [
            WindowTicket(t.number, t.state, line, t.priority, t.issued_at, t.called_at, app)
            for t, line, app in rows
        ]


def waiting_for_window(db: Database, window: str, *, on: date | None = None) -> int:
    """How many tickets this window could call now."""
    day = on or date.today()
    with db.reading() as session:
        win = window_by_number(session, window)
        t = QueueTicket
        served = exists().where(QueueLineWindow.window_id == win.id,
                                QueueLineWindow.line_id == t.line_id)  # fmt: skip
        return session.scalar(
            select(func.count()).where(
                t.day == day, t.state == TicketState.WAITING,
                or_(t.target_window_id == win.id, and_(t.target_window_id.is_(None), served)),
            )
        )  # fmt: skip
