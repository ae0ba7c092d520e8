"""What the hall display shows, and the queue's measures for the board and the daily report.

`display_state`: each window's current call (ticket numbers only, never a name), the last calls,
and how many wait per line; `calls_after` gives the calls newer than an id (what the voice
announces). `measures`: per line, window and clerk, the tickets, those waiting and those
called, the average and 90th-percentile wait (issue to first call, nearest-rank), the average
service time (first call to finish), no-shows and transfers.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select

from ..core.queue import TicketState, call_text, percentile
from ..storage.database import Database
from ..storage.models import QueueCall, QueueLine, QueueTicket, User, Window

RECENT = 8


@dataclass(frozen=True)
class CallRow:
    id: int
    ticket: str
    window: str
    recall: bool
    text: str


@dataclass(frozen=True)
class DisplayState:
    current: list[CallRow]  # one per window with a called ticket, the newest call first
    recent: list[CallRow]  # the last calls, newest first
    waiting: list[tuple[str, int]]  # (line, tickets waiting), every active line
    last_call_id: int


def _rows(rows) -> list[CallRow]:  # noqa: ANN001
    return [CallRow(i, t, w, r, call_text(t, w)) for i, t, w, r in rows]


def display_state(db: Database, on: date | None = None) -> DisplayState:
    day = on or date.today()
    calls = (
        select(QueueCall.id, QueueTicket.number, Window.number, QueueCall.recall)
        .join(QueueTicket, QueueTicket.id == QueueCall.ticket_id)
        .join(Window, Window.id == QueueCall.window_id)
        .where(QueueTicket.day == day)
    )
    with db.reading() as session:
        recent = _rows(session.execute(calls.order_by(QueueCall.id.desc()).limit(RECENT)))
        latest = (
            select(func.max(QueueCall.id))
            .join(QueueTicket, QueueTicket.id == QueueCall.ticket_id)
            .where(QueueTicket.day == day, QueueTicket.state == TicketState.CALLED,
                   QueueTicket.window_id == QueueCall.window_id)
            .group_by(QueueCall.window_id)
        )  # fmt: skip
        current = _rows(
            session.execute(calls.where(QueueCall.id.in_(latest)).order_by(QueueCall.id.desc()))
        )
        waiting = dict(
            session.execute(
                select(QueueTicket.line_id, func.count())
                .where(QueueTicket.day == day, QueueTicket.state == TicketState.WAITING)
                .group_by(QueueTicket.line_id)
            ).all()
        )
        lines = session.execute(
            select(QueueLine.id, QueueLine.name).where(QueueLine.active)
            .order_by(QueueLine.sort, QueueLine.id)
        ).all()  # fmt: skip
        last = session.scalar(select(func.max(QueueCall.id))) or 0
    return DisplayState(current, recent, [(name, waiting.get(i, 0)) for i, name in lines], last)


def calls_after(db: Database, after_id: int, up_to: int) -> list[CallRow]:
    """Calls newer than `after_id` up to `up_to`, oldest first (the voice's queue)."""
    with db.reading() as session:
        return _rows(session.execute(
            select(QueueCall.id, QueueTicket.number, Window.number, QueueCall.recall)
            .join(QueueTicket, QueueTicket.id == QueueCall.ticket_id)
            .join(Window, Window.id == QueueCall.window_id)
            .where(QueueCall.id > after_id, QueueCall.id <= up_to)
            .order_by(QueueCall.id)
        ))  # fmt: skip


@dataclass(frozen=True)
class QueueMeasure:
    group: str  # hall (every ticket) | line | window | clerk
    name: str
    tickets: int
    served: int
    average_wait_minutes: float | None
    p90_wait_minutes: float | None
    average_service_minutes: float | None
    no_shows: int
    transfers: int
    waiting: int = 0  # waiting now (not yet called, not held)
    called: int = 0  # called at least once (at a window, served or not come)


def _minutes(values: list[float]) -> float | None:
    return round(sum(values) / len(values) / 60, 1) if values else None


def measures(db: Database, start: date, end: date) -> list[QueueMeasure]:
    """The period's queue figures for the whole hall, per line, per window (that called it
    last) and per clerk."""
    with db.reading() as session:
        rows = session.execute(
            select(QueueTicket, QueueLine.name, Window.number, User.display_name)
            .join(QueueLine, QueueLine.id == QueueTicket.line_id)
            .outerjoin(Window, Window.id == QueueTicket.window_id)
            .outerjoin(User, User.id == QueueTicket.clerk_id)
            .where(QueueTicket.day >= start, QueueTicket.day <= end)
            .order_by(QueueTicket.id)
        ).all()
    groups: dict[tuple[str, str], list[QueueTicket]] = {}
    for ticket, line, window, clerk in rows:
        groups.setdefault(("hall", "全大厅"), []).append(ticket)
        groups.setdefault(("line", line), []).append(ticket)
        if window:
            groups.setdefault(("window", window), []).append(ticket)
        if clerk:
            groups.setdefault(("clerk", clerk), []).append(ticket)
    out = []
    order = {"hall": 0, "line": 1, "window": 2, "clerk": 3}
    for (group, name), tickets in sorted(
        groups.items(), key=lambda kv: (order[kv[0][0]], kv[0][1])
    ):
        waits = [(t.first_called_at - t.issued_at).total_seconds()
                 for t in tickets if t.first_called_at is not None]  # fmt: skip
        services = [(t.finished_at - t.first_called_at).total_seconds() for t in tickets
                    if t.state == TicketState.DONE and t.finished_at and t.first_called_at]  # fmt: skip
        p90 = percentile(waits, 90)
        out.append(QueueMeasure(
            group, name, len(tickets), sum(1 for t in tickets if t.state == TicketState.DONE),
            _minutes(waits), None if p90 is None else round(p90 / 60, 1), _minutes(services),
            sum(1 for t in tickets if t.state == TicketState.NO_SHOW),
            sum(t.transfers for t in tickets),
            sum(1 for t in tickets if t.state == TicketState.WAITING),
            sum(1 for t in tickets if t.first_called_at is not None),
        ))  # fmt: skip
    return out
