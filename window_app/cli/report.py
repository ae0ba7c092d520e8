"""`report daily --date D --format json|pdf|xlsx [--out FILE]`: the supervisor's board for a day.
`report complaints --from D [--to D] --format json|xlsx|pdf [--out FILE]`: the complaint register.
`report evaluations --from D [--to D] --format json|xlsx [--out FILE]`: the 好差评 ratings of the
period, one record per rating under GB/T 39046-2020 table 9's names (满意度代码 in Annex A.8's
direction, 1 = 非常满意, stated in the output), with the tags, and the period's satisfaction
rate, 差评 count and real-name 差评 follow-up rate (`services.evaluation_cases`).

The daily numbers are `services.metrics.board()`'s, exactly as the GUI board shows them. The
complaints are those received from --from to --to (default --from) whatever their state, as
`services.complaint_export` writes them (the complainant's phone masked); the PDF is the A4
投诉登记表 with the period's counts (received, open, overdue, answered with satisfaction) as of
today and the audit chain's head. JSON goes to
standard output when no --out is given; pdf and xlsx need --out or a redirected stdout.
Exit codes: 0 written, 1 refused (domain error, e.g. --to before --from), 2 usage.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

from ..services.context import Role
from ..services.exports import FORMATS, export_board
from .common import cli_actor, open_database, signed_in

# The formats of `services.complaint_export.FORMATS` and `services.evaluation_cases.
# EXPORT_FORMATS` (tests/test_cli_start.py holds them equal): `report daily` does not import
# the complaint register or the ratings to build its parser (issue 22).
COMPLAINT_FORMATS = ("json", "xlsx", "pdf")
EVALUATION_FORMATS = ("json", "xlsx")


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
    found = kinds.add_parser("complaints", help="complaints received in a period", parents=[common])
    found.add_argument("--from", dest="start", type=_date, required=True, help="YYYY-MM-DD")
    found.add_argument("--to", type=_date, default=None, help="YYYY-MM-DD (default --from)")
    found.add_argument("--format", choices=COMPLAINT_FORMATS, default="json")
    found.add_argument("--out", type=Path, default=None, help="file to write (default stdout)")
    found.set_defaults(handler=_complaints)
    ev = kinds.add_parser("evaluations", help="好差评 ratings of a period", parents=[common])
    ev.add_argument("--from", dest="start", type=_date, required=True, help="YYYY-MM-DD")
    ev.add_argument("--to", type=_date, default=None, help="YYYY-MM-DD (default --from)")
    ev.add_argument("--format", choices=EVALUATION_FORMATS, default="json")
    ev.add_argument("--out", type=Path, default=None, help="file to write (default stdout)")
    ev.set_defaults(handler=_evaluations)


def _needs_out(args) -> bool:  # noqa: ANN001
    if args.out is None and args.format != "json" and sys.stdout.isatty():
        print(f"window-app: --format {args.format} needs --out FILE", file=sys.stderr)
        return True
    return False


@signed_in(Role.SUPERVISOR, Role.ADMINISTRATOR)
def _daily(args) -> int:  # noqa: ANN001
    start = args.date or date.today()
    if _needs_out(args):
        return 2
    db = open_database(args)
    try:
        # overdue and nearly due as of the report's last day (core.overdue), not of today
        result = export_board(
            db, cli_actor(db), args.format, start, args.to or start, on=args.to or start,
            target=str(args.out) if args.out else "stdout",
        )  # fmt: skip
    finally:
        db.dispose()
    return _write(args, result.content)


@signed_in(Role.SUPERVISOR, Role.ADMINISTRATOR)
def _complaints(args) -> int:  # noqa: ANN001
    from ..services import complaint_export

    if _needs_out(args):
        return 2
    db = open_database(args)
    try:
        result = complaint_export.export_complaints(
            db, cli_actor(db), args.format, args.start, args.to or args.start,
            target=str(args.out) if args.out else "stdout",
        )  # fmt: skip
    finally:
        db.dispose()
    return _write(args, result.content)


@signed_in(Role.SUPERVISOR, Role.ADMINISTRATOR)
def _evaluations(args) -> int:  # noqa: ANN001
    from ..services import evaluation_cases

    if _needs_out(args):
        return 2
    db = open_database(args)
    try:
        content = evaluation_cases.export_evaluations(
            db, cli_actor(), args.format, args.start, args.to or args.start,
            target=str(args.out) if args.out else "stdout",
        )  # fmt: skip
    finally:
        db.dispose()
    return _write(args, content)


def _write(args, content: bytes) -> int:  # noqa: ANN001
    if args.out is None:
        sys.stdout.buffer.write(content)
        sys.stdout.flush()
    else:
        args.out.write_bytes(content)
        print(f"{args.out}", file=sys.stderr)
    return 0
