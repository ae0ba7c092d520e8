"""The supervisor's board on screen (pytest-qt, offscreen, a real SQLite hall): the numbers of
`metrics.board` for a small known day, auto-refresh when another window writes, exports behind
the save-file seam, the clerk refused, and qtmodeltester on every model."""

from __future__ import annotations

import time
from datetime import date

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import SIGNAL, QSettings, Qt

from window_app.services import completion, metrics, processing
from window_app.services.board_definitions import DEFINITIONS
from window_app.services.users import login
from window_app.storage.database import Database
from window_app.ui import dialogs
from window_app.ui.board import BoardPage, open_board
from window_app.ui.board_models import NUMBER_ROLE, AlertTableModel, MeasureTableModel
from window_app.ui.context import AppContext
from window_app.ui.main_window import MainWindow
from window_app.ui.settings import Settings

from test_processing import accepted, received  # isort: skip

D = date(2026, 11, 25)  # a Wednesday
PASSWORD = "Counter#2026"


def build_day(db, actors) -> dict[str, str]:
    """A01 accepts and completes one on the spot; A02 registers one online; one is overdue."""
    c1, c2 = actors["clerk"], actors["clerk2"]
    n = {"late": accepted(db, c1, date(2026, 11, 9), seq=9)}  # due 23 Nov, still in review
    processing.start_review(db, c1, n["late"], on=date(2026, 11, 10))
    n["warn"] = accepted(db, c2, date(2026, 11, 13), channel="online", seq=10)  # due 27 Nov
    n["spot"] = accepted(db, c1, D, matter="SC-0001", seq=1)
    processing.decide(db, c1, n["spot"], "approved", on=D)
    completion.complete(db, c1, n["spot"], "营业执照", on=D)
    n["online"] = received(db, c2, D, channel="online", seq=2)
    return n


@pytest.fixture
def open_window(qtbot, gui_hall, tmp_path):
    """open_window(role) → a MainWindow for that user over the seeded hall."""
    db, actors = gui_hall
    dialogs.set_responder(lambda kind, title, text: True)
    windows = []

    def make(role: str) -> MainWindow:
        settings = Settings(QSettings(str(tmp_path / f"{role}.ini"), QSettings.Format.IniFormat))
        window = MainWindow(AppContext.create(db, actors[role], settings))
        qtbot.addWidget(window)
        window.resize(1500, 950)
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()
        qtbot.waitUntil(lambda: not window.ctx.runner.busy, timeout=10_000)
        windows.append(window)
        return window

    yield make
    for window in windows:
        window.ctx.watcher.stop()
        qtbot.waitUntil(lambda w=window: not w.ctx.runner.busy, timeout=10_000)
    dialogs.set_responder(None)


