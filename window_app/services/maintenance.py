"""Start-of-day maintenance: the daily online backup, checked and rotated.

The GUI calls `daily_backup_if_due(db)` after login, off the UI thread (and the CLI may call
it from cron): the first start of a day copies the SQLite file with the backup API into
`backups/daily-…`, proves the copy with the full integrity_check (the day's full check of the
hall's data: storage.backup) and keeps the newest `backup.KEEP` daily copies. An
administrator's backup (`backup_now`, `db backup`) is proven whole and sound with quick_check.
PostgreSQL is backed up by the server's pg_dump schedule instead (README), so nothing happens.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from ..storage import backup
from ..storage.database import Database
from . import audit
from .context import SYSTEM, Actor, Role

DAILY, MANUAL = "daily", "manual"


def daily_backup_if_due(
    db: Database, actor: Actor = SYSTEM, *, on: date | None = None
) -> Path | None:
    """Back up once per day (the first call of the day); returns the new file or None."""
    if not db.is_sqlite or db.sqlite_path is None:
        return None
    day = on or date.today()
    if backup.has_backup_on(db, DAILY, day):
        return None
    when = datetime.combine(day, datetime.now().time())
    saved = backup.automatic_backup(db, DAILY, when=when, full_check=True)
    with db.transaction() as session:
        audit.record(session, actor, "db.backup", "database", db.display_name(),
                     after={"file": saved.name, "kind": DAILY})  # fmt: skip
    return saved


@dataclass(frozen=True)
class BackupInfo:
    """One backup file of the SQLite database (the desk's list)."""

    name: str
    path: Path
    kind: str  # daily | manual | pre-migration | pre-restore | …
    taken_at: datetime
    size: int  # bytes


def _info(path: Path) -> BackupInfo:
    """`<label>-<YYYYmmdd-HHMMSS-ffffff>.sqlite3` (storage.backup); another name: its mtime."""
    stem, stat = path.stem, path.stat()
    try:
        taken = datetime.strptime(stem[-22:], "%Y%m%d-%H%M%S-%f")
        label = stem[:-23]
    except ValueError:
        taken, label = datetime.fromtimestamp(stat.st_mtime), stem.split("-", 1)[0]
    return BackupInfo(path.name, path, label, taken, stat.st_size)


def list_backups(db: Database, actor: Actor) -> list[BackupInfo]:
    """The backups beside the SQLite file, newest first (PostgreSQL: refused, see pg_dump)."""
    actor.require(Role.ADMINISTRATOR)
    return sorted((_info(p) for p in backup.backups(db)), key=lambda b: b.taken_at, reverse=True)


def backup_now(
    db: Database, actor: Actor, *, progress: Callable[[int, int], object] | None = None
) -> BackupInfo:
    """An administrator's backup (kept like the daily ones, the newest `backup.KEEP`); audited.
    `progress(pages copied, pages in all)` follows the copy (the integrity check comes after)."""
    actor.require(Role.ADMINISTRATOR)
    saved = backup.automatic_backup(db, MANUAL, progress=progress)
    with db.transaction() as session:
        audit.record(session, actor, "db.backup", "database", db.display_name(),
                     after={"file": saved.name, "kind": MANUAL})  # fmt: skip
    return _info(saved)


def restore_backup(db: Database, actor: Actor, source: Path) -> Path:
    """Replace the database with a checked backup (`audit.restore`: integrity check, the current
    file put aside, migrations, the audit anchor moved); the restore itself is audited in the
    restored database. Returns the restored file's path."""
    actor.require(Role.ADMINISTRATOR)
    source = Path(source)
    audit.restore(db, source)
    with db.transaction() as session:
        audit.record(session, actor, "db.restore", "database", db.display_name(),
                     after={"file": source.name})  # fmt: skip
    return source
