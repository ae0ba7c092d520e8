"""`register --json FILE`: register each enterprise of a JSON array (establishment, on the spot).

One output line per entry, in order: `USCC<TAB>name`, or `ERROR<TAB>name<TAB>message`.
Exit 0 when every entry was registered, 1 when any failed, 2 when the file cannot be read.
Entry fields: name, category ("1"/"2"/"3"), enterprise_type, domicile, authority (GB/T 2260),
legal_representative {name, id_number}, registered_capital (10,000 yuan), currency,
business_scope; optional contact, investors [{name, identifier, subscribed}] and application
(the number of the accepted establishment application the registration is made for: it is
checked like at the window and the registration is linked to it).
"""

from __future__ import annotations

import json
import sys
from datetime import date
from decimal import Decimal
from pathlib import Path

from ..core.errors import DomainError
from ..services.context import Role
from ..services.registration import Investor, Person, RegistrationRequest, register_enterprise
from .common import cli_actor, open_database, signed_in


class EntryError(DomainError):
    pass


def register(sub, common) -> None:  # noqa: ANN001
    p = sub.add_parser("register", help="register enterprises from a JSON array", parents=[common])
    p.add_argument("--json", dest="json_file", required=True, metavar="FILE",
                   help="JSON array of enterprises, or - for standard input")  # fmt: skip
    p.add_argument("--date", type=date.fromisoformat, default=None,
                   help="registration date YYYY-MM-DD (default today)")  # fmt: skip
    p.set_defaults(handler=_register)


def _field(entry: dict, key: str) -> object:
    if key not in entry or entry[key] is None:
        raise EntryError(f"缺少字段 {key}", english=f"missing field {key}", field=key)
    return entry[key]


def person_from_json(rep: dict) -> Person:
    return Person(str(rep.get("name", "")), str(rep.get("id_number", "")))


def investors_from_json(rows: object) -> tuple[Investor, ...]:
    if not isinstance(rows, list | tuple) or not all(isinstance(i, dict) for i in rows):
        raise EntryError("investors 应为 [{name, identifier, subscribed}]", english="bad investors")
    return tuple(
        Investor(
            str(i.get("name", "")),
            str(i.get("identifier", i.get("id_number", ""))),
            Decimal(str(i.get("subscribed", "0"))),
        )  # fmt: skip
        for i in rows
    )


UNREADABLE = object()


MAX_JSON = 20_000_000  # a batch of registrations; more is not a registration file


def read_json(source: str) -> object:
    """The parsed JSON of a file (`-`: standard input); UNREADABLE after saying why on stderr."""
    try:
        if source == "-":
            text = sys.stdin.read(MAX_JSON + 1)
        else:
            with Path(source).open("rb") as fh:
                text = fh.read(MAX_JSON + 1).decode("utf-8-sig")
        if len(text) > MAX_JSON:
            print(f"window-app: {source} 过大（超过{MAX_JSON}字节）", file=sys.stderr)
            return UNREADABLE
        return json.loads(text)
    except RecursionError:
        print(f"window-app: {source} 的JSON嵌套过深", file=sys.stderr)
        return UNREADABLE
    except (OSError, ValueError) as exc:
        print(f"window-app: cannot read {source}: {exc}", file=sys.stderr)
        return UNREADABLE


def application_from_json(entry: object) -> str | None:
    """The entry's optional `application` number (None when absent)."""
    number = entry.get("application") if isinstance(entry, dict) else None
    return None if number is None else str(number)


def request_from_json(entry: object) -> RegistrationRequest:
    """One JSON entry as a RegistrationRequest (the service validates the values)."""
    if not isinstance(entry, dict):
        raise EntryError("每一项应为JSON对象", english="entry is not an object")
    rep = _field(entry, "legal_representative")
    if not isinstance(rep, dict):
        raise EntryError("legal_representative 应为 {name, id_number}", english="bad rep")
    capital = _field(entry, "registered_capital")
    if isinstance(capital, bool) or not isinstance(capital, int | float | str):
        raise EntryError("registered_capital 应为数字", english="capital not a number")
    investors = investors_from_json(entry.get("investors") or ())
    return RegistrationRequest(
        name=str(_field(entry, "name")),
        category=str(_field(entry, "category")),
        enterprise_type=str(_field(entry, "enterprise_type")),
        domicile=str(_field(entry, "domicile")),
        authority_code=str(_field(entry, "authority")),
        legal_representative=person_from_json(rep),
        registered_capital=Decimal(str(capital)),
        business_scope=str(_field(entry, "business_scope")),
        currency=str(entry.get("currency") or "人民币"),
        investors=investors,
        contact=entry.get("contact"),
    )


@signed_in(Role.CLERK, Role.ADMINISTRATOR)
def _register(args) -> int:  # noqa: ANN001
    entries = read_json(args.json_file)
    if entries is UNREADABLE:
        return 2
    if not isinstance(entries, list):
        print("window-app: the JSON file must hold an array", file=sys.stderr)
        return 2
    db = open_database(args)
    actor = cli_actor(db)
    failed = 0
    try:
        for entry in entries:
            name = str(entry.get("name", "")) if isinstance(entry, dict) else ""
            try:
                result = register_enterprise(
                    db, actor, request_from_json(entry), on=args.date,
                    application_number=application_from_json(entry),
                )  # fmt: skip
            except DomainError as exc:
                failed += 1
                print(f"ERROR\t{name}\t{exc.message}", flush=True)
            else:
                print(f"{result.uscc}\t{result.name}", flush=True)
    finally:
        db.dispose()
    return 1 if failed else 0
