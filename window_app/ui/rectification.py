"""差评整改 (投诉 → 差评整改): the rectification cases of real-name 差评.

The list (open ones by follow-up date, overdue ones in red; a filter for open / overdue / all)
with the period's follow-up rate (numerator / denominator, the national target 100%) and, for
the selected case, the actions its state allows: 登记回访 and 答复办结 (with the finding: 立行立改,
限期整改 with a due date, 解释说明) for supervisors, 申诉 for the clerk rated, 申诉成立 / 不成立
for supervisors. The applicant's name is masked. Every rule is `services.evaluation_cases`'.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QWidget

from ..core.evaluation import tag_table
from ..services import evaluation
from ..services import evaluation_cases as cases
from ..services.context import Role
from ..services.evaluation_cases import CaseInfo
from . import columns
from .action_list import ActionListPage, open_page
from .code_fields import FieldMessages, label_below
from .context import AppContext
from .generated.ui_rectification import Ui_RectificationPage
from .outcomes import Refused
from .record_model import BACKGROUND, FOREGROUND, RecordTableModel

PAGE_NAME = "rectification"


class CasesModel(RecordTableModel):
    def __init__(self, parent=None):  # noqa: ANN001
        super().__init__(
            [self.tr("编号"), self.tr("办件编号"), self.tr("评价人"), self.tr("满意度"),
             self.tr("窗口"), self.tr("经办人"), self.tr("回访期限"), self.tr("整改期限"),
             self.tr("状态"), self.tr("时限")],
            parent,
        )  # fmt: skip
        self._states = {
            "open": self.tr("待回访"), "followed_up": self.tr("已回访"),
            "answered": self.tr("已答复"), "appealed": self.tr("申诉中"),
            "withdrawn": self.tr("申诉成立撤销"),
        }  # fmt: skip
        self._levels = {5: self.tr("非常满意"), 4: self.tr("满意"), 3: self.tr("基本满意"),
                        2: self.tr("不满意"), 1: self.tr("非常不满意")}  # fmt: skip

    def cells(self, c: CaseInfo) -> list[str]:
        return [
            str(c.id), c.case_number, c.evaluator_masked, self._levels[c.level], c.window or "",
            c.clerk or "", c.followup_due.isoformat(), c.rectify_due.isoformat(),
            self._states.get(c.state, c.state), self.tr("已超期") if c.overdue else "",
        ]  # fmt: skip

    def number(self, c: CaseInfo) -> str:
        return str(c.id)

    def style(self, c: CaseInfo, column: int, role: int) -> object:
        if c.overdue and column == 9:
            return {BACKGROUND: QBrush(QColor("#c62828")), FOREGROUND: QBrush(QColor("white"))}.get(
                role
            )
        return None


class RectificationPage(ActionListPage):
    def __init__(self, ctx: AppContext, window, parent: QWidget | None = None):  # noqa: ANN001
        super().__init__(parent)
        self.ui = Ui_RectificationPage()
        self.ui.setupUi(self)
        self.setObjectName(PAGE_NAME)
        self.model = CasesModel(self)
        self.start(ctx, window)
        columns.fit_once(self.ui.table, 1)
        self.supervisor = ctx.actor.role in cases.HANDLE_ROLES
        ui = self.ui
        for code, label in (("open", self.tr("未办结")), ("overdue", self.tr("已超期")),
                            ("all", self.tr("全部"))):  # fmt: skip
            ui.filter.addItem(label, code)
        for code, label in (("immediate", self.tr("立行立改")), ("ledger", self.tr("限期整改（台账）")),
                            ("explain", self.tr("解释说明（无法定依据）"))):  # fmt: skip
            ui.finding.addItem(label, code)
        ui.ledgerDue.setDate(QDate.currentDate().addDays(14))
        self.messages = FieldMessages(ui.message)  # beside the note and the reply
        self.messages.add("note", ui.note, label_below(ui.note))
        self.messages.add("reply", ui.reply, label_below(ui.reply))
        ui.filter.currentIndexChanged.connect(lambda _i: self.refresh())
        ui.refreshButton.clicked.connect(self.refresh)
        ui.followUpButton.clicked.connect(self.follow_up)
        ui.answerButton.clicked.connect(self.answer)
        ui.appealButton.clicked.connect(self.appeal)
        ui.upholdButton.clicked.connect(lambda: self.decide(True))
        ui.rejectButton.clicked.connect(lambda: self.decide(False))
        self.set_buttons()

    def fetch(self):  # noqa: ANN201
        db, actor, which = self.ctx.db, self.ctx.actor, self.ui.filter.currentData() or "open"
        today = date.today()

        def read() -> list[CaseInfo]:
            listed = cases.list_cases(db, actor, which=which, today=today)
            self._figures = cases.period_figures(db, today.replace(day=1), today, today=today)
            self._days = evaluation.case_days(db)  # the administrator sets them (大厅信息)
            return listed

        return read

    def show_records(self, records: list) -> None:
        super().show_records(records)
        f = getattr(self, "_figures", None)
        if f is not None:
            rate = "—" if f.followup_rate is None else f"{f.followup_rate:.0%}"
            self.ui.figures.setText(
                self.tr("本月实名差评回访率：%1（%2/%3），超期未办：%4")
                .replace("%1", rate).replace("%2", str(f.followed_up))
                .replace("%3", str(f.real_name_bad)).replace("%4", str(f.overdue_cases))
            )  # fmt: skip
        days = getattr(self, "_days", None)
        if days is not None:
            self.ui.figures.setToolTip(
                self.tr("差评回访时限%1个工作日，整改时限%2个工作日（由管理员在“大厅信息”中设置）")
                .replace("%1", str(days[0])).replace("%2", str(days[1]))
            )  # fmt: skip
            self.ui.figures.setText(
                self.ui.figures.text()
                + self.tr("　时限：回访%1个工作日，整改%2个工作日")
                .replace("%1", str(days[0])).replace("%2", str(days[1]))
            )  # fmt: skip

    def _show_refused(self, refused: Refused) -> None:
        if self.messages.show(refused.field, refused.message):
            self.refused.emit(refused.message)
        else:
            super()._show_refused(refused)

    def _complete(self, *fields: tuple[str, str]) -> bool:
        """The action's texts typed: each empty one named beside it, the focus on the first."""
        self.messages.clear()
        return self.messages.require(fields)

    def set_buttons(self) -> None:
        ui, c = self.ui, self.current()
        idle = not self.busy and c is not None
        state = c.state if c else ""
        ui.followUpButton.setEnabled(idle and self.supervisor and state == "open")
        ui.answerButton.setEnabled(idle and self.supervisor and state == "followed_up")
        own = c is not None and (self.ctx.actor.role == Role.SUPERVISOR
                                 or c.clerk_id == self.ctx.actor.user_id)  # fmt: skip
        ui.appealButton.setEnabled(idle and own and state in ("open", "followed_up")
                                   and c.appeal_decision is None)  # fmt: skip
        ui.upholdButton.setEnabled(idle and self.supervisor and state == "appealed")
        ui.rejectButton.setEnabled(idle and self.supervisor and state == "appealed")
        if c is None:
            ui.detail.clear()
            return
        table = tag_table()
        tags = "、".join(f"{code} {table.wording(code)}" for code in c.tags) or "—"
        lines = [
            self.tr("评价标签：%1").replace("%1", tags),
            self.tr("文字评价：%1").replace("%1", c.text or "—"),
        ]
        if c.reply:
            lines.append(self.tr("答复：%1").replace("%1", c.reply))
        if c.appeal_reason:
            lines.append(self.tr("申诉理由：%1").replace("%1", c.appeal_reason))
        ui.detail.setText("\n".join(lines))

    def _then(self, text: str):  # noqa: ANN202
        def done(_result: object) -> None:
            self.ui.message.setText(text)
            self.ui.note.clear()
            self.ui.reply.clear()
            self.refresh()

        return done

    def follow_up(self) -> None:
        c = self.current()
        if c is None or not self._complete(("note", self.tr("回访情况"))):
            return
        db, actor, note = self.ctx.db, self.ctx.actor, self.ui.note.toPlainText()
        self._run(self.tr("正在登记…"), lambda: cases.follow_up(db, actor, c.id, note),
                  self._then(self.tr("已登记回访")))  # fmt: skip

    def answer(self) -> None:
        c = self.current()
        if c is None or not self._complete(("note", self.tr("核实与整改情况")),
                                           ("reply", self.tr("答复内容"))):  # fmt: skip
            return
        db, actor = self.ctx.db, self.ctx.actor
        finding, note = self.ui.finding.currentData(), self.ui.note.toPlainText()
        reply, due = self.ui.reply.toPlainText(), self.ui.ledgerDue.date().toPython()
        self._run(self.tr("正在保存…"),
                  lambda: cases.conclude(db, actor, c.id, finding, note, reply, ledger_due=due),
                  self._then(self.tr("已答复办结")))  # fmt: skip

    def appeal(self) -> None:
        c = self.current()
        if c is None or not self._complete(("note", self.tr("申诉理由"))):
            return
        db, actor, note = self.ctx.db, self.ctx.actor, self.ui.note.toPlainText()
        self._run(self.tr("正在提交…"), lambda: cases.appeal(db, actor, c.id, note),
                  self._then(self.tr("已提交申诉")))  # fmt: skip

    def decide(self, upheld: bool) -> None:
        c = self.current()
        if c is None or not self._complete(("note", self.tr("复核意见"))):
            return
        db, actor, note = self.ctx.db, self.ctx.actor, self.ui.note.toPlainText()
        self._run(self.tr("正在保存…"), lambda: cases.decide_appeal(db, actor, c.id, upheld, note),
                  self._then(self.tr("已复核申诉")))  # fmt: skip


def open_rectification(window) -> RectificationPage:  # noqa: ANN001
    return open_page(
        window, PAGE_NAME, lambda: RectificationPage(window.ctx, window),
        QCoreApplication.translate("RectificationPage", "差评整改"),
    )  # fmt: skip


def install(window) -> None:  # noqa: ANN001
    window.ui.actionRectification.triggered.connect(lambda: open_rectification(window))
