"""The hall's screens (kiosk, hall display, evaluators) on a per-person PostgreSQL hall: they
sign nobody in, so they connect as the hall's screens login, `<database>_screens`
(storage.pg_roles.SCREENS: queue tickets, the display's reads, evaluations; no applicant data,
no audit trail). `db upgrade` creates it without a password; an administrator sets one
(`window-app --user admin screens-login --password-stdin`), which the screens' PCs keep in a
private file (`WINDOW_APP_SCREENS_PASSWORD_FILE`, default `screens.password` in the data
directory). On SQLite, and with a URL that names its login, the screens use the URL as is."""

from __future__ import annotations

import os
import stat
from pathlib import Path

from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError

from ..config import data_dir
from ..core.errors import DomainError
from ..storage import pg_roles
from ..storage.database import Database
from ..storage.errors import translate
from . import audit
from .context import Actor, Role

PASSWORD_ENV = "WINDOW_APP_SCREENS_PASSWORD_FILE"
MIN_LENGTH = 12


def login_name(db: Database) -> str:
    return pg_roles.screens_name(make_url(db.base_url).database or "")


def password_path() -> Path:
    return Path(os.environ.get(PASSWORD_ENV) or data_dir() / "screens.password")


def set_password(db: Database, actor: Actor, password: str) -> str:
    """Give the screens' login this password (and let it sign in); administrators only.
    Returns the login's name."""
    actor.require(Role.ADMINISTRATOR)
    if db.is_sqlite:
        raise DomainError(
            "SQLite 大厅的屏幕直接打开数据库文件，不需要数据库登录",
            english="On a SQLite hall the screens open the database file: they need no database login.",
        )
    if len(password) < MIN_LENGTH:
        raise DomainError(
            f"屏幕登录的密码至少需要{MIN_LENGTH}个字符",
            english=f"The screens' login password needs at least {MIN_LENGTH} characters.",
        )
    name = login_name(db)
    with db.transaction() as session:
        pg_roles.set_screens_login(session.connection(), password)
        audit.record(session, actor, "screens.login", "database", name)
    return name


def _not_set_up(db: Database, why: str, why_en: str) -> DomainError:
    return DomainError(
        f"屏幕无法登录数据库（{login_name(db)}）：{why}。请管理员运行 "
        "window-app --user 管理员 screens-login --password-stdin，并把密码放在本机的 "
        f"{password_path()}（权限600），或用 {PASSWORD_ENV} 指向它",
        english=f"The screen cannot sign in to the database ({login_name(db)}): {why_en}. An "
        "administrator runs window-app --user ADMIN screens-login --password-stdin; keep the "
        f"password on this PC in {password_path()} (mode 600) or point {PASSWORD_ENV} at it.",
    )


def connect(db: Database) -> None:
    """On a per-person PostgreSQL hall, connect `db` as the screens' login; else nothing."""
    if not db.per_person:
        return
    path = password_path()
    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):
            raise _not_set_up(db, f"{path} 不是普通文件", f"{path} is not a regular file")
        if info.st_uid != os.geteuid() or info.st_mode & 0o077:
            raise _not_set_up(db, f"密码文件 {path} 必须只允许其所有者读写（chmod 600）",
                              f"the password file {path} must be private (chmod 600)")  # fmt: skip
        password = path.read_text(encoding="utf-8").split("\n", 1)[0].rstrip("\r")
    except (OSError, UnicodeDecodeError):
        raise _not_set_up(db, f"没有可读的密码文件 {path}", f"no readable password file {path}") from None  # fmt: skip
    db.sign_in_as(login_name(db), password)
    try:
        with db.engine.connect():
            pass
    except DBAPIError as exc:
        if "password authentication failed" in str(exc) or "not permitted to log in" in str(exc):
            raise _not_set_up(db, "密码不对或登录尚未启用", "wrong password, or the login is not enabled yet") from None  # fmt: skip
        mapped = translate(exc)  # the server unreachable, and the like: a sentence
        if mapped is not None:
            raise mapped from exc
        raise
