"""`badcredit import FILE [--list bad_credit|abnormal] [--source S] [--date D]` and
`list credit [--list L] [--all] [--format text|json]`: the credit lists of 信用联合惩戒.

Import prints `N added<TAB>M updated` (exit 0; exit 1 with the line at fault, nothing saved).
`list credit` prints `list<TAB>code<TAB>name<TAB>reason<TAB>authority<TAB>listed_on<TAB>removed_on
<TAB>source` one entry a line (entries removed from the list only with `--all`; a citizen ID
number masked, a USCC in full); JSON: an array of objects with those keys.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

from ..core import idcard
from ..core.errors import DomainError
from ..core.masking import mask_id
from ..services import bad_credit
from ..services.context import Role
from . import list_cmd
from .common import cli_actor, open_database, signed_in

TEXT_FIELDS = ("list", "code", "name", "reason", "authority", "listed_on", "removed_on", "source")


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text}") from None


def register(sub, common) -> None:  # noqa: ANN001
    p = sub.add_parser("badcredit", help="credit lists (失信名单, 经营异常名录)", parents=[common])
    ops = p.add_subparsers(dest="op", required=True, metavar="OP")
    imp = ops.add_parser(
        "import", help="import a CSV/TSV/xlsx file of code,name,reason[,authority,listed,removed]",
        parents=[common],
    )  # fmt: skip
    imp.add_argument("file", type=Path)
    imp.add_argument("--list", dest="list_kind", choices=list(bad_credit.LIST_KINDS),
                     default=bad_credit.BAD_CREDIT, help="which list (default bad_credit)")  # fmt: skip
    imp.add_argument("--source", help="where the list comes from (default the file's name)")
    imp.add_argument("--date", type=_date, help="the list's date (default today)")
    imp.set_defaults(handler=_import)


def _build(ops, common) -> None:  # noqa: ANN001
    p = ops.add_parser("credit", help="credit-list entries", parents=[common])
    p.add_argument("--list", dest="list_kind", choices=list(bad_credit.LIST_KINDS))
    p.add_argument("--all", action="store_true", help="also entries removed from the list")
    p.add_argument("--format", choices=["text", "json"], default="text")
    p.set_defaults(handler=_list)


@signed_in(Role.ADMINISTRATOR)
def _import(args) -> int:  # noqa: ANN001
    if not args.file.exists():
        print(f"window-app: no such file: {args.file}", file=sys.stderr)
        return 1
    result = bad_credit.import_file(open_database(args), cli_actor(), args.file,
                                    list_kind=args.list_kind, source=args.source, on=args.date)  # fmt: skip
    print(f"{result.added} added\t{result.updated} updated")
    return 0


def _shown(code: str) -> str:
    """A citizen ID number masked (personal data), a USCC as it is."""
    try:
        return mask_id(idcard.validate(code))
    except DomainError:
        return code


@signed_in(Role.SUPERVISOR, Role.ADMINISTRATOR)
def _list(args) -> int:  # noqa: ANN001
    rows = bad_credit.list_entries(open_database(args), args.list_kind,
                                   include_removed=args.all)  # fmt: skip
    rows = [{**r, "code": _shown(r["code"])} for r in rows]
    return list_cmd.print_rows(rows, args.format, TEXT_FIELDS)


list_cmd.add_list("credit", _build)
