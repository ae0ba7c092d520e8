"""`list applications [--date D] [--state S] [--format text|json]`.

JSON: an array of objects with number, matter_code, matter_name, state, channel, received_on,
accepted_on, completed_on, deadline, statutory_deadline, window, clerk, visits, deemed_accepted,
overdue, finished_late (dates ISO, null where not reached). `overdue`, `finished_late` and
`deemed_accepted` are judged as of `--as-of`, else `--date`, else today (`core.overdue`: overdue
is not finished by the end of the deadline day; once finished after its deadline an application
is `finished_late` instead, so the `overdue` flags of a day are the `report daily` count).
Text: the fields of TEXT_FIELDS, one application a line, tab-separated.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any

from ..core.states import State
from .common import open_database, signed_in

if TYPE_CHECKING:  # the listing's service loads in its handler: `list credit`, `badcredit
    # import` and the other commands that add a list import this module (issue 22)
    from ..services.queries import ApplicationSummary

TEXT_FIELDS = (
    "number", "matter_code", "state", "received_on", "accepted_on", "completed_on", "deadline",
    "window", "clerk", "visits", "overdue",
)  # fmt: skip


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text}") from None


# Other command modules add `list WHAT` with add_list(what, build), build(ops, common) adding the
# subparser (e.g. enterprises.py: `list enterprises`); import order does not matter.
LISTS: dict[str, Callable[[Any, argparse.ArgumentParser], None]] = {}
_built: list[tuple[Any, argparse.ArgumentParser]] = []


def add_list(what: str, build: Callable[[Any, argparse.ArgumentParser], None]) -> None:
    LISTS[what] = build
    for ops, common in _built:
        build(ops, common)


def register(sub, common) -> None:  # noqa: ANN001
    p = sub.add_parser("list", help="list records", parents=[common])
    ops = p.add_subparsers(dest="what", required=True, metavar="WHAT")
    _built[:] = [(ops, common)]
    for build in LISTS.values():
        build(ops, common)
    a = ops.add_parser("applications", help="applications, one a line", parents=[common])
    a.add_argument("--date", type=_date, help="only applications received on this day")
    a.add_argument("--state", choices=[str(s) for s in State], help="only this state")
    a.add_argument(
        "--as-of", type=_date, default=None,
        help="judge overdue / deemed accepted as of this day (default --date, else today)",
    )  # fmt: skip
    a.add_argument("--format", choices=["text", "json"], default="text")
    a.set_defaults(handler=_applications)


def _jsonable(row: ApplicationSummary) -> dict:
    # its fields are plain values: `dataclasses.asdict`'s deep copy of each would only cost time
    return {
        f.name: v.isoformat() if isinstance(v := getattr(row, f.name), date) else v
        for f in dataclasses.fields(row)
    }


def print_rows(rows: list[dict], fmt: str, text_fields: tuple[str, ...]) -> int:
    """A listing's output: a JSON array of the objects, or `text_fields` of each one a line,
    tab-separated (None empty, whitespace inside a value one space). Exit code 0."""
    if fmt == "json":
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return 0
    for data in rows:
        print("\t".join("" if data[k] is None else " ".join(str(data[k]).split())
                         for k in text_fields))  # fmt: skip
    return 0


@signed_in()
def _applications(args) -> int:  # noqa: ANN001
    from ..services.queries import list_applications

    rows = list_applications(
        open_database(args), received_on=args.date, state=args.state,
        today=args.as_of or args.date,
    )  # fmt: skip
    return print_rows([_jsonable(r) for r in rows], args.format, TEXT_FIELDS)
