"""Signing in and passwords: argon2id hashes, lockout after repeated failures, the idle lock.

The administrator's accounts (windows, users) are `services.user_accounts`."""

from __future__ import annotations

from datetime import datetime, timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import select
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError

from ..core.errors import DomainError
from ..storage import pg_roles
from ..storage.database import Database
from ..storage.models import AuditEvent, User, Window
from . import audit
from .context import SYSTEM, Actor, Role

MAX_FAILURES = 5
LOCKOUT = timedelta(minutes=15)
MIN_PASSWORD = 8

# argon2id at OWASP's recommended configuration (Password Storage Cheat Sheet: 19 MiB, two
# passes, one lane). The library's default (RFC 9106's low-memory profile, 64 MiB, four lanes)
# is the same class of defence and a third of the window's memory at each sign-in, when the
# app is still loading; with five failures locking the account, the cheaper hash loses no
# real protection. Hashes made with other settings are renewed at the next sign-in.
_hasher = PasswordHasher(time_cost=2, memory_cost=19 * 1024, parallelism=1)


class LoginError(DomainError):
    pass


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def _actor_for(user: User, window: Window | None) -> Actor:
    return Actor(
        user_id=user.id,
        username=user.username,
        role=Role(user.role),
        window_id=window.id if window else None,
        window_number=window.number if window else "",
        display_name=user.display_name,
        department_code=user.department_code or "",
    )


# Spent on an unknown user name so a failure takes as long as a wrong password (no timing oracle).
# A hash made once with `_hasher`'s settings (of "window-app: no such user"), written here so
# importing this module costs no hashing (about 0.2 s of the start-up, issue 22); a test keeps
# its settings equal to `_hasher`'s, so checking against it costs what checking a password does.
_DUMMY_HASH = "$argon2id$v=19$m=19456,t=2,p=1$eugRJlXUEm1Mw/fJiRb35g$xholuAumfN1qwcjEk4Omk+dEeRl4DYFhBQvbVYY1XQY"
WARN_AFTER = 3  # failures after which the refusal says how many attempts remain


