"""Start-up checks: is the database there, readable and sound? If not, what can be restored.

`check_database(url)` never raises: it returns a `HealthReport` the CLI prints and the GUI shows
(with an offer to restore `latest_backup` when the SQLite file is damaged).
"""

from __future__ import annotations

import sqlite3
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import text
from sqlalchemy.engine import make_url

from . import backup
from .database import Database
from .errors import translate


@dataclass(frozen=True)
class HealthReport:
    ok: bool
    problem: str = ""  # "" | missing | corrupt | unreadable | unavailable
    message: str = ""  # Chinese, for the clerk / administrator
    detail: str = ""  # English, for the log
    latest_backup: Path | None = None
    english: str = ""  # `message` in English, for an English UI

    @property
    def can_restore(self) -> bool:
        return self.latest_backup is not None

    def restore_hint(self, url: str) -> str:
        if self.latest_backup is None:
            return ""
        return f"window-app db restore --database {url} {self.latest_backup}"


# A full integrity_check reads every page: seconds on a large hall. Above this size the start-up
# check is structural only, and the full check runs with the daily backup (backup.backup_to
# with full_check, from services.maintenance).
FULL_CHECK_LIMIT = 64 * 1024 * 1024


def _sqlite_check(path: Path, pages_only: bool = False) -> tuple[str, str]:
    """("", "") when sound, else (problem, english detail). `pages_only`: `quick_check` (every
    page's b-tree, records and free list) instead of `integrity_check` (which adds each index
    entry against its row and UNIQUE: the content's, not the file's, consistency)."""
    try:
        with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as conn:
            if path.stat().st_size > FULL_CHECK_LIMIT:
                conn.execute("PRAGMA schema_version").fetchone()
                conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
                return "", ""
            check = "quick_check" if pages_only else "integrity_check"
            rows = [r[0] for r in conn.execute(f"PRAGMA {check}").fetchall()]
    except sqlite3.DatabaseError as exc:
        return "corrupt", str(exc)
    if rows != ["ok"]:
        return "corrupt", "; ".join(rows[:5])
    return "", ""


def check_database(url: str, *, pages_only: bool = False) -> HealthReport:
    """`pages_only`: a SQLite file up to FULL_CHECK_LIMIT is checked with `quick_check`, which
    finds what makes a file one to restore (damaged pages, a file cut short) in about a third
    of `integrity_check`'s time. A CLI command checks so before each run (issue 22: on a hall
    of 2,000 applications, 24 MB, `integrity_check` took 0.2-0.3 s of every command); the
    full check stays with the GUI's start, the day's first backup and every restore."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        name = parsed.database
        if not name or name == ":memory:":
            return HealthReport(True)
        path = Path(name)
        if not path.exists() or path.stat().st_size == 0:
            # Not silently a new, empty hall when this hall has backups: say so, offer the newest.
            latest = backup.latest_backup(Database(url)) if path.parent.exists() else None
            state = "不存在" if not path.exists() else "为空"
            if latest is not None:
                return HealthReport(
                    False, "missing",
                    f"数据库文件{state}（{path}），但数据目录中有备份；请从最近的备份恢复：{latest.name}",
                    f"{path} missing or empty; backups exist", latest,
                    english=f"The database file {path} is missing or empty, but the data directory "
                            f"holds backups; restore the latest one, {latest.name}.",
                )  # fmt: skip
            if path.exists():
                return HealthReport(True)
            return HealthReport(
                True, "missing", "数据库文件不存在，将新建", f"{path} not found",
                english="The database file does not exist; a new one will be created.",
            )  # fmt: skip
        try:
            with path.open("rb") as fh:
                fh.read(16)
        except OSError as exc:
            return HealthReport(
                False, "unreadable", f"无法读取数据库文件：{path}", str(exc),
                backup.latest_backup(Database(url)),
                english=f"The database file {path} cannot be read.",
            )  # fmt: skip
        problem, detail = _sqlite_check(path, pages_only)
        if not problem:
            return HealthReport(True)
        latest = backup.latest_backup(Database(url))
        offer = f"；可从最近的备份恢复：{latest.name}" if latest else "；未找到可用的备份"
        offer_en = (
            f" It can be restored from the latest backup, {latest.name}."
            if latest
            else " No usable backup was found."
        )
        return HealthReport(
            False, problem, f"数据库文件已损坏（{path}）{offer}", detail, latest,
            english=f"The database file {path} is damaged.{offer_en}",
        )  # fmt: skip
    db = Database(url)
    if db.per_person:  # nothing to check before a person signs in as themselves
        return HealthReport(True)
    try:
        with db.engine.connect() as conn:
            conn.execute(text("SELECT 1"))
    except Exception as exc:  # noqa: BLE001  (any failure to reach the server is reported)
        mapped = translate(exc)
        message = mapped.message if mapped else "无法连接数据库"
        english = mapped.english if mapped else "The database cannot be reached."
        return HealthReport(False, "unavailable", message, str(exc)[:300], english=english)
    finally:
        db.dispose()
    return HealthReport(True)
