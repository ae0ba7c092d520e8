"""The year's holiday arrangement (administrators): paste the State Council notice or import it
from a file, preview the year (every rest day and make-up working day, the year's working days)
and save it (`services.calendar.save_year`, audited). Years already entered are listed."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QHeaderView, QTableWidgetItem, QWidget

from ..core import calendar_file
from ..core.errors import DomainError
from ..core.workdays import YearArrangement
from ..services import calendar
from . import dialogs, i18n
from .code_fields import FieldMessages, label_below
from .context import AppContext
from .generated.ui_calendar_admin import Ui_CalendarPage
from .outcomes import Refused, call

WEEKDAYS = (
    QT_TRANSLATE_NOOP("CalendarPage", "周一"), QT_TRANSLATE_NOOP("CalendarPage", "周二"),
    QT_TRANSLATE_NOOP("CalendarPage", "周三"), QT_TRANSLATE_NOOP("CalendarPage", "周四"),
    QT_TRANSLATE_NOOP("CalendarPage", "周五"), QT_TRANSLATE_NOOP("CalendarPage", "周六"),
    QT_TRANSLATE_NOOP("CalendarPage", "周日"),
)  # fmt: skip


class CalendarPage(QWidget):
    loaded = Signal()
    previewed = Signal(object)  # the YearArrangement shown
    saved = Signal(object)

    def __init__(self, ctx: AppContext, window, parent: QWidget | None = None):  # noqa: ANN001
        super().__init__(parent)
        self.ui = Ui_CalendarPage()
        self.ui.setupUi(self)
        self.setObjectName("calendar_admin")
        self.ctx, self.window = ctx, window
        ui = self.ui
        self.arrangement: YearArrangement | None = None
        self._source = ""
        ui.days.setColumnCount(3)
        ui.days.setHorizontalHeaderLabels([self.tr("日期"), self.tr("星期"), self.tr("安排")])
        ui.days.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        ui.days.verticalHeader().setVisible(False)
        ui.saveButton.setEnabled(False)
        ui.previewButton.clicked.connect(self.preview)
        ui.saveButton.clicked.connect(self.save)
        ui.openButton.clicked.connect(self.open_file)
        ui.notice.textChanged.connect(self._edited)
        self.messages = FieldMessages(ui.message)
        self.messages.add("notice", ui.notice, label_below(ui.notice))
        ctx.watcher.changed.connect(self.refresh)
        self.refresh()

    def first_field(self) -> QWidget:
        return self.ui.notice

    def refresh(self) -> None:
        ctx = self.ctx
        call(ctx.runner, self, lambda: calendar.entered_years(ctx.db, ctx.actor),
             self._loaded, self._failed)  # fmt: skip

    def _loaded(self, years: list) -> None:
        if years:
            listed = "；".join(
                self.tr("%1年（%2天假日、%3天调休上班，来源：%4）")
                .replace("%1", str(y.year)).replace("%2", str(y.holidays))
                .replace("%3", str(y.workdays)).replace("%4", y.source or "—")
                for y in years
            )  # fmt: skip
            text = self.tr("已录入：%1").replace("%1", listed)
        else:
            text = self.tr("尚未录入任何年份；内置日历到2026年为止，之后的年份须在此录入。")
        self.ui.years.setText(text)
        self.loaded.emit()

    def _failed(self, refused: Refused) -> None:
        self.ui.message.setStyleSheet("color: #c62828;")
        self.ui.message.setText(refused.message)

    def _edited(self) -> None:
        """The text changed: what was previewed no longer stands for it."""
        self.arrangement = None
        self.ui.saveButton.setEnabled(False)

    def open_file(self) -> None:
        path = dialogs.open_file(
            self, self.tr("选择节假日通知"), self.tr("文本文件 (*.txt);;所有文件 (*)")
        )
        if not path:
            return
        try:
            text = calendar.read_notice(Path(path))
        except DomainError as exc:
            self._failed(Refused.of(exc))
            return
        self.ui.notice.setPlainText(text)
        self._source = Path(path).name
        self.preview()

    def preview(self) -> None:
        """Parse the text (pure, fast: on the UI thread) and show the whole year."""
        ui = self.ui
        self.messages.clear("notice")
        if not self.messages.require(("notice",)):
            return
        text = ui.notice.toPlainText()
        try:
            arrangement = calendar_file.parse_any(text, source=self._source or "国务院办公厅通知")
        except DomainError as exc:
            self.arrangement = None
            ui.saveButton.setEnabled(False)
            ui.days.setRowCount(0)
            ui.summary.clear()
            ui.message.setStyleSheet("color: #c62828;")
            ui.message.setText(i18n.error_text(exc))
            return
        self.arrangement = arrangement
        self._show(arrangement)
        ui.message.setStyleSheet("")
        ui.message.setText(self.tr("请核对预览后保存。"))
        ui.saveButton.setEnabled(True)
        self.previewed.emit(arrangement)

    def _show(self, a: YearArrangement) -> None:
        ui = self.ui
        days = sorted((d, "holiday") for d in a.holidays)
        days += sorted((d, "workday") for d in a.workdays)
        days.sort()
        ui.days.setRowCount(len(days))
        rest, work = QBrush(QColor("#c62828")), QBrush(QColor("#1565c0"))
        for row, (day, kind) in enumerate(days):
            label = self.tr("放假") if kind == "holiday" else self.tr("调休上班")
            for column, value in enumerate(
                (day.isoformat(), QCoreApplication.translate("CalendarPage", WEEKDAYS[day.weekday()]),
                 label)
            ):  # fmt: skip
                item = QTableWidgetItem(value)
                item.setForeground(rest if kind == "holiday" else work)
                ui.days.setItem(row, column, item)
        working, day = 0, date(a.year, 1, 1)
        while day.year == a.year:
            working += a.is_workday(day)
            day += timedelta(days=1)
        ui.summary.setText(
            self.tr("%1年：放假%2天（含周末），调休上班%3天，全年工作日%4天")
            .replace("%1", str(a.year)).replace("%2", str(len(a.holidays)))
            .replace("%3", str(len(a.workdays))).replace("%4", str(working))
        )  # fmt: skip

    def save(self) -> None:
        a = self.arrangement
        if a is None:
            return
        if not dialogs.question(
            self, self.tr("保存节假日安排"),
            self.tr("保存%1年的安排？已录入的同一年份将被替换，之后的期限按新安排计算。")
            .replace("%1", str(a.year)),
        ):  # fmt: skip
            return
        ctx = self.ctx
        call(ctx.runner, self, lambda: calendar.save_year(ctx.db, ctx.actor, a),
             self._saved, self._failed)  # fmt: skip

    def _saved(self, a: YearArrangement) -> None:
        self.ui.message.setStyleSheet("color: #1b5e20;")
        self.ui.message.setText(self.tr("已保存%1年的节假日安排").replace("%1", str(a.year)))
        self.ui.saveButton.setEnabled(False)
        self.ctx.watcher.local_change()
        self.saved.emit(a)
