"""`db upgrade`, `db backup PATH`, `db restore PATH`."""

from __future__ import annotations

from pathlib import Path

from ..services import audit
from ..storage import backup, migrate
from .common import open_database


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


def _upgrade(args) -> int:  # noqa: ANN001
    db = open_database(args, upgrade=False)
    saved = migrate.upgrade(db)
    print(f"at {migrate.current_revision(db)}" + (f" (backup {saved})" if saved else ""))
    return 0


def _backup(args) -> int:  # noqa: ANN001
    saved = backup.backup_to(open_database(args), args.path)
    print(saved)
    return 0


def _restore(args) -> int:  # noqa: ANN001
    db = open_database(args, upgrade=False)
    audit.restore(db, args.path)
    print(f"restored from {args.path}")
    return 0
