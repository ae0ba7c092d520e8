"""Column widths of record tables: fitted to the content once, then left to the clerk.

`ResizeToContents` measures the text of sampled cells again after every model reset and on
layout passes: with Chinese text shaping that cost about 200 ms per refresh of a 1,300-row work
list, on the UI thread, each time another window wrote. Even one `resizeColumnsToContents()`
measures forty rows of every column (about 40 ms for a board table). Here each column measures
one string, the widest of a sample by character width (a Chinese character counts two), and
the header; then the columns are Interactive (the clerk may widen one) and one column takes the
remaining width.
"""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView, QTableView

SAMPLE_ROWS = 40  # rows looked at when fitting
PADDING = 18  # cell margins and the sort arrow
MAX_WIDTH = 420  # a long explanation column must not push the others off screen


def display_width(text: str) -> int:
    """Columns a text takes in a monospace sense: wide (CJK) characters count two."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def fit(view: QTableView, stretch: int) -> None:
    """Size every column but `stretch` to its header and the widest sampled text."""
    model, header = view.model(), view.horizontalHeader()
    cells, heads = view.fontMetrics(), header.fontMetrics()
    rows = min(model.rowCount(), SAMPLE_ROWS)
    for column in range(model.columnCount()):
        if column == stretch:
            continue
        texts = [model.index(row, column).data() for row in range(rows)]
        widest = max((str(t) for t in texts if t is not None), key=display_width, default="")
        title = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
        width = max(cells.horizontalAdvance(widest), heads.horizontalAdvance(title)) + PADDING
        header.resizeSection(column, min(width, MAX_WIDTH))


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
        fit(view, stretch)

    model.modelReset.connect(first_rows)
    model.rowsInserted.connect(first_rows)
    model.layoutChanged.connect(first_rows)
