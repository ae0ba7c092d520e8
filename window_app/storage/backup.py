"""Online SQLite backups (the backup API, safe while windows write), checked and rotated.

Automatic backups are named `<label>-<YYYYmmdd-HHMMSS-ffffff>.sqlite3` in `backups/` next to
the database; each label (daily, pre-migration, pre-restore) keeps its own `KEEP` newest files.
PostgreSQL is backed up with pg_dump (see README); these functions refuse it clearly.

How a copy is proven before it replaces anything (issue 22). The backup API copies the
database's pages verbatim, so what can go wrong in a copy is the copy itself: a page written
badly or not at all, a file cut short. Every copy therefore passes `PRAGMA quick_check` (every
page of every table and index read and its b-tree structure, records and free list checked)
and holds exactly the pages the backup reported copying. What `PRAGMA integrity_check` adds
(each index entry looked up against its table row, UNIQUE constraints) is a property of the
*content*, which is the live database's byte for byte; it costs twice the copy again, and runs
on the day's first backup (`full_check=True`, `services.maintenance.daily_backup_if_due`, in
the background at the first start of the day), which is also the full check of a large hall's
file (`health.FULL_CHECK_LIMIT`). A restore checks its source fully (`integrity_ok`).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from contextlib import closing
from datetime import date, datetime
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
            english="Only an SQLite database file can be backed up here; for PostgreSQL use pg_dump (see the README).",
        )
    return path


def integrity_ok(path: Path) -> bool:
    """`PRAGMA integrity_check` passes: structure, and every index against its table."""
    try:
        with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as conn:
            return conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    except sqlite3.DatabaseError:
        return False


def copy_sound(path: Path, pages: int) -> bool:
    """A fresh copy is whole and sound: exactly `pages` pages (those the backup reported),
    the file's size theirs, and `PRAGMA quick_check` passes."""
    try:
        with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as conn:
            (count,) = conn.execute("PRAGMA page_count").fetchone()
            (size,) = conn.execute("PRAGMA page_size").fetchone()
            if count != pages or path.stat().st_size != count * size:
                return False
            return conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"
    except (sqlite3.DatabaseError, OSError):
        return False


#: pages copied per step of the online backup: 128 MiB of 4 KiB pages. Between steps the
#: progress is reported; Python's default is 0.25 s of sleep between steps of 5 pages (the
#: default step is -1, everything at once, with no progress at all).
STEP_PAGES = 32_768
#: a write by another connection between steps restarts SQLite's backup from the first page;
#: after this many restarts the rest is copied in one step (one read snapshot: WAL lets the
#: writers go on meanwhile), so a busy hall cannot keep a backup from ending
MAX_RESTARTS = 2

Progress = Callable[[int, int], object]  # (pages copied, pages in all)


class _Restarted(Exception):
    pass


def _copy(source: Path, target: Path, progress: Progress | None = None) -> int:
    """Online copy through SQLite's backup API in steps of STEP_PAGES with `progress(done,
    total)` between them; the copy is left as one self-contained file (no WAL). Returns the
    number of pages the backup copied in its last pass."""
    restarts = 0
    with closing(sqlite3.connect(source)) as src, closing(sqlite3.connect(target)) as dst:
        last = {"done": 0, "total": None}

        def step(_status: int, remaining: int, total: int) -> None:
            done = total - remaining
            if done <= last["done"]:
                raise _Restarted  # the source changed under the copy: SQLite began again
            last["done"], last["total"] = done, total
            if progress is not None:
                progress(done, total)

        while True:
            last["done"], last["total"] = 0, None
            try:
                if restarts >= MAX_RESTARTS:
                    src.backup(dst, pages=-1)  # one step: no progress call from SQLite
                    (pages,) = dst.execute("PRAGMA page_count").fetchone()
                    last["total"] = pages
                    if progress is not None:
                        progress(pages, pages)
                else:
                    src.backup(dst, pages=STEP_PAGES, progress=step, sleep=0)
                break
            except _Restarted:
                restarts += 1
        dst.execute("PRAGMA journal_mode=DELETE")
        if last["total"] is None:  # an empty source: SQLite reports no step at all
            (last["total"],) = dst.execute("PRAGMA page_count").fetchone()
        return last["total"]


