"""The administrator's accounts: service windows, users (create, list, change, disable, reset
a password) and the departments a user may work for. Every change is audited; users are never
deleted. Signing in and passwords are `services.users`'s.
"""

from __future__ import annotations

import re

from sqlalchemy import select

from ..core.errors import DomainError
from ..storage.database import Database
from ..storage.models import Department, User, Window
from . import audit
from .context import Actor, Role
from .users import MIN_PASSWORD, hash_password, sync_login


def _require_length(password: str) -> None:
    """A new password's one rule here (an administrator's or the user's own)."""
    if len(password) < MIN_PASSWORD:
        raise DomainError(
            f"密码至少{MIN_PASSWORD}位",
            english=f"The password must have at least {MIN_PASSWORD} characters.",
            field="password",
        )


def _require_username(username: str, display_name: str) -> None:
    if not username.strip() or len(username) > 64 or any(not c.isprintable() for c in username):
        raise DomainError("用户名须为1至64个可打印字符",
                          english="The user name must be 1 to 64 printable characters.",
                          field="username")  # fmt: skip
    if (
        not display_name.strip()
        or len(display_name) > 100
        or any(not c.isprintable() for c in display_name)
    ):
        raise DomainError("姓名须为1至100个可打印字符",
                          english="The full name must be 1 to 100 printable characters.",
                          field="display_name")  # fmt: skip


def _check_department(session, role: Role, department_code: str | None) -> None:  # noqa: ANN001
    """A department named must be in the catalogue; a reviewer must name one."""
    if department_code:
        known = session.scalars(
            select(Department.id).where(Department.code == department_code)
        ).first()
        if known is None:
            raise DomainError(
                f"部门{department_code}不在事项目录中",
                english=f"Department {department_code} is not in the catalogue.",
                field="department",
            )
    elif role is Role.REVIEWER:
        raise DomainError(
            "审批人员须属于事项目录中的一个部门",
            english="A reviewer must belong to one department of the catalogue.",
            field="department",
        )


def create_window(db: Database, actor: Actor, number: str, name: str) -> int:
    actor.require(Role.ADMINISTRATOR)
    number, name = number.strip().upper(), name.strip()
    if not re.fullmatch(r"[A-Z0-9-]{1,16}", number):
        raise DomainError(
            "窗口号应为1至16位字母或数字，如 A01",
            english="The window number must be 1 to 16 letters or digits, such as A01.",
            field="number",
        )
    if not name:
        raise DomainError(
            "请填写窗口名称", english="Please enter the window's name.", field="window_name"
        )
    with db.transaction() as session:
        if session.scalars(select(Window.id).where(Window.number == number)).first():
            raise DomainError(
                f"窗口{number}已存在",
                english=f"Service window {number} already exists.",
                field="number",
            )
        window = Window(number=number, name=name)
        session.add(window)
        session.flush()
        audit.record(session, actor, "window.create", "window", number, after={"name": name})
        return window.id


def create_user(
    db: Database,
    actor: Actor,
    username: str,
    display_name: str,
    role: Role,
    password: str,
    window_number: str | None = None,
    *,
    must_change: bool = True,
    department_code: str | None = None,
) -> int:
    actor.require(Role.ADMINISTRATOR)
    username, display_name = username.strip(), display_name.strip()
    if not re.fullmatch(r"[A-Za-z0-9_.-]{2,64}", username):
        raise DomainError(
            "用户名应为2至64位字母、数字或 _ . -",
            english="The user name must be 2 to 64 letters, digits or _ . -",
            field="username",
        )
    if not display_name:
        raise DomainError("请填写姓名", english="Please enter the name.", field="display_name")
    _require_length(password)
    _require_username(username, display_name)
    with db.transaction() as session:
        if session.scalars(select(User.id).where(User.username == username)).first():
            raise DomainError(
                f"用户名{username}已存在",
                english=f"The user name {username} is already taken.",
                field="username",
            )
        window_id = _window_id(session, window_number)
        _check_department(session, role, department_code)
        user = User(
            username=username,
            display_name=display_name,
            role=str(role),
            password_hash=hash_password(password),
            must_change_password=must_change,
            window_id=window_id,
            department_code=department_code or None,
        )
        session.add(user)
        session.flush()
        sync_login(session, user, password)
        audit.record(session, actor, "user.create", "user", username, after={"role": str(role)})
        return user.id


