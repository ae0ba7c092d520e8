"""Start-of-day maintenance: the daily online backup, checked and rotated.

The GUI calls `daily_backup_if_due(db)` after login (and the CLI may call it from cron): the
first start of a day copies the SQLite file with the backup API into `backups/daily-…`,
proves the copy with integrity_check and keeps the newest `backup.KEEP` daily copies.
PostgreSQL is backed up by the server's pg_dump schedule instead (README), so nothing happens.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from ..storage import backup
from ..storage.database import Database
from . import audit
from .context import SYSTEM, Actor

DAILY = "daily"


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
    saved = backup.automatic_backup(db, DAILY, when=when)
    with db.transaction() as session:
        audit.record(session, actor, "db.backup", "database", db.display_name(),
                     after={"file": saved.name, "kind": DAILY})  # fmt: skip
    return saved