def backup_to(
    db: Database, target: Path, *, progress: Progress | None = None, full_check: bool = False
) -> Path:
    """Copy the live database into `target` and prove the copy whole and sound (`copy_sound`;
    with `full_check`, `PRAGMA integrity_check` as well) before it takes its name;
    `progress(pages copied, pages in all)` follows the copy."""
    source = _require_file(db)
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(target.name + ".part")
    tmp.unlink(missing_ok=True)
    pages = _copy(source, tmp, progress)
    if not copy_sound(tmp, pages) or (full_check and not integrity_ok(tmp)):
        tmp.unlink(missing_ok=True)
        raise BackupError(
            "备份文件完整性检查失败", english="The backup file failed its integrity check."
        )
    tmp.replace(target)
    return target


def backup_dir(db: Database) -> Path:
    path = _require_file(db)
    return path.parent / "backups"


def _rotate(directory: Path, label: str, keep: int = KEEP) -> None:
    files = sorted(directory.glob(f"{label}-*.sqlite3"), key=lambda p: p.name, reverse=True)
    for old in files[keep:]:
        old.unlink(missing_ok=True)


def automatic_backup(
    db: Database,
    label: str,
    *,
    when: datetime | None = None,
    progress: Progress | None = None,
    full_check: bool = False,
) -> Path:
    directory = backup_dir(db)
    stamp = (when or datetime.now()).strftime("%Y%m%d-%H%M%S-%f")
    saved = backup_to(db, directory / f"{label}-{stamp}.sqlite3", progress=progress,
                      full_check=full_check)  # fmt: skip
    _rotate(directory, label)
    return saved


def backups(db: Database, label: str = "*") -> list[Path]:
    """Backup files, newest first."""
    directory = backup_dir(db)
    return sorted(
        directory.glob(f"{label}-*.sqlite3"), key=lambda p: p.stat().st_mtime, reverse=True
    )


def has_backup_on(db: Database, label: str, day: date) -> bool:
    return any(backup_dir(db).glob(f"{label}-{day:%Y%m%d}-*.sqlite3"))


def backup_before_migration(db: Database) -> Path | None:
    return automatic_backup(db, "pre-migration") if db.sqlite_path else None


def latest_backup(db: Database) -> Path | None:
    """The newest backup that passes integrity_check (what a damaged start offers to restore)."""
    return next((f for f in backups(db) if integrity_ok(f)), None)


def restore_from(db: Database, source: Path) -> Path | None:
    """Replace the live database with a checked backup; returns where the old file was put aside.

    The current file (with its WAL) is moved aside, never overwritten, so even a damaged or
    unreadable file can be replaced and nothing is lost by restoring the wrong backup.
    """
    target = _require_file(db)
    source = Path(source)
    if not source.exists() or not integrity_ok(source):
        raise BackupError(
            f"备份文件无效或已损坏：{source}",
            english=f"The backup file is invalid or damaged: {source}",
        )
    db.dispose()
    aside = None
    if target.exists():
        aside = target.with_name(target.name + f".before-restore-{datetime.now():%Y%m%d%H%M%S%f}")
        target.replace(aside)
    for suffix in ("-wal", "-shm"):
        side = Path(str(target) + suffix)
        if side.exists():
            if aside is not None and suffix == "-wal":
                side.replace(Path(str(aside) + suffix))
            else:
                side.unlink(missing_ok=True)
    tmp = target.with_name(target.name + ".restoring")
    tmp.unlink(missing_ok=True)
    _copy(source, tmp)
    tmp.replace(target)
    return aside
