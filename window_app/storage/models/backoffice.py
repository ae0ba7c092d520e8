"""The back office (issue 19): hand-over batches to the approving departments, each item's
journey there and back, and the custody history (who held the file, from when)."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from .. import pii
from ..base import Base, utcnow

# the tables this module's foreign keys point at (models/__init__: loaded on first use)
from . import applications, security  # noqa: F401


class HandoverBatch(Base):
    """A hand-over list (移交清单): accepted applications sent together to one department."""

    __tablename__ = "handover_batches"

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(32), unique=True)  # YJ20261006-001, its Code128
    department_code: Mapped[str] = mapped_column(String(32), index=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    created_on: Mapped[date]
    created_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    window_id: Mapped[int | None] = mapped_column(ForeignKey("windows.id"))
    received_at: Mapped[datetime | None]  # every item signed for
    received_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))


class HandoverItem(Base):
    """One application on a list: handed over, received by the department, decided and returned."""

    __tablename__ = "handover_items"
    __table_args__ = (UniqueConstraint("batch_id", "application_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    batch_id: Mapped[int] = mapped_column(ForeignKey("handover_batches.id"), index=True)
    application_id: Mapped[int] = mapped_column(ForeignKey("applications.id"), index=True)
    department_code: Mapped[str] = mapped_column(String(32), index=True)
    handed_at: Mapped[datetime] = mapped_column(default=utcnow)
    received_at: Mapped[datetime | None]
    received_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    # the department's decision: approve | refuse, with the result document's number
    outcome: Mapped[str | None] = mapped_column(String(16))
    reason: Mapped[str | None] = mapped_column(Text)
    legal_basis: Mapped[str | None] = mapped_column(Text)
    result_number: Mapped[str | None] = mapped_column(String(48), unique=True)
    decided_on: Mapped[date | None]
    decided_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    returned_at: Mapped[datetime | None]  # back at the window for delivery (统一出件)


class CustodyEvent(Base):
    """From `since` the application's file was held by `holder` (window | department)."""

    __tablename__ = "custody_events"

    id: Mapped[int] = mapped_column(primary_key=True)
    application_id: Mapped[int] = mapped_column(ForeignKey("applications.id"), index=True)
    holder: Mapped[str] = mapped_column(String(16))  # window | department
    department_code: Mapped[str] = mapped_column(String(32), default="")
    event: Mapped[str] = mapped_column(String(16))  # handed_over | received | returned
    batch_id: Mapped[int | None] = mapped_column(ForeignKey("handover_batches.id"))
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    username: Mapped[str] = mapped_column(String(64), default="")
    since: Mapped[datetime] = mapped_column(default=utcnow)


class StoredFile(Base):
    """A scanned page or file, stored once and named by its SHA-256 (the case file, 电子档案)."""

    __tablename__ = "stored_files"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    size: Mapped[int]
    media_type: Mapped[str] = mapped_column(
        String(64)
    )  # image/png | image/jpeg | image/tiff | application/pdf
    content: Mapped[bytes] = mapped_column(pii.EncryptedBytes())  # ciphertext (0029)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class MaterialScan(Base):
    """One file attached to a checklist item of an application: who attached it, when, how."""

    __tablename__ = "material_scans"

    id: Mapped[int] = mapped_column(primary_key=True)
    application_id: Mapped[int] = mapped_column(ForeignKey("applications.id"), index=True)
    material_key: Mapped[str] = mapped_column(String(64))
    sha256: Mapped[str] = mapped_column(ForeignKey("stored_files.sha256"))
    filename: Mapped[str] = mapped_column(String(200))
    source: Mapped[str] = mapped_column(String(16))  # file | folder | scanner
    attached_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    attached_at: Mapped[datetime] = mapped_column(default=utcnow)


class MaterialGap(Base):
    """容缺受理: a 可容缺 material accepted missing against the applicant's written commitment to
    bring it by `promised_by`; the decision waits until it arrives or a supervisor waives it."""

    __tablename__ = "material_gaps"
    __table_args__ = (UniqueConstraint("application_id", "material_key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    application_id: Mapped[int] = mapped_column(ForeignKey("applications.id"), index=True)
    material_key: Mapped[str] = mapped_column(String(64))
    material_name: Mapped[str] = mapped_column(Text)
    promised_by: Mapped[date] = mapped_column(index=True)
    status: Mapped[str] = mapped_column(String(16), default="open")  # open | supplied | waived
    accepted_at: Mapped[datetime] = mapped_column(default=utcnow)
    accepted_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    closed_on: Mapped[date | None]
    closed_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    waiver_reason: Mapped[str | None] = mapped_column(Text)
