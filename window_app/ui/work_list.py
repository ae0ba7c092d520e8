"""The home tab: today's applications at this window, refreshed by F5, by other windows' changes
(ctx.watcher.changed) and after every own action. Enter or double-click opens an application.

`install()` also wires what every screen shares: opening an application from anywhere
(work list, lookup, scanned receipt) and the application-wide scanner filter.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QKeyEvent
from PySide6.QtWidgets import QApplication, QHeaderView, QWidget

from ..services import queries
from .context import AppContext
from .generated.ui_work_list import Ui_WorkListPage
from .outcomes import Refused, call
from .scanner import ScannerFilter

NUMBER_ROLE = Qt.ItemDataRole.UserRole
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
LIGHT_COLUMN = 6
LIGHTS = {  # (text, background, foreground): colour and words, never colour alone
    "green": ("● 正常", "#e8f5e9", "#1b5e20"),
    "yellow": ("● 临近期限", "#fff8e1", "#8d6e00"),
    "red": ("● 已超期", "#ffebee", "#b71c1c"),
}
Index = QModelIndex | QPersistentModelIndex


def _day(value: date | None) -> str:
    return value.isoformat() if value else ""


class WorkListModel(QAbstractTableModel):
    """Rows are `services.queries.WorkItem`s."""

    def __init__(self, parent=None):  # noqa: ANN001
        super().__init__(parent)
        self._items: list = []
        self._headers = [
            self.tr("申请编号"), self.tr("办理事项"), self.tr("申请人"), self.tr("证件号码"),
            self.tr("状态"), self.tr("承诺办结日"), self.tr("时限"), self.tr("视为受理"),
            self.tr("经办人"),
        ]  # fmt: skip
        self._lights = {k: (self.tr(t), bg, fg) for k, (t, bg, fg) in LIGHTS.items()}

    _sort: tuple[int, Qt.SortOrder] | None = None

    def set_items(self, items: list) -> None:
        self.beginResetModel()
        self._items = self._sorted(list(items))
        self.endResetModel()

    def _sorted(self, items: list) -> list:
        if self._sort is None:
            return items
        column, order = self._sort
        return sorted(
            items,
            key=lambda item: self._sort_key(item, column),
            reverse=order == Qt.SortOrder.DescendingOrder,
        )

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sorted here, one key per row (a proxy sorting thousands of rows calls data() for every
        comparison and blocked the UI thread); the view keeps its selection."""
        if not 0 <= column < len(self._headers):
            return
        self._sort = (column, order)
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        moved = [(index, self._items[index.row()]) for index in persistent]
        self._items = self._sorted(self._items)
        rows = {id(item): row for row, item in enumerate(self._items)}
        self.changePersistentIndexList(
            persistent, [self.index(rows[id(item)], index.column()) for index, item in moved]
        )
        self.layoutChanged.emit()

    def items(self) -> list:
        return list(self._items)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802, ANN001, ANN201
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self._headers):
            return self._headers[section]
        return None

    def _text(self, item, col: int) -> str:  # noqa: ANN001
        if col == LIGHT_COLUMN:
            light = self._lights.get(item.light or "")
            return light[0] if light else self.tr("—")
        return [
            item.number,
            f"{item.matter_name}（{item.matter_code}）",
            item.applicant_name,
            item.applicant_code_masked,
            item.state_label,
            _day(item.deadline),
            "",
            self.tr("是") if item.deemed_accepted else "",
            item.clerk,
        ][col]

    def _sort_key(self, item, col: int) -> object:  # noqa: ANN001
        if col == LIGHT_COLUMN:
            return {"red": 0, "yellow": 1, "green": 2}.get(item.light or "", 3)
        if col == 5:
            return _day(item.deadline) or "9999"
        return self._text(item, col)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: ANN201
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        item, col = self._items[index.row()], index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(item, col)
        if role == NUMBER_ROLE:
            return item.number
        if role == SORT_ROLE:
            return self._sort_key(item, col)
        light = self._lights.get(item.light or "")
        if col == LIGHT_COLUMN and light:
            if role == Qt.ItemDataRole.BackgroundRole:
                return QBrush(QColor(light[1]))
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(QColor(light[2]))
        if col == 7 and item.deemed_accepted:
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(QColor("#e65100"))
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.tr(
                    "材料不齐且五个工作日内未一次告知，自收到材料之日起即为受理（行政许可法第三十二条）"
                )
        return None


class SourceSortedProxy(QSortFilterProxyModel):
    """Filters only; sorting is the source model's (it keeps the order the source gives)."""

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.sourceModel().sort(column, order)


class WorkListPage(QWidget):
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
        header = self.ui.table.horizontalHeader()
        header.setResizeContentsPrecision(40)  # size columns from a sample: thousands of rows
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        self.ui.filter.textChanged.connect(self._filter)
        self.ui.filter.installEventFilter(self)
        self.ui.table.activated.connect(self._open)
        self.ui.refreshButton.clicked.connect(self.refresh)
        self.loading = False
        self._again = False

    def refresh(self) -> None:
        if self.loading:
            self._again = True
            return
        self.loading = True
        ctx = self.ctx
        call(
            ctx.runner,
            self,
            lambda: queries.work_list(ctx.db, ctx.actor),
            self._loaded,
            self._failed,
        )

    def _loaded(self, items: list) -> None:
        self.loading = False
        current = self.current_number()
        self.model.set_items(items)
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
        if self._again:
            self._again = False
            self.refresh()

    def _failed(self, refused: Refused) -> None:
        self.loading = False
        self.ui.message.setText(refused.message)

    def _filter(self, text: str) -> None:
        self.proxy.setFilterFixedString(text.strip())

    def current_number(self) -> str | None:
        index = self.ui.table.currentIndex()
        return index.data(NUMBER_ROLE) if index.isValid() else None

    def select_number(self, number: str | None) -> None:
        rows = self.proxy.rowCount()
        for row in range(rows):
            index = self.proxy.index(row, 0)
            if number is None or index.data(NUMBER_ROLE) == number:
                self.ui.table.setCurrentIndex(index)
                return

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


def install(window) -> None:  # noqa: ANN001
    from .application_view import open_application

    page = WorkListPage(window.ctx, window)
    window.work_list = page
    window.add_page(page, page.tr("今日工作清单"), closable=False)
    window.set_application_opener(lambda number: open_application(window, number))

    def show_and_refresh() -> None:
        window.ui.tabs.setCurrentWidget(page)
        page.refresh()
        page.ui.table.setFocus()

    window.ui.actionWorkList.triggered.connect(show_and_refresh)
    window.ctx.watcher.changed.connect(page.refresh)
    scanner = ScannerFilter(window.open_application, parent=window)
    window.scanner = scanner
    QApplication.instance().installEventFilter(scanner)
    page.refresh()
    page.ui.table.setFocus()
