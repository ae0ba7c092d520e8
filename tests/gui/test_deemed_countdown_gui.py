"""The clerk sees the five-day countdown of art. 32 from the first day (issue 14, part 4)."""

from __future__ import annotations

from datetime import date

from window_app.services import queries
from window_app.ui.work_list import DEEMED_COLUMN, WorkListModel

from test_processing import received  # isort: skip

RECEIVED = date(2026, 11, 3)


def test_work_list_and_application_count_down(qtbot, sqlite_hall, application_page):
    db, actors = sqlite_hall
    clerk = actors["clerk"]
    number = received(db, clerk, RECEIVED)
    model = WorkListModel()
    texts = {}
    for day in (RECEIVED, date(2026, 11, 10), date(2026, 11, 11)):
        model.set_records(queries.work_list(db, clerk, on=day))
        row = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == number)
        texts[day] = model.index(row, DEEMED_COLUMN).data()
    assert texts == {
        RECEIVED: "告知期剩5个工作日",
        date(2026, 11, 10): "今日为告知最后一日",
        date(2026, 11, 11): "是",
    }
    page = application_page(db, clerk, number, "zh_CN")
    page._show(queries.application_detail(db, number, on=RECEIVED))
    assert not page.ui.deemed.isHidden()
    assert page.ui.deemed.text() == "一次性告知期剩5个工作日"
