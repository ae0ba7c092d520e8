"""审批待办: the department reviewer's home tab (issue 19).

The items handed over to the reviewer's department, by promised deadline with the statutory
clock's light (yellow: two working days or fewer; red: overdue; none while suspended); the scan
field signs for a hand-over list (every item) or one application; the selected, signed-for item
is approved, refused (reasons and legal basis) or suspended for expert review. Every rule is
`services.handover`'s and `services.department_decisions`'.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from ..services import department_decisions as decisions
from ..services import handover
from ..services.context import Role
from ..services.department_decisions import InboxItem
from . import columns, lights, state_names, verification_tasks
from .action_list import ActionListPage
from .context import AppContext
from .generated.ui_reviewer_inbox import Ui_ReviewerInboxPage
from .record_model import BACKGROUND, FOREGROUND, RecordTableModel

PAGE_NAME = "reviewerInbox"
LIGHT_COLUMN = 7
# the window's toolbar actions a department reviewer has no use for (their services refuse them)
WINDOW_ONLY_ACTIONS = ("actionNewApplication", "actionWorkList", "actionRegisterEnterprise",
                       "actionBoard")  # fmt: skip


class InboxModel(RecordTableModel):
    def __init__(self, parent=None):  # noqa: ANN001
        super().__init__(
            [self.tr("申请编号"), self.tr("办理事项"), self.tr("申请人"), self.tr("移交清单"),
             self.tr("签收"), self.tr("状态"), self.tr("承诺办结日"), self.tr("时限")],
            parent,
        )  # fmt: skip
        self._lights = lights.brushes()
        self._states = state_names.names()
        self._yes, self._waiting, self._none = self.tr("已签收"), self.tr("待签收"), self.tr("—")

    def cells(self, item: InboxItem) -> list[str]:
        light = self._lights.get(item.light or "")
        return [
            item.number, f"{item.matter}（{item.matter_code}）", item.applicant, item.batch,
            self._yes if item.received else self._waiting, self._states[item.state],
            item.promised_deadline.isoformat() if item.promised_deadline else "",
            light[0] if light else self._none,
        ]  # fmt: skip

    def number(self, item: InboxItem) -> str:
        return item.number

    def style(self, item: InboxItem, column: int, role: int) -> object:
        if column == LIGHT_COLUMN and (light := self._lights.get(item.light or "")):
            return {BACKGROUND: light[1], FOREGROUND: light[2]}.get(role)
        return None


class ReviewerInboxPage(ActionListPage):
    def __init__(self, ctx: AppContext, window, parent: QWidget | None = None):  # noqa: ANN001
        super().__init__(parent)
        self.ui = Ui_ReviewerInboxPage()
        self.ui.setupUi(self)
        self.setObjectName(PAGE_NAME)
        self.model = InboxModel(self)
        self.start(ctx, window)
        columns.fit_once(self.ui.table, 1)
        ui = self.ui
        ui.refreshButton.clicked.connect(self.refresh)
        ui.receiveButton.clicked.connect(self.receive)
        ui.scan.returnPressed.connect(self.receive)
        ui.approveButton.clicked.connect(lambda: self.decide("approve"))
        ui.refuseButton.clicked.connect(lambda: self.decide("refuse"))
        ui.suspendButton.clicked.connect(lambda: self.decide("suspend"))
        self.set_buttons()

    def fetch(self):  # noqa: ANN201
        db, actor, today = self.ctx.db, self.ctx.actor, date.today()
        return lambda: decisions.inbox(db, actor, on=today)

    def show_records(self, records: list) -> None:
        super().show_records(records)
        waiting = sum(1 for r in records if not r.received)
        overdue = sum(1 for r in records if r.light == "red")
        self.ui.figures.setText(
            self.tr("待办%1件，其中待签收%2件，已超期%3件")
            .replace("%1", str(len(records))).replace("%2", str(waiting))
            .replace("%3", str(overdue))
        )  # fmt: skip

    def current_id(self) -> str | None:  # rows are keyed by application number
        record = self.current()
        return record.number if record else None

    def set_buttons(self) -> None:
        item = self.current()
        ready = not self.busy and item is not None and item.received
        for button in (self.ui.approveButton, self.ui.refuseButton):
            button.setEnabled(ready)
        self.ui.suspendButton.setEnabled(ready and item.state != "suspended")
        self.ui.receiveButton.setEnabled(not self.busy)

    def receive(self) -> None:
        code = self.ui.scan.text().strip()
        if not code:
            return
        db, actor = self.ctx.db, self.ctx.actor

        def done(receipt: handover.Receipt) -> None:
            self.ui.scan.clear()
            self.ui.message.setText(
                self.tr("已签收%1件（清单%2）").replace("%1", str(len(receipt.received)))
                .replace("%2", receipt.batch)
            )  # fmt: skip
            self.refresh()

        self._run(self.tr("正在签收…"), lambda: handover.receive(db, actor, code), done)

    def decide(self, outcome: str) -> None:
        item = self.current()
        if item is None:
            return
        db, actor, number = self.ctx.db, self.ctx.actor, item.number
        reason, basis = self.ui.reason.toPlainText(), self.ui.basis.text()

        def done(result: decisions.Decision) -> None:
            self.ui.reason.clear()
            self.ui.basis.clear()
            if result.result_number:
                text = self.tr("%1 已作出决定，决定文书编号%2，已回传窗口统一出件")
                text = text.replace("%1", result.number).replace("%2", result.result_number)
            else:
                text = self.tr("%1 已中止（专家评审），办理时限暂停").replace("%1", result.number)
            self.ui.message.setText(text)
            self.refresh()

        self._run(
            self.tr("正在保存…"),
            lambda: decisions.decide(db, actor, number, outcome, reason, basis),
            done,
        )


def install(window) -> None:  # noqa: ANN001
    """A reviewer's home tab is the inbox; other roles never see it."""
    if window.ctx.actor.role is not Role.REVIEWER:
        return
    for name in WINDOW_ONLY_ACTIONS:
        getattr(window.ui, name).setVisible(False)
    page = ReviewerInboxPage(window.ctx, window)
    window.add_page(
        page, QCoreApplication.translate("ReviewerInboxPage", "审批待办"), closable=False
    )
    verification_tasks.install(window)
    window.ui.tabs.setCurrentWidget(page)
    page.refresh()
    page.ui.scan.setFocus()
