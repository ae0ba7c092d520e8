"""`audit verify` (exit 0 "ok N events" / exit 1 one line per broken row) and `audit export`."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

from ..services import audit, audit_verify
from ..services.context import Role
from .common import cli_actor, open_database, signed_in


def _day(value: str) -> date:
    return date.fromisoformat(value)


def register(sub, common) -> None:  # noqa: ANN001
    p = sub.add_parser("audit", help="audit trail: verify the chain, export for an inspector",
                       parents=[common])  # fmt: skip
    ops = p.add_subparsers(dest="op", required=True, metavar="OP")
    ops.add_parser("verify", help="check every row against the keyed hash chain",
                   parents=[common]).set_defaults(handler=_verify)  # fmt: skip
    e = ops.add_parser("export", help="CSV of events FROM..TO, personal data masked",
                       parents=[common])  # fmt: skip
    e.add_argument("--from", dest="start", type=_day, required=True, metavar="YYYY-MM-DD")
    e.add_argument("--to", dest="end", type=_day, required=True, metavar="YYYY-MM-DD")
    e.add_argument("--out", type=Path, required=True, metavar="FILE.csv")
    e.set_defaults(handler=_export)


@signed_in(Role.SUPERVISOR, Role.ADMINISTRATOR)
def _verify(args) -> int:  # noqa: ANN001
    result = audit_verify.verify_database(open_database(args))
    if result.ok:
        print(f"ok {result.events} events")
        return 0
    for item in result.breaks:
        print(f"event {item.event_id}: {item.problem}")
    print(f"audit verify: {len(result.breaks)} problem(s) in {result.events} events",
          file=sys.stderr)  # fmt: skip
    return 1


@signed_in(Role.SUPERVISOR, Role.ADMINISTRATOR)
def _export(args) -> int:  # noqa: ANN001
    rows = audit.export_csv(open_database(args), cli_actor(), args.start, args.end, args.out)
    print(f"{rows} events -> {args.out}")
    return 0
