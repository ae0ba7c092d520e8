"""Change password (forced at first login): the service enforces the rules; its message is
shown beside the field it names."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QWidget

from ..core.errors import DomainError
from ..services import users
from ..services.context import Actor
from ..storage.database import Database
from .generated.ui_change_password_dialog import Ui_ChangePasswordDialog
from .i18n import error_text
from .tasks import TaskRunner


def keep_domain_error(fn: Callable[[], object]) -> Callable[[], object]:
    """Return a DomainError as the result, so the dialog can read its `field`."""

    def call() -> object:
        try:
            fn()
        except DomainError as exc:
            return exc
        return None

    return call


class ChangePasswordDialog(QDialog):
    def __init__(
        self,
        db: Database,
        runner: TaskRunner,
        actor: Actor,
        *,
        forced: bool = False,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.ui = Ui_ChangePasswordDialog()
        self.ui.setupUi(self)
        self._db, self._runner, self._actor = db, runner, actor
        if forced:
            self.setWindowTitle(self.tr("首次登录：请修改密码"))
            self.ui.intro.setText(
                self.tr("%1，这是您第一次登录（或密码已由管理员重置）。继续之前请设置只有您知道的新密码。")
                .replace("%1", actor.display_name or actor.username)
            )  # fmt: skip
        self.ui.buttons.accepted.connect(self.try_change)
        self.ui.buttons.rejected.connect(self.reject)
        self.ui.oldPassword.setFocus()

    def _field_labels(self) -> dict[str, QLabel]:
        return {
            "old": self.ui.oldMessage,
            "password": self.ui.newMessage,
            "repeat": self.ui.repeatMessage,
        }

    def _clear(self) -> None:
        for label in (*self._field_labels().values(), self.ui.message):
            label.clear()

    def try_change(self) -> None:
        self._clear()
        old, new = self.ui.oldPassword.text(), self.ui.newPassword.text()
        if not old:
            self._show("old", self.tr("请输入原密码"))
            return
        if new != self.ui.repeatPassword.text():
            self._show("repeat", self.tr("两次输入的新密码不一致"))
            return
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
        work = keep_domain_error(lambda: users.change_password(self._db, self._actor, old, new))
        self._runner.run(work, self._done, self._failed)

    def _show(self, field: str, message: str) -> None:
        label = self._field_labels().get(field, self.ui.message)
        label.setText(message)
        edit = {
            "old": self.ui.oldPassword,
            "password": self.ui.newPassword,
            "repeat": self.ui.repeatPassword,
        }.get(field, self.ui.newPassword)
        edit.selectAll()
        edit.setFocus()

    def _done(self, error: DomainError | None) -> None:
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(True)
        if error is None:
            self.accept()
        elif isinstance(error, users.LoginError):
            self._show("old", error_text(error))  # the old password was wrong
        else:
            self._show(error.field or "", error_text(error))

    def _failed(self, message: str) -> None:
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(True)
        self.ui.message.setText(message)
