"""`workdays add DATE N`: the date N working days after DATE (DATE itself not counted)."""

from __future__ import annotations

import argparse
import sys
from datetime import date

from ..services.calendar import load_calendar
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


@public
def _add(args) -> int:  # noqa: ANN001
    db = open_database(args)
    with db.reading() as session:
        calendar = load_calendar(session)
    result = calendar.add(args.date, args.n)
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
