"""`workdays add DATE N`: the date N working days after DATE (DATE itself not counted)."""

from __future__ import annotations

import argparse
import sys
from datetime import date

from ..config import database_url
from ..core.workdays import WorkCalendar, calendar_from_entered
from ..storage import light_sqlite
from .common import open_database, public


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text}") from None


def _count(text: str) -> int:
    if not text.isdigit():
        raise argparse.ArgumentTypeError(f"not a non-negative whole number: {text}")
    return int(text)


def register(sub, common) -> None:  # noqa: ANN001
    p = sub.add_parser("workdays", help="working-day arithmetic", parents=[common])
    ops = p.add_subparsers(dest="op", required=True, metavar="OP")
    add = ops.add_parser("add", help="DATE plus N working days", parents=[common])
    add.add_argument("date", type=_date)
    add.add_argument("n", type=_count)
    add.set_defaults(handler=_add)


# the entered years with their days, as services.calendar.ENTERED reads them
_ENTERED_SQL = (
    "SELECT y.year, y.source, d.kind, d.day FROM calendar_years AS y "
    "LEFT OUTER JOIN calendar_days AS d ON d.year = y.year ORDER BY y.year, d.day"
)


def _calendar(args) -> WorkCalendar:  # noqa: ANN001
    """The hall's calendar: read with the standard library from a SQLite file at the current
    schema (no ORM to import: the command answers in a fraction of a second), otherwise
    through the opened, checked and migrated database."""
    rows = light_sqlite.rows(database_url(getattr(args, "database", None)), _ENTERED_SQL)
    if rows is not None:
        return calendar_from_entered(
            (year, source, kind, None if day is None else date.fromisoformat(day))
            for year, source, kind, day in rows
        )
    from ..services.calendar import load_calendar  # the ORM: the ordinary path

    db = open_database(args)
    with db.reading() as session:
        return load_calendar(session)


@public
def _add(args) -> int:  # noqa: ANN001
    result = _calendar(args).add(args.date, args.n)
    print(result.day.isoformat())
    if result.provisional:
        years = ", ".join(str(y) for y in result.provisional_years)
        print(
            f"provisional: no holiday arrangement entered for {years}; statutory holidays "
            f"excluded, make-up days unknown (未录入{years}年节假日安排：已排除法定节假日，"
            "调休未知，结果为暂定)",
            file=sys.stderr,
        )
        return 3
    return 0
