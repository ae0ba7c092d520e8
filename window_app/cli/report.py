"""`report daily --date D --format json|pdf|xlsx [--out FILE]`: the supervisor's board for a day.

The numbers are `services.metrics.board()`'s, exactly as the GUI board shows them. JSON goes to
standard output when no --out is given; pdf and xlsx need --out or a redirected stdout.
Exit codes: 0 written, 1 refused (domain error), 2 usage.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

from ..services.exports import FORMATS, export_board
from .common import cli_actor, open_database


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text}") from None


def register(sub, common) -> None:  # noqa: ANN001
    p = sub.add_parser("report", help="supervisor's reports", parents=[common])
    kinds = p.add_subparsers(dest="kind", required=True, metavar="KIND")
    daily = kinds.add_parser("daily", help="the hall's figures for one day", parents=[common])
    daily.add_argument("--date", type=_date, default=None, help="YYYY-MM-DD (default today)")
    daily.add_argument("--to", type=_date, default=None, help="end of a range (default --date)")
    daily.add_argument("--format", choices=FORMATS, default="json")
    daily.add_argument("--out", type=Path, default=None, help="file to write (default stdout)")
    daily.set_defaults(handler=_daily)


def _daily(args) -> int:  # noqa: ANN001
    start = args.date or date.today()
    if args.out is None and args.format != "json" and sys.stdout.isatty():
        print(f"window-app: --format {args.format} needs --out FILE", file=sys.stderr)
        return 2
    db = open_database(args)
    try:
        result = export_board(
            db, cli_actor(), args.format, start, args.to or start,
            target=str(args.out) if args.out else "stdout",
        )  # fmt: skip
    finally:
        db.dispose()
    if args.out is None:
        sys.stdout.buffer.write(result.content)
        sys.stdout.flush()
    else:
        args.out.write_bytes(result.content)
        print(f"{args.out}", file=sys.stderr)
    return 0
