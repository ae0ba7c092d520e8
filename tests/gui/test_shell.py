"""The application shell: main window, role-gated menus, geometry, translations, idle lock,
first run, forced password change, lockout, settings and start-up checks (pytest-qt, offscreen).
"""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import QByteArray, QSettings, Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from tests.conftest import TEST_PASSWORD
from window_app.services import first_run, users
from window_app.services.context import SYSTEM, Role
from window_app.ui import dialogs, i18n
from window_app.ui.context import AppContext
from window_app.ui.first_run import FirstRunDialog
from window_app.ui.login import LoginDialog
from window_app.ui.main_window import MainWindow
from window_app.ui.password import ChangePasswordDialog
from window_app.ui.settings import GEOMETRY, IDLE_LOCK_MINUTES, LANGUAGE, Settings
from window_app.ui.settings_dialog import SettingsDialog
from window_app.ui.tasks import TaskRunner

TS = i18n.translations_dir() / "window_app_en.ts"


@pytest.fixture
def settings(tmp_path) -> Settings:
    return Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def answers():
    """Modal message boxes answered 'yes' and recorded in dialogs.shown."""
    dialogs.set_responder(lambda kind, title, text: True)
    yield dialogs.shown
    dialogs.set_responder(None)


@pytest.fixture
def open_window(qtbot, settings):
    def make(db, actor) -> MainWindow:
        window = MainWindow(AppContext.create(db, actor, settings))
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        return window

    return make


def wait_idle(qtbot, runner: TaskRunner) -> None:
    qtbot.waitUntil(lambda: not runner.busy, timeout=10_000)


# --- main window --------------------------------------------------------------------------
def test_main_window_shows_window_clerk_and_database(sqlite_hall, open_window):
    db, actors = sqlite_hall
    window = open_window(db, actors["clerk"])
    labels = [w.text() for w in window.statusBar().findChildren(QLabel) if w.text()]
    assert any("A01" in t for t in labels)
    assert any("张晓敏" in t for t in labels)
    tips = [w.toolTip() for w in window.statusBar().findChildren(QLabel)]
    assert any(db.display_name() in t for t in labels + tips)  # a long path elides (issue 14)
    assert "A01" in window.windowTitle() and "张晓敏" in window.windowTitle()


@pytest.mark.parametrize(
    ("role", "supervise", "admin"),
    [("clerk", False, False), ("supervisor", True, False), ("admin", True, True)],
)
def test_menus_follow_the_role(sqlite_hall, open_window, role, supervise, admin):
    db, actors = sqlite_hall
    window = open_window(db, actors[role])
    assert window.ui.menuSupervise.menuAction().isVisible() is supervise
    assert window.ui.menuAdmin.menuAction().isVisible() is admin
    # the board is on the toolbar too: hidden and its shortcut disabled for a clerk
    assert window.ui.actionBoard.isVisible() is supervise
    assert window.ui.actionBoard.isEnabled() is supervise
    assert window.ui.actionCatalogue.isEnabled() is admin


def test_toolbar_texts_have_no_mnemonic_and_actions_have_icons(sqlite_hall, open_window):
    db, actors = sqlite_hall
    window = open_window(db, actors["admin"])
    for action in window.ui.toolBar.actions():
        if action.isSeparator():
            continue
        assert "(" not in action.iconText() and "&" not in action.iconText(), action.iconText()
        assert not action.icon().isNull(), action.objectName()
    assert window.ui.actionNewApplication.iconText() == "新建申请"


def test_geometry_is_saved_and_restored(sqlite_hall, open_window, settings):
    db, actors = sqlite_hall
    window = open_window(db, actors["clerk"])
    window.resize(720, 520)
    size = (window.width(), window.height())
    window.close()
    assert not settings.get(GEOMETRY).isEmpty()
    again = open_window(db, actors["clerk"])
    assert (again.width(), again.height()) == size != (1280, 800)


def test_settings_registry_defaults(settings):
    assert settings.get(IDLE_LOCK_MINUTES) == 5
    assert settings.get(LANGUAGE) == "zh_CN"
    assert settings.get(GEOMETRY) == QByteArray()


