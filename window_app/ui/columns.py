"""Column widths of record tables: fitted to the content once, then left to the clerk.

`ResizeToContents` measures the text of sampled cells again after every model reset and on
layout passes; with Chinese text shaping that cost about 200 ms per refresh of a 1,300-row work
list, on the UI thread, each time another window wrote. Fitting once, when the first rows
arrive, costs about 20 ms; afterwards the columns are Interactive (the clerk may widen one) and
one column takes the remaining width.
"""

from __future__ import annotations

from PySide6.QtWidgets import QHeaderView, QTableView

SAMPLE_ROWS = 40  # rows measured when fitting: enough for typical widths, bounded for speed


def fit_once(view: QTableView, stretch: int) -> None:
    """Fit `view`'s columns to the first non-empty content of its model, once."""
    header = view.horizontalHeader()
    header.setResizeContentsPrecision(SAMPLE_ROWS)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    header.setStretchLastSection(False)
    model = view.model()
    fitted = False

    def fit() -> None:
        nonlocal fitted
        if fitted or model.rowCount() == 0:
            return
        fitted = True
        view.resizeColumnsToContents()

    model.modelReset.connect(fit)
    model.rowsInserted.connect(fit)
    model.layoutChanged.connect(fit)
