"""Online SQLite backups (the backup API, safe while windows write), checked and rotated.

PostgreSQL is backed up with pg_dump (see README); these functions refuse it clearly.
"""

from __future__ import annotations

import shutil
import sqlite3
from contextlib import closing
from datetime import datetime
from pathlib import Path

from ..core.errors import DomainError
from .database import Database

KEEP = 14


class BackupError(DomainError):
    pass


def _require_file(db: Database) -> Path:
    path = db.sqlite_path
    if path is None:
        raise BackupError(
            "仅SQLite数据库文件可在此备份；PostgreSQL请使用pg_dump（见README）",
            english="only SQLite files are backed up here; use pg_dump for PostgreSQL",
        )
    return path


def integrity_ok(path: Path) -> bool:
    try:
        with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as conn:
            return conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    except sqlite3.DatabaseError:
        return False


def _copy(source: Path, target: Path) -> None:
    """Page-by-page online copy; the copy is left as one self-contained file (no WAL)."""
    with closing(sqlite3.connect(source)) as src, closing(sqlite3.connect(target)) as dst:
        src.backup(dst)
        dst.execute("PRAGMA journal_mode=DELETE")


def backup_to(db: Database, target: Path) -> Path:
    """Copy the live database into `target` and prove the copy is sound."""
    source = _require_file(db)
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(target.name + ".part")
    tmp.unlink(missing_ok=True)
    _copy(source, tmp)
    if not integrity_ok(tmp):
        tmp.unlink(missing_ok=True)
        raise BackupError("备份文件完整性检查失败", english="backup failed integrity_check")
    tmp.replace(target)
    return target


def backup_dir(db: Database) -> Path:
    path = _require_file(db)
    return path.parent / "backups"


def _rotate(directory: Path, keep: int = KEEP) -> None:
    files = sorted(directory.glob("*.sqlite3"), key=lambda p: p.stat().st_mtime, reverse=True)
    for old in files[keep:]:
        old.unlink(missing_ok=True)


def automatic_backup(db: Database, label: str) -> Path:
    directory = backup_dir(db)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    saved = backup_to(db, directory / f"{label}-{stamp}.sqlite3")
    _rotate(directory)
    return saved


def backup_before_migration(db: Database) -> Path | None:
    return automatic_backup(db, "pre-migration") if db.sqlite_path else None


def latest_backup(db: Database) -> Path | None:
    directory = backup_dir(db)
    files = sorted(directory.glob("*.sqlite3"), key=lambda p: p.stat().st_mtime, reverse=True)
    return next((f for f in files if integrity_ok(f)), None)


def restore_from(db: Database, source: Path) -> None:
    """Replace the live database with a checked backup (the current file is kept aside)."""
    target = _require_file(db)
    source = Path(source)
    if not source.exists() or not integrity_ok(source):
        raise BackupError(f"备份文件无效或已损坏：{source}", english=f"bad backup file {source}")
    db.dispose()
    if target.exists():
        aside = target.with_name(target.name + f".before-restore-{datetime.now():%Y%m%d%H%M%S}")
        shutil.copy2(target, aside)
    for suffix in ("-wal", "-shm"):
        Path(str(target) + suffix).unlink(missing_ok=True)
    _copy(source, target)
