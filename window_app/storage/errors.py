"""Translate driver failures (SQLite, psycopg) into DomainErrors a clerk can read.

`Database.transaction()` and `Database.reading()` run their body inside `translated()`, so every
service reports a full disk, a read-only file, a lock held too long or a damaged file with one
clear Chinese sentence instead of a traceback; the unit of work has already been rolled back, so
nothing is half-saved and the clerk may try again with what they typed.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import exc as sa_exc
from sqlalchemy.orm import exc as orm_exc

from ..core.errors import DomainError


class StorageError(DomainError):
    """The database could not do what was asked; retrying later may help."""


class DiskFull(StorageError):
    pass


class ReadOnly(StorageError):
    pass


class Busy(StorageError):
    pass


class Corrupt(StorageError):
    pass


class Unavailable(StorageError):
    pass


class Conflict(StorageError):
    """Another window changed the record between this one's read and its write (its version
    moved on): nothing was saved; the caller re-reads and shows the new values."""


CONFLICT = "另一窗口已修改了此记录，本次操作未保存；请查看最新内容后重试"


DISK_FULL = "数据库磁盘空间不足，本次操作未保存；请联系管理员清理空间后重试"
READ_ONLY = "数据库为只读，本次操作未保存；请联系管理员检查数据库文件权限"
BUSY = "数据库正忙，请稍后重试（本次操作未保存）"
CORRUPT = "数据库文件已损坏，请联系管理员从备份恢复"
UNAVAILABLE = "无法连接数据库，请检查网络或数据库服务后重试"

# (exception class, Chinese, needles in the driver message, PostgreSQL SQLSTATE prefixes, English)
_RULES: tuple[tuple[type[StorageError], str, tuple[str, ...], tuple[str, ...], str], ...] = (
    (DiskFull, DISK_FULL, ("database or disk is full", "no space left", "could not extend file"),
     ("53100", "53"), "The database disk is full, so this action was not saved; ask the administrator to free some space, then try again."),
    (ReadOnly, READ_ONLY, ("readonly database", "read-only", "read only"), ("25006",),
     "The database is read-only, so this action was not saved; ask the administrator to check the permissions of the database file."),
    (Busy, BUSY, ("database is locked", "database is busy", "database table is locked",
                  "lock timeout", "could not obtain lock", "deadlock detected",
                  "could not serialize"), ("55P03", "40P01", "40001", "57014"),
     "The database is busy; please try again in a moment (this action was not saved)."),
    (Corrupt, CORRUPT, ("file is not a database", "malformed", "disk i/o error"), ("XX001", "XX002"),
     "The database file is damaged; ask the administrator to restore it from a backup."),
    (Unavailable, UNAVAILABLE, ("unable to open database file", "connection refused",
                                "could not connect", "server closed the connection",
                                "connection failed", "terminating connection"),
     ("08",), "Cannot connect to the database; check the network or the database service, then try again."),
)  # fmt: skip


def _sqlstate(orig: BaseException | None) -> str:
    return str(getattr(orig, "sqlstate", None) or getattr(orig, "pgcode", None) or "")


def translate(error: BaseException) -> StorageError | None:
    """The StorageError for a driver failure, or None when it is not an environmental fault."""
    if isinstance(error, StorageError):
        return error
    orig = getattr(error, "orig", None) or error
    text = str(orig).lower()
    state = _sqlstate(orig)
    for cls, message, needles, states, english in _RULES:
        if any(n in text for n in needles) or (state and state.startswith(states)):
            return cls(message, english=english)  # the driver's own text stays on the chained cause
    return None


@contextmanager
def translated() -> Iterator[None]:
    """Re-raise operational database failures as StorageErrors (the original is chained)."""
    try:
        yield
    except orm_exc.StaleDataError as error:
        raise Conflict(
            CONFLICT,
            english="Another window changed this record, so this action was not saved; "
            "please look at the new values and try again.",
        ) from error
    except (sa_exc.OperationalError, sa_exc.InternalError, sa_exc.DatabaseError) as error:
        if isinstance(error, sa_exc.IntegrityError):
            raise
        mapped = translate(error)
        if mapped is None:
            raise
        raise mapped from error
