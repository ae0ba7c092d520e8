"""`db upgrade`, `db backup PATH`, `db restore PATH`, `db login-guard --log FILE`."""

from __future__ import annotations

from pathlib import Path

from ..config import data_dir
from ..services import audit, db_roles, login_guard
from ..services.context import Role
from ..storage import backup, health, migrate
from .common import (
    open_database,
    owner_actor,
    owns_database_file,
    signed_in,
    signed_in_actor,
    sqlite_file,
)


def _upgrade_open(args) -> bool:  # noqa: ANN001
    """`db upgrade` needs no sign-in from the owner of the SQLite file; on PostgreSQL the URL's
    login (the schema owner, the only one with the right to change the schema) is the check."""
    return sqlite_file(args) is None or owns_database_file(args)


def _restore_open(args) -> bool:  # noqa: ANN001
    """A damaged or missing SQLite file has nobody to sign in against: its owner restores."""
    path = sqlite_file(args)
    if path is None or not owns_database_file(args):
        return False
    report = health.check_database(f"sqlite:///{path}")
    return not report.ok or not path.exists() or path.stat().st_size == 0


def register(sub, common) -> None:  # noqa: ANN001
    p = sub.add_parser("db", help="database maintenance", parents=[common])
    ops = p.add_subparsers(dest="op", required=True, metavar="OP")
    ops.add_parser("upgrade", help="apply migrations", parents=[common]).set_defaults(
        handler=_upgrade
    )
    b = ops.add_parser("backup", help="online backup to PATH", parents=[common])
    b.add_argument("path", type=Path)
    b.set_defaults(handler=_backup)
    r = ops.add_parser("restore", help="restore from PATH", parents=[common])
    r.add_argument("path", type=Path)
    r.set_defaults(handler=_restore)
    g = ops.add_parser(
        "login-guard", parents=[common],
        help="PostgreSQL: count refused database passwords in the server's log and lock "
             "the person after 5 (as the schema owner, on the server)",
    )  # fmt: skip
    g.add_argument("--log", type=Path, required=True, help="the PostgreSQL server's log file")
    g.add_argument("--state", type=Path, default=None,
                   help="where the pass stopped (default: login-guard.json in the data directory)")  # fmt: skip
    g.add_argument("--follow", type=float, default=None, metavar="SECONDS",
                   help="keep watching, a pass every SECONDS")  # fmt: skip
    g.set_defaults(handler=_login_guard)


@signed_in(Role.ADMINISTRATOR, unless=_upgrade_open)
def _upgrade(args) -> int:  # noqa: ANN001
    db = open_database(args, upgrade=False)
    saved = migrate.upgrade(db)
    print(f"at {migrate.current_revision(db)}" + (f" (backup {saved})" if saved else ""))
    if db_roles.ensure(db):  # PostgreSQL: the group roles and their grants, every time
        print("group roles: " + ", ".join(db_roles.group_names(db)))
    return 0


@signed_in(Role.ADMINISTRATOR)
def _backup(args) -> int:  # noqa: ANN001
    saved = backup.backup_to(open_database(args), args.path)
    print(saved)
    return 0


@signed_in(Role.ADMINISTRATOR, unless=_restore_open)
def _restore(args) -> int:  # noqa: ANN001
    db = open_database(args, upgrade=False, check=False)
    actor = signed_in_actor() or owner_actor()
    audit.restore(db, args.path, actor)
    print(f"restored from {args.path}")
    return 0


def _on_postgresql(args) -> bool:  # noqa: ANN001
    """On PostgreSQL the URL's login (the schema owner, who alone may alter login roles) is the
    check; on SQLite the command refuses (no database logins) after an administrator's sign-in."""
    return sqlite_file(args) is None


def _report(done: login_guard.GuardPass) -> None:
    for username, until in done.locked:
        print(f"locked\t{username}\tuntil {until:%Y-%m-%d %H:%M}")
    for username in done.unlocked:
        print(f"unlocked\t{username}")
    counted = sum(done.failures.values())
    print(f"refused database logins counted: {counted}", flush=True)


@signed_in(Role.ADMINISTRATOR, unless=_on_postgresql)
def _login_guard(args) -> int:  # noqa: ANN001
    db = open_database(args, upgrade=False)
    state = args.state or data_dir() / "login-guard.json"
    if args.follow is None:
        _report(login_guard.guard(db, args.log, state))
        return 0
    login_guard.follow(db, args.log, state, max(args.follow, 0.5), _report)
    return 0
