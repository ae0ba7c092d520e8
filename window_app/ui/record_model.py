"""One table model for every list of records on screen (work list, lookup, board, segments).

A screen says what its columns show (`cells`) and, where it needs them, a sort key, the
application number a row opens, and per-cell styling; the model formats every cell once, when
the records arrive. A view asks `data()` for about ten roles per visible cell on every paint:
answering from the formatted table, with plain integer roles and unknown roles dismissed first,
keeps a full repaint of the board well inside the UI thread's 100 ms (formatting inside `data()`
on each call cost about three times as much).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

Index = QModelIndex | QPersistentModelIndex
_R = Qt.ItemDataRole
DISPLAY, ACCESSIBLE = int(_R.DisplayRole), int(_R.AccessibleTextRole)
NUMBER_ROLE = int(_R.UserRole)  # the application number a row opens
SORT_ROLE = int(_R.UserRole) + 1  # what a proxy sorts by
BACKGROUND, FOREGROUND = int(_R.BackgroundRole), int(_R.ForegroundRole)
TOOLTIP, ALIGNMENT = int(_R.ToolTipRole), int(_R.TextAlignmentRole)
STYLED = frozenset({BACKGROUND, FOREGROUND, TOOLTIP, ALIGNMENT})
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


class RecordTableModel(QAbstractTableModel):
    """Rows are records (frozen dataclasses from the services); subclasses define the columns."""

    def __init__(self, headers: list[str], parent=None):  # noqa: ANN001
        super().__init__(parent)
        self._headers = headers
        self._records: list[Any] = []
        self._cells: list[Sequence[str]] = []

    # --- what a subclass defines ----------------------------------------------------------
    def cells(self, record: Any) -> Sequence[str]:
        """The display text of every column of one record."""
        raise NotImplementedError

    def sort_key(self, record: Any, column: int, text: str) -> object:
        return text

    def number(self, record: Any) -> str | None:
        return None

    def style(self, record: Any, column: int, role: int) -> object:
        """Background, foreground, tooltip or alignment of one cell (None: the default)."""
        return None

    def header_tooltip(self, section: int) -> str | None:
        return None

    # --- the records ------------------------------------------------------------------------
    def set_records(self, records: Sequence[Any]) -> None:
        records = list(records)
        self._replace(records, [self.cells(r) for r in records])

    def _replace(self, records: list[Any], cells: list[Sequence[str]]) -> None:
        """New records with their formatted cells (a subclass that sorts formats them once)."""
        self.beginResetModel()
        self._records, self._cells = records, cells
        self.endResetModel()

    def records(self) -> list[Any]:
        return list(self._records)

    def record(self, row: int) -> Any:
        return self._records[row]

    def row_of(self, number: str | None) -> int | None:
        if number is None:
            return None
        return next((i for i, r in enumerate(self._records) if self.number(r) == number), None)

    def _reorder(self, records: list[Any], cells: list[Sequence[str]] | None = None) -> None:
        """Replace the order of the same records (sorting), keeping persistent indexes; `cells`,
        when given, are theirs in the new order."""
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        moved = [(index, self._records[index.row()]) for index in persistent]
        self._records = records
        self._cells = cells if cells is not None else [self.cells(r) for r in records]
        rows = {id(r): i for i, r in enumerate(records)}
        self.changePersistentIndexList(
            persistent, [self.index(rows[id(r)], index.column()) for index, r in moved]
        )
        self.layoutChanged.emit()

    # --- Qt ---------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._records)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation, role: int = DISPLAY):  # noqa: N802, ANN001, ANN201
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._headers):
            return None
        if role == DISPLAY:
            return self._headers[section]
        if role == TOOLTIP:
            return self.header_tooltip(section)
        return None

    def data(self, index: Index, role: int = DISPLAY):  # noqa: ANN201
        row, column = index.row(), index.column()
        if not 0 <= row < len(self._cells) or not 0 <= column < len(self._headers):
            return None
        if role in (DISPLAY, ACCESSIBLE):
            return self._cells[row][column]
        if role in STYLED:
            return self.style(self._records[row], column, role)
        if role == NUMBER_ROLE:
            return self.number(self._records[row])
        if role == SORT_ROLE:
            return self.sort_key(self._records[row], column, self._cells[row][column])
        return None
