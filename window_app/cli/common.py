"""Shared plumbing for commands: the database, the signed-in user, reading inputs.

Sign-in (one mechanism for every command). Each handler declares who may run it:

    @signed_in(Role.SUPERVISOR, Role.ADMINISTRATOR)   # sign-in with one of these roles
    @signed_in()                                      # any signed-in user
    @signed_in(Role.ADMINISTRATOR, unless=predicate)  # no sign-in when predicate(args) is true
    @public                                           # no sign-in: read-only, no personal data

A handler without a declaration needs an administrator (fail closed). `cli.run` signs the user
in before the handler runs (`--user NAME` before or after the command; the password from
`--password-file FILE`, which must be private to its owner, or read from the terminal), and
`cli_actor()` returns that user: the audit trail records who really acted.
"""

from __future__ import annotations

import argparse
import getpass
import os
import stat
import sys
from collections.abc import Callable, Iterable
from contextvars import ContextVar
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from ..config import database_url, private
from ..core.errors import DomainError
from ..services.context import ROLE_LABELS, Actor, Role

if TYPE_CHECKING:  # the ORM and Alembic load only for commands that open a database
    from ..storage.database import Database


class SignInRequired(DomainError):
    pass


_actor: ContextVar[Actor | None] = ContextVar("window_app_cli_actor", default=None)


@dataclass(frozen=True)
class Access:
    """Who may run a command: `public`, or a signed-in user of one of `roles` (empty: any)."""

    public: bool = False
    roles: tuple[Role, ...] = ()
    unless: Callable[[argparse.Namespace], bool] | None = None
    database: Callable[[argparse.Namespace], Database] | None = None


ADMINISTRATOR_ONLY = Access(roles=(Role.ADMINISTRATOR,))


def signed_in(
    *roles: Role,
    unless: Callable[[argparse.Namespace], bool] | None = None,
    database: Callable[[argparse.Namespace], Database] | None = None,
) -> Callable:
    """Declare that a handler needs a signed-in user holding one of `roles` (none: any role).

    `unless(args)` true lets it run without sign-in (the first administrator, the owner of a
    SQLite file); `database(args)` names the database to sign in against (default: --database).
    """

    def mark(handler: Callable) -> Callable:
        handler.cli_access = Access(roles=tuple(roles), unless=unless, database=database)
        return handler

    return mark


def public(handler: Callable) -> Callable:
    """A command anyone may run: read-only and showing no personal data."""
    handler.cli_access = Access(public=True)
    return handler


def access_of(handler: Callable) -> Access:
    return getattr(handler, "cli_access", ADMINISTRATOR_ONLY)


def add_sign_in_arguments(common: argparse.ArgumentParser) -> None:
    # SUPPRESS: given before the command, a subcommand's parser must not reset it.
    common.add_argument("--user", metavar="NAME", default=argparse.SUPPRESS,
                        help="sign in as this user (commands that change data or show personal data)")  # fmt: skip
    common.add_argument("--password-file", metavar="FILE", type=Path, default=argparse.SUPPRESS,
                        help="read the password from FILE (mode 600, owned by you) instead of the terminal")  # fmt: skip


def open_database(args, *, upgrade: bool = True, check: bool = True) -> Database:  # noqa: ANN001
    """The command's database (opened once per command: sign-in and handler share it).

    `check`: a damaged file, or a missing or empty one where backups exist, is refused with
    the restore command to run (only `db restore` opens it unchecked)."""
    cached = getattr(args, "_database", None)
    if cached is not None and (cached[1] or not upgrade):
        return cached[0]
    from ..storage import health, migrate
    from ..storage.database import Database

    url = person_url(database_url(getattr(args, "database", None)), args)
    report = health.check_database(url, pages_only=True)  # the full check: the GUI, backups
    if not report.ok and check:
        hint = report.restore_hint(url)
        raise DomainError(report.message + (f"\n恢复命令：{hint}" if hint else ""),
                          english=report.detail)  # fmt: skip
    db = cached[0] if cached is not None else Database(url)
    if db.sqlite_path is not None:  # an older file made before the app kept its files private
        for suffix in ("", "-wal", "-shm"):
            private(db.sqlite_path.with_name(db.sqlite_path.name + suffix))
    if upgrade:
        migrate.upgrade(db)
    args._database = (db, upgrade)
    return db


def person_url(url: str, args) -> str:  # noqa: ANN001
    """A PostgreSQL URL without a login (a window's) signs in to the database as the person:
    their own login role `<database>.<user>` with their sign-in password (storage.pg_roles).
    A URL naming a login (the schema owner's, for `db upgrade` and the first administrator)
    is used as it is."""
    from sqlalchemy.engine import make_url

    parsed = make_url(url)
    user = getattr(args, "user", None)
    if parsed.get_backend_name() != "postgresql" or parsed.username or not user:
        return url
    login = f"{parsed.database}.{user}"
    return parsed.set(username=login, password=_password(args)).render_as_string(hide_password=False)  # fmt: skip


