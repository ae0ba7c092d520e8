"""The home tab: today's applications at this window, refreshed by F5, by other windows' changes
(ctx.watcher.window_changed: writes touching its window) and after every own action. Enter or double-click opens an application.

`install()` also wires what every screen shares: opening an application from anywhere
(work list, lookup, scanned receipt) and the application-wide scanner filter.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QKeyEvent
from PySide6.QtWidgets import QWidget

from ..services import material_gaps, queries
from ..services.context import Role
from . import columns, lights, state_names
from .context import AppContext
from .generated.ui_work_list import Ui_WorkListPage
from .outcomes import Refused, call
from .record_model import BACKGROUND, FOREGROUND, NUMBER_ROLE, SORT_ROLE, TOOLTIP, RecordTableModel
from .scanner import ScannerFilter

LIGHT_COLUMN = 6
DEEMED_COLUMN = 7


def _day(value: date | None) -> str:
    return value.isoformat() if value else ""


class WorkListModel(RecordTableModel):
    """Rows are `services.queries.WorkItem`s, sorted here (one key per row: a proxy sorting
    thousands of rows calls data() for every comparison and blocked the UI thread)."""

    def __init__(self, parent=None):  # noqa: ANN001
        super().__init__(
            [
                self.tr("申请编号"), self.tr("办理事项"), self.tr("申请人"), self.tr("证件号码"),
                self.tr("状态"), self.tr("承诺办结日"), self.tr("时限"), self.tr("视为受理"),
                self.tr("经办人"),
            ],
            parent,
        )  # fmt: skip
        self._lights = lights.brushes()
        self._deemed = (
            QBrush(QColor("#e65100")),
            self.tr(
                "材料不齐且五个工作日内未一次告知，自收到材料之日起即为受理（行政许可法第三十二条）"
            ),
        )
        self._sort: tuple[int, Qt.SortOrder] | None = None
        self._none, self._yes = self.tr("—"), self.tr("是")  # per row, translated once
        # the five working days of art. 32, counted down from the first day
        self._notice_left = self.tr("告知期剩%1个工作日")
        self._notice_today = self.tr("今日为告知最后一日")
        self._notice_tip = self.tr(
            "材料不齐的，应在收到材料后五个工作日内一次告知；逾期不告知的，自收到材料之日起即为受理"
        )
        self._states = state_names.names()

    def cells(self, item) -> list[str]:  # noqa: ANN001
        light = self._lights.get(item.light or "")
        return [
            item.number,
            f"{item.matter_name}（{item.matter_code}）",
            item.applicant_name,
            item.applicant_code_masked,
            self._states[item.state],
            _day(item.deadline),
            light[0] if light else self._none,
            self._deemed_text(item),
            item.clerk,
        ]

    def _deemed_text(self, item) -> str:  # noqa: ANN001
        if item.deemed_accepted:
            return self._yes
        if item.notice_days_left is None:
            return ""
        if item.notice_days_left == 0:
            return self._notice_today
        return self._notice_left.replace("%1", str(item.notice_days_left))

    def number(self, item) -> str:  # noqa: ANN001
        return item.number

    def sort_key(self, item, column: int, text: str) -> object:  # noqa: ANN001
        if column == LIGHT_COLUMN:
            return lights.ORDER.get(item.light or "", 3)
        if column == 5:
            return text or "9999"
        return text

    def style(self, item, column: int, role: int) -> object:  # noqa: ANN001
        if column == LIGHT_COLUMN and (light := self._lights.get(item.light or "")):
            return {BACKGROUND: light[1], FOREGROUND: light[2]}.get(role)
        if column == DEEMED_COLUMN and item.deemed_accepted:
            return {FOREGROUND: self._deemed[0], TOOLTIP: self._deemed[1]}.get(role)
        if column == DEEMED_COLUMN and item.notice_days_left is not None:
            urgent = item.notice_days_left <= 1
            return {FOREGROUND: self._deemed[0] if urgent else None,
                    TOOLTIP: self._notice_tip}.get(role)  # fmt: skip
        return None

    def set_records(self, records) -> None:  # noqa: ANN001
        records = list(records)
        cells = [self.cells(r) for r in records]
        order = self._order(records, cells)
        self._replace([records[i] for i in order], [cells[i] for i in order])

    def _order(self, items: list, cells: list) -> range | list[int]:
        """The rows' order under the chosen sort (the given order when none is chosen)."""
        if self._sort is None:
            return range(len(items))
        column, order = self._sort
        keys = [
            self.sort_key(item, column, c[column]) for item, c in zip(items, cells, strict=True)
        ]
        return sorted(
            range(len(items)), key=keys.__getitem__, reverse=order == Qt.SortOrder.DescendingOrder
        )

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sorted here; the view keeps its selection."""
        if not 0 <= column < self.columnCount():
            return
        self._sort = (column, order)
        records, cells = self.records(), self._cells
        order = self._order(records, cells)
        self._reorder([records[i] for i in order], [cells[i] for i in order])


class SourceSortedProxy(QSortFilterProxyModel):
    """Filters only; sorting is the source model's (it keeps the order the source gives)."""

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.sourceModel().sort(column, order)


