"""The working-day calendar: built-in years plus the years administrators entered."""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from pathlib import Path

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from ..core import calendar_file
from ..core.workdays import WorkCalendar, YearArrangement
from ..storage.database import Database
from ..storage.models import CalendarDay, CalendarYear
from . import audit
from .context import Actor, Role


def load_calendar(session: Session) -> WorkCalendar:
    days: dict[int, dict[str, set[date]]] = defaultdict(lambda: {"holiday": set(), "workday": set()})
    sources = {y.year: y.source for y in session.scalars(select(CalendarYear))}
    for row in session.scalars(select(CalendarDay)):
        days[row.year][row.kind].add(row.day)
    entered = {
        year: YearArrangement(
            year, frozenset(days[year]["holiday"]), frozenset(days[year]["workday"]), source
        )
        for year, source in sources.items()
    }
    return WorkCalendar(entered)


def import_year(db: Database, actor: Actor, path: Path) -> YearArrangement:
    """Enter (or replace) one year's arrangement from the notice file."""
    actor.require(Role.ADMINISTRATOR)
    arrangement = calendar_file.parse(Path(path).read_text(encoding="utf-8"), source=str(path))
    with db.transaction() as session:
        existing = session.get(CalendarYear, arrangement.year)
        if existing is not None:
            session.execute(delete(CalendarDay).where(CalendarDay.year == arrangement.year))
            existing.source = arrangement.source
        else:
            session.add(CalendarYear(year=arrangement.year, source=arrangement.source))
        session.flush()
        for day in sorted(arrangement.holidays):
            session.add(CalendarDay(day=day, year=arrangement.year, kind="holiday"))
        for day in sorted(arrangement.workdays):
            session.add(CalendarDay(day=day, year=arrangement.year, kind="workday"))
        audit.record(
            session, actor, "calendar.import", "calendar_year", arrangement.year,
            after={"holidays": len(arrangement.holidays), "workdays": len(arrangement.workdays)},
        )  # fmt: skip
    return arrangement
