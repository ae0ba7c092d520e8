"""Random spot checks (双随机抽查): a plan as drawn, and its picked objects with their results."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from ..base import Base, utcnow

# the tables this module's foreign keys point at (models/__init__: loaded on first use)
from . import security  # noqa: F401


class SpotCheckPlan(Base):
    """Who drew, when, from what (criteria, seed, inspector pool) and the population's digest.

    Everything a later verification needs to recompute the draw is stored here, the population
    itself included (`frozen_population`, from migration 0010): each object's key with the
    usernames of those who handled it, as the draw saw them. A plan drawn before 0010 has none:
    its verification selects the population again from the register."""

    __tablename__ = "spot_check_plans"

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(32), unique=True)
    population: Mapped[str] = mapped_column(String(16))  # enterprises | commitments
    criteria: Mapped[dict]
    seed: Mapped[str] = mapped_column(String(200))
    algorithm: Mapped[str] = mapped_column(String(32))
    inspector_roles: Mapped[list]
    inspector_pool: Mapped[list]  # usernames, sorted
    population_size: Mapped[int]
    population_digest: Mapped[str] = mapped_column(String(64))
    frozen_population: Mapped[list | None]  # [[key, [handler, ...]], ...] sorted by key
    sample_size: Mapped[int]
    drawn_on: Mapped[date] = mapped_column(index=True)
    drawn_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    drawn_by_name: Mapped[str] = mapped_column(String(100))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class SpotCheckPick(Base):
    """One drawn object, in draw order, its two inspectors and later its result."""

    __tablename__ = "spot_check_picks"
    __table_args__ = (UniqueConstraint("plan_id", "object_key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("spot_check_plans.id"), index=True)
    position: Mapped[int]
    object_key: Mapped[str] = mapped_column(String(32))  # USCC or application number
    object_name: Mapped[str] = mapped_column(String(200))
    inspectors: Mapped[list]  # usernames, in draw order
    result: Mapped[str | None] = mapped_column(String(16))  # normal | problem
    note: Mapped[str | None] = mapped_column(Text)
    result_on: Mapped[date | None]
    result_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
