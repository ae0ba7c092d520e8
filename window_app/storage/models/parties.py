"""Applicants and the bad-credit list consulted before commitment approval."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from ..base import Base, utcnow


class Applicant(Base):
    __tablename__ = "applicants"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))  # person | organisation
    name: Mapped[str] = mapped_column(String(200), index=True)
    id_number: Mapped[str | None] = mapped_column(String(18), index=True)
    uscc: Mapped[str | None] = mapped_column(String(18), index=True)
    phone: Mapped[str | None] = mapped_column(String(32), index=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class BadCreditEntry(Base):
    """An entry of a credit list (信用联合惩戒): `list_kind` is `bad_credit` (失信名单, barred from
    commitment approval) or `abnormal` (经营异常名录); an ID number or USCC (migration 0016)."""

    __tablename__ = "bad_credit_entries"
    __table_args__ = (Index("ix_bad_credit_entries_kind_code", "list_kind", "code"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(18), index=True)
    name: Mapped[str] = mapped_column(String(200), default="")
    reason: Mapped[str] = mapped_column(Text, default="")
    listed_on: Mapped[date | None]
    source: Mapped[str] = mapped_column(String(200), default="")
    list_kind: Mapped[str] = mapped_column(
        String(16), default="bad_credit", server_default="bad_credit"
    )
    authority: Mapped[str] = mapped_column(String(200), default="", server_default="")
    removed_on: Mapped[date | None]
