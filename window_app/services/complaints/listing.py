"""The register's lists: by filter or state in the order a clerk works them, the complaints
received in a period (the export's), and one complaint as plain JSON values (the CLI's and the
export's).
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from ...core import complaints as rules
from ...core.complaints import ComplaintError, ComplaintState
from ...storage.database import Database
from ...storage.models import Complaint
from ..calendar import load_calendar
from .records import LISTED, ComplaintInfo, info_of


def list_complaints(
    db: Database, *, which: str = "open", on: date | None = None
) -> list[ComplaintInfo]:
    """Complaints by filter ('open', 'overdue', 'all') or one state: open ones by reply
    deadline (the most urgent first), the others newest first."""
    today = on or date.today()
    query = LISTED
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
        rows = [info_of(r, calendar, today) for r in session.execute(query)]
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
        LISTED.where(Complaint.received_on.between(start, end))
        .order_by(Complaint.received_at, Complaint.id)
    )  # fmt: skip
    with db.reading() as session:
        calendar = load_calendar(session)
        return [info_of(r, calendar, today) for r in session.execute(query)]


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
