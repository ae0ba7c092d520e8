"""`print guide MATTER_CODE` and `print catalogue`, added to the `print` command's dispatch table.

    window-app print guide MATTER_CODE --out FILE.pdf [--variant a4|trifold|large] [--english]
    window-app print samples MATTER_CODE --out FILE.pdf [--english]  (附样表: the forms' samples)
    window-app print catalogue --out FILE.pdf

The guide is the version in force today (or on --on DATE). Exit 1 with a message for an unknown
matter code (the DomainError reaches cli.run). Every print is audited.
"""

from __future__ import annotations

import argparse
from datetime import date

from ..services import guides
from .common import cli_actor, open_database, signed_in
from .print_cmd import add_printer, write_pdf


def _guide_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--variant", choices=guides.VARIANTS, default="a4",
                   help="a4 (one or two pages), trifold leaflet, or large print")  # fmt: skip
    p.add_argument("--english", action="store_true", help="add English labels")
    p.add_argument("--on", type=date.fromisoformat, default=None, metavar="YYYY-MM-DD",
                   help="the version in force on this day (default today)")  # fmt: skip


def _no_number(p: argparse.ArgumentParser) -> None:
    # print_cmd gives every kind a positional; the catalogue listing needs none.
    for action in p._actions:  # noqa: SLF001 (argparse has no public way to relax it)
        if action.dest == "number":
            action.nargs, action.default, action.help = "?", None, argparse.SUPPRESS
    p.add_argument("--on", type=date.fromisoformat, default=None, metavar="YYYY-MM-DD")


@signed_in()
def _guide(args: argparse.Namespace) -> int:
    db = open_database(args)
    try:
        target = str(args.out or "stdout")
        pdf = guides.render_guide_pdf(db, args.number, args.variant, args.english,
                                      actor=cli_actor(db), on=args.on, target=target)  # fmt: skip
    finally:
        db.dispose()
    return write_pdf(args, pdf)


def _sample_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--english", action="store_true", help="add English labels")
    p.add_argument("--on", type=date.fromisoformat, default=None, metavar="YYYY-MM-DD",
                   help="the version in force on this day (default today)")  # fmt: skip


@signed_in()
def _samples(args: argparse.Namespace) -> int:
    db = open_database(args)
    try:
        pdf = guides.samples_pdf(db, args.number, args.english, args.on)
        guides.record_guide_print(db, cli_actor(db), args.number.strip().upper(), "samples",
                                  args.english, target=str(args.out or "stdout"))  # fmt: skip
    finally:
        db.dispose()
    return write_pdf(args, pdf)


@signed_in()
def _catalogue(args: argparse.Namespace) -> int:
    db = open_database(args)
    try:
        pdf = guides.render_catalogue_pdf(db, actor=cli_actor(db), on=args.on,
                                          target=str(args.out or "stdout"))  # fmt: skip
    finally:
        db.dispose()
    return write_pdf(args, pdf)


add_printer("guide", _guide, help="service guide (办事指南) of a matter", metavar="MATTER_CODE",
            configure=_guide_options)  # fmt: skip
add_printer("samples", _samples, metavar="MATTER_CODE",
            help="the filled-in samples (附样表) of a matter's forms, e.g. for the tri-fold",
            configure=_sample_options)  # fmt: skip
add_printer("catalogue", _catalogue, metavar="",
            help="catalogue of matters with the fee catalogue and intermediary services",
            configure=_no_number)  # fmt: skip


def register(sub, common) -> None:  # noqa: ANN001, ARG001
    """Nothing of its own: importing this module adds the printers above to `print`."""
