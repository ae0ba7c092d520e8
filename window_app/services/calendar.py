"""The working-day calendar: built-in years plus the years administrators entered."""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from pathlib import Path

from sqlalchemy import Connection, delete, select
from sqlalchemy.orm import Session

from ..core import calendar_file
from ..core.workdays import WorkCalendar, YearArrangement
from ..storage.database import Database
from ..storage.fast_read import Snapshot
from ..storage.models import CalendarDay, CalendarYear
from . import audit
from .context import Actor, Role

# every entered year with its days (a year entered without any day has one row of NULLs)
ENTERED = (
    select(CalendarYear.year, CalendarYear.source, CalendarDay.kind, CalendarDay.day)
    .outerjoin(CalendarDay, CalendarDay.year == CalendarYear.year)
    .order_by(CalendarYear.year, CalendarDay.day)
)
_last: list[tuple[tuple, WorkCalendar]] = []  # the last calendar built, with what it came from


def load_calendar(session: Session | Connection | Snapshot) -> WorkCalendar:
    """The calendar from a session, a Core connection or a fast-path snapshot (one statement).

    The same entered years give back the same calendar object, so the working days it has
    already counted (its per-day cache) serve the next board or deadline too."""
    if isinstance(session, Snapshot):
        rows = tuple(session.rows(ENTERED))
    else:
        rows = tuple(tuple(r) for r in session.execute(ENTERED).all())
    last = _last[0] if _last else None
    if last is not None and last[0] == rows:
        return last[1]
    sources: dict[int, str] = {}
    days: dict[int, dict[str, set[date]]] = defaultdict(
        lambda: {"holiday": set(), "workday": set()}
    )
    for year, source, kind, day in rows:
        sources[year] = source
        if day is not None:
            days[year][kind].add(day)
    entered = {
        year: YearArrangement(
            year, frozenset(days[year]["holiday"]), frozenset(days[year]["workday"]), source
        )
        for year, source in sources.items()
    }
    calendar = WorkCalendar(entered)
    _last[:] = [(rows, calendar)]
    return calendar


def read_notice(path: Path) -> str:
    """The notice file's text, or a sentence saying why it is not one."""
    if not path.exists():
        raise calendar_file.CalendarFileError(f"文件不存在：{path}",
                                              english=f"No such file: {path}")  # fmt: skip
    if not path.is_file():
        raise calendar_file.CalendarFileError(f"不是文件：{path}", english=f"Not a file: {path}")
    try:
        with path.open("rb") as fh:
            raw = fh.read(calendar_file.MAX_CHARS * 4 + 1)
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        raise calendar_file.CalendarFileError(
            f"文件不是UTF-8文本：{path}", english=f"The file is not UTF-8 text: {path}"
        ) from None
    except OSError:
        raise calendar_file.CalendarFileError(
            f"无法读取文件：{path}", english=f"The file cannot be read: {path}"
        ) from None


def import_year(db: Database, actor: Actor, path: Path) -> YearArrangement:
    """Enter (or replace) one year's arrangement from the notice file."""
    actor.require(Role.ADMINISTRATOR)
    arrangement = calendar_file.parse(read_notice(Path(path)), source=str(path))
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