def sqlite_file(args) -> Path | None:  # noqa: ANN001
    """The SQLite file --database names, or None on PostgreSQL."""
    from sqlalchemy.engine import make_url

    parsed = make_url(database_url(getattr(args, "database", None)))
    if (
        parsed.get_backend_name() != "sqlite"
        or not parsed.database
        or parsed.database == ":memory:"
    ):
        return None
    return Path(parsed.database)


def owns_database_file(args) -> bool:  # noqa: ANN001
    """The operating-system user owns the SQLite file (or it does not exist yet)."""
    path = sqlite_file(args)
    if path is None:
        return False
    try:
        return path.stat().st_uid == os.geteuid()
    except FileNotFoundError:
        return True
    except OSError:
        return False


def read_password_file(path: Path) -> str:
    """The first line of a password file that only its owner (the caller) can read."""
    try:
        info = path.stat()
    except OSError:
        raise SignInRequired(f"无法读取密码文件：{path}",
                             english=f"The password file {path} cannot be read.") from None  # fmt: skip
    if not stat.S_ISREG(info.st_mode):
        raise SignInRequired(f"密码文件不是普通文件：{path}",
                             english=f"The password file {path} is not a regular file.")  # fmt: skip
    if info.st_uid != os.geteuid() or info.st_mode & 0o077:
        raise SignInRequired(
            f"密码文件必须只允许其所有者读写（chmod 600，属于当前用户）：{path}",
            english=f"The password file {path} must be private to you (chmod 600, owned by you).",
        )
    try:
        with path.open("rb") as fh:
            raw = fh.read(4096)
        return raw.decode("utf-8").split("\n", 1)[0].rstrip("\r")
    except (OSError, UnicodeDecodeError):
        raise SignInRequired(f"无法读取密码文件：{path}",
                             english=f"The password file {path} cannot be read.") from None  # fmt: skip


def _password(args) -> str:  # noqa: ANN001
    """The sign-in password, asked once per command (the database login and the app's check)."""
    if getattr(args, "_password", None) is None:
        args._password = _read_password(args)
    return args._password


def _read_password(args) -> str:  # noqa: ANN001
    path = getattr(args, "password_file", None)
    if path is not None:
        return read_password_file(path)
    if not sys.stdin.isatty():
        raise SignInRequired(
            "未在终端中运行：请用 --password-file 文件 提供密码（文件权限须为600）",
            english="Not running in a terminal: give the password with --password-file FILE (mode 600).",
        )
    try:
        return getpass.getpass("密码: ")
    except (EOFError, KeyboardInterrupt):
        raise SignInRequired("未输入密码", english="No password was entered.") from None


def sign_in(args) -> Actor | None:  # noqa: ANN001
    """Sign the command's user in as its handler's declaration requires; None when public."""
    access = access_of(args.handler)
    if access.public or (access.unless is not None and access.unless(args)):
        return None
    from ..services import users  # argon2 and the ORM only for commands that sign in

    username = getattr(args, "user", None)
    if not username:
        needed = "、".join(ROLE_LABELS[r] for r in access.roles) or "已登记的用户"
        raise SignInRequired(
            f"此命令需要登录：请用 --user 用户名 以{needed}身份登录",
            english="This command needs a signed-in user: give --user NAME.",
        )
    db = access.database(args) if access.database else open_database(args)
    actor = users.login(db, username, _password(args))
    if users.must_change_password(db, actor):
        raise SignInRequired(
            "请先在窗口程序中登录并修改临时密码",
            english="Sign in to the desktop app and change the temporary password first.",
        )
    if access.roles:
        actor.require(*access.roles)
    _actor.set(actor)
    return actor


def owner_actor() -> Actor:
    """The operating-system owner of the SQLite file, for what only the owner may do unsigned."""
    try:
        name = getpass.getuser()
    except Exception:  # noqa: BLE001  (no passwd entry in some containers)
        name = str(os.geteuid())
    return Actor(user_id=None, username=f"owner:{name}", role=Role.ADMINISTRATOR, display_name=name)


def cli_actor(db: Database | None = None) -> Actor:  # noqa: ARG001
    """The user `cli.run` signed in for this command (`db` is accepted and ignored: the actor
    comes from the sign-in, never from an environment variable)."""
    actor = _actor.get()
    if actor is None:
        raise SignInRequired("此命令需要登录：请用 --user 用户名",
                             english="This command needs a signed-in user: give --user NAME.")  # fmt: skip
    return actor


def signed_in_actor() -> Actor | None:
    """The signed-in user, or None when the command ran without sign-in."""
    return _actor.get()


def reset_sign_in() -> None:
    _actor.set(None)


def inputs(values: list[str]) -> Iterable[str]:
    """Arguments, where `-` reads one value per line from standard input."""
    for value in values:
        if value == "-":
            for line in sys.stdin:
                line = line.strip()
                if line:
                    yield line
        else:
            yield value
