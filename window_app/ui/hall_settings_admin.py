"""The hall's particulars (administrators): name, address, opening hours, pickup place, and the
consultation and complaint phones of the hall and of each department, which the printed
documents carry (`services.hall_settings`); and the working days a 差评 case allows for the
follow-up call and the rectification (`services.evaluation.set_case_days`, set by the province
and the city; `window-app evaluation days` does the same)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidgetItem,
    QWidget,
)

from ..services import evaluation, hall_settings, users
from .code_fields import FieldMessages
from .context import AppContext
from .generated.ui_hall_settings import Ui_HallSettingsPage
from .outcomes import Refused, call

CODE_ROLE = Qt.ItemDataRole.UserRole


class HallSettingsPage(QWidget):
    loaded = Signal()
    saved = Signal(object)  # hall_settings.HallSettings
    days_saved = Signal(object)  # (follow-up, rectification) working days

    def __init__(self, ctx: AppContext, window, parent: QWidget | None = None):  # noqa: ANN001
        super().__init__(parent)
        self.ui = Ui_HallSettingsPage()
        self.ui.setupUi(self)
        self.setObjectName("hall_settings")
        self.ctx, self.window = ctx, window
        ui = self.ui
        ui.phones.setColumnCount(3)
        ui.phones.setHorizontalHeaderLabels(
            [self.tr("部门"), self.tr("咨询电话"), self.tr("投诉电话")]
        )
        header = ui.phones.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        ui.phones.verticalHeader().setVisible(False)
        self.messages = FieldMessages(ui.message)
        self.messages.add("hall_name", ui.hallName, ui.hallNameError)
        ui.saveButton.clicked.connect(self.save)
        self._case_days_box()
        self.refresh()

    def _case_days_box(self) -> None:
        """差评整改时限: the follow-up and rectification working days, saved on their own."""
        box = QGroupBox(self.tr("差评整改时限（工作日）"), self)
        box.setObjectName("caseDaysBox")
        form = QFormLayout(box)
        self.followupDays, self.rectifyDays = QSpinBox(box), QSpinBox(box)
        self.followupDays.setRange(0, 30)
        self.rectifyDays.setRange(1, 60)
        for spin, name in ((self.followupDays, "followupDays"), (self.rectifyDays, "rectifyDays")):
            spin.setObjectName(name)
            spin.setSuffix(self.tr(" 个工作日"))
        row = QHBoxLayout()
        row.addWidget(self.rectifyDays)
        self.saveDaysButton = QPushButton(self.tr("保存时限"), box)
        self.saveDaysButton.setObjectName("saveDaysButton")
        row.addWidget(self.saveDaysButton)
        row.addStretch(1)
        self.daysMessage = QLabel(box)
        self.daysMessage.setWordWrap(True)
        self.daysMessage.setVisible(False)  # shown with a message
        first = QHBoxLayout()
        first.addWidget(self.followupDays)
        first.addStretch(1)
        for text, spin, layout in ((self.tr("回访时限(&U)"), self.followupDays, first),
                                   (self.tr("整改时限(&G)"), self.rectifyDays, row)):  # fmt: skip
            label = QLabel(text, box)
            label.setBuddy(spin)
            form.addRow(label, layout)
        form.addRow(self.daysMessage)
        # below the particulars, before the phones table (which stretches)
        self.ui.layout.insertWidget(self.ui.layout.indexOf(self.ui.phonesBox), box)
        self.saveDaysButton.clicked.connect(self.save_days)
        QWidget.setTabOrder(self.ui.pickupPlace, self.followupDays)
        QWidget.setTabOrder(self.followupDays, self.rectifyDays)
        QWidget.setTabOrder(self.rectifyDays, self.saveDaysButton)
        QWidget.setTabOrder(self.saveDaysButton, self.ui.phones)

    def save_days(self) -> None:
        ctx = self.ctx
        followup, rectify = self.followupDays.value(), self.rectifyDays.value()
        self.daysMessage.clear()

        def job() -> tuple[int, int]:
            evaluation.set_case_days(ctx.db, ctx.actor, followup, rectify)
            return evaluation.case_days(ctx.db)

        call(ctx.runner, self, job, self._days_saved, self._days_failed)

    def _days_saved(self, days: tuple[int, int]) -> None:
        self.daysMessage.setStyleSheet("color: #1b5e20;")
        self.daysMessage.setVisible(True)
        self.daysMessage.setText(
            self.tr("已保存：回访%1个工作日，整改%2个工作日（此后的差评按新时限计算）")
            .replace("%1", str(days[0])).replace("%2", str(days[1]))
        )  # fmt: skip
        self.ctx.watcher.local_change()
        self.days_saved.emit(days)

    def _days_failed(self, refused: Refused) -> None:
        self.daysMessage.setStyleSheet("color: #c62828;")
        self.daysMessage.setVisible(True)
        self.daysMessage.setText(refused.message)
        self.followupDays.setFocus()

    def refresh(self) -> None:
        ctx = self.ctx

        def load() -> tuple:
            return (hall_settings.load_hall_settings(ctx.db),
                    users.list_departments(ctx.db, ctx.actor), evaluation.case_days(ctx.db))  # fmt: skip

        call(ctx.runner, self, load, self._loaded, self._failed)

    def _loaded(self, result: tuple) -> None:
        settings, departments, (followup, rectify) = result
        self.followupDays.setValue(followup)
        self.rectifyDays.setValue(rectify)
        ui = self.ui
        ui.hallName.setText(settings.hall_name)
        ui.address.setText(settings.address)
        ui.openingHours.setText(settings.opening_hours)
        ui.pickupPlace.setText(settings.pickup_place)
        rows = [("", self.tr("大厅（各部门未填写时使用）")), *departments]
        ui.phones.setRowCount(len(rows))
        for row, (code, name) in enumerate(rows):
            label = QTableWidgetItem(name)
            label.setData(CODE_ROLE, code)
            label.setFlags(label.flags() & ~Qt.ItemFlag.ItemIsEditable)
            ui.phones.setItem(row, 0, label)
            ui.phones.setItem(row, 1, QTableWidgetItem(settings.consultation_phones.get(code, "")))
            ui.phones.setItem(row, 2, QTableWidgetItem(settings.complaint_phones.get(code, "")))
        self.loaded.emit()

    def _failed(self, refused: Refused) -> None:
        self.ui.message.setStyleSheet("color: #c62828;")
        if not self.messages.show(refused.field, refused.message):
            self.ui.message.setText(refused.message)
        if refused.field and ":" in refused.field:  # a phone: select its cell
            kind, code = refused.field.split(":", 1)
            column = 1 if kind == "consultation_phones" else 2
            for row in range(self.ui.phones.rowCount()):
                if self.ui.phones.item(row, 0).data(CODE_ROLE) == code:
                    self.ui.phones.setCurrentCell(row, column)
                    self.ui.phones.setFocus()

    def current(self) -> hall_settings.HallSettings:
        ui = self.ui
        consult, complain = {}, {}
        for row in range(ui.phones.rowCount()):
            code = ui.phones.item(row, 0).data(CODE_ROLE)
            for column, target in ((1, consult), (2, complain)):
                item = ui.phones.item(row, column)
                if item is not None and item.text().strip():
                    target[code] = item.text().strip()
        return hall_settings.HallSettings(
            hall_name=ui.hallName.text(), address=ui.address.text(),
            opening_hours=ui.openingHours.text(), pickup_place=ui.pickupPlace.text(),
            consultation_phones=consult, complaint_phones=complain,
        )  # fmt: skip

    def first_field(self) -> QWidget:
        return self.ui.hallName

    def save(self) -> None:
        self.messages.clear()
        if not self.messages.require(("hall_name",)):
            return
        ctx, settings = self.ctx, self.current()
        call(ctx.runner, self,
             lambda: hall_settings.save_hall_settings(ctx.db, ctx.actor, settings),
             self._saved, self._failed)  # fmt: skip

    def _saved(self, settings: hall_settings.HallSettings) -> None:
        self.ui.message.setStyleSheet("color: #1b5e20;")
        self.ui.message.setText(self.tr("已保存大厅信息。"))
        self.ctx.watcher.local_change()
        self.saved.emit(settings)
