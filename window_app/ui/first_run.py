"""First run: a database without users asks for the first administrator account."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from ..core.errors import DomainError
from ..services import first_run
from ..storage.database import Database
from .generated.ui_first_run_dialog import Ui_FirstRunDialog
from .i18n import error_text
from .password import keep_domain_error
from .tasks import TaskRunner


class FirstRunDialog(QDialog):
    def __init__(self, db: Database, runner: TaskRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_FirstRunDialog()
        self.ui.setupUi(self)
        self._db, self._runner = db, runner
        self.username = ""
        self.ui.buttons.accepted.connect(self.try_create)
        self.ui.buttons.rejected.connect(self.reject)
        self.ui.displayName.setFocus()

    def _fields(self) -> dict:
        ui = self.ui
        return {
            "username": (ui.username, ui.usernameMessage),
            "display_name": (ui.displayName, ui.displayNameMessage),
            "password": (ui.password, ui.passwordMessage),
            "repeat": (ui.repeatPassword, ui.repeatMessage),
        }

    def _show(self, field: str, message: str) -> None:
        edit, label = self._fields().get(field, (None, self.ui.message))
        label.setText(message)
        if edit is not None:
            edit.selectAll()
            edit.setFocus()

    def try_create(self) -> None:
        for _edit, label in self._fields().values():
            label.clear()
        self.ui.message.clear()
        username, name = self.ui.username.text(), self.ui.displayName.text()
        password = self.ui.password.text()
        if password != self.ui.repeatPassword.text():
            self._show("repeat", self.tr("两次输入的密码不一致"))
            return
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
        work = keep_domain_error(
            lambda: first_run.bootstrap_admin(self._db, username, name, password)
        )
        self._runner.run(work, self._done, self._failed)

    def _done(self, error: DomainError | None) -> None:
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(True)
        if error is None:
            self.username = self.ui.username.text().strip()
            self.accept()
        else:
            self._show(error.field or "", error_text(error))

    def _failed(self, message: str) -> None:
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(True)
        self.ui.message.setText(message)
