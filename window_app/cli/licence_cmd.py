"""The business licence from the command line.

- `print licence USCC [--out FILE.pdf] [--overlay] [--printer NAME] [--reason TEXT]`
  (a reprint needs `--reason`) (added to `print`'s table)
- `print referral USCC [--out FILE.pdf]`: the 先照后证 notice issued at registration
- `licence offset PRINTER [DX DY]`: show or set a printer's overlay offset in mm (administrator)
- `licence test-page [--printer NAME] --out FILE.pdf`: the calibration page with that offset
"""

from __future__ import annotations

import argparse
from pathlib import Path

from ..services import documents, licence, referrals
from ..services.context import Role
from . import print_cmd
from .common import cli_actor, open_database, signed_in


@signed_in(Role.CLERK, Role.SUPERVISOR, Role.ADMINISTRATOR)
def _print_licence(args: argparse.Namespace) -> int:
    db = open_database(args)
    try:
        result = licence.print_licence(
            db,
            cli_actor(),
            args.number,
            overlay=args.overlay,
            printer=args.printer,
            reason=args.reason,
        )
    finally:
        db.dispose()
    return print_cmd.write_pdf(args, result.pdf)


def _licence_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--overlay", action="store_true",
                   help="values only, for pre-printed licence paper")  # fmt: skip
    p.add_argument("--printer", default=None, help="printer whose calibrated offset to apply")
    print_cmd.reason_option(p)


@signed_in(Role.CLERK, Role.SUPERVISOR, Role.ADMINISTRATOR)
def _print_referral(args: argparse.Namespace) -> int:
    db = open_database(args)
    try:
        doc = referrals.referral_document(db, args.number)
        record = documents.record_print(db, cli_actor(), doc.id, target=str(args.out or "stdout"),
                                        reason=args.reason)  # fmt: skip
    finally:
        db.dispose()
    return print_cmd.write_pdf(args, record.pdf)


print_cmd.add_printer("licence", _print_licence, help="business licence (营业执照) of a USCC",
                      metavar="USCC", configure=_licence_options)  # fmt: skip
print_cmd.add_printer("referral", _print_referral, help="先照后证 notice issued at registration",
                      metavar="USCC", configure=print_cmd.reason_option)  # fmt: skip


def register(sub, common) -> None:  # noqa: ANN001
    p = sub.add_parser("licence", help="licence printer calibration", parents=[common])
    ops = p.add_subparsers(dest="op", required=True, metavar="OP")
    o = ops.add_parser("offset", help="show or set a printer's offset (mm)", parents=[common])
    o.add_argument("printer")
    o.add_argument("dx", nargs="?", type=float, help="mm to the right (negative: left)")
    o.add_argument("dy", nargs="?", type=float, help="mm up (negative: down)")
    o.set_defaults(handler=_offset)
    t = ops.add_parser("test-page", help="calibration page", parents=[common])
    t.add_argument("--printer", default=None)
    t.add_argument("--out", type=Path, default=None, metavar="FILE.pdf")
    t.set_defaults(handler=_test_page)


@signed_in()
def _offset(args: argparse.Namespace) -> int:
    if (args.dx is None) != (args.dy is None):
        print("window-app: give both DX and DY, or neither", flush=True)
        return 2
    db = open_database(args)
    try:
        if args.dx is None:
            dx, dy = licence.printer_offset(db, args.printer)
        else:
            dx, dy = licence.set_printer_offset(db, cli_actor(), args.printer, args.dx, args.dy)
    finally:
        db.dispose()
    print(f"{args.printer}\t{dx:.2f}\t{dy:.2f}")
    return 0


@signed_in()
def _test_page(args: argparse.Namespace) -> int:
    db = open_database(args)
    try:
        pdf = licence.licence_test_page(db, args.printer)
    finally:
        db.dispose()
    return print_cmd.write_pdf(args, pdf)
