"""`print KIND NUMBER [--out FILE.pdf] [--reprint]`: print an issued document to PDF.

Built-in kinds print the latest document of that kind issued for an application number:
`print receipt|notice|refusal|commitment|pickup NUMBER`. Every print is recorded (who, when, where,
reprint count) by `services.documents.record_print`. Without --out the PDF goes to standard
output (refused when that is a terminal).

The kinds are a dispatch table, PRINTERS, that other command modules extend with
`add_printer()` at import time, in any order relative to this module (e.g. `licence_cmd` adds
`print licence USCC` and `print referral USCC`). A printer gets the parsed arguments
(`args.number`, `args.out` and its own options) and returns the exit code.
Exit codes: 0 written, 1 refused (domain error, e.g. no such document), 2 usage.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from ..services import documents
from ..services.context import Role
from .common import cli_actor, open_database, signed_in


@dataclass(frozen=True)
class Printer:
    handler: Callable[[argparse.Namespace], int]
    help: str
    metavar: str = "NUMBER"
    configure: Callable[[argparse.ArgumentParser], None] | None = None


PRINTERS: dict[str, Printer] = {}
_built: list[tuple[object, argparse.ArgumentParser]] = []  # (kinds subparsers, common)


def write_pdf(args: argparse.Namespace, pdf: bytes) -> int:
    """Write to --out, or to standard output when it is not a terminal."""
    if args.out is None:
        if sys.stdout.isatty():
            print("window-app: give --out FILE.pdf (or redirect standard output)", file=sys.stderr)
            return 2
        sys.stdout.buffer.write(pdf)
        sys.stdout.flush()
        return 0
    args.out.write_bytes(pdf)
    print(str(args.out), file=sys.stderr)
    return 0


def _add(kinds, common: argparse.ArgumentParser, kind: str, printer: Printer) -> None:  # noqa: ANN001
    p = kinds.add_parser(kind, help=printer.help, parents=[common])
    p.add_argument("number", metavar=printer.metavar)
    p.add_argument("--out", type=Path, default=None, metavar="FILE.pdf", help="PDF to write")
    if printer.configure is not None:
        printer.configure(p)
    p.set_defaults(handler=printer.handler)


def add_printer(
    kind: str,
    handler: Callable[[argparse.Namespace], int],
    *,
    help: str,
    metavar: str = "NUMBER",
    configure: Callable[[argparse.ArgumentParser], None] | None = None,
) -> None:
    """Register `print KIND`; also added to parsers already built (module order does not matter)."""
    printer = Printer(handler, help, metavar, configure)
    PRINTERS[kind] = printer
    for kinds, common in _built:
        _add(kinds, common, kind, printer)


def _reprint_option(p: argparse.ArgumentParser) -> None:
    p.add_argument("--reprint", action="store_true", default=None,
                   help="mark as a reprint (补打) even if never printed")  # fmt: skip
    reason_option(p)


def reason_option(p: argparse.ArgumentParser) -> None:
    p.add_argument("--reason", default=None, metavar="TEXT",
                   help="why the document is printed again (补打原因, required for a reprint)")  # fmt: skip


def _application_document(kind: str) -> Callable[[argparse.Namespace], int]:
    # A receipt, notice, refusal or commitment letter was handed over at the window when it was
    # issued: printing it here is 补打. A pickup slip may never have been printed (a posted
    # result): its first print is the original, later ones are reprints.
    forced = None if kind in ("pickup", "suspension", "extension", "resumption") else True

    @signed_in(Role.CLERK, Role.SUPERVISOR, Role.ADMINISTRATOR)
    def handler(args: argparse.Namespace) -> int:
        db = open_database(args)
        try:
            doc = documents.latest_document(db, args.number, kind)
            record = documents.record_print(
                db, cli_actor(), doc.id, target=str(args.out or "stdout"),
                reprint=args.reprint or forced, reason=args.reason,
            )  # fmt: skip
        finally:
            db.dispose()
        return write_pdf(args, record.pdf)

    return handler


for _kind, _help in (
    ("receipt", "acceptance receipt (受理通知书) of an application"),
    ("notice", "one-time notice (一次性告知书) of an application"),
    ("refusal", "non-acceptance notice (不予受理通知书) of an application"),
    ("commitment", "commitment letter (告知承诺书) of an application"),
    ("pickup", "result pickup slip (办结领取通知) of an application"),
    ("suspension", "suspension notice (中止办理通知书) of an application"),
    ("extension", "extension notice (延长办理期限通知书) of an application"),
    ("resumption", "resumption notice (恢复审查通知书) of a suspended application"),
):
    add_printer(_kind, _application_document(_kind), help=_help, metavar="APPLICATION_NUMBER",
                configure=_reprint_option)  # fmt: skip


def register(sub, common) -> None:  # noqa: ANN001
    p = sub.add_parser("print", help="print an issued document to PDF", parents=[common])
    kinds = p.add_subparsers(dest="kind", required=True, metavar="KIND")
    _built.clear()
    _built.append((kinds, common))
    for kind, printer in PRINTERS.items():
        _add(kinds, common, kind, printer)