def board_on(qtbot, window, day: date = D) -> BoardPage:
    """Ctrl+B, then the range fixed to `day` as a supervisor would pick it."""
    qtbot.keyClick(window, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    page = window.ui.tabs.currentWidget()
    assert isinstance(page, BoardPage)
    page.today = lambda: day
    # the board of the day picked, shown to its last step (the first load is of the real today)
    with qtbot.waitSignal(page.loaded, timeout=10_000, check_params_cb=lambda r: r.start == day):
        qtbot.keyClick(page.ui.todayButton, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: not page.loading, timeout=10_000)
    return page


def test_board_shows_the_numbers_of_the_service(qtbot, open_window, gui_hall):
    db, actors = gui_hall
    n = build_day(db, actors)
    window = open_window("supervisor")
    page = board_on(qtbot, window)
    b = metrics.board(db, actors["supervisor"], D, D, on=D)
    t = b.totals
    # hand counts of the scenario, and the service agrees
    assert (t.received, t.accepted, t.completed, t.completed_same_day) == (2, 1, 1, 1)
    assert (t.zero_trip.numerator, t.zero_trip.denominator) == (1, 2)
    for name in ("received", "accepted", "notices", "refusals", "commitments", "completed",
                 "completed_same_day", "verification_failed"):  # fmt: skip
        assert page.cards[name].value.text() == str(getattr(t, name)), name
    for name in ("completion", "on_time", "zero_trip", "at_most_one"):
        rate = getattr(t, name)
        card = page.cards[name]
        assert card.value.text() == rate.percent
        assert card.caption.text() == f"{rate.numerator} ÷ {rate.denominator}"
        assert card.toolTip() == DEFINITIONS[name].zh  # the definition travels along
    assert page.cards["zero_trip"].value.text() == "50.0%"
    avg = page.cards["average_workdays"]
    assert avg.caption.text() == f"{t.average_workdays.total} ÷ {t.average_workdays.count} 件"

    windows = page.models["windows"]
    assert [r.key for r in windows.records()] == ["A01", "A02"]
    a01 = windows.records()[0].measures
    assert windows.index(0, 2).data() == str(a01.received)
    completion_col = 2 + 7
    assert windows.index(0, completion_col).data() == "1/1  100.0%"
    assert "办结率" in windows.headerData(completion_col, Qt.Orientation.Horizontal,
                                          Qt.ItemDataRole.ToolTipRole)  # fmt: skip
    assert {r.key for r in page.models["matters"].records()} == {r.key for r in b.matters}

    # overdue (red) and warning (yellow) lists, in words, open the application
    assert [a.number for a in page.overdue_model.records()] == [n["late"]]
    assert [a.number for a in page.warning_model.records()] == [n["warn"]]
    assert page.overdue_model.index(0, 0).data() == "● 超期2个工作日"
    assert page.warning_model.index(0, 0).data() == "● 剩2个工作日"
    assert page.ui.alertTabs.tabText(0) == "超期（1）"
    opened = []
    window.set_application_opener(opened.append)
    view = page.ui.overdueTable
    view.setFocus()
    view.setCurrentIndex(view.model().index(0, 1))
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert opened == [n["late"]]
    assert page.ui.updated.text().startswith("更新于 ")
    # the charts draw the window rows
    assert len(page.volume_chart.bars) == 3 and len(page.rates_chart.bars) == 3


def test_board_refreshes_when_another_window_writes(qtbot, open_window, gui_hall):
    db, actors = gui_hall
    build_day(db, actors)
    window = open_window("supervisor")
    page = board_on(qtbot, window)
    before = int(page.cards["received"].value.text())
    completed_before = int(page.cards["completed"].value.text())
    # another window: its own Database on the same file, its own logged-in clerk
    other_db = Database(db.url)
    try:
        other = login(other_db, "clerk2", PASSWORD)
        received(other_db, other, D, seq=21)
        started = time.monotonic()  # from the other window's commit
        qtbot.waitUntil(
            lambda: page.cards["received"].value.text() == str(before + 1), timeout=2000
        )
        first = time.monotonic() - started
        number = accepted(other_db, other, D, matter="SC-0001", seq=22)
        processing.decide(other_db, other, number, "approved", on=D)
        completion.complete(other_db, other, number, "营业执照", on=D)
        started = time.monotonic()
        qtbot.waitUntil(
            lambda: page.cards["completed"].value.text() == str(completed_before + 1),
            timeout=2000,
        )
        second = time.monotonic() - started
    finally:
        other_db.dispose()
    print(f"board refresh after another window's write: {first:.2f}s, {second:.2f}s")
    assert first < 2 and second < 2


def test_exports_through_the_save_dialog(qtbot, open_window, gui_hall, tmp_path):
    db, actors = gui_hall
    build_day(db, actors)
    window = open_window("supervisor")
    page = board_on(qtbot, window)
    target = tmp_path / "out" / "board"
    target.parent.mkdir()
    dialogs.set_responder(lambda kind, title, text: str(target) if kind == "save_file" else True)
    qtbot.keyClick(page.ui.xlsxButton, Qt.Key.Key_Space)
    xlsx = target.with_suffix(".xlsx")
    qtbot.waitUntil(lambda: not page.exporting, timeout=10_000)
    sheet = load_workbook(xlsx, read_only=True)["汇总"]
    rows = {r[0]: r[1] for r in sheet.iter_rows(values_only=True)}
    assert rows["接件量"] == 2 and rows["办结量"] == 1
    assert "已导出" in window.statusBar().currentMessage()
    # 日报导出 from the menu: the daily report PDF of the board's range
    dialogs.set_responder(lambda kind, title, text: str(tmp_path / "daily.pdf"))
    window.ui.actionDailyReport.trigger()
    qtbot.waitUntil(lambda: not page.exporting, timeout=20_000)
    assert (tmp_path / "daily.pdf").read_bytes().startswith(b"%PDF")
    # a cancelled save dialog does nothing
    dialogs.set_responder(lambda kind, title, text: None)
    qtbot.keyClick(page.ui.pdfButton, Qt.Key.Key_Space)
    assert not page.exporting
    # a file that cannot be written is a message, not a crash
    dialogs.set_responder(lambda kind, title, text: "/nonexistent-dir/x.xlsx")
    qtbot.keyClick(page.ui.xlsxButton, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: not page.exporting, timeout=10_000)
    assert "无法写入文件" in page.ui.message.text()


def test_a_clerk_cannot_open_the_board(qtbot, open_window):
    window = open_window("clerk")
    assert not window.ui.actionBoard.isVisible() and not window.ui.actionBoard.isEnabled()
    assert not window.ui.menuSupervise.menuAction().isVisible()
    qtbot.keyClick(window, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    assert not isinstance(window.ui.tabs.currentWidget(), BoardPage)
    # reached anyway (a stale shortcut, a script): the service refuses, the page says so
    page = open_board(window)
    qtbot.waitUntil(lambda: bool(page.ui.message.text()), timeout=10_000)
    assert "无权限" in page.ui.message.text()
    assert page.result is None and page.ui.message.isVisible()
    assert page.cards["received"].value.text() == "—"


def test_models_pass_qtmodeltester(qtmodeltester, gui_hall):
    db, actors = gui_hall
    build_day(db, actors)
    b = metrics.board(db, actors["supervisor"], date(2026, 11, 1), D, on=D)
    for rows in (b.windows, b.clerks, b.matters, b.departments):
        model = MeasureTableModel("key", DEFINITIONS, "zh")
        model.set_records(rows)
        assert model.rowCount() == len(rows)
        qtmodeltester.check(model)
    for alerts in (b.overdue, b.warnings, ()):
        model = AlertTableModel()
        model.set_records(alerts)
        qtmodeltester.check(model)
        if alerts:
            assert model.index(0, 1).data(NUMBER_ROLE) == alerts[0].number
    empty = MeasureTableModel("key", DEFINITIONS, "en")
    qtmodeltester.check(empty)
    assert empty.headerData(2, Qt.Orientation.Horizontal) == "Received"


def test_the_board_speaks_the_installed_language(qtbot, open_window, gui_hall):
    """`--lang en` (or the setting) installs English: the cards and headers follow it."""
    from window_app.ui import i18n

    i18n.install("en")
    try:
        window = open_window("supervisor")
        page = board_on(qtbot, window)
        assert page.cards["received"].title.text() == DEFINITIONS["received"].label_en + " ⓘ"
        assert page.cards["received"].toolTip() == DEFINITIONS["received"].en
        header = page.models["windows"].headerData(2, Qt.Orientation.Horizontal)
        assert header == DEFINITIONS["received"].label_en
    finally:
        i18n.install("zh_CN")


def _queue_rows(page: BoardPage) -> dict[tuple[str, str], list[str]]:
    model = page.queue_model
    rows = {}
    for r in range(model.rowCount()):
        cells = [model.index(r, c).data() for c in range(model.columnCount())]
        rows[(cells[0], cells[1])] = cells[2:]
    return rows


def test_board_shows_the_queue_per_line_window_and_clerk_live(qtbot, open_window, gui_hall):
    """Issue 18: the board's 排队 tab — per line, window and clerk: tickets, waiting, called,
    served, no-shows, transfers, average / 90% wait and service time — follows another
    window's call at once (the board refreshes on every write)."""
    from datetime import datetime, timedelta

    from window_app.services import queue_config, queue_tickets
    from window_app.services.queue_tickets import KIOSK

    db, actors = gui_hall
    queue_config.configure_line(db, actors["admin"], "综合受理", "A", ["A01", "A02"])
    today = date.today()
    t0 = datetime.combine(today, datetime.min.time()).replace(hour=9)
    a = [queue_tickets.take_ticket(db, KIOSK, "综合受理", at=t0 + timedelta(minutes=i)).number
         for i in range(4)]  # fmt: skip
    clerk, clerk2 = actors["clerk"], actors["clerk2"]
    queue_tickets.call_next(db, clerk, "A01", at=t0 + timedelta(minutes=10))  # A001 waited 10
    queue_tickets.finish(db, clerk, a[0], "A01", at=t0 + timedelta(minutes=16))  # served 6
    queue_tickets.call_next(db, clerk2, "A02", at=t0 + timedelta(minutes=21))  # A002 waited 20
    queue_tickets.no_show(db, clerk2, a[1], "A02", at=t0 + timedelta(minutes=23))
    window = open_window("supervisor")
    page = board_on(qtbot, window, today)
    tabs = page.ui.breakdownTabs
    tabs.setCurrentIndex(tabs.count() - 1)
    assert tabs.tabText(tabs.currentIndex()).startswith("排队")
    assert page.queueTable.isVisible()
    rows = _queue_rows(page)
    # tickets, waiting, called, served, no-shows, transfers, avg wait, 90% wait, avg service
    assert rows[("全大厅", "全大厅")] == ["4", "2", "2", "1", "1", "0", "15.0", "20.0", "6.0"]
    assert rows[("业务线", "综合受理")] == rows[("全大厅", "全大厅")]
    assert rows[("窗口", "A01")] == ["1", "0", "1", "1", "0", "0", "10.0", "10.0", "6.0"]
    assert rows[("窗口", "A02")] == ["1", "0", "1", "0", "1", "0", "20.0", "20.0", "—"]
    assert rows[("人员", "张晓敏")][:4] == ["1", "0", "1", "1"]
    # another window calls the next ticket: the table follows without a click
    other_db = Database(db.url)
    try:
        other = login(other_db, "clerk1", PASSWORD)
        queue_tickets.call_next(other_db, other, "A01")
        qtbot.waitUntil(lambda: _queue_rows(page)[("全大厅", "全大厅")][1:3] == ["1", "3"],
                        timeout=5000)  # fmt: skip
    finally:
        other_db.dispose()


def test_the_overdue_rectification_cases_open_from_the_board(qtbot, open_window, gui_hall):
    """Issue 18: overdue cases show on the board: the count, and the count opens them."""
    from datetime import datetime

    from window_app.services import evaluation
    from window_app.ui.rectification import RectificationPage

    db, actors = gui_hall
    n = build_day(db, actors)
    # a real-name 非常不满意 on 20 Nov: the follow-up was due on the 23rd and never made
    evaluation.record_evaluation(db, actors["clerk"], n["spot"], 1, ["108"],
                                 at=datetime(2026, 11, 20, 10, 0))  # fmt: skip
    window = open_window("supervisor")
    page = board_on(qtbot, window)
    label = page.ui.hallFigures
    assert "超期整改" in label.text() and 'href="overdue-cases">1</a>' in label.text()
    label.linkActivated.emit("overdue-cases")  # what a click or Tab + Enter on the 1 sends
    cases = window.ui.tabs.currentWidget()
    assert isinstance(cases, RectificationPage)
    assert cases.ui.filter.currentData() == "overdue"
    qtbot.waitUntil(lambda: cases.model.rowCount() == 1, timeout=10_000)
    assert n["spot"] in [cases.model.index(0, c).data() for c in range(cases.model.columnCount())]


def test_a_closed_board_is_kept_not_refreshed_and_shown_again_refreshed(
    qtbot, open_window, gui_hall
):
    """Issue 22: building the board held the UI thread 40–80 ms at every opening; its closed
    page is kept (hidden), skips the other windows' changes while closed, and the next Ctrl+B
    shows the same page again with today's figures."""
    db, actors = gui_hall
    build_day(db, actors)
    window = open_window("supervisor")
    page = board_on(qtbot, window)
    before = int(page.cards["received"].value.text())
    tabs = window.ui.tabs
    listening = window.ctx.watcher.receivers(SIGNAL("changed()"))
    tabs.tabCloseRequested.emit(tabs.indexOf(page))
    qtbot.wait(50)  # a deleted page would be gone after the event loop's turn
    assert tabs.indexOf(page) == -1 and not page.isVisible()
    # closed, it no longer listens to the hall's changes (a window's watcher then reads only
    # its own window's counter: ChangeWatcher.names)
    assert window.ctx.watcher.receivers(SIGNAL("changed()")) == listening - 1
    refreshed, changes = [], []
    page.loaded.connect(refreshed.append)
    window.ctx.watcher.changed.connect(lambda: changes.append(1))
    received(db, actors["clerk2"], D, seq=21)
    qtbot.waitUntil(lambda: bool(changes), timeout=5000)  # the watcher saw the write
    qtbot.wait(1000)  # and the board's debounce has long passed
    assert refreshed == [] and not page.loading
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        qtbot.keyClick(window, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    assert tabs.currentWidget() is page
    assert page.cards["received"].value.text() == str(before + 1)
    assert page.period() == (D, D)
    # listening again (beside this test's own slot)
    assert window.ctx.watcher.receivers(SIGNAL("changed()")) == listening + 1