# --- translations -------------------------------------------------------------------------
def test_english_translation_of_the_main_window(sqlite_hall, open_window):
    db, actors = sqlite_hall
    i18n.install("en")
    try:
        window = open_window(db, actors["admin"])
        titles = [m.title() for m in (window.ui.menuFile, window.ui.menuView, window.ui.menuHelp)]
        assert titles == ["&File", "&View", "&Help"]
        assert window.ui.actionNewApplication.iconText() == "New Application"
        assert "Window" in window.windowTitle()
    finally:
        i18n.install("zh_CN")


def test_every_message_has_a_finished_english_translation():
    assert TS.with_suffix(".qm").exists()
    root = ET.parse(TS).getroot()
    messages = root.findall("./context/message")
    assert len(messages) > 50
    missing = [
        m.findtext("source")
        for m in messages
        if m.find("translation").get("type") in {"unfinished", "vanished", "obsolete"}
        or not (m.findtext("translation") or m.find("translation/numerusform") is not None)
    ]
    assert missing == []


# --- idle lock ----------------------------------------------------------------------------
def _page_with_field(window: MainWindow) -> QLineEdit:
    page = QWidget()
    page.setObjectName("unsavedForm")
    field = QLineEdit(page)
    window.add_page(page, "表单")
    field.setFocus()
    return field


def test_idle_lock_keeps_the_unsaved_form(qtbot, sqlite_hall, open_window):
    db, actors = sqlite_hall
    window = open_window(db, actors["clerk"])
    field = _page_with_field(window)
    qtbot.keyClicks(field, "draft: Zhang San, 42")
    window.idle_lock.set_interval_ms(200)
    qtbot.waitUntil(lambda: window.idle_lock.is_locked, timeout=3000)
    lock = window.idle_lock.dialog
    assert lock.isVisible()
    assert window.findChild(QWidget, "lockCover").isVisible()

    qtbot.keyClicks(lock.ui.password, "wrong-password")
    qtbot.keyClick(lock.ui.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: lock.ui.message.text() != "", timeout=10_000)
    assert window.idle_lock.is_locked
    qtbot.keyClick(lock.ui.password, Qt.Key.Key_Escape)  # Esc must not unlock
    assert window.idle_lock.is_locked

    window.idle_lock.set_minutes(5)  # no second idle lock may race the assertions below
    lock.ui.password.clear()
    qtbot.keyClicks(lock.ui.password, TEST_PASSWORD)
    qtbot.keyClick(lock.ui.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not window.idle_lock.is_locked, timeout=10_000)
    assert field.text() == "draft: Zhang San, 42"
    assert (
        window.findChild(QWidget, "lockCover") is None
        or not window.findChild(QWidget, "lockCover").isVisible()
    )


def test_ctrl_l_locks_at_once_and_logout_ends_the_session(qtbot, sqlite_hall, open_window, answers):
    db, actors = sqlite_hall
    window = open_window(db, actors["clerk"])
    window.activateWindow()
    window.ui.actionLock.trigger() if not window.isActiveWindow() else qtbot.keyClick(
        window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier
    )
    assert window.idle_lock.is_locked
    assert window.ui.actionLock.shortcut().toString() == "Ctrl+L"
    qtbot.mouseClick(window.idle_lock.dialog.ui.logoutButton, Qt.MouseButton.LeftButton)
    assert window.logged_out
    qtbot.waitUntil(lambda: not window.isVisible())


# --- login, forced change, lockout, first run ---------------------------------------------
def test_forced_password_change_shows_the_rule_beside_the_field(qtbot, sqlite_hall):
    db, _ = sqlite_hall
    users.create_user(db, SYSTEM, "newbie", "新同事", Role.CLERK, "Temp#2026a", "A02")
    actor = users.login(db, "newbie", "Temp#2026a")
    assert users.must_change_password(db, actor)
    runner = TaskRunner()
    dialog = ChangePasswordDialog(db, runner, actor, forced=True)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.ui.oldPassword, "Temp#2026a")
    qtbot.keyClicks(dialog.ui.newPassword, "short")
    qtbot.keyClicks(dialog.ui.repeatPassword, "short")
    qtbot.keyClick(dialog.ui.repeatPassword, Qt.Key.Key_Return)
    wait_idle(qtbot, runner)
    assert "8" in dialog.ui.newMessage.text()
    assert dialog.result() == 0
    for edit in (dialog.ui.newPassword, dialog.ui.repeatPassword):
        edit.clear()
        qtbot.keyClicks(edit, "Mine#2026long")
    qtbot.keyClick(dialog.ui.repeatPassword, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.result() == 1, timeout=10_000)
    assert not users.must_change_password(db, actor)
    users.login(db, "newbie", "Mine#2026long")


