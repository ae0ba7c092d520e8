"""The online backup in large steps with progress (issue 22), still checked afterwards."""

from __future__ import annotations

import sqlite3
from contextlib import closing

from window_app.storage import backup, migrate
from window_app.storage.database import Database


def _filled(path, rows: int = 3000) -> None:  # noqa: ANN001
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("CREATE TABLE filler (text)")
        conn.executemany("INSERT INTO filler VALUES (?)", [("字" * 400,) for _ in range(rows)])
        conn.commit()


def test_progress_is_reported_per_step_up_to_every_page(tmp_path, monkeypatch):
    db = Database(f"sqlite:///{tmp_path / 'hall.sqlite3'}")
    migrate.upgrade(db, backup=False)
    _filled(db.sqlite_path)
    monkeypatch.setattr(backup, "STEP_PAGES", 200)
    reports: list[tuple[int, int]] = []
    saved = backup.backup_to(db, tmp_path / "copy.sqlite3", progress=lambda *r: reports.append(r))
    total = reports[-1][1]
    assert total > 1000  # thousands of pages: several steps
    assert [done for done, _ in reports] == list(range(200, total, 200)) + [total]
    assert backup.integrity_ok(saved)
    with closing(sqlite3.connect(saved)) as copy:
        assert copy.execute("SELECT count(*) FROM filler").fetchone() == (3000,)
        assert copy.execute("PRAGMA journal_mode").fetchone() == ("delete",)
    db.dispose()


def test_writes_between_steps_do_not_keep_the_backup_from_ending(tmp_path, monkeypatch):
    """Each write by another connection restarts SQLite's copy; after MAX_RESTARTS the rest
    is copied in one step, and the copy holds every committed row."""
    source = tmp_path / "busy.sqlite3"
    _filled(source)
    monkeypatch.setattr(backup, "STEP_PAGES", 100)
    writer = sqlite3.connect(source)
    steps = []

    def write_each_step(done: int, total: int) -> None:
        steps.append(done)
        writer.execute("INSERT INTO filler VALUES ('written during the backup')")
        writer.commit()

    backup._copy(source, tmp_path / "copy.sqlite3", write_each_step)
    writer.close()
    # the first step of each attempt cut short by a write, then everything in one step
    assert steps[:-1] == [100] * backup.MAX_RESTARTS
    assert steps[-1] > 1000
    with closing(sqlite3.connect(tmp_path / "copy.sqlite3")) as copy:
        assert copy.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        (rows,) = copy.execute("SELECT count(*) FROM filler").fetchone()
    assert rows == 3000 + len(steps) - 1  # the last report comes after the copy
