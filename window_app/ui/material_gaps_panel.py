"""容缺受理 on the application's page (issue 19): the dialog that takes the applicant's dated
commitment when the window accepts with a 可容缺 material missing, and the 容缺材料 tab (what is
owed, by when; record its arrival; a supervisor waives it with a reason). Every rule is
`services.material_gaps`'s."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from PySide6.QtCore import QDate, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QDateEdit, QHeaderView, QTableWidgetItem, QWidget

from ..services import material_gaps
from ..services.context import Role
from .context import AppContext
from .generated.ui_gap_dialog import Ui_GapDialog
from .generated.ui_gaps_panel import Ui_GapsPanel
from .outcomes import FormDialog, Refused, call
from .processing_dialogs import ReasonDialog

DEFAULT_DAYS = 10  # the date offered first: ten days on


class GapDialog(FormDialog):
    """One row per missing 可容缺 material with the date the applicant commits to."""

    def __init__(self, items: list[tuple[str, str]], parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_GapDialog()
        self.ui.setupUi(self)
        self._setup(self.ui.buttons, self.ui.message)
        self.keys = [key for key, _name in items]
        table = self.ui.items
        table.setColumnCount(2)
        table.setRowCount(len(items))
        table.setHorizontalHeaderLabels([self.tr("材料"), self.tr("承诺补交日期")])
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        first = date.today() + timedelta(days=DEFAULT_DAYS)
        self.dates: list[QDateEdit] = []
        for row, (key, name) in enumerate(items):
            table.setItem(row, 0, QTableWidgetItem(name))
            edit = QDateEdit(QDate(first.year, first.month, first.day), table)
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setObjectName(f"date-{key}")
            table.setCellWidget(row, 1, edit)
            self.dates.append(edit)
        self.resize(560, self.sizeHint().height())

    def values(self) -> dict:
        return {
            "gaps": {
                key: edit.date().toPython() for key, edit in zip(self.keys, self.dates, strict=True)
            }
        }


class GapsPanel(QWidget):
    """The 容缺材料 tab: every gap of the application with its state."""

    changed = Signal()

    def __init__(self, ctx: AppContext, number: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_GapsPanel()
        self.ui.setupUi(self)
        self.ctx, self.number = ctx, number
        self.records: list[material_gaps.Gap] = []
        self.busy = False
        self.dialog: ReasonDialog | None = None
        table = self.ui.gaps
        table.setColumnCount(4)
        table.setHorizontalHeaderLabels(
            [self.tr("材料"), self.tr("承诺补交日期"), self.tr("状态"), self.tr("说明")]
        )
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setStretchLastSection(True)
        self._status = {
            "open": self.tr("待补交"), "supplied": self.tr("已补交"),
            "waived": self.tr("已免于补交"), "overdue": self.tr("逾期未补交"),
        }  # fmt: skip
        role = ctx.actor.role
        self.ui.supplyButton.setVisible(role in material_gaps.INTAKE_ROLES)
        self.ui.waiveButton.setVisible(role is Role.SUPERVISOR)
        self.ui.supplyButton.clicked.connect(self.supply)
        self.ui.waiveButton.clicked.connect(self.waive)
        table.itemSelectionChanged.connect(self._set_buttons)

    def reload(self) -> None:
        db, number = self.ctx.db, self.number
        call(self.ctx.runner, self, lambda: material_gaps.gaps_of(db, number), self._show,
             self._refused)  # fmt: skip

    def _show(self, gaps: list[material_gaps.Gap]) -> None:
        self.records = gaps
        table = self.ui.gaps
        table.setRowCount(len(gaps))
        for row, g in enumerate(gaps):
            status = self._status["overdue" if g.overdue else g.status]
            if g.status == "open":
                note = (
                    self.tr("已逾期%1天").replace("%1", str(-g.days_left))
                    if g.overdue
                    else self.tr("还有%1天").replace("%1", str(g.days_left))
                )
            elif g.status == "waived":
                note = (
                    self.tr("%1 免于补交：%2")
                    .replace("%1", str(g.closed_on))
                    .replace("%2", g.waiver_reason or "")
                )
            else:
                note = self.tr("%1 补交").replace("%1", str(g.closed_on))
            cells = [g.material, g.promised_by.isoformat(), status, note]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if g.overdue:
                    item.setForeground(QBrush(QColor("#c62828")))
                table.setItem(row, column, item)
        owed = sum(g.status == "open" for g in gaps)
        self.ui.summary.setText(
            self.tr("容缺材料%1项，待补交%2项。补交或免于补交前不能作出审批决定。")
            .replace("%1", str(len(gaps)))
            .replace("%2", str(owed))
        )
        if gaps and table.currentRow() < 0:
            table.selectRow(0)
        self._set_buttons()

    def current(self) -> material_gaps.Gap | None:
        row = self.ui.gaps.currentRow()
        return self.records[row] if 0 <= row < len(self.records) else None

    def _set_buttons(self) -> None:
        gap = self.current()
        can = gap is not None and gap.status == "open" and not self.busy
        self.ui.supplyButton.setEnabled(can)
        self.ui.waiveButton.setEnabled(can)

    def _run(self, fn: Callable[[], object], on_refused: Callable[[Refused], None]) -> None:
        self.busy = True
        self._set_buttons()
        call(self.ctx.runner, self, fn, self._done, on_refused)

    def _done(self, gap: material_gaps.Gap) -> None:
        self.busy = False
        if self.dialog is not None:
            self.dialog.accept()
            self.dialog = None
        self.ui.message.clear()
        self.ctx.watcher.local_change()
        self.changed.emit()
        self.reload()

    def _refused(self, refused: Refused) -> None:
        self.busy = False
        self.ui.message.setText(refused.message)
        self._set_buttons()

    def supply(self) -> None:
        gap = self.current()
        if gap is None or self.busy:
            return
        ctx, number, key = self.ctx, self.number, gap.key
        self._run(lambda: material_gaps.supply(ctx.db, ctx.actor, number, key), self._refused)

    def waive(self) -> ReasonDialog | None:
        gap = self.current()
        if gap is None or self.busy:
            return None
        ctx, number, key = self.ctx, self.number, gap.key
        self.dialog = ReasonDialog(
            self.tr("免于补交容缺材料"),
            self.tr("“%1”不再补交，申请可以作出审批决定。理由记入审计日志。").replace(
                "%1", gap.material
            ),
            self.tr("理由(&R)"),
            self,
        )

        def submit(values: dict) -> None:
            reason = values["reason"]
            self.dialog.set_busy(True)
            self._run(
                lambda: material_gaps.waive(ctx.db, ctx.actor, number, key, reason),
                self._waive_refused,
            )

        self.dialog.submitted.connect(submit)
        self.dialog.rejected.connect(self._dialog_closed)
        self.dialog.open()
        return self.dialog

    def _waive_refused(self, refused: Refused) -> None:
        self.busy = False
        if self.dialog is not None:
            self.dialog.show_refused(refused)
        self._set_buttons()

    def _dialog_closed(self) -> None:
        self.dialog = None
