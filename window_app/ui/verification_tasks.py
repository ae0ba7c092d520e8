"""承诺核查: the department's commitment approvals waiting for verification (issue 19).

By due day, overdue ones in red. A pass closes the task; a failure (what was found, required)
revokes the approval, issues the 撤销决定书 and lists the applicant as untrustworthy. Every rule
is `services.verification`'s.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QWidget

from ..services import verification
from ..services.verification import Task
from . import columns, dialogs
from .action_list import ActionListPage
from .context import AppContext
from .generated.ui_verification_tasks import Ui_VerificationTasksPage
from .record_model import BACKGROUND, FOREGROUND, RecordTableModel

PAGE_NAME = "verificationTasks"
DUE_COLUMN = 5


class TasksModel(RecordTableModel):
    def __init__(self, parent=None):  # noqa: ANN001
        super().__init__(
            [self.tr("申请编号"), self.tr("办理事项"), self.tr("申请人"), self.tr("部门"),
             self.tr("许可日期"), self.tr("核查期限"), self.tr("状态")],
            parent,
        )  # fmt: skip
        self._overdue, self._open = self.tr("已逾期"), self.tr("待核查")

    def cells(self, t: Task) -> list[str]:
        return [
            t.number, f"{t.matter}（{t.matter_code}）", t.applicant, t.department_code,
            t.decided_on.isoformat() if t.decided_on else "", t.due_on.isoformat(),
            self._overdue if t.overdue else self._open,
        ]  # fmt: skip

    def number(self, t: Task) -> str:
        return t.number

    def style(self, t: Task, column: int, role: int) -> object:
        if t.overdue and column in (DUE_COLUMN, DUE_COLUMN + 1):
            return {BACKGROUND: QBrush(QColor("#c62828")),
                    FOREGROUND: QBrush(QColor("white"))}.get(role)  # fmt: skip
        return None


class VerificationTasksPage(ActionListPage):
    def __init__(self, ctx: AppContext, window, parent: QWidget | None = None):  # noqa: ANN001
        super().__init__(parent)
        self.ui = Ui_VerificationTasksPage()
        self.ui.setupUi(self)
        self.setObjectName(PAGE_NAME)
        self.model = TasksModel(self)
        self.start(ctx, window)
        columns.fit_once(self.ui.table, 1)
        self.ui.refreshButton.clicked.connect(self.refresh)
        self.ui.passButton.clicked.connect(lambda: self.verify(True))
        self.ui.failButton.clicked.connect(lambda: self.verify(False))
        self.set_buttons()

    def fetch(self):  # noqa: ANN201
        db, actor, today = self.ctx.db, self.ctx.actor, date.today()
        return lambda: verification.tasks(db, actor, on=today)

    def show_records(self, records: list) -> None:
        super().show_records(records)
        late = sum(1 for r in records if r.overdue)
        self.ui.figures.setText(
            self.tr("待核查%1件，其中已逾期%2件").replace("%1", str(len(records)))
            .replace("%2", str(late))
        )  # fmt: skip

    def current_id(self) -> str | None:  # rows are keyed by application number
        record = self.current()
        return record.number if record else None

    def set_buttons(self) -> None:
        ready = not self.busy and self.current() is not None
        self.ui.passButton.setEnabled(ready)
        self.ui.failButton.setEnabled(ready)

    def verify(self, passed: bool) -> None:
        task = self.current()
        if task is None:
            return
        if task.overdue:  # only a failure within the period revokes (services.verification)
            question = self.tr("%1已过核查期限（%2），核查不通过只作记录，不撤销许可。确定吗？")
            question = question.replace("%1", task.number).replace("%2", task.due_on.isoformat())
        else:
            question = self.tr(
                "核查不通过将撤销%1的许可、出具撤销决定书并将申请人列入失信名单。确定吗？"
            ).replace("%1", task.number)
        if not passed and not dialogs.question(self, self.tr("撤销许可"), question):
            return
        db, actor, number, note = (
            self.ctx.db,
            self.ctx.actor,
            task.number,
            self.ui.note.toPlainText(),
        )

        def done(result: verification.Verified) -> None:
            self.ui.note.clear()
            if result.revocation_number:
                text = self.tr("%1 已撤销许可，撤销决定书%2，申请人已列入失信名单")
                text = text.replace("%1", result.number).replace("%2", result.revocation_number)
            elif result.status == "failed":
                text = self.tr("%1 核查不通过已记录（已过核查期限，不撤销许可）")
                text = text.replace("%1", result.number)
            else:
                text = self.tr("%1 核查通过").replace("%1", result.number)
            self.ui.message.setText(text)
            self.refresh()

        self._run(self.tr("正在保存…"),
                  lambda: verification.verify(db, actor, number, passed, note), done)  # fmt: skip


def install(window) -> None:  # noqa: ANN001
    """The reviewer's second tab (after 审批待办)."""
    page = VerificationTasksPage(window.ctx, window)
    window.add_page(
        page, QCoreApplication.translate("VerificationTasksPage", "承诺核查"), closable=False
    )
    page.refresh()
