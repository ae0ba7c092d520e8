"""Idle screen lock: any input (`input_watch`) restarts a timer; when it runs out an opaque cover hides the
main window and a modal dialog asks for the signed-in user's password.

Nothing underneath is touched: the open tabs, what was typed and the focused field are exactly
as they were after unlocking. Only the same user's password (`users.unlock`, which counts
failures towards the login lockout) or logging out ends the lock.
"""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QVBoxLayout, QWidget

from ..services import users
from ..services.context import Actor
from ..storage.database import Database
from . import dialogs
from .generated.ui_lock_dialog import Ui_LockDialog
from .input_watch import watch
from .tasks import TaskRunner


class LockDialog(QDialog):
    """Asks for the password; Esc and the close button do nothing. Result: unlocked or logout."""

    LOGOUT = 2

    def __init__(self, db: Database, runner: TaskRunner, actor: Actor, parent: QWidget):
        super().__init__(parent)
        self.ui = Ui_LockDialog()
        self.ui.setupUi(self)
        self.setWindowFlags(
            Qt.WindowType.Dialog | Qt.WindowType.CustomizeWindowHint | Qt.WindowType.WindowTitleHint
        )
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        self._db, self._runner, self._actor = db, runner, actor
        who = f"{actor.display_name or actor.username}（{actor.username}）"
        if actor.window_number:
            who += self.tr(" · 窗口 %1").replace("%1", actor.window_number)
        self.ui.userLabel.setText(who + "\n" + self.tr("请输入该用户的密码解锁"))
        self.ui.unlockButton.clicked.connect(self.try_unlock)
        self.ui.logoutButton.clicked.connect(self._logout)
        self.ui.password.setFocus()

    def try_unlock(self) -> None:
        password = self.ui.password.text()
        if not password:
            self.ui.message.setText(self.tr("请输入密码"))
            return
        self.ui.unlockButton.setEnabled(False)
        self._runner.run(
            lambda: users.unlock(self._db, self._actor, password), self._unlocked, self._failed
        )

    def _unlocked(self, _result: object) -> None:
        self.ui.unlockButton.setEnabled(True)
        self.done(QDialog.DialogCode.Accepted)

    def _failed(self, message: str) -> None:
        self.ui.unlockButton.setEnabled(True)
        self.ui.message.setText(message)
        self.ui.password.selectAll()
        self.ui.password.setFocus()

    def _logout(self) -> None:
        if dialogs.question(
            self, self.tr("注销"), self.tr("注销将关闭所有页面，未保存的内容会丢失。确定注销？")
        ):
            self.done(self.LOGOUT)

    def reject(self) -> None:
        """Esc must not unlock the screen."""

    def closeEvent(self, event) -> None:  # noqa: ANN001, N802 (Qt override)
        if self.result() == 0 and self.isVisible():
            event.ignore()
            return
        super().closeEvent(event)


class _Cover(QWidget):
    """An opaque sheet over the whole main window, so nobody reads the open application."""

    def __init__(self, parent: QWidget, text: str):
        super().__init__(parent)
        self.setObjectName("lockCover")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet("#lockCover { background: #34495e; } QLabel { color: #ecf0f1; }")
        layout = QVBoxLayout(self)
        label = QLabel(text, self)
        label.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        label.setStyleSheet("font-size: 20pt; padding-top: 40px;")
        layout.addWidget(label)
        self.setGeometry(parent.rect())
        self.raise_()
        self.show()


class IdleLock(QObject):
    """Application-wide idle timer for one main window (`window.ctx` gives db, actor, runner)."""

    locked = Signal()
    unlocked = Signal()
    logout_requested = Signal()

    def __init__(self, window: QWidget, minutes: int):
        super().__init__(window)
        self._window = window
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.lock_now)
        self._cover: _Cover | None = None
        self.dialog: LockDialog | None = None
        self._focus: QWidget | None = None
        self.set_minutes(minutes)
        watch().add(self._input)
        window.installEventFilter(self)  # its resize and close only
        self._timer.start()

    @property
    def is_locked(self) -> bool:
        return self.dialog is not None

    def set_minutes(self, minutes: int) -> None:
        self.set_interval_ms(max(1, minutes) * 60_000)

    def set_interval_ms(self, ms: int) -> None:
        self._timer.setInterval(ms)
        if not self.is_locked:
            self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        watch().remove(self._input)

    def _input(self, _event: QEvent) -> bool:
        """Any key or mouse action anywhere in the application restarts the idle timer."""
        if not self.is_locked:
            self._timer.start()
        return False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        kind = event.type()
        if kind == QEvent.Type.Resize and self._cover is not None:
            self._cover.setGeometry(self._window.rect())
        elif kind == QEvent.Type.Close:
            QTimer.singleShot(0, self._stop_if_closed)
        return False

    def _stop_if_closed(self) -> None:
        if not self._window.isVisible():
            self.stop()

    def lock_now(self) -> None:
        if self.is_locked or not self._window.isVisible():
            return
        self._timer.stop()
        ctx = self._window.ctx
        self._focus = QApplication.focusWidget()
        self._cover = _Cover(self._window, self.tr("屏幕已锁定"))
        self.dialog = LockDialog(ctx.db, ctx.runner, ctx.actor, self._window)
        self.dialog.finished.connect(self._finished)
        self.dialog.show()
        self.dialog.raise_()
        self.dialog.activateWindow()
        self.dialog.ui.password.setFocus()
        ctx.runner.run(lambda: users.lock_screen(ctx.db, ctx.actor), None, None)
        self.locked.emit()

    def _finished(self, result: int) -> None:
        dialog, self.dialog = self.dialog, None
        if self._cover is not None:
            self._cover.hide()  # at once: deleteLater waits for the event loop's next turn
            self._cover.deleteLater()
            self._cover = None
        if dialog is not None:
            dialog.deleteLater()
        if result == LockDialog.LOGOUT:
            self.logout_requested.emit()
            return
        self._window.activateWindow()
        if self._focus is not None:
            with contextlib.suppress(RuntimeError):  # the widget was deleted meanwhile
                self._focus.setFocus()
        self._focus = None
        self._timer.start()
        self.unlocked.emit()
