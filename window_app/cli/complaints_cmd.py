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
"""

from __future__ import annotations

from ..core.complaints import ComplaintState
from ..services.complaints import FILTERS, ComplaintInfo, as_dict, list_complaints
from ..services.context import Role
from . import list_cmd
from .common import open_database, signed_in

TEXT_FIELDS = (
    "id", "received_at", "channel", "category", "state", "reply_deadline", "application",
    "window", "complainant", "phone",
)  # fmt: skip


def register(sub, common) -> None:  # noqa: ANN001, ARG001
    """`list complaints` lives under list_cmd's `list` group (added at import, below)."""


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