def _wrong(failures: int) -> LoginError:
    """The refusal after `failures` consecutive failures (the same for unknown users)."""
    if failures >= MAX_FAILURES:
        minutes = int(LOCKOUT.total_seconds() // 60)
        return LoginError(
            f"用户名或密码错误，账户已锁定{minutes}分钟",
            english=f"Wrong user name or password; the account is locked for {minutes} minutes.",
        )
    if failures >= WARN_AFTER:
        left = MAX_FAILURES - failures
        return LoginError(
            f"用户名或密码错误，再错{left}次账户将被锁定",
            english=f"Wrong user name or password; {left} more failed attempt(s) will lock the account.",
        )
    return LoginError("用户名或密码错误", english="Wrong user name or password.")


def _locked(until: datetime, now: datetime) -> LoginError:
    minutes = max(1, int((until - now).total_seconds() // 60) + 1)
    return LoginError(
        f"账户已锁定，请{minutes}分钟后再试",
        english=f"The account is locked; please try again in {minutes} minutes.",
    )


_UNKNOWN, _UNKNOWN_LOCKING, _UNKNOWN_LOCKED = (
    "unknown user",
    "unknown user (lock)",
    "unknown user (locked)",
)


def _unknown_user_failure(session, username: str, now: datetime) -> LoginError:  # noqa: ANN001
    """A failure for a name with no (active) account, answered exactly as for a real account:
    its failures and lock are kept in the audit trail, so the answers cannot tell them apart."""
    rows = session.execute(
        select(AuditEvent.at, AuditEvent.reason)
        .where(AuditEvent.action == "login.failed", AuditEvent.entity == "user",
               AuditEvent.entity_id == username,
               AuditEvent.reason.in_([_UNKNOWN, _UNKNOWN_LOCKING]))
        .order_by(AuditEvent.id.desc())
    ).all()  # fmt: skip
    failures = 0
    for at, reason in rows:
        if reason == _UNKNOWN_LOCKING:
            if at + LOCKOUT > now:
                audit.record(session, SYSTEM, "login.failed", "user", username,
                             reason=_UNKNOWN_LOCKED)  # fmt: skip
                return _locked(at + LOCKOUT, now)
            break
        failures += 1
    failures += 1
    audit.record(session, SYSTEM, "login.failed", "user", username,
                 reason=_UNKNOWN_LOCKING if failures >= MAX_FAILURES else _UNKNOWN)  # fmt: skip
    return _wrong(failures)


def sign_in(db: Database, username: str, password: str, *, now: datetime | None = None) -> Actor:
    """A window's sign-in: on a per-person PostgreSQL hall the window's database connection
    becomes the person's own login first (the server checks the password: SCRAM); then `login`."""
    if db.per_person:
        login_role = pg_roles.login_name(make_url(db.base_url).database or "", username)
        db.sign_in_as(login_role, password)
        if not _reachable(db):
            _password_matches(_DUMMY_HASH, password)  # the same time as a wrong password
            raise _wrong(0)
    return login(db, username, password, now=now)


def _reachable(db: Database) -> bool:
    try:
        with db.engine.connect():
            return True
    except DBAPIError as exc:
        if "password authentication failed" in str(exc) or "does not exist" in str(exc):
            return False
        raise


def login(db: Database, username: str, password: str, *, now: datetime | None = None) -> Actor:
    """Check the password; five failures lock the account for fifteen minutes.

    A failure is committed before it is raised, so the count survives the refusal. An unknown
    user name gets the same answers after the same time (a password hash is checked either way).

    On a per-person PostgreSQL hall, another person's password (a supervisor approving at a
    clerk's window) is checked on a connection of their own login; a refused connection counts
    as a wrong password on the window's.
    """
    now = now or datetime.now()
    if db.per_person and db.login != pg_roles.login_name(make_url(db.base_url).database or "", username):  # fmt: skip
        theirs = Database(db.base_url)
        try:
            if db.login is None:
                return sign_in(theirs, username, password, now=now)
            theirs.sign_in_as(pg_roles.login_name(make_url(db.base_url).database or "", username), password)  # fmt: skip
            if _reachable(theirs):
                return login(theirs, username, password, now=now)
        finally:
            theirs.dispose()
    with db.transaction() as session:
        # locked: two windows failing at once must both count (no lost update of the counter)
        user = session.scalars(
            select(User).where(User.username == username).with_for_update()
        ).first()
        if user is None or not user.active:
            _password_matches(_DUMMY_HASH, password)
            failure: LoginError | None = _unknown_user_failure(session, username, now)
        elif user.locked_until and user.locked_until > now:
            audit.record(session, SYSTEM, "login.failed", "user", username, reason="account locked")
            failure = _locked(user.locked_until, now)
        elif not _password_matches(_stored_hash(session, user), password):
            user.failed_logins += 1
            failures = user.failed_logins
            locking = failures >= MAX_FAILURES
            if locking:
                user.locked_until = now + LOCKOUT
                user.failed_logins = 0
            audit.record(
                session, SYSTEM, "login.failed", "user", username,
                reason="account locked" if locking else None,
            )  # fmt: skip
            failure = _wrong(failures)
        else:
            failure = None
            user.failed_logins = 0
            user.locked_until = None
            if _hasher.check_needs_rehash(_stored_hash(session, user) or _DUMMY_HASH):
                user.password_hash = hash_password(password)
            window = session.get(Window, user.window_id) if user.window_id else None
            actor = _actor_for(user, window)
            audit.record(session, actor, "login", "user", username)
    if failure is not None:
        raise failure
    return actor


def _per_person_logins(session) -> bool:  # noqa: ANN001
    """A PostgreSQL hall with a login role per person (storage.pg_roles, `db upgrade`)."""
    conn = session.connection()
    return conn.dialect.name == "postgresql" and pg_roles.has_logins(conn)


def _stored_hash(session, user: User) -> str | None:  # noqa: ANN001
    """The user's password hash. On a PostgreSQL hall no window login may read password hashes:
    a person's own login reads only its own (None for anyone else's)."""
    conn = session.connection()
    if conn.dialect.name == "postgresql" and pg_roles.signed_in_as_person(conn):
        return pg_roles.own_password_hash(conn, user.username)
    return user.password_hash


def sync_login(session, user: User, password: str | None = None) -> None:  # noqa: ANN001
    """The person's PostgreSQL login follows the account: created with it, its password the
    sign-in password, member of its role's group, NOLOGIN while the account is disabled."""
    if _per_person_logins(session):
        pg_roles.set_login(session.connection(), user.username, password, user.role, user.active)


def _password_matches(stored: str | None, password: str) -> bool:
    if stored is None:  # not readable by this login: as long as a real check, then refused
        _password_matches(_DUMMY_HASH, password)
        return False
    try:
        return _hasher.verify(stored, password)
    except (VerificationError, InvalidHashError):
        return False


def must_change_password(db: Database, actor: Actor) -> bool:
    with db.reading() as session:
        user = session.get(User, actor.user_id)
        return bool(user and user.must_change_password)


def change_password(db: Database, actor: Actor, old: str, new: str) -> None:
    if len(new) < MIN_PASSWORD:
        raise DomainError(
            f"新密码至少{MIN_PASSWORD}位",
            english=f"The new password must have at least {MIN_PASSWORD} characters.",
            field="password",
        )
    if new == old:
        raise DomainError(
            "新密码不能与旧密码相同",
            english="The new password cannot be the same as the old one.",
            field="password",
        )
    with db.transaction() as session:
        user = session.get(User, actor.user_id)
        if not _password_matches(_stored_hash(session, user), old):
            raise LoginError("原密码错误", english="The old password is wrong.")
        user.password_hash = hash_password(new)
        conn = session.connection()
        if _per_person_logins(session) and pg_roles.signed_in_as_person(conn):
            pg_roles.set_own_password(conn, new)
        else:
            sync_login(session, user, new)
        user.must_change_password = False
        audit.record(session, actor, "user.password_changed", "user", user.username)


def lock_screen(db: Database, actor: Actor) -> None:
    """The idle lock engaged (the GUI keeps the unsaved form behind it); audited."""
    with db.transaction() as session:
        audit.record(session, actor, "screen.lock", "user", actor.username)


def unlock(db: Database, actor: Actor, password: str, *, now: datetime | None = None) -> None:
    """Unlock the idle screen lock with the signed-in user's password.

    Failures count towards the same lockout as login; a locked or deactivated account cannot
    unlock (the GUI then returns to the login dialog).
    """
    now = now or datetime.now()
    with db.transaction() as session:
        user = session.get(User, actor.user_id) if actor.user_id else None
        if user is None or not user.active:
            audit.record(session, actor, "unlock.failed", "user", actor.username,
                         reason="account inactive")  # fmt: skip
            failure: LoginError | None = LoginError(
                "账户已停用", english="This account has been deactivated."
            )
        elif user.locked_until and user.locked_until > now:
            audit.record(session, actor, "unlock.failed", "user", actor.username,
                         reason="account locked")  # fmt: skip
            failure = LoginError(
                "账户已锁定，请稍后重新登录",
                english="The account is locked; please log in again later.",
            )
        elif not _password_matches(_stored_hash(session, user), password):
            user.failed_logins += 1
            locking = user.failed_logins >= MAX_FAILURES
            if locking:
                user.locked_until = now + LOCKOUT
                user.failed_logins = 0
            audit.record(session, actor, "unlock.failed", "user", actor.username,
                         reason="account locked" if locking else None)  # fmt: skip
            failure = LoginError("密码错误", english="Wrong password.")
        else:
            failure = None
            user.failed_logins = 0
            audit.record(session, actor, "screen.unlock", "user", actor.username)
    if failure is not None:
        raise failure


# The accounts' services live in `services.user_accounts` (which imports this module for the
# password hash); `users.create_user` and `from .users import create_user` reach them as before.
_ACCOUNTS = frozenset(
    {
        "create_window",
        "create_user",
        "list_users",
        "list_windows",
        "list_departments",
        "update_user",
        "set_active",
        "reset_password",
    }
)


def __getattr__(name: str):  # noqa: ANN202 (PEP 562: the moved names, imported when first used)
    if name in _ACCOUNTS:
        from . import user_accounts

        return getattr(user_accounts, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
