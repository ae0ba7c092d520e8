"""The first run of a window on a per-person PostgreSQL hall (issue 15): the window cannot
create the first administrator (it has no database login before someone signs in), so the
sign-in dialog says in Chinese who does it and how, and repeats it after a failed sign-in;
on SQLite the first-run dialog does it and the sign-in dialog carries no such note."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from sqlalchemy.engine import make_url

from tests.conftest import create_pg_database
from window_app.storage.database import Database
from window_app.ui.login import LoginDialog
from window_app.ui.tasks import TaskRunner


def wait_idle(qtbot, runner: TaskRunner) -> None:
    qtbot.waitUntil(lambda: not runner.busy, timeout=20_000)


@pytest.mark.postgres
def test_the_sign_in_dialog_says_who_creates_the_first_administrator(qtbot, tmp_path):
    url = make_url(create_pg_database())
    window = Database(f"postgresql+psycopg://{url.host}:{url.port}/{url.database}")  # no login
    assert window.per_person
    runner = TaskRunner()
    dialog = LoginDialog(window, runner)
    qtbot.addWidget(dialog)
    dialog.show()
    hint = dialog.ui.message.text()
    assert "窗口上不能创建第一位管理员" in hint and "数据库属主" in hint
    assert "users add" in hint and "--role administrator" in hint
    dialog.grab().save(str(tmp_path / "login_per_person.png"))
    qtbot.keyClicks(dialog.ui.username, "admin")
    qtbot.keyClicks(dialog.ui.password, "Admin#2026x")
    qtbot.keyClick(dialog.ui.password, Qt.Key.Key_Return)
    wait_idle(qtbot, runner)
    shown = dialog.ui.message.text()
    assert shown.startswith("用户名或密码错误") and "窗口上不能创建第一位管理员" in shown
    assert dialog.actor is None
    window.dispose()


def test_a_sqlite_hall_has_no_such_note(qtbot, sqlite_db):
    dialog = LoginDialog(sqlite_db, TaskRunner())
    qtbot.addWidget(dialog)
    assert dialog.ui.message.text() == ""
