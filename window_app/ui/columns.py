"""Column widths of record tables: fitted to the content once, then left to the clerk.

`ResizeToContents` measures the text of sampled cells again after every model reset and on
layout passes: with Chinese text shaping that cost about 200 ms per refresh of a 1,300-row work
list, on the UI thread, each time another window wrote. Even one `resizeColumnsToContents()`
measures forty rows of every column (about 40 ms for a board table). Here each column measures
one string, the widest of a sample by character width (a Chinese character counts two), and
the header; then the columns are Interactive (the clerk may widen one) and one column takes the
remaining width, though never less than its own content (the table scrolls sideways then).
"""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QHeaderView, QTableView

SAMPLE_ROWS = 40  # rows looked at when fitting
PADDING = 18  # cell margins and the sort arrow
MAX_WIDTH = 420  # a long explanation column must not push the others off screen


def display_width(text: str) -> int:
    """Columns a text takes in a monospace sense: wide (CJK) characters count two."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def _width(view: QTableView, column: int, rows: int) -> int:
    """The column's header or widest sampled text, with padding, at most MAX_WIDTH."""
    model, header = view.model(), view.horizontalHeader()
    texts = [model.index(row, column).data() for row in range(rows)]
    widest = max((str(t) for t in texts if t is not None), key=display_width, default="")
    title = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
    width = max(
        view.fontMetrics().horizontalAdvance(widest), header.fontMetrics().horizontalAdvance(title)
    )
    return min(width + PADDING, MAX_WIDTH)


def fit(view: QTableView, stretch: int) -> int:
    """Size every column but `stretch` to its header and the widest sampled text; returns the
    width `stretch` needs for the same."""
    header = view.horizontalHeader()
    rows = min(view.model().rowCount(), SAMPLE_ROWS)
    for column in range(view.model().columnCount()):
        if column != stretch:
            header.resizeSection(column, _width(view, column, rows))
    return _width(view, stretch, rows)


class _StretchOrScroll(QObject):
    """The stretch column takes the spare width, but never less than its content: when the other
    columns leave less (longer English headers, a narrow window), it keeps its content's width
    and the table scrolls sideways instead of cutting the names to "…"."""

    def __init__(self, view: QTableView, stretch: int, need: int):
        super().__init__(view)
        self.view, self.stretch, self.need = view, stretch, need
        view.viewport().installEventFilter(self)  # this table's own resizes only
        self.apply()

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.Resize:
            self.apply()
        return False

    def apply(self) -> None:
        header = self.view.horizontalHeader()
        others = sum(header.sectionSize(c) for c in range(header.count()) if c != self.stretch)
        roomy = self.view.viewport().width() - others >= self.need
        mode = QHeaderView.ResizeMode.Stretch if roomy else QHeaderView.ResizeMode.Interactive
        if header.sectionResizeMode(self.stretch) != mode:
            header.setSectionResizeMode(self.stretch, mode)
            if not roomy:
                header.resizeSection(self.stretch, self.need)


def fit_once(view: QTableView, stretch: int) -> None:
    """Fit `view`'s columns to the first non-empty content of its model, once."""
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    header.setStretchLastSection(False)
    model = view.model()
    fitted = False

    def first_rows() -> None:
        nonlocal fitted
        if fitted or model.rowCount() == 0:
            return
        fitted = True
        _StretchOrScroll(view, stretch, fit(view, stretch))

    model.modelReset.connect(first_rows)
    model.rowsInserted.connect(first_rows)
    model.layoutChanged.connect(first_rows)
