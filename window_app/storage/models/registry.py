"""Enterprise registration: code segments, allocated code bodies, enterprises, referrals."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import ForeignKey, Numeric, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .. import pii
from ..base import Base, utcnow

# the tables this module's foreign keys point at (models/__init__: loaded on first use)
from . import applications, security  # noqa: F401


class CodeSegment(Base):
    """A range of organisation-code bodies an administrator hands to this hall: prefix + serials."""

    __tablename__ = "code_segments"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100))
    prefix: Mapped[str] = mapped_column(String(8))
    first_serial: Mapped[int]
    last_serial: Mapped[int]
    next_serial: Mapped[int]
    width: Mapped[int]
    # None: usable for every registering authority; else only for that GB/T 2260 code.
    authority_code: Mapped[str | None] = mapped_column(String(6))
    active: Mapped[bool] = mapped_column(default=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class CodeAllocation(Base):
    """Every allocated body is accounted for: used by an enterprise, or voided with a reason."""

    __tablename__ = "code_allocations"
    __table_args__ = (UniqueConstraint("segment_id", "serial"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    segment_id: Mapped[int | None] = mapped_column(ForeignKey("code_segments.id"), index=True)
    serial: Mapped[int | None]
    # The 9-character GB 11714 organisation code (8-character body + its check character).
    body: Mapped[str] = mapped_column(String(9), unique=True)
    # NULL only for a body voided before it was ever issued (no registering authority yet).
    uscc: Mapped[str | None] = mapped_column(String(18), unique=True)
    status: Mapped[str] = mapped_column(String(8))  # used | void
    reason: Mapped[str | None] = mapped_column(Text)
    enterprise_id: Mapped[int | None] = mapped_column(ForeignKey("enterprises.id"), index=True)
    allocated_at: Mapped[datetime] = mapped_column(default=utcnow)
    allocated_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))

    # a registration writes its enterprise and the code's row in one flush (the id by
    # relationship, not an UPDATE after); never loaded through here
    enterprise: Mapped[Enterprise | None] = relationship(lazy="raise")


class Enterprise(Base):
    __tablename__ = "enterprises"
    __table_args__ = (UniqueConstraint("authority_code", "name_key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    uscc: Mapped[str] = mapped_column(String(18), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    name_key: Mapped[str] = mapped_column(String(200), index=True)
    category: Mapped[str] = mapped_column(String(1))
    enterprise_type: Mapped[str] = mapped_column(String(100))
    domicile: Mapped[str] = mapped_column(Text)
    authority_code: Mapped[str] = mapped_column(String(6))
    legal_rep_name: Mapped[str] = mapped_column(String(100))
    legal_rep_id: Mapped[str] = mapped_column(pii.Encrypted())
    registered_capital: Mapped[Decimal] = mapped_column(Numeric(18, 4))
    currency: Mapped[str] = mapped_column(String(16), default="人民币")
    business_scope: Mapped[str] = mapped_column(Text)
    # each investor's identifier (an ID number or a USCC) is stored encrypted (issue 15)
    investors: Mapped[list] = mapped_column(pii.SealedJSON(), default=list)
    contact: Mapped[str | None] = mapped_column(pii.EncryptedText())  # a phone, as typed (0029)
    established_on: Mapped[date]
    registered_on: Mapped[date]
    kind: Mapped[str] = mapped_column(String(16), default="establishment")
    old_registration_number: Mapped[str | None] = mapped_column(String(15))
    old_org_code: Mapped[str | None] = mapped_column(String(10))
    old_tax_number: Mapped[str | None] = mapped_column(String(20))
    application_id: Mapped[int | None] = mapped_column(ForeignKey("applications.id"))
    # Optimistic lock: every ORM update checks and bumps it, so a concurrent change on another
    # window is a refusal (storage.errors.Conflict), never a silently lost update (issue 15).
    version: Mapped[int] = mapped_column(default=1, server_default="1")
    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012


class EnterpriseChange(Base):
    """变更登记: one changed item of a registered enterprise, its value before and after.

    The USCC never changes (一照一码); the enterprise row holds the current values, these rows
    the history. `item` is the register field (name, domicile, legal_representative, …)."""

    __tablename__ = "enterprise_changes"

    id: Mapped[int] = mapped_column(primary_key=True)
    enterprise_id: Mapped[int] = mapped_column(ForeignKey("enterprises.id"), index=True)
    item: Mapped[str] = mapped_column(String(32))
    # encrypted: a legal representative's ID number and investors' identifiers change here (0027)
    before: Mapped[str] = mapped_column(pii.EncryptedText())
    after: Mapped[str] = mapped_column(pii.EncryptedText())
    changed_on: Mapped[date]
    clerk_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    application_id: Mapped[int | None] = mapped_column(ForeignKey("applications.id"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class Referral(Base):
    """双告知: the regulating department is told about a scope item needing a permit."""

    __tablename__ = "referrals"

    id: Mapped[int] = mapped_column(primary_key=True)
    enterprise_id: Mapped[int] = mapped_column(ForeignKey("enterprises.id"), index=True)
    scope_item: Mapped[str] = mapped_column(String(200))
    permit: Mapped[str] = mapped_column(String(200))
    department_code: Mapped[str] = mapped_column(String(32))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    # 认领: the department's reviewer acknowledged it (migration 0022, issue 19)
    acknowledged_at: Mapped[datetime | None]
    acknowledged_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))


class RegistrationFiling(Base):
    """A registration not decided on the spot: 3 working days, +3 with a supervisor's approval.

    The request is kept as submitted (JSON); its name key reserves the name meanwhile.
    """

    __tablename__ = "registration_filings"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    name_key: Mapped[str] = mapped_column(String(200), index=True)
    authority_code: Mapped[str] = mapped_column(String(6))
    request: Mapped[dict] = mapped_column(pii.SealedJSON())  # its ID numbers encrypted (0027)
    status: Mapped[str] = mapped_column(String(16), index=True)  # pending | registered | withdrawn
    received_on: Mapped[date]
    deadline: Mapped[date]
    deadline_provisional: Mapped[bool] = mapped_column(default=False)
    extension_days: Mapped[int] = mapped_column(default=0)
    extension_reason: Mapped[str | None] = mapped_column(Text)
    extended_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    note: Mapped[str | None] = mapped_column(Text)
    clerk_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    window_id: Mapped[int | None] = mapped_column(ForeignKey("windows.id"))
    application_id: Mapped[int | None] = mapped_column(ForeignKey("applications.id"))
    enterprise_id: Mapped[int | None] = mapped_column(ForeignKey("enterprises.id"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class PrinterOffset(Base):
    """Per-printer calibration for licence overlay printing (mm, right/up positive)."""

    __tablename__ = "printer_offsets"

    printer: Mapped[str] = mapped_column(String(200), primary_key=True)
    dx_mm: Mapped[Decimal] = mapped_column(Numeric(6, 2))
    dy_mm: Mapped[Decimal] = mapped_column(Numeric(6, 2))
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
