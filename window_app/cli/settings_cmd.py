"""`settings show` / `settings set KEY VALUE`: the hall settings every document prints.

`show` prints `key<TAB>value` (phones as `consultation_phones.DEPT<TAB>phone`, the hall-wide
default as `consultation_phones<TAB>phone`) and then `missing<TAB>名称…` when a setting a
document needs is empty (exit 0 either way). `set` changes one setting as the administrator
(audited); an empty VALUE clears it; a placeholder or a malformed phone is refused (exit 1).
"""

from __future__ import annotations

from ..services import hall_settings
from ..services.context import Role
from ..services.hall_settings import SETTING_KEYS, HallSettings
from .common import cli_actor, open_database, signed_in


def register(sub, common) -> None:  # noqa: ANN001
    p = sub.add_parser("settings", help="the hall settings printed on documents", parents=[common])
    ops = p.add_subparsers(dest="op", required=True, metavar="OP")
    show = ops.add_parser("show", help="print every setting", parents=[common])
    show.set_defaults(handler=_show)
    put = ops.add_parser("set", help="change one setting", parents=[common])
    put.add_argument("key", help=f"one of {', '.join(SETTING_KEYS)} (phones: KEY[.DEPARTMENT])")
    put.add_argument("value", help='the new value ("" clears it)')
    put.set_defaults(handler=_set)


def _lines(settings: HallSettings) -> list[str]:
    out = []
    for key in SETTING_KEYS:
        value = getattr(settings, key)
        if isinstance(value, dict):
            for dept, phone in sorted(value.items()):
                out.append(f"{key}{'.' + dept if dept else ''}\t{phone}")
            if not value:
                out.append(f"{key}\t")
        else:
            out.append(f"{key}\t{value}")
    missing = hall_settings.missing_settings(settings, None)
    if missing:
        out.append("missing\t" + "、".join(missing))
    return out


@signed_in()
def _show(args) -> int:  # noqa: ANN001
    db = open_database(args)
    try:
        settings = hall_settings.load_hall_settings(db)
    finally:
        db.dispose()
    print("\n".join(_lines(settings)))
    return 0


@signed_in(Role.ADMINISTRATOR)
def _set(args) -> int:  # noqa: ANN001
    db = open_database(args)
    try:
        settings = hall_settings.set_setting(db, cli_actor(), args.key, args.value)
    finally:
        db.dispose()
    print("\n".join(_lines(settings)))
    return 0
