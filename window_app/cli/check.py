"""`check uscc CODE…` / `check id NUMBER…`: one line per input; exit 0 only when all are valid."""

from __future__ import annotations

import importlib

from ..core.errors import DomainError
from .common import inputs, public


def register(sub, common) -> None:  # noqa: ANN001
    check = sub.add_parser("check", help="validate codes", parents=[common])
    kinds = check.add_subparsers(dest="kind", required=True, metavar="KIND")
    for kind, module, help_text in (
        ("uscc", "uscc", "Unified Social Credit Codes (GB 32100)"),
        ("id", "idcard", "citizen ID numbers (GB 11643)"),
    ):
        p = kinds.add_parser(kind, help=help_text, parents=[common])
        p.add_argument("codes", nargs="+", metavar="CODE", help="codes, or - for standard input")
        p.set_defaults(handler=public(lambda args, m=module: _check(args.codes, _validator(m))))


def _validator(module: str):  # noqa: ANN202
    """The module's `validate`, imported when used (ID numbers load python-stdnum)."""
    return importlib.import_module(f"window_app.core.{module}").validate


def _check(values: list[str], validator) -> int:  # noqa: ANN001
    all_valid = True
    for value in inputs(values):
        try:
            validator(value)
        except DomainError as exc:
            all_valid = False
            print(f"{value}\tinvalid\t{exc.message}", flush=False)
        else:
            print(f"{value}\tvalid")
    return 0 if all_valid else 1
