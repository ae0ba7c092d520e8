"""The hall's queue (排队叫号) and the applicant's verdict (好差评).

Queue: lines of business served by chosen windows, the day's tickets (numbered per line and
day from a hall-wide counter), every call (the hall display and the voice read them), and the
appointment list that checks in to a ticket keeping the appointment's place.

Evaluation: the rating requests a clerk sends to the counter's evaluator screen, the ratings
(GB/T 39046-2020 table 9 items), and the rectification case every real-name 差评 opens.
`hall_settings` holds the hall's configurable numbers (the 差评 follow-up and rectification
working days).
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from .. import pii
from ..base import Base, utcnow

# the tables this module's foreign keys point at (models/__init__: loaded on first use)
from . import applications, security  # noqa: F401


class QueueLine(Base):
    """A line of business (商事登记, 社会事务 …); `prefix` starts its ticket numbers (A001)."""

    __tablename__ = "queue_lines"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(50), unique=True)
    prefix: Mapped[str] = mapped_column(String(2), unique=True)
    active: Mapped[bool] = mapped_column(default=True)
    sort: Mapped[int] = mapped_column(default=0)


class QueueLineWindow(Base):
    """Which windows serve a line (a window may serve several)."""

    __tablename__ = "queue_line_windows"

    line_id: Mapped[int] = mapped_column(ForeignKey("queue_lines.id"), primary_key=True)
    window_id: Mapped[int] = mapped_column(ForeignKey("windows.id"), primary_key=True)


class QueueLineMatter(Base):
    """A matter belongs to one line (its catalogue code): appointments and intake find the line."""

    __tablename__ = "queue_line_matters"

    matter_code: Mapped[str] = mapped_column(String(64), primary_key=True)
    line_id: Mapped[int] = mapped_column(ForeignKey("queue_lines.id"), index=True)


class QueueAppointment(Base):
    """One booked slot (imported or entered); the ticket it checked in to names it."""

    __tablename__ = "queue_appointments"

    id: Mapped[int] = mapped_column(primary_key=True)
    reference: Mapped[str] = mapped_column(String(32), unique=True)
    line_id: Mapped[int] = mapped_column(ForeignKey("queue_lines.id"))
    day: Mapped[date] = mapped_column(index=True)
    slot_at: Mapped[datetime]
    name: Mapped[str] = mapped_column(String(50))
    phone: Mapped[str] = mapped_column(pii.Encrypted(), default="")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class QueueTicket(Base):
    """A ticket of one day. Waiting order: `priority_class` (0 elderly/disabled, 1 the rest),
    then `rank_at` (issue time, or the appointment's slot), then id; a transfer keeps both."""

    __tablename__ = "queue_tickets"
    __table_args__ = (
        UniqueConstraint("day", "number"),
        Index("ix_queue_tickets_day_state", "day", "state"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    day: Mapped[date]
    number: Mapped[str] = mapped_column(String(8))
    line_id: Mapped[int] = mapped_column(ForeignKey("queue_lines.id"))
    priority: Mapped[str | None] = mapped_column(String(16))  # elderly | disabled | appointment
    priority_class: Mapped[int] = mapped_column(default=1)
    appointment_id: Mapped[int | None] = mapped_column(
        ForeignKey("queue_appointments.id"), unique=True
    )
    rank_at: Mapped[datetime]
    issued_at: Mapped[datetime]
    # waiting | called | held | done | no_show
    state: Mapped[str] = mapped_column(String(16))
    target_window_id: Mapped[int | None] = mapped_column(ForeignKey("windows.id"))
    window_id: Mapped[int | None] = mapped_column(ForeignKey("windows.id"))
    clerk_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    first_called_at: Mapped[datetime | None]
    called_at: Mapped[datetime | None]
    finished_at: Mapped[datetime | None]
    calls: Mapped[int] = mapped_column(default=0)
    transfers: Mapped[int] = mapped_column(default=0)
    application_id: Mapped[int | None] = mapped_column(ForeignKey("applications.id"))


class QueueCall(Base):
    """Every call and recall, newest last: what the hall display shows and the voice reads."""

    __tablename__ = "queue_calls"

    id: Mapped[int] = mapped_column(primary_key=True)
    ticket_id: Mapped[int] = mapped_column(ForeignKey("queue_tickets.id"), index=True)
    window_id: Mapped[int] = mapped_column(ForeignKey("windows.id"))
    at: Mapped[datetime] = mapped_column(index=True)
    recall: Mapped[bool] = mapped_column(default=False)


class EvaluationRequest(Base):
    """A rating the clerk asked for at the counter; the window's evaluator screen shows it while
    `state` is pending (then rated, expired or withdrawn)."""

    __tablename__ = "evaluation_requests"
    __table_args__ = (Index("ix_evaluation_requests_window_state", "window_id", "state"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    window_id: Mapped[int] = mapped_column(ForeignKey("windows.id"))
    clerk_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    application_id: Mapped[int | None] = mapped_column(ForeignKey("applications.id"))
    ticket_id: Mapped[int | None] = mapped_column(ForeignKey("queue_tickets.id"))
    case_number: Mapped[str] = mapped_column(String(32))
    matter: Mapped[str] = mapped_column(String(200))
    # completion | notice | refusal | consultation
    encounter: Mapped[str] = mapped_column(String(16))
    evaluator_name: Mapped[str] = mapped_column(String(50), default="")
    state: Mapped[str] = mapped_column(String(16))
    created_at: Mapped[datetime]
    expires_at: Mapped[datetime]


class Evaluation(Base):
    """One rating (一次一评). `level` in the national interface direction: 5 = 非常满意 …
    1 = 非常不满意; table 9's 满意度代码 (Annex A.8) is 6 - level, computed at export."""

    __tablename__ = "evaluations"
    __table_args__ = (Index("ix_evaluations_evaluated_on", "evaluated_on"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    case_number: Mapped[str] = mapped_column(String(50), index=True)  # 办件编号
    application_id: Mapped[int | None] = mapped_column(ForeignKey("applications.id"))
    ticket_id: Mapped[int | None] = mapped_column(ForeignKey("queue_tickets.id"))
    request_id: Mapped[int | None] = mapped_column(ForeignKey("evaluation_requests.id"))
    channel: Mapped[str] = mapped_column(String(50))  # 评价渠道
    evaluator: Mapped[str] = mapped_column(String(30), default="")  # 评价人 ("" = anonymous)
    evaluated_at: Mapped[datetime]
    evaluated_on: Mapped[date]
    attempt: Mapped[int] = mapped_column(default=1)  # 评价次数: 1 first, 2 second
    level: Mapped[int]
    tags: Mapped[list] = mapped_column(default=list)
    text: Mapped[str] = mapped_column(Text, default="")
    encounter: Mapped[str] = mapped_column(String(16))
    window_id: Mapped[int | None] = mapped_column(ForeignKey("windows.id"))
    clerk_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    tag_table_version: Mapped[str] = mapped_column(String(32))


class RectificationCase(Base):
    """The follow-up (回访) and rectification (整改) of one real-name 差评."""

    __tablename__ = "rectification_cases"

    id: Mapped[int] = mapped_column(primary_key=True)
    evaluation_id: Mapped[int] = mapped_column(ForeignKey("evaluations.id"), unique=True)
    opened_on: Mapped[date]
    followup_due: Mapped[date]
    rectify_due: Mapped[date]
    # open | followed_up | answered | appealed | withdrawn
    state: Mapped[str] = mapped_column(String(16), index=True)
    followed_up_at: Mapped[datetime | None]
    followup_note: Mapped[str | None] = mapped_column(Text)
    finding: Mapped[str | None] = mapped_column(String(16))  # immediate | ledger | explain
    finding_note: Mapped[str | None] = mapped_column(Text)
    ledger_due: Mapped[date | None]
    reply: Mapped[str | None] = mapped_column(Text)
    answered_on: Mapped[date | None]
    appeal_reason: Mapped[str | None] = mapped_column(Text)
    appeal_from: Mapped[str | None] = mapped_column(String(16))  # the state a rejection restores
    appeal_decision: Mapped[str | None] = mapped_column(String(16))  # upheld | rejected
    appeal_note: Mapped[str | None] = mapped_column(Text)
    decided_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    version: Mapped[int] = mapped_column(default=1)

    __mapper_args__ = {"version_id_col": version}