class WorkListPage(QWidget):
    first_loaded = Signal()  # the first load has been shown (the start-up loads the rest then)

    def __init__(self, ctx: AppContext, window, parent: QWidget | None = None):  # noqa: ANN001
        super().__init__(parent)
        self.ui = Ui_WorkListPage()
        self.ui.setupUi(self)
        self.setObjectName("work-list")
        self.ctx, self.window = ctx, window
        self.model = WorkListModel(self)
        self.proxy = SourceSortedProxy(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setSortRole(SORT_ROLE)
        self.ui.table.setModel(self.proxy)
        self.ui.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        columns.fit_once(self.ui.table, 1)
        self.ui.filter.textChanged.connect(self._filter)
        self.ui.filter.installEventFilter(self)
        self.ui.table.activated.connect(self._open)
        self.ui.refreshButton.clicked.connect(self.refresh)
        self.loading = False
        self._again = False
        self._shown_once = False

    def refresh(self) -> None:
        if self.loading:
            self._again = True
            return
        self.loading = True
        ctx = self.ctx
        gaps = ctx.actor.role in material_gaps.INTAKE_ROLES
        call(
            ctx.runner,
            self,
            lambda: (
                queries.work_list(ctx.db, ctx.actor),
                material_gaps.reminders(ctx.db, ctx.actor) if gaps else [],
            ),
            self._loaded,
            self._failed,
        )

    def _show_gaps(self, gaps: list[material_gaps.Gap]) -> None:
        """容缺材料 due within three days or late, one line each."""
        lines = [
            self.tr("容缺材料：%1“%2”应于%3前补交（%4）")
            .replace("%1", g.number)
            .replace("%2", g.material)
            .replace("%3", g.promised_by.isoformat())
            .replace(
                "%4",
                self.tr("已逾期%1天").replace("%1", str(-g.days_left))
                if g.overdue
                else self.tr("还有%1天").replace("%1", str(g.days_left)),
            )
            for g in gaps
        ]
        self.ui.gapReminder.setText("\n".join(lines))
        self.ui.gapReminder.setVisible(bool(lines))

    def _loaded(self, result: tuple) -> None:
        items, gaps = result
        self._show_gaps(gaps)
        self.loading = False
        current = self.current_number()
        self.model.set_records(items)
        self.ui.message.clear()
        lights = [i.light for i in items]
        self.ui.summary.setText(
            self.tr("共%1件　临近期限%2件　超期%3件　视为受理%4件")
            .replace("%1", str(len(items)))
            .replace("%2", str(lights.count("yellow")))
            .replace("%3", str(lights.count("red")))
            .replace("%4", str(sum(i.deemed_accepted for i in items)))
        )
        self.select_number(current)
        self._first_shown()
        if self._again:
            self._again = False
            self.refresh()

    def _failed(self, refused: Refused) -> None:
        self.loading = False
        self.ui.message.setText(refused.message)
        self._first_shown()

    def _first_shown(self) -> None:
        if not self._shown_once:
            self._shown_once = True
            self.first_loaded.emit()

    def _filter(self, text: str) -> None:
        self.proxy.setFilterFixedString(text.strip())

    def current_number(self) -> str | None:
        index = self.ui.table.currentIndex()
        return index.data(NUMBER_ROLE) if index.isValid() else None

    def select_number(self, number: str | None) -> None:
        """Select the row of `number` (the first row when None or gone)."""
        row = self.model.row_of(number)
        index = self.proxy.mapFromSource(self.model.index(row, 0)) if row is not None else None
        if index is None or not index.isValid():
            index = self.proxy.index(0, 0)
        if index.isValid():
            self.ui.table.setCurrentIndex(index)

    def _open(self, index: QModelIndex) -> None:
        number = index.data(NUMBER_ROLE)
        if number:
            self.window.open_application(number)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802, ANN001 (Qt override)
        """Down from the filter box goes to the table; Enter there opens the first match."""
        if (
            watched is self.ui.filter
            and isinstance(event, QKeyEvent)
            and event.type() == event.Type.KeyPress
        ):
            if event.key() == Qt.Key.Key_Down:
                self.ui.table.setFocus()
                if not self.ui.table.currentIndex().isValid():
                    self.select_number(None)
                return True
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.proxy.rowCount():
                self._open(
                    self.ui.table.currentIndex()
                    if self.ui.table.currentIndex().isValid()
                    else self.proxy.index(0, 0)
                )
                return True
        return super().eventFilter(watched, event)


def _open_application(window, number: str) -> None:  # noqa: ANN001
    # the application page's module loads after the work list's first paint (ui/preload):
    # `MainWindow.open_application` holds a request made before then until it is in
    from .application_view import open_application

    open_application(window, number)


def install(window) -> None:  # noqa: ANN001
    if window.ctx.actor.role is Role.REVIEWER:  # a department's reviewer: ui/reviewer_inbox
        return
    page = WorkListPage(window.ctx, window)
    window.work_list = page
    window.add_page(
        page, QCoreApplication.translate("WorkListPage", "今日工作清单"), closable=False
    )
    window.set_application_opener(lambda number: _open_application(window, number))

    def show_and_refresh() -> None:
        window.ui.tabs.setCurrentWidget(page)
        page.refresh()
        page.ui.table.setFocus()

    window.ui.actionWorkList.triggered.connect(show_and_refresh)
    window.ctx.watcher.window_changed.connect(page.refresh)  # its own window's writes only
    scanner = ScannerFilter(window.open_application, parent=window)
    window.scanner = scanner
    scanner.start()
    page.refresh()
    page.ui.table.setFocus()
