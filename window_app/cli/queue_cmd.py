"""The hall's queue (排队叫号) from the command line.

`queue lines`: active lines, `NAME<TAB>windows` (comma-separated window numbers).
`queue line NAME --prefix A --windows A01,A02 [--matters SC-0001,SC-0002]`: create or change a
  line (administrator); a matter belongs to one line.
`queue ticket LINE [--priority elderly|disabled|appointment] [--appointment REF]`: take a ticket,
  `TICKET<TAB>line<TAB>position<TAB>waiting` (position 1 = called next in its line; waiting =
  tickets ahead of it). With `--appointment` the appointment checks in (its line is its own,
  LINE is ignored) and keeps its slot's place.
`queue call WINDOW`: call the next ticket, `TICKET<TAB>window`; exit 1 when nobody waits.
`queue recall|no-show|hold TICKET WINDOW`, `queue finish TICKET WINDOW [--application NUMBER]`,
`queue transfer TICKET WINDOW (--line LINE | --to-window W)`, `queue resume TICKET`.
`queue appointment REF LINE "YYYY-MM-DD HH:MM" NAME [--phone P]`, `queue import-appointments FILE`
  (CSV or xlsx with the columns 预约号, 业务 or 事项编码, 预约时间, 姓名, 电话).
`queue announce TICKET WINDOW --out F.wav [--cantonese]`: the spoken call; prints its seconds.
"""

from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path

from ..core.queue import Priority, QueueError
from ..services import queue_config, queue_tickets, queue_voice
from ..services.context import Role
from .common import cli_actor, open_database, signed_in

EXIT_OK, EXIT_NOBODY = 0, 1


def register(sub, common) -> None:  # noqa: ANN001
    p = sub.add_parser("queue", help="the hall's queue (排队叫号)", parents=[common])
    ops = p.add_subparsers(dest="op", required=True, metavar="OP")
    x = ops.add_parser("lines", help="lines of business and their windows", parents=[common])
    x.set_defaults(handler=_lines)
    x = ops.add_parser("line", help="create or change a line", parents=[common])
    x.add_argument("name")
    x.add_argument("--prefix", required=True, help="ticket prefix, e.g. A")
    x.add_argument("--windows", default="", help="window numbers, comma-separated")
    x.add_argument("--sort", type=int, default=0)
    x.add_argument("--matters", default=None,
                   help="catalogue codes of the matters that belong to it, comma-separated")  # fmt: skip
    x.set_defaults(handler=_line)
    x = ops.add_parser("ticket", help="take a ticket", parents=[common])
    x.add_argument("line")
    x.add_argument("--priority", choices=[str(p) for p in Priority])
    x.add_argument("--appointment", metavar="REF", help="check an appointment in")
    x.set_defaults(handler=_ticket)
    x = ops.add_parser("call", help="call the next ticket at a window", parents=[common])
    x.add_argument("window")
    x.set_defaults(handler=_call)
    for name, fn in (("recall", _recall), ("no-show", _no_show), ("hold", _hold)):
        x = ops.add_parser(name, help=f"{name} the ticket called at a window", parents=[common])
        x.add_argument("ticket")
        x.add_argument("window")
        x.set_defaults(handler=fn)
    x = ops.add_parser("finish", help="the ticket was served", parents=[common])
    x.add_argument("ticket")
    x.add_argument("window")
    x.add_argument("--application", metavar="NUMBER", help="the application it produced")
    x.set_defaults(handler=_finish)
    x = ops.add_parser("transfer", help="send a called ticket elsewhere", parents=[common])
    x.add_argument("ticket")
    x.add_argument("window", help="the window that called it")
    to = x.add_mutually_exclusive_group(required=True)
    to.add_argument("--line")
    to.add_argument("--to-window")
    x.set_defaults(handler=_transfer)
    x = ops.add_parser("resume", help="a held ticket waits again", parents=[common])
    x.add_argument("ticket")
    x.set_defaults(handler=_resume)
    x = ops.add_parser("appointment", help="enter an appointment", parents=[common])
    x.add_argument("reference")
    x.add_argument("line")
    x.add_argument("slot", help='"YYYY-MM-DD HH:MM"')
    x.add_argument("name")
    x.add_argument("--phone", default="")
    x.set_defaults(handler=_appointment)
    x = ops.add_parser("import-appointments", help="import a CSV/xlsx list", parents=[common])
    x.add_argument("file", type=Path)
    x.set_defaults(handler=_import)
    x = ops.add_parser("announce", help="write the spoken call as WAV", parents=[common])
    x.add_argument("ticket")
    x.add_argument("window")
    x.add_argument("--out", required=True, type=Path)
    x.add_argument("--cantonese", action="store_true", help="also in Cantonese")
    x.set_defaults(handler=_announce)


def _with_db(args, fn):  # noqa: ANN001, ANN202
    db = open_database(args)
    try:
        return fn(db)
    finally:
        db.dispose()


