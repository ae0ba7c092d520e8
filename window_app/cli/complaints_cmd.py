"""`list complaints [--state S] [--format text|json]`: the complaint register.

S is `open` (received or handling), `overdue` (open and past the reply deadline), `all` (the
default) or one state: received, handling, answered, closed. Open complaints come first, the
earliest reply deadline first, then the others newest first. The complainant's phone is masked.

JSON: an array of objects with id, received_at, received_on, channel, category, state,
reply_deadline, deadline_provisional, application, window, clerk, complainant, phone (masked),
content, handler (the assigned account as "display name（username）", or the text typed before
migration 0011), handler_username, handler_department, assigned_on, reply, answered_on,
satisfaction, close_reason, closed_on (dates ISO, null where not reached). Text: id, received_at, channel, category, state, reply_deadline,
application, window, complainant, phone, one complaint a line, tab-separated.

`complaint register --name N --phone P --channel C --category C --content T [--application
NUMBER] [--window W]`: register a complaint received now; prints `ID<TAB>reply_deadline`.
The complainant's name is checked as an applicant's is (NFC, no control, zero-width,
bidirectional or symbol characters, at most 60 characters, every character printable);
a refused entry prints one `ERROR` line naming it and exits 1.
"""

from __future__ import annotations

from ..core.complaints import CATEGORIES_ZH, CHANNELS_ZH, ComplaintState
from ..services.complaints import (
    FILTERS,
    ComplaintForm,
    ComplaintInfo,
    as_dict,
    list_complaints,
    register_complaint,
)  # fmt: skip
from ..services.context import Role
from . import list_cmd
from .common import cli_actor, open_database, signed_in

TEXT_FIELDS = (
    "id", "received_at", "channel", "category", "state", "reply_deadline", "application",
    "window", "complainant", "phone",
)  # fmt: skip


def register(sub, common) -> None:  # noqa: ANN001
    """`complaint register`; `list complaints` lives under list_cmd's `list` group (added at
    import, below)."""
    p = sub.add_parser("complaint", help="register a complaint", parents=[common])
    ops = p.add_subparsers(dest="op", required=True, metavar="OP")
    r = ops.add_parser("register", help="register a complaint received now", parents=[common])
    r.add_argument("--name", required=True, help="the complainant's name")
    r.add_argument("--phone", required=True)
    r.add_argument("--channel", required=True, choices=list(CHANNELS_ZH))
    r.add_argument("--category", required=True, choices=list(CATEGORIES_ZH))
    r.add_argument("--content", required=True)
    r.add_argument("--application", default="", help="the application it concerns")
    r.add_argument("--window", default="", help="the window it concerns")
    r.set_defaults(handler=_register)


@signed_in(Role.CLERK, Role.SUPERVISOR)
def _register(args) -> int:  # noqa: ANN001
    db = open_database(args)
    try:
        found = register_complaint(db, cli_actor(), ComplaintForm(
            channel=args.channel, name=args.name, phone=args.phone, category=args.category,
            content=args.content, application_number=args.application,
            window_number=args.window,
        ))  # fmt: skip
    finally:
        db.dispose()
    print(f"{found.id}\t{found.reply_deadline.isoformat()}")
    return 0


def _build(ops, common) -> None:  # noqa: ANN001
    p = ops.add_parser("complaints", help="the complaint register", parents=[common])
    p.add_argument(
        "--state", default="all", choices=[*FILTERS, *(str(s) for s in ComplaintState)],
        help="open, overdue, all (default) or one state",
    )  # fmt: skip
    p.add_argument("--format", choices=["text", "json"], default="text")
    p.set_defaults(handler=_list)


def as_json(c: ComplaintInfo) -> dict:
    return as_dict(c)


@signed_in(Role.CLERK, Role.SUPERVISOR, Role.ADMINISTRATOR)
def _list(args) -> int:  # noqa: ANN001
    db = open_database(args)
    try:
        rows = list_complaints(db, which=args.state)
    finally:
        db.dispose()
    return list_cmd.print_rows([as_json(c) for c in rows], args.format, TEXT_FIELDS)


list_cmd.add_list("complaints", _build)
