"""The cheap change counter: other windows poll it to know when to refresh."""

from __future__ import annotations

from sqlalchemy import select

from ..storage.database import Database
from ..storage.models import ChangeCounter


def current(db: Database, name: str = "data") -> int:
    with db.reading() as session:
        return session.scalar(select(ChangeCounter.value).where(ChangeCounter.name == name)) or 0