@signed_in()
def _lines(args) -> int:  # noqa: ANN001
    for line in _with_db(args, queue_config.list_lines):
        print(f"{line.name}\t{','.join(line.windows)}")
    return EXIT_OK


@signed_in(Role.ADMINISTRATOR)
def _line(args) -> int:  # noqa: ANN001
    windows = [w.strip() for w in args.windows.split(",") if w.strip()]
    matters = None if args.matters is None else [m for m in args.matters.split(",") if m.strip()]
    _with_db(args, lambda db: queue_config.configure_line(
        db, cli_actor(), args.name, args.prefix, windows, sort=args.sort, matters=matters))  # fmt: skip
    print(f"{args.name}\t{','.join(windows)}")
    return EXIT_OK


@signed_in()
def _ticket(args) -> int:  # noqa: ANN001
    t = _with_db(args, lambda db: queue_tickets.take_ticket(
        db, cli_actor(), args.line, priority=args.priority, appointment=args.appointment))  # fmt: skip
    print(f"{t.number}\t{t.line}\t{t.position}\t{t.waiting}")
    return EXIT_OK


@signed_in(Role.CLERK, Role.SUPERVISOR, Role.ADMINISTRATOR)
def _call(args) -> int:  # noqa: ANN001
    call = _with_db(args, lambda db: queue_tickets.call_next(db, cli_actor(), args.window))
    if call is None:
        print(f"window-app: {args.window}：没有等候的号", file=sys.stderr)
        return EXIT_NOBODY
    print(f"{call.ticket}\t{call.window}")
    return EXIT_OK


@signed_in(Role.CLERK, Role.SUPERVISOR, Role.ADMINISTRATOR)
def _recall(args) -> int:  # noqa: ANN001
    call = _with_db(
        args, lambda db: queue_tickets.recall(db, cli_actor(), args.ticket, args.window)
    )
    print(f"{call.ticket}\t{call.window}")
    return EXIT_OK


@signed_in(Role.CLERK, Role.SUPERVISOR, Role.ADMINISTRATOR)
def _no_show(args) -> int:  # noqa: ANN001
    _with_db(args, lambda db: queue_tickets.no_show(db, cli_actor(), args.ticket, args.window))
    return EXIT_OK


@signed_in(Role.CLERK, Role.SUPERVISOR, Role.ADMINISTRATOR)
def _hold(args) -> int:  # noqa: ANN001
    _with_db(args, lambda db: queue_tickets.hold(db, cli_actor(), args.ticket, args.window))
    return EXIT_OK


@signed_in(Role.CLERK, Role.SUPERVISOR, Role.ADMINISTRATOR)
def _finish(args) -> int:  # noqa: ANN001
    _with_db(args, lambda db: queue_tickets.finish(
        db, cli_actor(), args.ticket, args.window, application=args.application))  # fmt: skip
    return EXIT_OK


@signed_in(Role.CLERK, Role.SUPERVISOR, Role.ADMINISTRATOR)
def _transfer(args) -> int:  # noqa: ANN001
    _with_db(args, lambda db: queue_tickets.transfer(
        db, cli_actor(), args.ticket, window=args.window, line=args.line,
        to_window=args.to_window))  # fmt: skip
    return EXIT_OK


@signed_in(Role.CLERK, Role.SUPERVISOR, Role.ADMINISTRATOR)
def _resume(args) -> int:  # noqa: ANN001
    _with_db(args, lambda db: queue_tickets.resume(db, cli_actor(), args.ticket))
    return EXIT_OK


@signed_in(Role.CLERK, Role.SUPERVISOR, Role.ADMINISTRATOR)
def _appointment(args) -> int:  # noqa: ANN001
    try:
        slot = datetime.strptime(args.slot.strip(), "%Y-%m-%d %H:%M")
    except ValueError as exc:
        raise QueueError(f"预约时间“{args.slot}”不是“年-月-日 时:分”",
                         english=f"The appointment time “{args.slot}” is not “year-month-day hour:minute”.") from exc  # fmt: skip
    _with_db(args, lambda db: queue_config.add_appointment(
        db, cli_actor(), args.reference, args.line, slot, args.name, args.phone))  # fmt: skip
    return EXIT_OK


@signed_in(Role.CLERK, Role.SUPERVISOR, Role.ADMINISTRATOR)
def _import(args) -> int:  # noqa: ANN001
    count = _with_db(args, lambda db: queue_config.import_appointments(db, cli_actor(), args.file))
    print(count)
    return EXIT_OK


@signed_in()
def _announce(args) -> int:  # noqa: ANN001
    seconds = queue_voice.announcement_wav(args.ticket, args.window, args.out,
                                           cantonese=args.cantonese)  # fmt: skip
    print(f"{args.out}\t{seconds:.2f}")
    return EXIT_OK