def test_lockout_after_five_failures_through_the_login_dialog(qtbot, sqlite_hall):
    db, _ = sqlite_hall
    runner = TaskRunner()
    dialog = LoginDialog(db, runner)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.ui.username, "clerk1")
    qtbot.keyClick(dialog.ui.username, Qt.Key.Key_Tab)
    expected = ["用户名或密码错误"] * 2 + [
        "用户名或密码错误，再错2次账户将被锁定",  # after three failures: how many remain
        "用户名或密码错误，再错1次账户将被锁定",
        "用户名或密码错误，账户已锁定15分钟",
    ]
    for message in expected:
        qtbot.keyClicks(dialog.ui.password, "not-the-password")  # selected text is replaced
        qtbot.keyClick(dialog.ui.password, Qt.Key.Key_Return)
        wait_idle(qtbot, runner)
        assert dialog.ui.message.text() == message
    qtbot.keyClicks(dialog.ui.password, TEST_PASSWORD)
    qtbot.keyClick(dialog.ui.password, Qt.Key.Key_Return)
    wait_idle(qtbot, runner)
    assert "账户已锁定" in dialog.ui.message.text()
    assert dialog.actor is None


def test_first_run_creates_the_administrator(qtbot, sqlite_db):
    assert not first_run.has_users(sqlite_db)
    runner = TaskRunner()
    dialog = FirstRunDialog(sqlite_db, runner)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ui.displayName.insert("王管理")  # as an input method commits it
    qtbot.keyClick(dialog.ui.displayName, Qt.Key.Key_Tab)
    qtbot.keyClicks(dialog.ui.password, "First#2026x")
    qtbot.keyClick(dialog.ui.password, Qt.Key.Key_Tab)
    qtbot.keyClicks(dialog.ui.repeatPassword, "First#2026y")
    qtbot.keyClick(dialog.ui.repeatPassword, Qt.Key.Key_Return)
    assert dialog.ui.repeatMessage.text()
    dialog.ui.repeatPassword.clear()
    qtbot.keyClicks(dialog.ui.repeatPassword, "First#2026x")
    qtbot.keyClick(dialog.ui.repeatPassword, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.result() == 1, timeout=10_000)
    actor = users.login(sqlite_db, "admin", "First#2026x")
    assert actor.role == Role.ADMINISTRATOR
    assert not users.must_change_password(sqlite_db, actor)
    with pytest.raises(Exception, match="已有用户"):
        first_run.bootstrap_admin(sqlite_db, "admin2", "第二", "Second#2026")


# --- settings dialog ----------------------------------------------------------------------
def test_settings_dialog_writes_the_registry(qtbot, settings):
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    assert dialog.ui.idleLockMinutes.value() == 5
    assert "重新启动" in dialog.ui.restartNote.text()
    dialog.ui.language.setCurrentIndex(dialog.ui.language.findData("en"))
    dialog.ui.idleLockMinutes.setValue(7)
    dialog.ui.fontSize.setValue(13)
    dialog.accept()
    assert settings.get(LANGUAGE) == "en"
    assert settings.get(IDLE_LOCK_MINUTES) == 7
    again = SettingsDialog(settings)
    qtbot.addWidget(again)
    assert again.ui.fontSize.value() == 13


def test_settings_dialog_applies_the_idle_time_at_once(qtbot, sqlite_hall, open_window):
    db, actors = sqlite_hall
    window = open_window(db, actors["admin"])
    window.ui.actionSettings.trigger()
    dialog = window.findChild(SettingsDialog)
    dialog.ui.idleLockMinutes.setValue(9)
    dialog.ui.buttons.accepted.emit()
    assert window.idle_lock._timer.interval() == 9 * 60_000
