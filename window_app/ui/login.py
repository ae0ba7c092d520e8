"""The login dialog: checks credentials through the service, keeps what was typed on failure."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from ..services import users
from ..services.context import Actor
from ..storage.database import Database
from .generated.ui_login_dialog import Ui_LoginDialog
from .tasks import TaskRunner


class LoginDialog(QDialog):
    def __init__(
        self, db: Database, runner: TaskRunner, username: str = "", parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.ui = Ui_LoginDialog()
        self.ui.setupUi(self)
        self._db, self._runner = db, runner
        self.actor: Actor | None = None
        self.ui.username.setText(username)
        (self.ui.password if username else self.ui.username).setFocus()
        self.ui.buttons.accepted.connect(self.try_login)
        self.ui.buttons.rejected.connect(self.reject)

    def try_login(self) -> None:
        username, password = self.ui.username.text().strip(), self.ui.password.text()
        if not username or not password:
            self.ui.message.setText(self.tr("请输入用户名和密码"))
            return
        self._set_busy(True)
        self._runner.run(
            lambda: users.sign_in(self._db, username, password), self._logged_in, self._failed
        )

    def _set_busy(self, busy: bool) -> None:
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not busy)

    def _logged_in(self, actor: Actor) -> None:
        self._set_busy(False)
        self.actor = actor
        self.accept()

    def _failed(self, message: str) -> None:
        self._set_busy(False)
        self.ui.message.setText(message)
        self.ui.password.selectAll()
        self.ui.password.setFocus()
