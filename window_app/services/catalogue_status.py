"""Which matters are current and which have ended, and a matter's current definition.

A matter withdrawn from a date (abolished, turned into a filing 备案, merged) keeps its versions:
applications made before stay on theirs. From that date it is no longer offered at intake and
its guide is no longer printed as current.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..core.matter_status import (
    MatterStatus,
    definition_view,
    in_force,
    matter_code,
    unknown_matter,
)
from ..core.matter_status import statuses as _statuses
from ..storage.database import Database
from ..storage.models import Matter, MatterVersion

__all__ = ["MatterStatus", "current_definition", "statuses"]


def _in_force(session: Session, day: date, code: str | None = None) -> dict[str, MatterVersion]:
    """The version in force on `day` of each matter (its first version when none is yet)."""
    stmt = (
        select(Matter.code, MatterVersion)
        .join(MatterVersion, MatterVersion.matter_id == Matter.id)
        .order_by(Matter.code, MatterVersion.version)
    )
    if code is not None:
        stmt = stmt.where(Matter.code == code)
    return in_force(((c, v.effective_from, v) for c, v in session.execute(stmt).all()), day)


def statuses(db: Database, *, on: date | None = None) -> list[MatterStatus]:
    """Every matter of the catalogue, current or withdrawn on `on` (default today)."""
    stmt = (
        select(Matter.code, MatterVersion.version, MatterVersion.name,
               MatterVersion.effective_from, MatterVersion.withdrawn_from)
        .join(MatterVersion, MatterVersion.matter_id == Matter.id)
        .order_by(Matter.code, MatterVersion.version)
    )  # fmt: skip
    with db.reading() as session:
        rows = session.execute(stmt).all()
    return _statuses(rows, on or date.today())


def current_definition(db: Database, code: str, *, on: date | None = None) -> dict[str, Any]:
    """The version in force of one matter: status, limits in their units, legal basis."""
    day = on or date.today()
    wanted = matter_code(code)
    with db.reading() as session:
        version = _in_force(session, day, wanted).get(wanted)
        if version is None:
            raise unknown_matter(wanted)
        return definition_view(wanted, version.version, version.effective_from,
                               version.withdrawn_from, version.definition, day)  # fmt: skip
