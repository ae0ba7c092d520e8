"""The materials checklist as a table model and a keyboard-first view.

The model shows the service's ChecklistRows and keeps the clerk's edits until they are sent as
`core.checklist.Mark`s; the service applies the rules (locked items, reasons, short copies).
Keys in the view: Space toggles received/missing, 1 received, 2 missing, 3 defective (then the
reason opens for typing), + and - count copies, Tab jumps to the next item's reason.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from ..core.checklist import ItemStatus, Mark
from .label_names import ITEM_STATUSES
from .material_text import form_and_copies

NAME, REQUIRED, STATUS, COPIES, REASON = range(5)
KEY_ROLE = Qt.ItemDataRole.UserRole
_STATUS_COLOURS = {
    ItemStatus.RECEIVED: "#e8f5e9",
    ItemStatus.MISSING: "#ffebee",
    ItemStatus.DEFECTIVE: "#fff3e0",
    ItemStatus.WAIVED: "#e3f2fd",
}
Index = QModelIndex | QPersistentModelIndex


@dataclass
class _Line:
    row: object  # services.checklist.ChecklistRow
    status: ItemStatus
    copies: int
    reason: str

    @property
    def changed(self) -> bool:
        return (
            self.status is not ItemStatus(self.row.status)
            or self.copies != self.row.copies_received
            or self.reason != (self.row.reason or "")
        )

    @property
    def editable(self) -> bool:
        return not self.row.locked and self.status is not ItemStatus.WAIVED


class ChecklistModel(QAbstractTableModel):
    def __init__(self, parent=None):  # noqa: ANN001
        super().__init__(parent)
        self._lines: list[_Line] = []
        self._results = ITEM_STATUSES.names()
        self._headers = [
            self.tr("材料"), self.tr("要求"), self.tr("核验结果"), self.tr("实收份数"),
            self.tr("原因（不符合要求时必填）"),
        ]  # fmt: skip

    # --- loading and marks ------------------------------------------------------------------
    def set_rows(self, rows) -> None:  # noqa: ANN001 (tuple[ChecklistRow, ...])
        self.beginResetModel()
        self._lines = [
            _Line(r, ItemStatus(r.status), r.copies_received, r.reason or "") for r in rows
        ]
        self.endResetModel()

    def marks(self) -> list[Mark]:
        """The clerk's verdicts to send: every changed, markable line."""
        return [
            Mark(
                line.row.key,
                line.status,
                copies=line.copies if line.status is not ItemStatus.MISSING else None,
                reason=line.reason or None,
            )
            for line in self._lines
            if line.changed and line.editable and line.status is not ItemStatus.PENDING
        ]

    def to_tell(self) -> list[tuple[str, str, str]]:
        """(material, verdict, reason) of every line a one-time notice would tell: missing,
        defective or not yet checked (the notice tells what is pending as missing)."""
        return [
            (line.row.name, self._results[line.status], line.reason)
            for line in self._lines
            if line.row.required
            and line.status in (ItemStatus.MISSING, ItemStatus.DEFECTIVE, ItemStatus.PENDING)
        ]

    def unsettled(self) -> list[tuple[str, str]]:
        """(key, name) of the required lines not received as marked now (容缺受理 offers them)."""
        return [
            (line.row.key, line.row.name)
            for line in self._lines
            if line.row.required and line.status not in (ItemStatus.RECEIVED, ItemStatus.WAIVED)
        ]

    def has_changes(self) -> bool:
        return any(line.changed for line in self._lines)

    def row_of(self, key: str) -> int:
        for i, line in enumerate(self._lines):
            if line.row.key == key:
                return i
        return -1

    def waivable_names(self) -> list[str]:
        return [
            line.row.name
            for line in self._lines
            if line.row.commitment_replaceable and line.status is not ItemStatus.RECEIVED
        ]

    def counts(self) -> dict[ItemStatus, int]:
        out = dict.fromkeys(ItemStatus, 0)
        for line in self._lines:
            out[line.status] += 1
        return out

    def set_status(self, row: int, status: ItemStatus) -> bool:
        if not 0 <= row < len(self._lines) or not self._lines[row].editable:
            return False
        line = self._lines[row]
        line.status = status
        if status is ItemStatus.RECEIVED:
            line.copies = max(line.copies, line.row.copies_required)
            line.reason = ""
        elif status is ItemStatus.MISSING:
            line.copies = 0
        self.dataChanged.emit(self.index(row, 0), self.index(row, REASON))
        return True

    def toggle(self, row: int) -> bool:
        if not 0 <= row < len(self._lines):
            return False
        received = self._lines[row].status is ItemStatus.RECEIVED
        return self.set_status(row, ItemStatus.MISSING if received else ItemStatus.RECEIVED)

    def adjust_copies(self, row: int, delta: int) -> bool:
        if not 0 <= row < len(self._lines) or not self._lines[row].editable:
            return False
        return self.setData(self.index(row, COPIES), max(0, self._lines[row].copies + delta))

    # --- Qt model ---------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._lines)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else 5

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802, ANN001, ANN201
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self._headers):
            return self._headers[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() in (COPIES, REASON) and self._lines[index.row()].editable:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: ANN201, C901
        if not index.isValid() or not 0 <= index.row() < len(self._lines):
            return None
        line, col = self._lines[index.row()], index.column()
        row = line.row
        if role == Qt.ItemDataRole.DisplayRole:
            if col == NAME:
                star = "" if row.required else self.tr("（可选）")
                lock = self.tr("【已收取，不再要求】") if row.locked else ""
                return f"{row.name}{star}{lock}"
            if col == REQUIRED:
                return form_and_copies(row.original, row.copies_required)
            if col == STATUS:
                return self._results[line.status]
            if col == COPIES:
                return line.copies
            if col == REASON:
                return line.reason
        if role == Qt.ItemDataRole.EditRole:
            if col == COPIES:
                return line.copies
            if col == REASON:
                return line.reason
        if role == Qt.ItemDataRole.BackgroundRole and col == STATUS:
            colour = _STATUS_COLOURS.get(line.status)
            return QBrush(QColor(colour)) if colour else None
        if role == Qt.ItemDataRole.ToolTipRole and col == NAME and row.locked:
            return self.tr("此前已收取：一次告知，不得再次要求")
        if role == KEY_ROLE:
            return row.key
        return None

    def setData(self, index: Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802, ANN001
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        line = self._lines[index.row()]
        if not line.editable:
            return False
        if index.column() == COPIES:
            try:
                line.copies = max(0, int(value))
            except (TypeError, ValueError):
                return False
        elif index.column() == REASON:
            line.reason = str(value or "").strip()
            if line.reason and line.status in (ItemStatus.PENDING, ItemStatus.RECEIVED):
                line.status = ItemStatus.DEFECTIVE  # a reason means something is wrong with it
        else:
            return False
        self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), REASON))
        return True


