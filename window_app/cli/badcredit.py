"""`badcredit import FILE`: add or update the bad-credit list (CSV/TSV: code,name,reason)."""

from __future__ import annotations

import sys
from pathlib import Path

from ..services.bad_credit import import_file
from ..services.context import Role
from .common import cli_actor, open_database, signed_in


def register(sub, common) -> None:  # noqa: ANN001
    p = sub.add_parser("badcredit", help="the bad-credit list (失信名单)", parents=[common])
    ops = p.add_subparsers(dest="op", required=True, metavar="OP")
    imp = ops.add_parser(
        "import", help="import a CSV/TSV file of code,name,reason", parents=[common]
    )
    imp.add_argument("file", type=Path)
    imp.set_defaults(handler=_import)


@signed_in(Role.ADMINISTRATOR)
def _import(args) -> int:  # noqa: ANN001
    if not args.file.exists():
        print(f"window-app: no such file: {args.file}", file=sys.stderr)
        return 1
    result = import_file(open_database(args), cli_actor(), args.file)
    print(f"{result.added} added\t{result.updated} updated")
    return 0
