"""`change --uscc CODE --json FILE`: change registration (变更登记) of one registered enterprise.

The JSON object holds the new values of the items that change, any of: name, domicile,
legal_representative {name, id_number}, registered_capital (10,000 yuan), business_scope,
investors [{name, identifier, subscribed}]. The Unified Social Credit Code stays the same and a
new licence is issued (`print licence USCC` prints it). `--application NUMBER` names the accepted
change application (SC-0004) the change is made for: checked like at the window, and linked.

One output line: `USCC<TAB>name<TAB>item,item…` (the name after the change and the items that
changed), or `ERROR<TAB>USCC<TAB>message`. Exit 0 when changed, 1 when refused, 2 when the file
cannot be read or holds no JSON object.
"""

from __future__ import annotations

import sys
from datetime import date
from decimal import Decimal, InvalidOperation

from ..core.errors import DomainError
from ..services.change_registration import EnterpriseChanges, change_registration
from ..services.context import Role
from .common import cli_actor, open_database, signed_in
from .register import UNREADABLE, EntryError, investors_from_json, person_from_json, read_json

FIELDS = ("name", "domicile", "legal_representative", "registered_capital", "business_scope",
          "investors")  # fmt: skip


def register(sub, common) -> None:  # noqa: ANN001
    p = sub.add_parser("change", help="change registration of an enterprise", parents=[common])
    p.add_argument("--uscc", required=True, metavar="CODE",
                   help="the enterprise's Unified Social Credit Code (it does not change)")  # fmt: skip
    p.add_argument("--json", dest="json_file", required=True, metavar="FILE",
                   help="JSON object of the new values, or - for standard input")  # fmt: skip
    p.add_argument("--date", type=date.fromisoformat, default=None,
                   help="date of the change YYYY-MM-DD (default today)")  # fmt: skip
    p.add_argument("--application", metavar="NUMBER", default=None,
                   help="the accepted change application (SC-0004) this change is made for")  # fmt: skip
    p.set_defaults(handler=_change)


def changes_from_json(entry: dict) -> EnterpriseChanges:
    """The JSON object as EnterpriseChanges (the service validates the values)."""
    unknown = sorted(set(entry) - set(FIELDS))
    if unknown:
        raise EntryError(f"未知字段 {', '.join(unknown)}", english=f"unknown fields {unknown}")
    rep = entry.get("legal_representative")
    if rep is not None and not isinstance(rep, dict):
        raise EntryError("legal_representative 应为 {name, id_number}", english="bad rep")
    capital = entry.get("registered_capital")
    try:
        capital = None if capital is None else Decimal(str(capital))
    except InvalidOperation:
        raise EntryError("registered_capital 应为数字", english="capital not a number") from None
    text = {k: None if entry.get(k) is None else str(entry[k])
            for k in ("name", "domicile", "business_scope")}  # fmt: skip
    investors = entry.get("investors")
    return EnterpriseChanges(
        **text,
        legal_representative=None if rep is None else person_from_json(rep),
        registered_capital=capital,
        investors=None if investors is None else investors_from_json(investors),
    )


@signed_in(Role.CLERK, Role.ADMINISTRATOR)
def _change(args) -> int:  # noqa: ANN001
    entry = read_json(args.json_file)
    if entry is UNREADABLE:
        return 2
    if not isinstance(entry, dict):
        print("window-app: the JSON file must hold an object", file=sys.stderr)
        return 2
    db = open_database(args)
    try:
        result = change_registration(
            db, cli_actor(db), args.uscc, changes_from_json(entry), on=args.date,
            application_number=args.application,
        )  # fmt: skip
    except DomainError as exc:
        print(f"ERROR\t{args.uscc}\t{exc.message}", flush=True)
        return 1
    finally:
        db.dispose()
    print(f"{result.uscc}\t{result.name}\t{','.join(i.item for i in result.items)}", flush=True)
    return 0
