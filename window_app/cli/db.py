"""`db upgrade`, `db backup PATH`, `db restore PATH`."""

from __future__ import annotations

from pathlib import Path

from ..services import audit, db_roles
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
