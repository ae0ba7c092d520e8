"""A refused action speaks the UI's language: the service's English sentence when the UI is in
English, its Chinese one otherwise (pytest-qt, offscreen, a real SQLite hall).

Three paths reach the screen: `outcomes.call()` (a page's Refused), `TaskRunner`'s failure
message (the login dialog) and a dialog reading the DomainError itself (change password); all of
them go through `i18n.error_text`."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt

from window_app.core.errors import DomainError
from window_app.services import users
from window_app.services.context import SYSTEM, Role
from window_app.ui import dialogs, i18n
from window_app.ui.board import open_board
from window_app.ui.context import AppContext
from window_app.ui.login import LoginDialog
from window_app.ui.main_window import MainWindow
from window_app.ui.outcomes import Refused
from window_app.ui.password import ChangePasswordDialog
from window_app.ui.settings import LANGUAGE, Settings
from window_app.ui.tasks import TaskRunner

TEXTS = {
    "board": {
        "en": "Not permitted: only supervisor or administrator users may do this.",
        "zh_CN": "无权限：此操作仅限督查/科室负责人、系统管理员",
    },
    "login": {"en": "Wrong user name or password.", "zh_CN": "用户名或密码错误"},
    "password": {
        "en": "The new password must have at least 8 characters.",
        "zh_CN": "新密码至少8位",
    },
}


@pytest.fixture(params=["en", "zh_CN"])
def language(request, tmp_path):
    """The language chosen in the settings, installed as `app.prepare` does at start-up."""
    settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    settings.set(LANGUAGE, request.param)
    i18n.install(settings.get(LANGUAGE))
    yield request.param, settings
    i18n.install("zh_CN")


def wait_idle(qtbot, runner: TaskRunner) -> None:
    qtbot.waitUntil(lambda: not runner.busy, timeout=10_000)


def test_error_text_follows_the_installed_language(qapp):
    error = DomainError(
        "结束日期早于开始日期", english="The end date cannot be before the start date."
    )
    try:
        i18n.install("en")
        assert i18n.current() == "en"
        assert i18n.error_text(error) == "The end date cannot be before the start date."
        assert Refused.of(error).message == "The end date cannot be before the start date."
    finally:
        i18n.install("zh_CN")
    assert i18n.current() == "zh_CN"
    assert i18n.error_text(error) == "结束日期早于开始日期"
    assert Refused.of(error) == Refused("结束日期早于开始日期", None, "DomainError")


def test_a_refused_page_shows_the_error_in_the_ui_language(qtbot, gui_hall, language):
    """A clerk reaching the supervisor's board: the service refuses through `call()`."""
    code, settings = language
    db, actors = gui_hall
    window = MainWindow(AppContext.create(db, actors["clerk"], settings))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    try:
        page = open_board(window)
        qtbot.waitUntil(lambda: bool(page.ui.message.text()), timeout=10_000)
        assert page.ui.message.text() == TEXTS["board"][code]
    finally:
        window.ctx.watcher.stop()
        wait_idle(qtbot, window.ctx.runner)
        dialogs.set_responder(None)


def test_the_login_dialog_shows_the_error_in_the_ui_language(qtbot, sqlite_hall, language):
    code, _ = language
    db, _ = sqlite_hall
    runner = TaskRunner()
    dialog = LoginDialog(db, runner)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.ui.username, "clerk1")
    qtbot.keyClick(dialog.ui.username, Qt.Key.Key_Tab)
    qtbot.keyClicks(dialog.ui.password, "not-the-password")
    qtbot.keyClick(dialog.ui.password, Qt.Key.Key_Return)
    wait_idle(qtbot, runner)
    assert dialog.ui.message.text() == TEXTS["login"][code]


def test_a_field_message_is_in_the_ui_language(qtbot, sqlite_hall, language):
    """The change-password dialog reads the DomainError itself and shows it beside the field."""
    code, _ = language
    db, _ = sqlite_hall
    users.create_user(db, SYSTEM, "newbie", "新同事", Role.CLERK, "Temp#2026a", "A02")
    actor = users.login(db, "newbie", "Temp#2026a")
    runner = TaskRunner()
    dialog = ChangePasswordDialog(db, runner, actor, forced=True)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.ui.oldPassword, "Temp#2026a")
    qtbot.keyClicks(dialog.ui.newPassword, "short")
    qtbot.keyClicks(dialog.ui.repeatPassword, "short")
    qtbot.keyClick(dialog.ui.repeatPassword, Qt.Key.Key_Return)
    wait_idle(qtbot, runner)
    assert dialog.ui.newMessage.text() == TEXTS["password"][code]
