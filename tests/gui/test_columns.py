"""Column fitting: the stretch column takes the spare width, never less than its content."""

from __future__ import annotations

from PySide6.QtWidgets import QHeaderView, QTableView

from window_app.ui import columns
from window_app.ui.record_model import RecordTableModel

NAME = "湛江市赤坎区好味道餐饮服务有限公司"


class _Model(RecordTableModel):
    def cells(self, record) -> list[str]:  # noqa: ANN001
        return list(record)


def _table(qtbot, width: int) -> tuple[QTableView, _Model]:
    view = QTableView()
    qtbot.addWidget(view)
    model = _Model(["Window", "Name", *(f"A rather long English header {i}" for i in range(6))])
    view.setModel(model)
    columns.fit_once(view, 1)
    view.resize(width, 300)
    view.show()
    qtbot.waitExposed(view)
    model.set_records([("A01", NAME, *("12" for _ in range(6)))])
    return view, model


def test_a_narrow_table_keeps_the_names_whole_and_scrolls(qtbot):
    view, _model = _table(qtbot, 600)
    header = view.horizontalHeader()
    needed = view.fontMetrics().horizontalAdvance(NAME)
    assert header.sectionSize(1) >= needed  # not cut to "…"
    assert header.sectionResizeMode(1) == QHeaderView.ResizeMode.Interactive
    assert header.length() > view.viewport().width()  # the table scrolls sideways


def test_a_wide_table_stretches_the_name_column(qtbot):
    view, _model = _table(qtbot, 3000)
    header = view.horizontalHeader()
    assert header.sectionResizeMode(1) == QHeaderView.ResizeMode.Stretch
    assert header.length() == view.viewport().width()  # no spare width, no scrolling
    view.resize(600, 300)  # the window made narrow: the names stay whole
    qtbot.waitUntil(lambda: header.sectionResizeMode(1) == QHeaderView.ResizeMode.Interactive)
    assert header.sectionSize(1) >= view.fontMetrics().horizontalAdvance(NAME)
