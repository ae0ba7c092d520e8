"""The register's numbers for the supervisor's board: received in a period, open, and open past
the reply deadline, in one statement (run in the board's read snapshot, services.metrics).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import Date, and_, bindparam, case, func, select

from ...core import complaints as rules
from ...storage.database import Database
from ...storage.models import Complaint


@dataclass(frozen=True)
class ComplaintCounts:
    received: int  # received in the period asked (the day)
    open: int
    overdue: int  # open and past the reply deadline on the day


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