class ChecklistView(QTableView):
    """Keyboard-first: the clerk never needs the mouse to run the checklist."""

    def setup(self) -> None:
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.setTabKeyNavigation(True)
        header = self.horizontalHeader()
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        for col in (REQUIRED, STATUS, COPIES):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(REASON, QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        self.setColumnWidth(REASON, 260)
        self.setWordWrap(True)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        model = self.model()
        row = self.currentIndex().row()
        key = event.key()
        if (
            isinstance(model, ChecklistModel)
            and row >= 0
            and not event.modifiers()
            & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
        ):
            if key == Qt.Key.Key_Space:
                model.toggle(row)
                return
            statuses = {
                Qt.Key.Key_1: ItemStatus.RECEIVED,
                Qt.Key.Key_2: ItemStatus.MISSING,
                Qt.Key.Key_3: ItemStatus.DEFECTIVE,
            }
            if key in statuses and self.currentIndex().column() != COPIES:
                if model.set_status(row, statuses[key]):
                    if statuses[key] is ItemStatus.DEFECTIVE:
                        self.edit_reason(row)
                    elif row + 1 < model.rowCount():
                        self.setCurrentIndex(model.index(row + 1, STATUS))
                return
            if key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal, Qt.Key.Key_Minus):
                model.adjust_copies(row, -1 if key == Qt.Key.Key_Minus else 1)
                return
        super().keyPressEvent(event)

    def edit_reason(self, row: int) -> None:
        index = self.model().index(row, REASON)
        self.setCurrentIndex(index)
        self.edit(index)

    def moveCursor(self, action, modifiers):  # noqa: N802, ANN001, ANN201 (Qt override)
        """Tab and Shift+Tab walk the reasons of editable items."""
        model = self.model()
        moves = {
            QAbstractItemView.CursorAction.MoveNext: 1,
            QAbstractItemView.CursorAction.MovePrevious: -1,
        }
        if isinstance(model, ChecklistModel) and action in moves:
            step = moves[action]
            current = self.currentIndex()
            on_reason = current.column() == REASON
            row = current.row() + step if on_reason or step < 0 else max(current.row(), 0)
            while 0 <= row < model.rowCount():
                index = model.index(row, REASON)
                if model.flags(index) & Qt.ItemFlag.ItemIsEditable:
                    return index
                row += step
            return QModelIndex()  # past the last reason: Tab leaves the table
        return super().moveCursor(action, modifiers)
