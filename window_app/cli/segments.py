"""Organisation-code segments (administrator).

- `segments add --name N --prefix MA4W --first 0 --last 9999 [--width 4] [--authority 440800]`
- `segments list [--format text|json]`: id, name, first body, last body, next body, remaining,
  used, void, authority, active
- `segments void BODY --reason TEXT`: void a body not yet issued
- `segments audit`: per segment, serials issued/used/void and any unexplained gap (exit 1 if any)
"""

from __future__ import annotations

import argparse
import json

from ..services import code_segments
from ..services.context import Role
from .common import cli_actor, open_database, signed_in


def register(sub, common) -> None:  # noqa: ANN001
    p = sub.add_parser("segments", help="organisation-code segments", parents=[common])
    ops = p.add_subparsers(dest="op", required=True, metavar="OP")
    a = ops.add_parser("add", help="add a segment", parents=[common])
    a.add_argument("--name", required=True)
    a.add_argument("--prefix", required=True)
    a.add_argument("--first", type=int, required=True)
    a.add_argument("--last", type=int, required=True)
    a.add_argument("--width", type=int, default=None, help="serial digits (default 8 - prefix)")
    a.add_argument("--authority", default=None, help="only for this GB/T 2260 authority")
    a.set_defaults(handler=_add)
    ls = ops.add_parser("list", help="segments with their use", parents=[common])
    ls.add_argument("--format", choices=["text", "json"], default="text")
    ls.set_defaults(handler=_list)
    v = ops.add_parser("void", help="void a body not yet issued", parents=[common])
    v.add_argument("body")
    v.add_argument("--reason", required=True)
    v.set_defaults(handler=_void)
    ops.add_parser("audit", help="account for every serial", parents=[common]).set_defaults(
        handler=_audit
    )


def _row(s: code_segments.SegmentInfo) -> dict:
    return {
        "id": s.id, "name": s.name, "first": s.first_body, "last": s.last_body,
        "next": s.body(s.next_serial) if s.remaining else None, "remaining": s.remaining,
        "used": s.used, "void": s.void, "authority": s.authority_code, "active": s.active,
    }  # fmt: skip


@signed_in(Role.ADMINISTRATOR)
def _add(args: argparse.Namespace) -> int:
    db = open_database(args)
    try:
        info = code_segments.create_segment(
            db, cli_actor(), args.name, args.prefix, args.first, args.last,
            width=args.width, authority_code=args.authority,
        )  # fmt: skip
    finally:
        db.dispose()
    print(f"{info.id}\t{info.name}\t{info.first_body}\t{info.last_body}")
    return 0


@signed_in(Role.ADMINISTRATOR)
def _list(args: argparse.Namespace) -> int:
    db = open_database(args)
    try:
        rows = [_row(s) for s in code_segments.list_segments(db, cli_actor())]
    finally:
        db.dispose()
    if args.format == "json":
        print(json.dumps(rows, ensure_ascii=False, indent=2))
    else:
        for r in rows:
            print("\t".join("" if v is None else str(v) for v in r.values()))
    return 0


@signed_in(Role.ADMINISTRATOR)
def _void(args: argparse.Namespace) -> int:
    db = open_database(args)
    try:
        info = code_segments.void_code(db, cli_actor(), args.body, args.reason)
    finally:
        db.dispose()
    print(f"void\t{info.body}")
    return 0


@signed_in(Role.ADMINISTRATOR, Role.SUPERVISOR)
def _audit(args: argparse.Namespace) -> int:
    db = open_database(args)
    try:
        rows = code_segments.audit_segments(db, cli_actor())
    finally:
        db.dispose()
    bad = False
    for r in rows:
        gaps = ",".join(map(str, r.missing[:20]))
        bad = bad or bool(r.missing)
        print(f"{r.segment_id}\tissued={r.issued}\tused={r.used}\tvoid={r.void}\tgaps={gaps}")
    return 1 if bad else 0
