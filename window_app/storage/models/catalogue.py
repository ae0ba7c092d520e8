"""The published catalogue: departments, fees, matters and their immutable versions."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ..base import Base, utcnow


class Department(Base):
    __tablename__ = "departments"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    name_en: Mapped[str] = mapped_column(String(200), default="")
    division_code: Mapped[str] = mapped_column(String(6), default="")
    address: Mapped[str] = mapped_column(Text, default="")
    phone: Mapped[str] = mapped_column(String(64), default="")


class Fee(Base):
    """A row of the fee catalogue (收费目录清单); no other fee may be charged."""

    __tablename__ = "fees"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    name_en: Mapped[str] = mapped_column(String(200), default="")
    legal_basis: Mapped[str] = mapped_column(Text)
    standard: Mapped[str] = mapped_column(Text)
    payer: Mapped[str] = mapped_column(String(200), default="")
    withdrawn_from: Mapped[date | None]  # no longer charged from this day


class Matter(Base):
    __tablename__ = "matters"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(64), unique=True)
    department_id: Mapped[int] = mapped_column(ForeignKey("departments.id"))
    versions: Mapped[list[MatterVersion]] = relationship(
        back_populates="matter", order_by="MatterVersion.version"
    )


class MatterVersion(Base):
    """A frozen definition; applications point here so later edits never change them."""

    __tablename__ = "matter_versions"
    __table_args__ = (UniqueConstraint("matter_id", "version"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    matter_id: Mapped[int] = mapped_column(ForeignKey("matters.id"), index=True)
    version: Mapped[int]
    effective_from: Mapped[date]
    name: Mapped[str] = mapped_column(String(200))
    name_en: Mapped[str] = mapped_column(String(200), default="")
    pinyin: Mapped[str] = mapped_column(String(200), default="")
    matter_type: Mapped[str] = mapped_column(String(32))
    statutory_days: Mapped[int | None]
    promised_days: Mapped[int]
    # the law's unit of each limit: working_days | calendar_days | months (core.time_limits)
    statutory_unit: Mapped[str] = mapped_column(
        String(16), default="working_days", server_default="working_days"
    )
    promised_unit: Mapped[str] = mapped_column(
        String(16), default="working_days", server_default="working_days"
    )
    withdrawn_from: Mapped[date | None]  # the matter ends (abolished, turned into a filing)
    allows_commitment: Mapped[bool] = mapped_column(default=False)
    content_hash: Mapped[str] = mapped_column(String(64))
    definition: Mapped[dict]
    imported_at: Mapped[datetime] = mapped_column(default=utcnow)

    matter: Mapped[Matter] = relationship(back_populates="versions")
    materials: Mapped[list[MaterialRequirement]] = relationship(
        back_populates="matter_version", order_by="MaterialRequirement.position"
    )


class MaterialRequirement(Base):
    __tablename__ = "material_requirements"
    __table_args__ = (UniqueConstraint("matter_version_id", "key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    matter_version_id: Mapped[int] = mapped_column(ForeignKey("matter_versions.id"), index=True)
    position: Mapped[int]
    key: Mapped[str] = mapped_column(String(64))
    name: Mapped[str] = mapped_column(Text)
    original: Mapped[bool]
    copies: Mapped[int]
    medium: Mapped[str] = mapped_column(String(16))
    required: Mapped[bool]
    condition: Mapped[str | None] = mapped_column(String(64))
    commitment_replaceable: Mapped[bool] = mapped_column(default=False)

    matter_version: Mapped[MatterVersion] = relationship(back_populates="materials")
