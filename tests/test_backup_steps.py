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


def _damaged_copy(monkeypatch, damage) -> None:  # noqa: ANN001
    """The backup's own copy, then `damage(path)` done to it before it is checked."""
    real = backup._copy

    def copy_then_damage(source, target, progress=None):  # noqa: ANN001, ANN202
        pages = real(source, target, progress)
        damage(target)
        return pages

    monkeypatch.setattr(backup, "_copy", copy_then_damage)


def _cut_short(path) -> None:  # noqa: ANN001
    with open(path, "r+b") as fh:
        fh.truncate(path.stat().st_size - 4096)


def _scrambled(path) -> None:  # noqa: ANN001
    """A run of pages in the middle overwritten (a bad write the size check cannot see)."""
    size = path.stat().st_size
    with open(path, "r+b") as fh:
        fh.seek(size // 2 // 4096 * 4096)
        fh.write(b"\xa5" * 4096 * 4)


def test_a_copy_cut_short_or_damaged_is_refused_and_takes_no_name(tmp_path, monkeypatch):
    db = Database(f"sqlite:///{tmp_path / 'hall.sqlite3'}")
    migrate.upgrade(db, backup=False)
    _filled(db.sqlite_path)
    for damage in (_cut_short, _scrambled):
        with monkeypatch.context() as patched:
            _damaged_copy(patched, damage)
            target = tmp_path / f"{damage.__name__}.sqlite3"
            try:
                backup.backup_to(db, target)
            except backup.BackupError as error:
                assert error.message == "备份文件完整性检查失败"
            else:
                raise AssertionError(f"{damage.__name__}: the damaged copy was kept")
            assert not target.exists()
            assert not target.with_name(target.name + ".part").exists()
    assert backup.copy_sound(backup.backup_to(db, tmp_path / "sound.sqlite3"),
                             backup._copy(db.sqlite_path, tmp_path / "again.sqlite3"))  # fmt: skip
    db.dispose()


def _index_against_its_table(path) -> None:  # noqa: ANN001
    """Content that quick_check passes and integrity_check does not: an index whose entries
    are not its table's (the kind of damage the backup API copies verbatim)."""
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("CREATE TABLE scratch (a, b)")
        conn.execute("CREATE INDEX scratch_a ON scratch (a)")
        conn.executemany("INSERT INTO scratch VALUES (?, ?)", [(i, -i) for i in range(200)])
        conn.commit()
        conn.execute("PRAGMA writable_schema=ON")
        conn.execute("UPDATE sqlite_master SET sql = 'CREATE INDEX scratch_a ON scratch (b)' "
                     "WHERE name = 'scratch_a'")  # fmt: skip
        conn.commit()


def test_the_days_first_backup_runs_the_full_check_that_an_administrators_skips(tmp_path):
    """The administrator's backup proves the copy (quick_check); the daily one also checks the
    content's indexes against their tables, refuses, and records no day's backup."""
    from datetime import date

    from window_app.services import maintenance

    db = Database(f"sqlite:///{tmp_path / 'hall.sqlite3'}")
    migrate.upgrade(db, backup=False)
    _index_against_its_table(db.sqlite_path)
    copy = backup.backup_to(db, tmp_path / "manual.sqlite3")
    assert not backup.integrity_ok(copy)  # copied verbatim: the copy is sound, the index not
    try:
        maintenance.daily_backup_if_due(db, on=date(2026, 12, 7))
    except backup.BackupError:
        pass
    else:
        raise AssertionError("the day's backup passed a failing integrity check")
    assert not backup.has_backup_on(db, maintenance.DAILY, date(2026, 12, 7))
    assert list(backup.backup_dir(db).glob("*.part")) == []
    db.dispose()
