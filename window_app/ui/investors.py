"""The investors (shareholders) table of the registration and change-registration pages: name,
ID number or USCC, subscribed capital in 10,000 yuan, typed by the clerk. A wrong identifier is
shown in red with its reason as the clerk types; the services check everything again."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QHeaderView, QLineEdit, QStyledItemDelegate, QTableView

from ..core import idcard, uscc
from ..core.errors import DomainError
from ..services.registration import Investor
from .code_fields import make_code_field
from .i18n import error_text

Index = QModelIndex | QPersistentModelIndex


def identifier_problem(text: str) -> str | None:
    """Why an investor's ID number or USCC is wrong (the USCC message names the part), or None."""
    code = "".join(text.split()).upper()
    if not code:
        return None
    try:
        if len(code) == 18 and not code[:17].isdigit():
            uscc.validate(code)
        elif not (len(code) == 18 and uscc.is_valid(code)):
            idcard.validate(code)
    except DomainError as exc:
        return error_text(exc)
    return None


class InvestorsModel(QAbstractTableModel):
    """Shareholders typed by the clerk: name, ID number or USCC, subscribed capital (万元)."""

    NAME, IDENTIFIER, SUBSCRIBED = range(3)

    def __init__(self, parent=None):  # noqa: ANN001
        super().__init__(parent)
        self._rows: list[list[str]] = []
        self._headers = [
            self.tr("姓名（名称）"), self.tr("身份证号或统一社会信用代码"), self.tr("认缴出资（万元）"),
        ]  # fmt: skip

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802, ANN001, ANN201
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self._headers)
        ):
            return self._headers[section]
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return str(section + 1) if 0 <= section < len(self._rows) else None
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: ANN201
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        value = self._rows[index.row()][index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return value
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and index.column() == self.IDENTIFIER
            and identifier_problem(value)
        ):
            return QBrush(QColor("#c62828"))
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == self.IDENTIFIER:
            return identifier_problem(value)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        text = str(value or "").strip()
        if index.column() == self.IDENTIFIER:
            text = "".join(text.split()).upper()
        self._rows[index.row()][index.column()] = text
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.DisplayRole])
        return True

    def insertRows(self, row: int, count: int, parent: Index = QModelIndex()) -> bool:  # noqa: N802, B008
        if parent.isValid() or count < 1 or not 0 <= row <= len(self._rows):
            return False
        self.beginInsertRows(QModelIndex(), row, row + count - 1)
        for _ in range(count):
            self._rows.insert(row, ["", "", ""])
        self.endInsertRows()
        return True

    def removeRows(self, row: int, count: int, parent: Index = QModelIndex()) -> bool:  # noqa: N802, B008
        if parent.isValid() or count < 1 or row < 0 or row + count > len(self._rows):
            return False
        self.beginRemoveRows(QModelIndex(), row, row + count - 1)
        del self._rows[row : row + count]
        self.endRemoveRows()
        return True

    def clear(self) -> None:
        self.set_rows([])

    def set_rows(self, rows: list[tuple[str, str, str]]) -> None:
        """Replace the rows: (name, identifier, subscribed) as text."""
        self.beginResetModel()
        self._rows = [list(r) for r in rows]
        self.endResetModel()

    def rows(self) -> list[tuple[str, str, str]]:
        return [tuple(r) for r in self._rows]  # type: ignore[misc]

    def investors(self) -> tuple[Investor, ...]:
        """Non-empty rows as the service's Investor (amounts as typed; the service checks them)."""
        out = []
        for name, ident, amount in self._rows:
            if name or ident or amount:
                out.append(Investor(name, ident, amount or "0"))  # type: ignore[arg-type]
        return tuple(out)

    def total(self) -> Decimal | None:
        try:
            return sum((Decimal(r[2]) for r in self._rows if r[2]), Decimal(0))
        except InvalidOperation:
            return None


class CodeDelegate(QStyledItemDelegate):
    """Editors of the identifier and amount columns take reader input: input method off."""

    def createEditor(self, parent, option, index):  # noqa: N802, ANN001, ANN201
        editor = super().createEditor(parent, option, index)
        if isinstance(editor, QLineEdit) and index.column() != InvestorsModel.NAME:
            make_code_field(editor, uppercase=index.column() == InvestorsModel.IDENTIFIER)
        return editor


def attach(view: QTableView, model: InvestorsModel) -> None:
    """Show `model` in `view` with the reader-friendly editors; the identifier column as wide
    as its 18 characters, the others sharing the rest."""
    view.setModel(model)
    view.setItemDelegate(CodeDelegate(view))
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    header.setSectionResizeMode(InvestorsModel.IDENTIFIER, QHeaderView.ResizeMode.ResizeToContents)
    header.setMinimumSectionSize(120)
    view.verticalHeader().setDefaultSectionSize(26)


def add_row(view: QTableView, model: InvestorsModel) -> None:
    """A new empty row at the end, its first cell being edited."""
    row = model.rowCount()
    model.insertRows(row, 1)
    index = model.index(row, 0)
    view.setCurrentIndex(index)
    view.setFocus()
    view.edit(index)


def remove_current(view: QTableView, model: InvestorsModel) -> None:
    index = view.currentIndex()
    if index.isValid():
        model.removeRows(index.row(), 1)
