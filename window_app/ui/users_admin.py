"""Users and windows (administrators): create a user, change role, window and department, reset
a password, disable or enable again (never delete: the audit trail names them), add a window.
Everything goes through `services.users`."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QHeaderView, QWidget

from ..services import users
from ..services.context import Role
from .code_fields import FieldMessages
from .context import AppContext
from .generated.ui_users_admin import Ui_UsersPage
from .main_window import ROLE_NAMES
from .outcomes import Refused, call
from .record_model import FOREGROUND, RecordTableModel


class UsersModel(RecordTableModel):
    """Rows are the dicts of `users.list_users`."""

    def __init__(self, parent=None):  # noqa: ANN001
        super().__init__(
            [self.tr("用户名"), self.tr("姓名"), self.tr("角色"), self.tr("窗口"), self.tr("部门"),
             self.tr("状态")],
            parent,
        )  # fmt: skip
        self._off = QBrush(QColor("#808080"))
        self.departments: dict[str, str] = {}

    def cells(self, u: dict) -> list[str]:
        if not u["active"]:
            state = self.tr("已停用")
        elif u["locked_until"]:
            state = self.tr("已锁定")
        elif u["must_change_password"]:
            state = self.tr("待改密码")
        else:
            state = self.tr("正常")
        return [
            u["username"],
            u["display_name"],
            QCoreApplication.translate("MainWindow", ROLE_NAMES[Role(u["role"])]),
            u["window"] or "—",
            self.departments.get(u["department"], u["department"]) or "—",
            state,
        ]

    def style(self, u: dict, column: int, role: int) -> object:
        if role == FOREGROUND and not u["active"]:
            return self._off
        return None


class UsersPage(QWidget):
    loaded = Signal()
    done = Signal(str)  # what was done: created / saved / reset / disabled / enabled / window

    def __init__(self, ctx: AppContext, window, parent: QWidget | None = None):  # noqa: ANN001
        super().__init__(parent)
        self.ui = Ui_UsersPage()
        self.ui.setupUi(self)
        self.setObjectName("users_admin")
        self.ctx, self.window = ctx, window
        ui = self.ui
        self.model = UsersModel(self)
        ui.table.setModel(self.model)
        header = ui.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        for role in Role:
            ui.role.addItem(QCoreApplication.translate("MainWindow", ROLE_NAMES[role]), role)
        self.messages = FieldMessages(ui.message)
        for field, editor, label in (
            ("username", ui.username, ui.usernameError),
            ("display_name", ui.displayName, ui.displayNameError),
            ("role", ui.role, ui.roleError),
            ("window", ui.window, ui.roleError),
            ("department", ui.department, ui.departmentError),
            ("password", ui.password, ui.passwordError),
            ("number", ui.number, ui.numberError),
            ("window_name", ui.windowName, ui.windowNameError),
        ):
            self.messages.add(field, editor, label)
        ui.table.selectionModel().currentRowChanged.connect(lambda current, _p: self._pick(current))
        ui.createButton.clicked.connect(self.create_user)
        ui.saveButton.clicked.connect(self.save_user)
        ui.resetButton.clicked.connect(self.reset_password)
        ui.activeButton.clicked.connect(self.toggle_active)
        ui.addWindowButton.clicked.connect(self.add_window)
        ui.username.returnPressed.connect(ui.displayName.setFocus)
        ui.number.returnPressed.connect(ui.windowName.setFocus)
        ui.windowName.returnPressed.connect(self.add_window)
        self._selected: dict | None = None
        self._update_buttons()
        ctx.watcher.changed.connect(self.refresh)
        self.refresh()

    def first_field(self) -> QWidget:
        return self.ui.username

    # --- loading ---------------------------------------------------------------------------
    def refresh(self) -> None:
        ctx = self.ctx

        def load() -> tuple:
            return (users.list_users(ctx.db, ctx.actor), users.list_windows(ctx.db, ctx.actor),
                    users.list_departments(ctx.db, ctx.actor))  # fmt: skip

        call(ctx.runner, self, load, self._loaded, self._failed)

    def _loaded(self, result: tuple) -> None:
        rows, windows, departments = result
        ui = self.ui
        self.model.departments = dict(departments)
        keep_window, keep_dept = ui.window.currentData(), ui.department.currentData()
        ui.window.clear()
        ui.window.addItem(self.tr("（不绑定窗口）"), "")
        for number, name in windows:
            ui.window.addItem(f"{number} {name}", number)
        ui.department.clear()
        ui.department.addItem(self.tr("（无）"), "")
        for code, name in departments:
            ui.department.addItem(name, code)
        ui.window.setCurrentIndex(max(0, ui.window.findData(keep_window)))
        ui.department.setCurrentIndex(max(0, ui.department.findData(keep_dept)))
        ui.windows.setText(
            self.tr("已有窗口：%1").replace("%1", "、".join(n for n, _ in windows) or "—")
        )
        selected = self._selected["username"] if self._selected else None
        self.model.set_records(rows)
        row = next((i for i, u in enumerate(rows) if u["username"] == selected), None)
        if row is not None:  # the same user stays selected; what is typed in the form stays
            selection = self.ui.table.selectionModel()
            selection.blockSignals(True)
            self.ui.table.selectRow(row)
            selection.blockSignals(False)
            self._selected = rows[row]
        self._update_buttons()
        self.loaded.emit()

    def _failed(self, refused: Refused) -> None:
        self.ui.message.setStyleSheet("color: #c62828;")
        if not self.messages.show(refused.field, refused.message):
            self.ui.message.setText(refused.message)

    def _ok(self, text: str) -> None:
        self.ui.message.setStyleSheet("color: #1b5e20;")
        self.ui.message.setText(text)

    def _pick(self, index) -> None:  # noqa: ANN001
        if not index.isValid():
            return
        u = self.model.record(index.row())
        self._selected = u
        ui = self.ui
        self.messages.clear()
        ui.username.setText(u["username"])
        ui.displayName.setText(u["display_name"])
        ui.role.setCurrentIndex(max(0, ui.role.findData(Role(u["role"]))))
        ui.window.setCurrentIndex(max(0, ui.window.findData(u["window"])))
        ui.department.setCurrentIndex(max(0, ui.department.findData(u["department"])))
        ui.password.clear()
        self._update_buttons()

    def _update_buttons(self) -> None:
        ui, u = self.ui, self._selected
        for button in (ui.saveButton, ui.resetButton, ui.activeButton):
            button.setEnabled(u is not None)
        ui.activeButton.setText(self.tr("启用") if u and not u["active"] else self.tr("停用"))

    def _target(self) -> str | None:
        """The selected user (the form edits that one); None with a message when none is."""
        if self._selected is None:
            self.ui.message.setStyleSheet("color: #c62828;")
            self.ui.message.setText(self.tr("请先在表格中选择一个用户"))
            return None
        return self._selected["username"]

    # --- actions -----------------------------------------------------------------------------
    def create_user(self) -> None:
        ui, ctx = self.ui, self.ctx
        self.messages.clear()
        if not self.messages.require(("username", "display_name", "password")):
            return
        username, name, password = ui.username.text(), ui.displayName.text(), ui.password.text()
        role, window = ui.role.currentData(), ui.window.currentData() or None
        department = ui.department.currentData() or None
        call(
            ctx.runner, self,
            lambda: users.create_user(ctx.db, ctx.actor, username, name, role, password, window,
                                      department_code=department),
            lambda _id: self._created(username.strip()), self._failed,
        )  # fmt: skip

    def _created(self, username: str) -> None:
        self.ui.password.clear()
        self._selected = {"username": username}
        self._ok(self.tr("已新建用户 %1，首次登录须修改密码").replace("%1", username))
        self._changed("created")

    def save_user(self) -> None:
        username = self._target()
        if username is None:
            return
        ui, ctx = self.ui, self.ctx
        self.messages.clear()
        if not self.messages.require(("display_name",)):
            return
        name, role = ui.displayName.text(), ui.role.currentData()
        window, department = ui.window.currentData() or None, ui.department.currentData() or None
        call(
            ctx.runner, self,
            lambda: users.update_user(ctx.db, ctx.actor, username, display_name=name, role=role,
                                      window_number=window, department_code=department),
            lambda _r: self._saved(username), self._failed,
        )  # fmt: skip

    def _saved(self, username: str) -> None:
        self._ok(self.tr("已保存用户 %1").replace("%1", username))
        self._changed("saved")

    def reset_password(self) -> None:
        username = self._target()
        if username is None:
            return
        ctx, password = self.ctx, self.ui.password.text()
        self.messages.clear()
        if not self.messages.require(("password",)):
            return
        call(ctx.runner, self,
             lambda: users.reset_password(ctx.db, ctx.actor, username, password),
             lambda _r: self._was_reset(username), self._failed)  # fmt: skip

    def _was_reset(self, username: str) -> None:
        self.ui.password.clear()
        self._ok(
            self.tr("已重置 %1 的密码，锁定已解除；下次登录须修改密码").replace("%1", username)
        )
        self._changed("reset")

    def toggle_active(self) -> None:
        username = self._target()
        if username is None:
            return
        from . import dialogs

        active = not self._selected["active"]
        if not active and not dialogs.question(
            self, self.tr("停用用户"),
            self.tr("停用用户 %1？停用后不能登录，其审计记录保留。").replace("%1", username),
        ):  # fmt: skip
            return
        ctx = self.ctx
        self.messages.clear()
        call(ctx.runner, self, lambda: users.set_active(ctx.db, ctx.actor, username, active),
             lambda _r: self._toggled(username, active), self._failed)  # fmt: skip

    def _toggled(self, username: str, active: bool) -> None:
        text = self.tr("已启用用户 %1") if active else self.tr("已停用用户 %1")
        self._ok(text.replace("%1", username))
        self._changed("enabled" if active else "disabled")

    def add_window(self) -> None:
        ui, ctx = self.ui, self.ctx
        self.messages.clear()
        if not self.messages.require(("number", "window_name")):
            return
        number, name = ui.number.text(), ui.windowName.text()
        call(ctx.runner, self, lambda: users.create_window(ctx.db, ctx.actor, number, name),
             lambda _id: self._window_added(number.strip().upper()), self._failed)  # fmt: skip

    def _window_added(self, number: str) -> None:
        self.ui.number.clear()
        self.ui.windowName.clear()
        self._ok(self.tr("已添加窗口 %1").replace("%1", number))
        self._changed("window")

    def _changed(self, what: str) -> None:
        self.ctx.watcher.local_change()
        self.done.emit(what)


def open_users(window) -> UsersPage:  # noqa: ANN001
    page = UsersPage(window.ctx, window)
    window.add_page(page, QCoreApplication.translate("UsersPage", "用户与窗口"))
    page.first_field().setFocus()
    return page
