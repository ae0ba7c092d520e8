"""The login dialog: checks credentials through the service, keeps what was typed on failure.

On a per-person PostgreSQL hall a window cannot create the first administrator (before anyone
signs in it has no database login, and creating logins needs the owner's): the dialog says who
does it instead, and repeats it after a failed sign-in."""

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
        self._hint = self.first_administrator_hint() if db.per_person else ""
        self.ui.message.setText(self._hint)
        self._fit()
        (self.ui.password if username else self.ui.username).setFocus()
        self.ui.buttons.accepted.connect(self.try_login)
        self.ui.buttons.rejected.connect(self.reject)

    def _fit(self) -> None:
        """Tall enough for the message (the note of a per-person hall wraps over lines)."""
        width = max(self.width(), 560 if self._hint else 0)
        height = self.layout().heightForWidth(width)
        self.resize(width, max(self.height(), height))

    def first_administrator_hint(self) -> str:
        return self.tr(
            "首次使用：此大厅的每个人以自己的身份登录数据库，窗口上不能创建第一位管理员。"
            "请数据库属主在服务器上运行 window-app --database 属主的连接 users add 用户名 "
            "--name 姓名 --role administrator --password-stdin（见 README），"
            "之后管理员在此登录并创建其他用户。"
        )

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
        self.ui.message.setText(f"{message}\n\n{self._hint}" if self._hint else message)
        self._fit()
        self.ui.password.selectAll()
        self.ui.password.setFocus()
