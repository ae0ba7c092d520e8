"""Applications, their materials, notices, visits, transitions and issued documents."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .. import pii
from ..base import Base, utcnow

# the tables this module's foreign keys point at (models/__init__: loaded on first use); the
# one into `registry` (IssuedDocument.enterprise_id) loads before this module's first flush
from . import catalogue, parties, security  # noqa: F401


class Application(Base):
    __tablename__ = "applications"
    __table_args__ = (
        Index("ix_applications_state_promised", "state", "promised_deadline"),
        Index("ix_applications_window_received", "window_id", "received_on"),
        # the supervisor's board: each measure is a range over one of these dates
        Index("ix_applications_received_window", "received_on", "window_id"),
        Index("ix_applications_accepted_window", "accepted_on", "window_id"),
        Index("ix_applications_completed_window", "completed_on", "window_id"),
        # by applicant, and the name lookup's newest applications of the applicants found
        Index("ix_applications_applicant_received", "applicant_id", "received_on", "number"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(32), unique=True)
    matter_version_id: Mapped[int] = mapped_column(ForeignKey("matter_versions.id"), index=True)
    applicant_id: Mapped[int] = mapped_column(ForeignKey("applicants.id"))
    agent_name: Mapped[str | None] = mapped_column(String(200))
    agent_id_number: Mapped[str | None] = mapped_column(pii.Encrypted())
    channel: Mapped[str] = mapped_column(String(16))  # in_person | post | online
    state: Mapped[str] = mapped_column(String(16), index=True)
    window_id: Mapped[int] = mapped_column(ForeignKey("windows.id"))
    clerk_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    answers: Mapped[dict] = mapped_column(default=dict)
    received_at: Mapped[datetime] = mapped_column(default=utcnow)
    received_on: Mapped[date]
    accepted_on: Mapped[date | None]
    decided_on: Mapped[date | None]
    completed_on: Mapped[date | None]
    delivered_on: Mapped[date | None]
    statutory_days: Mapped[int | None]
    promised_days: Mapped[int | None]
    # the law's unit of each limit: working_days | calendar_days | months (core.time_limits)
    statutory_unit: Mapped[str] = mapped_column(
        String(16), default="working_days", server_default="working_days"
    )
    promised_unit: Mapped[str] = mapped_column(
        String(16), default="working_days", server_default="working_days"
    )
    statutory_deadline: Mapped[date | None]
    promised_deadline: Mapped[date | None]
    deadline_provisional: Mapped[bool] = mapped_column(default=False)
    deadline_explanation: Mapped[str | None] = mapped_column(Text)
    suspended_days: Mapped[int] = mapped_column(default=0)
    # calendar days paused, for limits in calendar days or months (suspended_days: working days)
    suspended_calendar_days: Mapped[int] = mapped_column(default=0, server_default="0")
    extension_days: Mapped[int] = mapped_column(default=0)
    commitment: Mapped[bool] = mapped_column(default=False)
    # the credit rule applied after the clerk proceeded past a credit-list warning (migration 0016)
    credit_rule: Mapped[str | None] = mapped_column(String(20))
    decision: Mapped[str | None] = mapped_column(String(16))
    decision_reason: Mapped[str | None] = mapped_column(Text)
    delivery_method: Mapped[str | None] = mapped_column(String(16))
    # how the result went out (JSON: a post address, an e-mail account, who collected it):
    # ciphertext under the hall key (migration 0029)
    delivery_detail: Mapped[str | None] = mapped_column(pii.EncryptedText())
    visits: Mapped[int] = mapped_column(default=0)
    # working days on the clock from acceptance to completion (suspensions excluded), set at completion
    elapsed_workdays: Mapped[int | None]
    version: Mapped[int] = mapped_column(default=1)

    __mapper_args__ = {"version_id_col": version}

    materials: Mapped[list[ApplicationMaterial]] = relationship(
        back_populates="application", order_by="ApplicationMaterial.position"
    )
    # a new applicant and its first application go out in one flush (services.intake); never
    # loaded through here (lazy="raise"): the services read the applicant by its id
    applicant: Mapped[parties.Applicant] = relationship(lazy="raise")


class ApplicationMaterial(Base):
    """What the clerk saw of one required material; kept across visits so nothing is asked twice."""

    __tablename__ = "application_materials"
    __table_args__ = (UniqueConstraint("application_id", "key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    application_id: Mapped[int] = mapped_column(ForeignKey("applications.id"), index=True)
    position: Mapped[int]
    key: Mapped[str] = mapped_column(String(64))
    name: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(16))  # pending|received|missing|defective|waived
    reason: Mapped[str | None] = mapped_column(Text)
    original: Mapped[bool] = mapped_column(default=True)
    required: Mapped[bool] = mapped_column(default=True)
    commitment_replaceable: Mapped[bool] = mapped_column(default=False)
    copies_required: Mapped[int] = mapped_column(default=1)
    copies_received: Mapped[int] = mapped_column(default=0)
    on_first_notice: Mapped[bool] = mapped_column(default=False)
    received_on: Mapped[date | None]

    application: Mapped[Application] = relationship(back_populates="materials")


class Notice(Base):
    """A one-time notice (一次性告知); the first one bounds every later one."""

    __tablename__ = "notices"
    __table_args__ = (UniqueConstraint("application_id", "sequence"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    application_id: Mapped[int] = mapped_column(ForeignKey("applications.id"), index=True)
    sequence: Mapped[int]
    issued_on: Mapped[date] = mapped_column(index=True)
    items: Mapped[list] = mapped_column(default=list)
    override_reason: Mapped[str | None] = mapped_column(Text)
    override_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))


class Visit(Base):
    """An in-person visit, recorded where it happens so trips are counted, never typed."""

    __tablename__ = "visits"

    id: Mapped[int] = mapped_column(primary_key=True)
    application_id: Mapped[int] = mapped_column(ForeignKey("applications.id"), index=True)
    on: Mapped[date]
    purpose: Mapped[str] = mapped_column(String(16))  # intake | correction | pickup
    window_id: Mapped[int | None] = mapped_column(ForeignKey("windows.id"))
    at: Mapped[datetime] = mapped_column(default=utcnow)

    # a visit at intake is flushed with its new application (services.workflow.record_visit)
    application: Mapped[Application] = relationship(lazy="raise")


class Transition(Base):
    __tablename__ = "transitions"
    __table_args__ = (Index("ix_transitions_to_state_on", "to_state", "on"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    application_id: Mapped[int] = mapped_column(ForeignKey("applications.id"), index=True)
    from_state: Mapped[str | None] = mapped_column(String(16))
    to_state: Mapped[str] = mapped_column(String(16))
    at: Mapped[datetime] = mapped_column(default=utcnow)
    on: Mapped[date] = mapped_column(index=True)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    reason: Mapped[str | None] = mapped_column(Text)
    # A note the service wrote itself (core.transition_notes): `reason` keeps its Chinese text,
    # these say the same for a screen in its own language. Both NULL for typed or no reasons.
    note_code: Mapped[str | None] = mapped_column(String(32))
    note_args: Mapped[dict | None]


class Suspension(Base):
    __tablename__ = "suspensions"

    id: Mapped[int] = mapped_column(primary_key=True)
    application_id: Mapped[int] = mapped_column(ForeignKey("applications.id"), index=True)
    reason_code: Mapped[str] = mapped_column(String(32))
    note: Mapped[str | None] = mapped_column(Text)
    started_on: Mapped[date]
    ended_on: Mapped[date | None]
    workdays: Mapped[int] = mapped_column(default=0)


class VerificationTask(Base):
    """After a commitment approval the authority verifies within the matter's period."""

    __tablename__ = "verification_tasks"
    __table_args__ = (Index("ix_verification_tasks_status_verified", "status", "verified_on"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    application_id: Mapped[int] = mapped_column(ForeignKey("applications.id"), unique=True)
    due_on: Mapped[date] = mapped_column(index=True)
    status: Mapped[str] = mapped_column(String(16), default="open")  # open | passed | failed
    verified_on: Mapped[date | None]
    note: Mapped[str | None] = mapped_column(Text)
    signed_by: Mapped[str] = mapped_column(String(200))


class IssuedDocument(Base):
    """A document as issued: its plain data is frozen so a reprint is identical but for 补打."""

    __tablename__ = "issued_documents"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(16), index=True)
    doc_number: Mapped[str] = mapped_column(String(48), unique=True)
    application_id: Mapped[int | None] = mapped_column(ForeignKey("applications.id"), index=True)
    enterprise_id: Mapped[int | None] = mapped_column(ForeignKey("enterprises.id"), index=True)
    issued_at: Mapped[datetime] = mapped_column(default=utcnow)
    issued_on: Mapped[date] = mapped_column(index=True)
    issued_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    payload: Mapped[dict] = mapped_column(
        pii.SealedJSON(pii.DOCUMENT_KEYS)
    )  # address sealed (0029)
    print_count: Mapped[int] = mapped_column(default=0)


class PrintEvent(Base):
    __tablename__ = "print_events"

    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("issued_documents.id"), index=True)
    at: Mapped[datetime] = mapped_column(default=utcnow)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    reprint: Mapped[bool] = mapped_column(default=False)
    target: Mapped[str] = mapped_column(String(200), default="")
