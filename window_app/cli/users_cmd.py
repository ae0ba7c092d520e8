"""`users list`, `users add`, `users edit`, `users disable`, `users enable`,
`users reset-password`, `users window-add`.

Users are never deleted (the audit trail names them): `users disable` stops the sign-in.

Passwords are read from standard input (one line) so they never appear in the process list or
the shell history; new and reset accounts must change the password at first login.

Every `users` command needs a signed-in administrator, except the first one: on a database
without users, `users add NAME --name N --role administrator --password-stdin` creates the first
administrator (as the first-run dialog does).
"""

from __future__ import annotations

import getpass
import sys

from ..services import first_run, users
from ..services.context import Role
from .common import cli_actor, open_database, signed_in, signed_in_actor


def _first_administrator(args) -> bool:  # noqa: ANN001
    return (
        args.role == str(Role.ADMINISTRATOR)
        and args.password_stdin
        and not args.window
        and not first_run.has_users(open_database(args))
    )


def _password(args) -> str:  # noqa: ANN001
    if args.password_stdin or not sys.stdin.isatty():
        return sys.stdin.readline().rstrip("\n")
    return getpass.getpass("密码: ")


def register(sub, common) -> None:  # noqa: ANN001
    p = sub.add_parser("users", help="user accounts and windows", parents=[common])
    ops = p.add_subparsers(dest="op", required=True, metavar="OP")
    ops.add_parser("list", help="list accounts", parents=[common]).set_defaults(handler=_list)
    a = ops.add_parser("add", help="create an account (password from stdin)", parents=[common])
    a.add_argument("username")
    a.add_argument("--name", required=True, help="display name")
    a.add_argument("--role", required=True, choices=[str(r) for r in Role])
    a.add_argument("--window", help="window number (clerks)")
    a.add_argument("--department", help="catalogue department code the user works for")
    a.add_argument("--password-stdin", action="store_true")
    a.set_defaults(handler=_add)
    e = ops.add_parser("edit", help="change name, role, window, department", parents=[common])
    e.add_argument("username")
    e.add_argument("--name", help="display name")
    e.add_argument("--role", choices=[str(r) for r in Role])
    e.add_argument("--window", help="window number; '' for none")
    e.add_argument("--department", help="department code; '' for none")
    e.set_defaults(handler=_edit)
    d = ops.add_parser("disable", help="stop an account signing in (never deleted)",
                       parents=[common])  # fmt: skip
    d.add_argument("username")
    d.add_argument("--reason", default="")
    d.set_defaults(handler=_disable)
    n = ops.add_parser("enable", help="let a disabled account sign in again", parents=[common])
    n.add_argument("username")
    n.set_defaults(handler=_enable)
    r = ops.add_parser("reset-password", help="temporary password, lockout lifted",
                       parents=[common])  # fmt: skip
    r.add_argument("username")
    r.add_argument("--password-stdin", action="store_true")
    r.set_defaults(handler=_reset)
    w = ops.add_parser("window-add", help="create a window", parents=[common])
    w.add_argument("number")
    w.add_argument("name")
    w.set_defaults(handler=_window)


@signed_in(Role.ADMINISTRATOR)
def _list(args) -> int:  # noqa: ANN001
    for u in users.list_users(open_database(args), cli_actor()):
        flags = [] if u["active"] else ["inactive"]
        if u["locked_until"]:
            flags.append(f"locked-until={u['locked_until']:%Y-%m-%d %H:%M}")
        if u["must_change_password"]:
            flags.append("must-change-password")
        print("\t".join([u["username"], u["role"], u["window"] or "-", u["display_name"],
                         ",".join(flags)]))  # fmt: skip
    return 0


@signed_in(Role.ADMINISTRATOR, unless=_first_administrator)
def _add(args) -> int:  # noqa: ANN001
    db = open_database(args)
    if signed_in_actor() is None:  # the first administrator (checked again in its transaction)
        first_run.bootstrap_admin(db, args.username, args.name, _password(args))
        print(f"created {args.username}")
        return 0
    users.create_user(db, cli_actor(), args.username, args.name, Role(args.role),
                      _password(args), args.window, department_code=args.department)  # fmt: skip
    print(f"created {args.username}")
    return 0


@signed_in(Role.ADMINISTRATOR)
def _edit(args) -> int:  # noqa: ANN001
    db, actor = open_database(args), cli_actor()
    current = next((u for u in users.list_users(db, actor) if u["username"] == args.username),
                   None)  # fmt: skip
    if current is None:
        print(f"window-app: 用户{args.username}不存在", file=sys.stderr)
        return 1
    users.update_user(
        db, actor, args.username,
        display_name=current["display_name"] if args.name is None else args.name,
        role=Role(args.role or current["role"]),
        window_number=current["window"] if args.window is None else args.window,
        department_code=current["department"] if args.department is None else args.department,
    )  # fmt: skip
    print(f"updated {args.username}")
    return 0


@signed_in(Role.ADMINISTRATOR)
def _disable(args) -> int:  # noqa: ANN001
    users.set_active(open_database(args), cli_actor(), args.username, False, args.reason)
    print(f"disabled {args.username}")
    return 0


@signed_in(Role.ADMINISTRATOR)
def _enable(args) -> int:  # noqa: ANN001
    users.set_active(open_database(args), cli_actor(), args.username, True)
    print(f"enabled {args.username}")
    return 0


@signed_in(Role.ADMINISTRATOR)
def _reset(args) -> int:  # noqa: ANN001
    users.reset_password(open_database(args), cli_actor(), args.username, _password(args))
    print(f"password reset for {args.username}")
    return 0


@signed_in(Role.ADMINISTRATOR)
def _window(args) -> int:  # noqa: ANN001
    users.create_window(open_database(args), cli_actor(), args.number, args.name)
    print(f"created window {args.number}")
    return 0
