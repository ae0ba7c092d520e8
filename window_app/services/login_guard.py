"""Password guessing through `psql` counted and locked at the PostgreSQL server (issue 15).

PostgreSQL 15 has no lockout of its own, and Debian's archive has no extension that adds one
(`credcheck` is not packaged). What the server does offer:
- `auth_delay` (contrib): every failed authentication waits before it is answered;
- its log: every refused password is logged at FATAL, whatever the log settings, as
  `password authentication failed for user "<database>.<username>"`.

`guard` reads the server's log from where its last pass stopped (a 0600 state file remembers
the file, its inode and the offset; a rotated or truncated log is read from its start; the
first pass only takes the position), counts the refused passwords of this hall's logins and,
like the app's own sign-in, locks a person after MAX_FAILURES for LOCKOUT: `users.locked_until`
is set (what `window-app users list` and 用户管理 show) and the login role's password is made
to expire (`VALID UNTIL` the epoch), so the server refuses even the right password with the same
answer as a wrong one (NOLOGIN would tell a guesser that the password was right). A pass after
the lock has ended lets the login in again (`VALID UNTIL 'infinity'`); so does an
administrator's password reset. It runs as the schema owner (who has CREATEROLE), on the
database server, where the log can be read: `window-app db login-guard --log FILE --follow 5`.
"""

from __future__ import annotations

import json
import os
import re
import time
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from sqlalchemy import select, text
from sqlalchemy.engine import make_url

from ..config import private
from ..core.errors import DomainError
from ..storage.database import Database
from ..storage.models import User
from ..storage.pg_roles import login_name
from . import audit
from .context import SYSTEM
from .users import LOCKOUT, MAX_FAILURES

FAILED = re.compile(r'FATAL:\s+password authentication failed for user "([^"]+)"')
EXPIRED = "epoch"  # a locked login's VALID UNTIL: only the guard's locks are lifted by it
CHUNK = 1 << 20


@dataclass(frozen=True)
class GuardPass:
    """What one pass found: refused passwords per user name, and whom it locked or let in."""

    failures: dict[str, int] = field(default_factory=dict)
    locked: tuple[tuple[str, datetime], ...] = ()
    unlocked: tuple[str, ...] = ()


def _guard_refusal(message: str, english: str) -> DomainError:
    return DomainError(message, english=english)


def read_failures(log: Path, state: Path) -> Counter[str]:
    """The login names of the refused passwords logged since the last pass (whole lines only)."""
    try:
        return _read_failures(log, state, _saved(state))
    except OSError as exc:
        raise _guard_refusal(
            f"无法读取数据库服务器日志：{log}（{exc.strerror}）",
            f"Cannot read the database server's log: {log} ({exc.strerror}).",
        ) from None


def _saved(state: Path) -> dict | None:
    try:
        saved = json.loads(state.read_text()) if state.exists() else None
        if saved is not None:
            str(saved["path"]), int(saved["inode"]), int(saved["offset"])  # noqa: B018
        return saved
    except (OSError, ValueError, TypeError, KeyError):
        raise _guard_refusal(
            f"login-guard 的位置文件无法读取或已损坏：{state}（删除它则从日志当前末尾重新计数）",
            f"The login guard's state file cannot be read or is damaged: {state} (delete it to "
            "count again from the log's current end).",
        ) from None


def _read_failures(log: Path, state: Path, saved: dict | None) -> Counter[str]:
    info = log.stat()
    if saved is None:  # the first pass: counting starts now
        _save(state, log, info.st_ino, info.st_size)
        return Counter()
    offset = saved["offset"]
    if saved["path"] != str(log) or saved["inode"] != info.st_ino or info.st_size < offset:
        offset = 0  # rotated or truncated: the new file from its start
    names: Counter[str] = Counter()
    with log.open("rb") as fh:
        fh.seek(offset)
        while True:
            chunk = fh.read(CHUNK)
            if not chunk:
                break
            end = chunk.rfind(b"\n") + 1
            if end == 0 and len(chunk) < CHUNK:
                break  # a line still being written: next pass
            whole = chunk[: end or len(chunk)]
            names.update(FAILED.findall(whole.decode("utf-8", "replace")))
            offset += len(whole)
            fh.seek(offset)
    _save(state, log, info.st_ino, offset)
    return names


def _save(state: Path, log: Path, inode: int, offset: int) -> None:
    try:
        state.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        tmp = state.with_name(state.name + ".tmp")
        tmp.write_text(json.dumps({"path": str(log), "inode": inode, "offset": offset}))
        private(tmp)
        os.replace(tmp, state)
    except OSError as exc:
        raise _guard_refusal(
            f"无法写入 login-guard 的位置文件：{state}（{exc.strerror}）",
            f"Cannot write the login guard's state file: {state} ({exc.strerror}).",
        ) from None


def guard(db: Database, log: Path, state: Path, *, now: datetime | None = None) -> GuardPass:
    """One pass: count the refused passwords logged since the last pass, lock whoever reaches
    MAX_FAILURES, and let in again those whose lock has ended."""
    if db.is_sqlite:
        raise _guard_refusal(
            "login-guard 只用于 PostgreSQL 大厅（SQLite 没有数据库登录）",
            "login-guard is for a PostgreSQL hall (SQLite has no database logins).",
        )
    now = now or datetime.now()
    database = make_url(db.url).database or ""
    prefix = login_name(database, "")
    counted = read_failures(log, state)
    failures = {n[len(prefix) :]: c for n, c in counted.items() if n.startswith(prefix)}
    locked, unlocked = [], []
    with db.transaction() as session:
        conn = session.connection()
        for username, count in sorted(failures.items()):
            user = session.scalars(
                select(User).where(User.username == username).with_for_update()
            ).first()
            if user is None or not user.active or (user.locked_until and user.locked_until > now):
                continue  # no such person, disabled (NOLOGIN), or locked already
            user.failed_logins += count
            locking = user.failed_logins >= MAX_FAILURES
            if locking:
                user.locked_until = now + LOCKOUT
                user.failed_logins = 0
                _valid_until(conn, login_name(database, username), EXPIRED)
                locked.append((username, user.locked_until))
            audit.record(
                session, SYSTEM, "login.failed", "user", username,
                after={"database_logins_refused": count},
                reason="account locked" if locking else "database login",
            )  # fmt: skip
        expired = conn.execute(
            text("SELECT rolname FROM pg_roles WHERE starts_with(rolname, :p) "
                 "AND rolvaliduntil = 'epoch'::timestamptz"), {"p": prefix},
        ).scalars().all()  # fmt: skip
        for role in expired:
            user = session.scalars(select(User).where(User.username == role[len(prefix) :])).first()
            if user is None or not (user.locked_until and user.locked_until > now):
                _valid_until(conn, role, "infinity")
                unlocked.append(role[len(prefix) :])
    return GuardPass(failures, tuple(locked), tuple(unlocked))


def _valid_until(conn, role: str, until: str) -> None:  # noqa: ANN001
    quoted = conn.dialect.identifier_preparer.quote_identifier(role)
    conn.execute(text(f"ALTER ROLE {quoted} VALID UNTIL '{until}'"))


def follow(db: Database, log: Path, state: Path, every: float, report) -> None:  # noqa: ANN001
    """`guard` every `every` seconds until interrupted; `report(GuardPass)` after each pass."""
    while True:
        report(guard(db, log, state))
        time.sleep(every)
