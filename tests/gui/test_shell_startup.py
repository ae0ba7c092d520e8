"""Start-up checks before login (health, restore offer, unopenable database) and the daily
backup after login."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings

from tests.conftest import sqlite_database
from window_app.services import first_run, maintenance, users
from window_app.storage import backup
from window_app.ui import dialogs, startup_checks
from window_app.ui.context import AppContext
from window_app.ui.main_window import MainWindow
from window_app.ui.settings import Settings
from window_app.ui.tasks import TaskRunner


@pytest.fixture
def answers():
    replies: dict[str, object] = {"question": True}
    dialogs.set_responder(lambda kind, title, text: replies.get(kind))
    yield replies
    dialogs.set_responder(None)


def _corrupt(path) -> None:
    with path.open("r+b") as fh:
        fh.seek(0)
        fh.write(b"\x00garbage, not a database\x00" * 64)


def test_corrupt_database_offers_the_latest_backup_and_continues(qtbot, tmp_path, answers):
    path = tmp_path / "window.sqlite3"
    db = sqlite_database(path)
    first_run.bootstrap_admin(db, "admin", "王管理", "First#2026x")
    saved = backup.automatic_backup(db, maintenance.DAILY)
    db.dispose()
    _corrupt(path)

    opened = startup_checks.open_checked(f"sqlite:///{path}", TaskRunner())
    assert opened is not None
    kinds = [kind for kind, _title, _text in dialogs.shown]
    assert kinds == ["question", "information"]
    assert "损坏" in dialogs.shown[0][2] and saved.name in dialogs.shown[0][2]
    assert first_run.has_users(opened)  # the backup's data is back
    assert list(tmp_path.glob("window.sqlite3.before-restore-*"))  # the damaged file is kept
    opened.dispose()


@pytest.mark.parametrize("state", ["missing", "empty"])
def test_missing_database_with_backups_is_not_a_new_hall(qtbot, tmp_path, answers, state):
    """Issue 15: a missing or zero-byte file beside backups offers the newest good backup."""
    path = tmp_path / "window.sqlite3"
    db = sqlite_database(path)
    first_run.bootstrap_admin(db, "admin", "王管理", "First#2026x")
    saved = backup.automatic_backup(db, maintenance.DAILY)
    db.dispose()
    path.unlink()
    for side in ("-wal", "-shm"):
        path.with_name(path.name + side).unlink(missing_ok=True)
    if state == "empty":
        path.write_bytes(b"")
    opened = startup_checks.open_checked(f"sqlite:///{path}", TaskRunner())
    assert opened is not None
    assert [kind for kind, _title, _text in dialogs.shown] == ["question", "information"]
    assert "备份" in dialogs.shown[0][2] and saved.name in dialogs.shown[0][2]
    assert first_run.has_users(opened)  # the hall is back, not a new empty one
    opened.dispose()


def test_declining_the_restore_stops_cleanly(qtbot, tmp_path, answers):
    path = tmp_path / "window.sqlite3"
    db = sqlite_database(path)
    backup.automatic_backup(db, maintenance.DAILY)
    db.dispose()
    _corrupt(path)
    answers["question"] = False
    assert startup_checks.open_checked(f"sqlite:///{path}", TaskRunner()) is None
    assert not list(tmp_path.glob("window.sqlite3.before-restore-*"))


def test_corrupt_database_without_backup_is_a_clear_message(qtbot, tmp_path, answers):
    path = tmp_path / "window.sqlite3"
    path.write_bytes(b"this is not a database" * 100)
    assert startup_checks.open_checked(f"sqlite:///{path}", TaskRunner()) is None
    [(kind, title, text)] = dialogs.shown
    assert kind == "error" and "损坏" in text and "Traceback" not in text


def test_database_that_cannot_be_opened_is_a_clear_message(qtbot, tmp_path, answers):
    folder = tmp_path / "a-folder"
    folder.mkdir()
    assert startup_checks.open_checked(f"sqlite:///{folder}", TaskRunner()) is None
    [(kind, _title, text)] = dialogs.shown
    assert kind == "error" and "无法" in text and "Traceback" not in text


def test_unreachable_server_is_a_clear_message(qtbot, answers):
    url = "postgresql+psycopg://nobody:secret@127.0.0.1:1/none?connect_timeout=2"
    assert startup_checks.open_checked(url, TaskRunner()) is None
    [(kind, _title, text)] = dialogs.shown
    assert kind == "error" and "secret" not in text


def test_daily_backup_runs_after_login_in_the_background(qtbot, tmp_path):
    db = sqlite_database(tmp_path / "window.sqlite3")
    first_run.bootstrap_admin(db, "admin", "王管理", "First#2026x")
    actor = users.login(db, "admin", "First#2026x")
    settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    window = MainWindow(AppContext.create(db, actor, settings))
    qtbot.addWidget(window)
    window.show()
    runner = startup_checks.daily_backup(window)
    assert runner is not window.ctx.runner  # a pool of its own: the day's lists never wait
    qtbot.waitUntil(lambda: not runner.busy, timeout=10_000)
    assert len(backup.backups(db, maintenance.DAILY)) == 1
    assert "备份" in window.statusBar().currentMessage()
    startup_checks.daily_backup(window)  # the second start of the day does nothing
    qtbot.waitUntil(lambda: not runner.busy, timeout=10_000)
    assert len(backup.backups(db, maintenance.DAILY)) == 1


def test_logging_out_before_the_daily_backup_finishes_is_harmless(qtbot, tmp_path):
    db = sqlite_database(tmp_path / "window.sqlite3")
    first_run.bootstrap_admin(db, "admin", "王管理", "First#2026x")
    actor = users.login(db, "admin", "First#2026x")
    settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    window = MainWindow(AppContext.create(db, actor, settings))
    window.show()
    runner = startup_checks.daily_backup(window)
    window.logout()
    window.deleteLater()
    qtbot.waitUntil(lambda: not runner.busy, timeout=10_000)  # no RuntimeError on the callback
    assert len(backup.backups(db, maintenance.DAILY)) == 1


def test_corrupt_database_message_in_english(qtbot, tmp_path, answers):
    """The health report is shown in the UI's language, like every error from below the UI."""
    from window_app.ui import i18n

    path = tmp_path / "window.sqlite3"
    path.write_bytes(b"this is not a database" * 100)
    i18n.install("en")
    try:
        assert startup_checks.open_checked(f"sqlite:///{path}", TaskRunner()) is None
    finally:
        i18n.install("zh_CN")
    [(kind, _title, text)] = dialogs.shown
    assert kind == "error"
    assert f"The database file {path} is damaged. No usable backup was found." in text
    assert "损坏" not in text
