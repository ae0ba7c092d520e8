"""`window-app COMMAND …`: the administrator's scriptable interface.

Each command lives in its own module exposing `register(subparsers, common)`; names, output
formats and exit codes are part of the product (administrators script them).
"""

from __future__ import annotations

import argparse
import importlib
import sys

from ..core.errors import DomainError
from .common import add_sign_in_arguments, reset_sign_in, sign_in

COMMAND_MODULES = [
    "check",
    "workdays",
    "calendar",
    "db",
    "catalog",
    "demo",
    "audit_cmd",
    "users_cmd",
    "report",
    "list_cmd",
    "print_cmd",
    "badcredit",
    "register",
    "change",
    "enterprises",
    "complaints_cmd",
    "licence_cmd",
    "segments",
    "guide_print",
    "spotcheck",
]

EXIT_OK, EXIT_FAIL, EXIT_USAGE, EXIT_PROVISIONAL = 0, 1, 2, 3


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    # SUPPRESS: a subcommand's own --database must not reset one given before the subcommand.
    common.add_argument(
        "--database",
        metavar="URL",
        default=argparse.SUPPRESS,
        help="SQLAlchemy URL; default WINDOW_APP_DATABASE or the per-user file",
    )
    add_sign_in_arguments(common)
    parser = argparse.ArgumentParser(
        prog="window-app", description="Service-window desk (一窗受理)", parents=[common]
    )
    parser.add_argument("--lang", choices=["zh_CN", "en"], help="user-interface language")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(f"{__name__}.{name}").register(sub, common)
    return parser


def _gui_arguments(argv: list[str]) -> argparse.Namespace | None:
    """The arguments when no command is named: the GUI starts without loading every command."""
    quick = argparse.ArgumentParser(prog="window-app", add_help=False)
    quick.add_argument("--database", default=None)
    quick.add_argument("--lang", choices=["zh_CN", "en"])
    try:
        args, rest = quick.parse_known_args(argv)
    except SystemExit:
        return None
    return None if rest else args


def run(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    gui = _gui_arguments(argv)
    if gui is not None:
        from ..ui.app import run_gui  # only the GUI path pays for importing Qt

        return run_gui(gui)
    parser = build_parser()
    args = parser.parse_args(argv)
    args.database = getattr(args, "database", None)
    if args.command is None:
        parser.print_help()
        return EXIT_USAGE
    try:
        sign_in(args)
        return int(args.handler(args) or 0)
    except DomainError as exc:
        print(f"window-app: {exc.message}", file=sys.stderr)
        return EXIT_FAIL
    except BrokenPipeError:
        return EXIT_OK
    finally:
        reset_sign_in()
        opened = getattr(args, "_database", None)
        if opened is not None:
            opened[0].dispose()


def main() -> None:
    sys.exit(run())
