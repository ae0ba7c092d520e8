"""`list enterprises [--query TEXT] [--format text|json]`: registered enterprises, newest first.

JSON: an array of objects with uscc, name, authority (GB/T 2260 code), authority_name,
category, enterprise_type, legal_representative, registered_capital (string, 10,000 yuan),
currency, domicile, established_on, registered_on, kind. Text: uscc, name, authority, one a line.
"""

from __future__ import annotations

import json

from ..services.registration import EnterpriseInfo, list_enterprises
from . import list_cmd
from .common import open_database, signed_in


def register(sub, common) -> None:  # noqa: ANN001, ARG001
    """`list enterprises` lives under list_cmd's `list` group (added at import, below)."""


def _build(ops, common) -> None:  # noqa: ANN001
    p = ops.add_parser("enterprises", help="registered enterprises", parents=[common])
    p.add_argument("--query", default="", help="name fragment or USCC")
    p.add_argument("--format", choices=["text", "json"], default="text")
    p.set_defaults(handler=_list)


def as_json(e: EnterpriseInfo) -> dict:
    return {
        "uscc": e.uscc, "name": e.name, "authority": e.authority_code,
        "authority_name": e.authority, "category": e.category,
        "enterprise_type": e.enterprise_type, "legal_representative": e.legal_representative,
        "registered_capital": str(e.registered_capital.normalize()), "currency": e.currency,
        "domicile": e.domicile, "established_on": e.established_on.isoformat(),
        "registered_on": e.registered_on.isoformat(), "kind": e.kind,
    }  # fmt: skip


@signed_in()
def _list(args) -> int:  # noqa: ANN001
    db = open_database(args)
    try:
        rows = list_enterprises(db, query=args.query)
    finally:
        db.dispose()
    if args.format == "json":
        print(json.dumps([as_json(e) for e in rows], ensure_ascii=False, indent=2))
        return 0
    for e in rows:
        print(f"{e.uscc}\t{e.name}\t{e.authority_code}")
    return 0


list_cmd.add_list("enterprises", _build)
