"""First run: a database without users gets its first administrator from the start-up dialog.

`bootstrap_admin` acts as SYSTEM, but only while the users table is empty, checked inside the
same write transaction (BEGIN IMMEDIATE on SQLite), so two windows starting at once on a fresh
database cannot both create one, and nobody can use it later to add an administrator.
"""

from __future__ import annotations

from sqlalchemy import func, select

from ..core.errors import DomainError
from ..storage.database import Database
from ..storage.models import User
from . import audit, users
from .context import SYSTEM, Role
from .users import MIN_PASSWORD, hash_password


def has_users(db: Database) -> bool:
    with db.reading() as session:
        return session.scalar(select(func.count()).select_from(User)) > 0


def bootstrap_admin(db: Database, username: str, display_name: str, password: str) -> None:
    """Create the first administrator (no forced change: they just chose the password)."""
    username, display_name = username.strip(), display_name.strip()
    if not username:
        raise DomainError("请输入用户名", english="Please enter a user name.", field="username")
    if not display_name:
        raise DomainError("请输入姓名", english="Please enter the full name.", field="display_name")
    if len(password) < MIN_PASSWORD:
        raise DomainError(
            f"密码至少{MIN_PASSWORD}位",
            english=f"The password must have at least {MIN_PASSWORD} characters.",
            field="password",
        )
    with db.transaction() as session:
        if session.scalar(select(func.count()).select_from(User)) > 0:
            raise DomainError(
                "已有用户，不能再用首次使用向导创建管理员",
                english="Users already exist; the first-run wizard cannot create another administrator.",
            )
        admin = User(
            username=username,
            display_name=display_name,
            role=str(Role.ADMINISTRATOR),
            password_hash=hash_password(password),
            must_change_password=False,
        )
        session.add(admin)
        session.flush()
        users.sync_login(session, admin, password)  # their PostgreSQL login, on such a hall
        audit.record(session, SYSTEM, "user.create", "user", username,
                     after={"role": str(Role.ADMINISTRATOR)}, reason="first run")  # fmt: skip
