"""Hall-wide settings an administrator fills in: what every printed document says of the hall."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, String
from sqlalchemy.orm import Mapped, mapped_column

from ..base import Base, utcnow


class HallSetting(Base):
    """One setting (hall name, address, hours, pickup place, phones, the demo mark) as JSON."""

    __tablename__ = "hall_settings"

    key: Mapped[str] = mapped_column(String(48), primary_key=True)
    value: Mapped[object] = mapped_column(JSON)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)
