"""The working-day calendar: built-in years plus the years administrators entered."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Connection, delete, select
from sqlalchemy.orm import Session

from ..core import calendar_file
from ..core.workdays import WorkCalendar, YearArrangement, calendar_from_entered
from ..storage import session_cache
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
    already counted (its per-day cache) serve the next board or deadline too. A session reads
    it once (storage.session_cache) until it writes the calendar's tables."""
    if isinstance(session, Session):
        return session_cache.cached(
            session, "calendar", (CalendarYear.__tablename__, CalendarDay.__tablename__),
            lambda: _built(tuple(tuple(r) for r in session.execute(
                ENTERED,  # a step's own changes are not flushed early for it (session_cache)
                execution_options={
                    "autoflush": session_cache.writes_any(session, CalendarYear, CalendarDay)
                },
            ).all())),
        )  # fmt: skip
    if isinstance(session, Snapshot):
        rows = tuple(session.rows(ENTERED))
    else:
        rows = tuple(tuple(r) for r in session.execute(ENTERED).all())
    return _built(rows)


def _built(rows: tuple) -> WorkCalendar:
    last = _last[0] if _last else None
    if last is not None and last[0] == rows:
        return last[1]
    calendar = calendar_from_entered(rows)
    _last[:] = [(rows, calendar)]
    return calendar


def read_notice(path: Path) -> str:
    """The notice file's text (a byte-order mark dropped), or a sentence saying why it is not one."""
    path = Path(path)
    if not path.exists():
        raise calendar_file.CalendarFileError(f"文件不存在：{path}",
                                              english=f"No such file: {path}")  # fmt: skip
    if not path.is_file():
        raise calendar_file.CalendarFileError(f"不是文件：{path}", english=f"Not a file: {path}")
    try:
        with path.open("rb") as fh:
            raw = fh.read(calendar_file.MAX_CHARS * 4 + 1)
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise calendar_file.CalendarFileError(
            f"文件不是UTF-8文本：{path}", english=f"The file is not UTF-8 text: {path}"
        ) from None
    except OSError:
        raise calendar_file.CalendarFileError(
            f"无法读取文件：{path}", english=f"The file cannot be read: {path}"
        ) from None


def import_year(db: Database, actor: Actor, path: Path) -> YearArrangement:
    """Enter (or replace) one year's arrangement from a file: the simple form or the notice's text."""
    actor.require(Role.ADMINISTRATOR)
    arrangement = calendar_file.parse_any(read_notice(path), source=str(path))
    return save_year(db, actor, arrangement)


def save_year(db: Database, actor: Actor, arrangement: YearArrangement) -> YearArrangement:
    """Enter (or replace) one year's arrangement (the desk saves what it previewed)."""
    actor.require(Role.ADMINISTRATOR)
    with db.transaction() as session:
        existing = session.get(CalendarYear, arrangement.year)
        before = None
        if existing is not None:
            before = {"source": existing.source}
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
            session, actor, "calendar.import", "calendar_year", arrangement.year, before=before,
            after={"holidays": len(arrangement.holidays), "workdays": len(arrangement.workdays)},
        )  # fmt: skip
    return arrangement


@dataclass(frozen=True)
class EnteredYear:
    year: int
    source: str
    holidays: int
    workdays: int


def entered_years(db: Database, actor: Actor) -> list[EnteredYear]:
    """The years administrators entered, with their source and counts (the desk's list)."""
    actor.require(Role.ADMINISTRATOR)
    with db.reading() as session:
        years: dict[int, list] = {}
        for year, source, kind, _day in session.execute(ENTERED).all():
            entry = years.setdefault(year, [source, 0, 0])
            if kind == "holiday":
                entry[1] += 1
            elif kind == "workday":
                entry[2] += 1
    return [EnteredYear(y, s, h, w) for y, (s, h, w) in sorted(years.items())]
