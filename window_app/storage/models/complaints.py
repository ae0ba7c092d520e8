"""Complaints (投诉登记): who complained, about what, and how it was answered or closed."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .. import pii
from ..base import Base, utcnow

# the tables this module's foreign keys point at (models/__init__: loaded on first use)
from . import applications, security  # noqa: F401


class Complaint(Base):
    """One complaint; `application_id` / `window_id` / `clerk_id` say what it concerns (the
    window and clerk are taken from the application when one is named)."""

    __tablename__ = "complaints"
    __table_args__ = (
        Index("ix_complaints_state_deadline", "state", "reply_deadline"),
        Index("ix_complaints_received_on", "received_on"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    received_at: Mapped[datetime]
    received_on: Mapped[date]
    channel: Mapped[str] = mapped_column(String(16))  # phone | window | letter | online
    complainant_name: Mapped[str] = mapped_column(String(50))
    complainant_phone: Mapped[str] = mapped_column(pii.Encrypted())
    application_id: Mapped[int | None] = mapped_column(ForeignKey("applications.id"), index=True)
    window_id: Mapped[int | None] = mapped_column(ForeignKey("windows.id"))
    clerk_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    category: Mapped[str] = mapped_column(String(16))
    content: Mapped[str] = mapped_column(Text)
    state: Mapped[str] = mapped_column(String(16))  # received | handling | answered | closed
    reply_deadline: Mapped[date]
    deadline_provisional: Mapped[bool] = mapped_column(default=False)
    registered_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    # before 0011 the handler was typed as text (kept for those rows); since, an account
    # (a clerk or supervisor) and optionally the department it acts for
    handler: Mapped[str | None] = mapped_column(String(50))
    handler_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    handler_department: Mapped[str | None] = mapped_column(String(50))
    assigned_on: Mapped[date | None]
    reply: Mapped[str | None] = mapped_column(Text)
    answered_on: Mapped[date | None]
    satisfaction: Mapped[str | None] = mapped_column(String(16))
    close_reason: Mapped[str | None] = mapped_column(Text)
    closed_on: Mapped[date | None]
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    version: Mapped[int] = mapped_column(default=1)

    __mapper_args__ = {"version_id_col": version}
