"""The complaint register's dialogs (ui/complaints.py): 答复 (reply and satisfaction), 转办 (the
handler account and department) and the period of an export."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import QDialog, QWidget

from ..services.complaints import ComplaintInfo, HandlerChoice
from . import label_names
from .generated.ui_complaint_answer_dialog import Ui_ComplaintAnswerDialog
from .generated.ui_complaint_assign_dialog import Ui_ComplaintAssignDialog
from .generated.ui_complaint_export_dialog import Ui_ComplaintExportDialog
from .outcomes import FormDialog


class AnswerDialog(FormDialog):
    """The reply given and the complainant's satisfaction (满意 / 基本满意 / 不满意)."""

    required = ("reply",)

    def __init__(self, intro: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_ComplaintAnswerDialog()
        self.ui.setupUi(self)
        self.ui.intro.setText(intro)
        self._setup(self.ui.buttons, self.ui.message)
        for code, label in label_names.SATISFACTION.names().items():
            self.ui.satisfaction.addItem(label, code)
        self.messages.add("reply", self.ui.reply, self.ui.replyError)
        self.messages.add("satisfaction", self.ui.satisfaction, self.ui.satisfactionError)
        self.resize(560, self.sizeHint().height())
        self.ui.reply.setFocus()

    def values(self) -> dict:
        return {
            "reply": self.ui.reply.toPlainText().strip(),
            "satisfaction": self.ui.satisfaction.currentData(),
        }


def account(display_name: str, username: str) -> str:
    """A user account as people know it: 'display name (username)'."""
    return (
        QCoreApplication.translate("ComplaintsPage", "%1（%2）")
        .replace("%1", display_name)
        .replace("%2", username)
    )


class AssignDialog(FormDialog):
    """转办: the handler picked from the active clerk and supervisor accounts (display name and
    username), and optionally the department it acts for."""

    required = ("handler",)

    def __init__(
        self, intro: str, handlers: list[HandlerChoice], current: ComplaintInfo,
        parent: QWidget | None = None,
    ):  # fmt: skip
        super().__init__(parent)
        self.ui = Ui_ComplaintAssignDialog()
        self.ui.setupUi(self)
        self.ui.intro.setText(intro)
        self._setup(self.ui.buttons, self.ui.message)
        supervisor = self.tr("督查")
        for h in handlers:
            label = account(h.display_name, h.username)
            self.ui.handler.addItem(
                label + (f" · {supervisor}" if h.role == "supervisor" else ""), h.id
            )
        self.ui.handler.setPlaceholderText(self.tr("请选择承办人"))
        self.ui.handler.setCurrentIndex(
            self.ui.handler.findData(current.handler_id) if current.handler_id is not None else -1
        )
        self.ui.department.setText(current.handler_department or "")
        if current.handler_id is None and current.handler:
            self.ui.legacy.setText(
                self.tr("原登记的承办人：%1（未关联账号，请选择账号）").replace(
                    "%1", current.handler
                )
            )
        else:
            self.ui.legacy.hide()
        self.messages.add("handler", self.ui.handler, self.ui.handlerError)
        self.messages.add("department", self.ui.department, self.ui.departmentError)
        self.resize(520, self.sizeHint().height())
        self.ui.handler.setFocus()

    def values(self) -> dict:
        return {
            "handler_id": self.ui.handler.currentData(),
            "department": self.ui.department.text().strip(),
        }


class ExportDialog(QDialog):
    """The period to export: complaints received from `start` to `end` (default: this month)."""

    def __init__(self, today: date, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_ComplaintExportDialog()
        self.ui.setupUi(self)
        self.ui.endError.hide()
        end = QDate(today.year, today.month, today.day)
        self.ui.start.setDate(QDate(today.year, today.month, 1))
        self.ui.end.setDate(end)
        self.ui.end.setMinimumDate(self.ui.start.date())
        self.ui.start.dateChanged.connect(self.ui.end.setMinimumDate)
        self.ui.buttons.accepted.connect(self.accept)
        self.ui.buttons.rejected.connect(self.reject)
        self.ui.start.setFocus()

    def period(self) -> tuple[date, date]:
        return self.ui.start.date().toPython(), self.ui.end.date().toPython()
