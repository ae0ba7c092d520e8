"""`calendar import FILE`: enter a year's holidays and make-up working days."""

from __future__ import annotations

import sys
from pathlib import Path

from ..services.calendar import import_year
from ..services.context import Role
from .common import cli_actor, open_database, signed_in


def register(sub, common) -> None:  # noqa: ANN001
    p = sub.add_parser("calendar", help="working-day calendar", parents=[common])
    ops = p.add_subparsers(dest="op", required=True, metavar="OP")
    imp = ops.add_parser("import", help="enter a year from a notice file", parents=[common])
    imp.add_argument("file", type=Path)
    imp.set_defaults(handler=_import)


@signed_in(Role.ADMINISTRATOR)
def _import(args) -> int:  # noqa: ANN001
    if not args.file.exists():
        print(f"window-app: no such file: {args.file}", file=sys.stderr)
        return 1
    arrangement = import_year(open_database(args), cli_actor(), args.file)
    print(
        f"{arrangement.year}\t{len(arrangement.holidays)} holidays\t"
        f"{len(arrangement.workdays)} make-up working days"
    )
    return 0