def list_users(db: Database, actor: Actor) -> list[dict]:
    actor.require(Role.ADMINISTRATOR)
    with db.reading() as session:
        windows = {w.id: w.number for w in session.scalars(select(Window))}
        return [
            {
                "username": u.username,
                "display_name": u.display_name,
                "role": u.role,
                "window": windows.get(u.window_id, ""),
                "department": u.department_code or "",
                "active": u.active,
                "locked_until": u.locked_until,
                "must_change_password": u.must_change_password,
            }
            for u in session.scalars(select(User).order_by(User.username))
        ]


def list_windows(db: Database, actor: Actor) -> list[tuple[str, str]]:
    """(number, name) of every service window, by number."""
    actor.require(Role.ADMINISTRATOR)
    with db.reading() as session:
        return [(w.number, w.name) for w in session.scalars(select(Window).order_by(Window.number))]


def list_departments(db: Database, actor: Actor) -> list[tuple[str, str]]:
    """(code, name) of the catalogue's departments, by code (what a user may work for)."""
    actor.require(Role.ADMINISTRATOR)
    with db.reading() as session:
        return [
            (d.code, d.name) for d in session.scalars(select(Department).order_by(Department.code))
        ]


def _window_id(session, window_number: str | None) -> int | None:  # noqa: ANN001
    """The id of the window a user is placed at (None: no window)."""
    if not window_number:
        return None
    window = session.scalars(select(Window).where(Window.number == window_number)).first()
    if window is None:
        raise DomainError(
            f"窗口{window_number}不存在",
            english=f"There is no service window {window_number}.",
            field="window",
        )
    return window.id


def _user(session, username: str) -> User:  # noqa: ANN001
    user = session.scalars(select(User).where(User.username == username)).first()
    if user is None:
        raise DomainError(
            f"用户{username}不存在", english=f"No user named {username}.", field="username"
        )
    return user


def update_user(
    db: Database,
    actor: Actor,
    username: str,
    *,
    display_name: str,
    role: Role,
    window_number: str | None,
    department_code: str | None,
) -> None:
    """Change a user's name, role, window and department; audited with before and after.

    An administrator cannot take the administrator role from their own account (the desk
    would lock them out with nobody to give it back)."""
    actor.require(Role.ADMINISTRATOR)
    display_name = display_name.strip()
    if not display_name:
        raise DomainError("请填写姓名", english="Please enter the name.", field="display_name")
    with db.transaction() as session:
        user = _user(session, username)
        if (
            user.id == actor.user_id
            and Role(user.role) is Role.ADMINISTRATOR
            and (role is not Role.ADMINISTRATOR)
        ):
            raise DomainError(
                "不能取消自己的系统管理员角色",
                english="You cannot take the administrator role from your own account.",
                field="role",
            )
        window_id = _window_id(session, window_number)
        _check_department(session, role, department_code)
        windows = {w.id: w.number for w in session.scalars(select(Window))}
        before = {
            "display_name": user.display_name, "role": user.role,
            "window": windows.get(user.window_id, ""), "department": user.department_code or "",
        }  # fmt: skip
        user.display_name = display_name
        user.role = str(role)
        user.window_id = window_id
        user.department_code = department_code or None
        sync_login(session, user)
        after = {
            "display_name": display_name, "role": str(role),
            "window": window_number or "", "department": department_code or "",
        }  # fmt: skip
        if before != after:
            audit.record(session, actor, "user.update", "user", username,
                         before=before, after=after)  # fmt: skip


def set_active(db: Database, actor: Actor, username: str, active: bool, reason: str = "") -> None:
    """Disable (or enable again) an account. Users are never deleted: the audit trail names
    them. A disabled account cannot sign in or unlock; an administrator cannot disable their
    own account."""
    actor.require(Role.ADMINISTRATOR)
    with db.transaction() as session:
        user = _user(session, username)
        if user.id == actor.user_id and not active:
            raise DomainError(
                "不能停用自己的账户",
                english="You cannot disable your own account.",
                field="username",
            )
        if user.active == active:
            return
        user.active = active
        if active:
            user.failed_logins = 0
            user.locked_until = None
        sync_login(session, user)
        audit.record(
            session, actor, "user.enable" if active else "user.disable", "user", username,
            reason=reason.strip() or None,
        )  # fmt: skip


def reset_password(db: Database, actor: Actor, username: str, password: str) -> None:
    """An administrator sets a temporary password: forced change at next login, lockout lifted."""
    actor.require(Role.ADMINISTRATOR)
    _require_length(password)
    with db.transaction() as session:
        user = _user(session, username)
        user.password_hash = hash_password(password)
        user.must_change_password = True
        user.failed_logins = 0
        user.locked_until = None
        sync_login(session, user, password)
        audit.record(session, actor, "user.password_reset", "user", username)
