"""业务队列与预约 (业务 → 业务队列与预约…): the lines of business with their ticket prefix,
windows and matters (the administrator changes them; the services refuse anyone else), and
today's appointment list: one entered by hand or a CSV/xlsx list imported (columns 预约号,
业务 or 事项编码, 预约时间, 姓名, 电话; all rows or none). Phones are masked in the list.
Every rule is `services.queue_config`'; every call runs off the UI thread.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDateTime
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidgetItem, QWidget

from ..services import queue_config
from ..services.context import Role
from . import dialogs
from .code_fields import FieldMessages, label_below
from .context import AppContext
from .generated.ui_queue_setup import Ui_QueueSetupPage
from .outcomes import Refused, call

PAGE_NAME = "queue_setup"


class QueueSetupPage(QWidget):
    def __init__(self, ctx: AppContext, window, parent: QWidget | None = None):  # noqa: ANN001
        super().__init__(parent)
        self.ctx, self.window = ctx, window
        self.ui = Ui_QueueSetupPage()
        self.ui.setupUi(self)
        self.setObjectName(PAGE_NAME)
        self.lines: list[queue_config.LineInfo] = []
        ui = self.ui
        ui.lines.setColumnCount(4)
        ui.lines.setHorizontalHeaderLabels(
            [self.tr("名称"), self.tr("前缀"), self.tr("服务窗口"), self.tr("所属事项")])  # fmt: skip
        ui.appointments.setColumnCount(5)
        ui.appointments.setHorizontalHeaderLabels(
            [self.tr("预约号"), self.tr("业务"), self.tr("预约时间"), self.tr("姓名"),
             self.tr("取号")])  # fmt: skip
        for table in (ui.lines, ui.appointments):
            table.verticalHeader().hide()
            table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        ui.lines.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        admin = ctx.actor.role == Role.ADMINISTRATOR
        for widget in (ui.lineName, ui.prefix, ui.windows, ui.matters, ui.saveLineButton):
            widget.setEnabled(admin)
        ui.slot.setDateTime(QDateTime.currentDateTime())
        # each message beside its field (`services.queue_config` names the field it refuses)
        self.messages = FieldMessages(ui.message)
        for field, editor in (("name", ui.lineName), ("prefix", ui.prefix), ("window", ui.windows),
                              ("matters", ui.matters), ("reference", ui.reference),
                              ("line", ui.line), ("slot_at", ui.slot), ("person", ui.person)):  # fmt: skip
            self.messages.add(field, editor, label_below(editor))
        ui.lines.currentCellChanged.connect(lambda row, *_a: self._fill(row))
        ui.saveLineButton.clicked.connect(self.save_line)
        ui.addAppointmentButton.clicked.connect(self.add_appointment)
        ui.importButton.clicked.connect(self.import_file)
        ctx.watcher.changed.connect(self.refresh)

    def refresh(self) -> None:
        db = self.ctx.db

        def read() -> tuple:
            return queue_config.list_lines(db), queue_config.list_appointments(db, date.today())

        call(self.ctx.runner, self, read, self._show, self._refused)

    def _show(self, state: tuple) -> None:
        self.lines, appointments = state
        ui = self.ui
        ui.lines.setRowCount(len(self.lines))
        for row, line in enumerate(self.lines):
            for col, text in enumerate((line.name, line.prefix, ",".join(line.windows),
                                        ",".join(line.matters))):  # fmt: skip
                ui.lines.setItem(row, col, QTableWidgetItem(text))
        current = ui.line.currentText()
        ui.line.clear()
        ui.line.addItems([line.name for line in self.lines])
        ui.line.setCurrentIndex(max(0, ui.line.findText(current)))
        ui.appointments.setRowCount(len(appointments))
        for row, a in enumerate(appointments):
            for col, text in enumerate((a.reference, a.line, f"{a.slot_at:%H:%M}", a.name,
                                        a.ticket or "")):  # fmt: skip
                ui.appointments.setItem(row, col, QTableWidgetItem(text))

    def _fill(self, row: int) -> None:
        if 0 <= row < len(self.lines):
            line = self.lines[row]
            self.ui.lineName.setText(line.name)
            self.ui.prefix.setText(line.prefix)
            self.ui.windows.setText(",".join(line.windows))
            self.ui.matters.setText(",".join(line.matters))

    def first_field(self) -> QWidget:
        """The line's name for the administrator, else the appointment's reference."""
        return self.ui.lineName if self.ui.lineName.isEnabled() else self.ui.reference

    def _refused(self, refused: Refused) -> None:
        self.ui.message.setStyleSheet("color: #c62828;")
        if not self.messages.show(refused.field, refused.message):
            self.ui.message.setText(refused.message)

    def _done(self, text: str):  # noqa: ANN202
        def then(_result: object) -> None:
            self.ui.message.setStyleSheet("")
            self.ui.message.setText(text)
            self.ctx.watcher.local_change()
            self.refresh()

        return then

    def save_line(self) -> None:
        ui, db, actor = self.ui, self.ctx.db, self.ctx.actor
        self.messages.clear()
        if not self.messages.require(("name", "prefix")):
            return
        name, prefix = ui.lineName.text(), ui.prefix.text()
        windows = [w.strip() for w in ui.windows.text().split(",") if w.strip()]
        matters = [m.strip() for m in ui.matters.text().split(",") if m.strip()]
        call(self.ctx.runner, self,
             lambda: queue_config.configure_line(db, actor, name, prefix, windows, matters=matters),
             self._done(self.tr("已保存业务队列：%1").replace("%1", name.strip())), self._refused)  # fmt: skip

    def add_appointment(self) -> None:
        ui, db, actor = self.ui, self.ctx.db, self.ctx.actor
        self.messages.clear()
        if not self.messages.require(("reference", "line", "person")):
            return
        reference, line = ui.reference.text(), ui.line.currentText()
        slot = ui.slot.dateTime().toPython().replace(second=0, microsecond=0)
        name, phone = ui.person.text(), ui.phone.text()
        call(self.ctx.runner, self,
             lambda: queue_config.add_appointment(db, actor, reference, line, slot, name, phone),
             self._added(reference.strip()), self._refused)  # fmt: skip

    def _added(self, reference: str):  # noqa: ANN202
        def then(result: object) -> None:
            for edit in (self.ui.reference, self.ui.person, self.ui.phone):
                edit.clear()
            self._done(self.tr("已登记预约：%1").replace("%1", reference))(result)

        return then

    def import_file(self) -> None:
        path = dialogs.open_file(self, self.tr("导入预约表"),
                                 self.tr("预约表 (*.csv *.xlsx)"))  # fmt: skip
        if not path:
            return
        db, actor = self.ctx.db, self.ctx.actor

        def done(count: int) -> None:
            self._done(self.tr("已导入%1条预约").replace("%1", str(count)))(count)

        call(self.ctx.runner, self, lambda: queue_config.import_appointments(db, actor, path),
             done, self._refused)  # fmt: skip


def open_setup(window) -> QueueSetupPage:  # noqa: ANN001
    for index in range(window.ui.tabs.count()):
        widget = window.ui.tabs.widget(index)
        if widget.objectName() == PAGE_NAME:
            window.ui.tabs.setCurrentIndex(index)
            widget.refresh()
            return widget
    page = QueueSetupPage(window.ctx, window)
    window.add_page(page, QCoreApplication.translate("QueueSetupPage", "业务队列与预约"))
    page.refresh()
    page.first_field().setFocus()
    return page


def install(window) -> None:  # noqa: ANN001
    window.ui.actionQueueSetup.triggered.connect(lambda: open_setup(window))
