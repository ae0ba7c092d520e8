"""容缺受理 on screen (issue 19; pytest-qt, offscreen, a real SQLite hall): F6 with only a
可容缺 material missing asks for the applicant's dated commitment, a bad date is refused beside
the dialog and nothing is lost; the receipt is issued; the 容缺材料 tab shows what is owed and
records its arrival; a supervisor waives another with a reason; the work list reminds."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, QSettings, Qt
from PySide6.QtWidgets import QDialogButtonBox

from window_app.core.states import State
from window_app.services import checklist, material_gaps, queries
from window_app.ui.application_view import ApplicationPage
from window_app.ui.context import AppContext
from window_app.ui.main_window import MainWindow
from window_app.ui.material_gaps_panel import GapDialog
from window_app.ui.processing_dialogs import ReasonDialog
from window_app.ui.settings import Settings
from window_app.ui.work_list import WorkListPage

from test_processing import all_received, received  # isort: skip

MATTER, GAP = "JT-0001", "principal_id"


def _window(qtbot, db, actor, tmp_path, name: str) -> MainWindow:
    settings = Settings(QSettings(str(tmp_path / f"{name}.ini"), QSettings.Format.IniFormat))
    window = MainWindow(AppContext.create(db, actor, settings))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    idle(qtbot, window)
    return window


def idle(qtbot, window) -> None:
    qtbot.waitUntil(lambda: not window.ctx.runner.busy, timeout=10_000)


def _page(qtbot, window: MainWindow, number: str) -> ApplicationPage:
    window.open_application(number)
    page = window.ui.tabs.currentWidget()
    assert isinstance(page, ApplicationPage) and page.number == number
    qtbot.waitUntil(lambda: page.detail is not None and not page.ctx.runner.busy, timeout=10_000)
    return page


def _all_but_gap(db, clerk, seq: int) -> str:
    today = date.today()
    number = received(db, clerk, today, matter=MATTER, seq=seq)
    marks = [m for m in all_received(db, number, today) if m.key != GAP]
    checklist.record_materials(db, clerk, number, marks)
    return number


def test_accept_with_a_gap_then_supply_it_on_the_tab(qtbot, gui_hall, tmp_path):
    db, actors = gui_hall
    clerk = actors["clerk"]
    number = _all_but_gap(db, clerk, 1)
    window = _window(qtbot, db, clerk, tmp_path, "clerk")
    page = _page(qtbot, window, number)
    assert page.model.unsettled() == [(GAP, "企业负责人身份证明")]

    qtbot.keyClick(page.ui.checklist, Qt.Key.Key_F6)
    qtbot.waitUntil(lambda: isinstance(page.dialog, GapDialog), timeout=10_000)
    dialog = page.dialog
    assert dialog.ui.items.item(0, 0).text() == "企业负责人身份证明"
    today = date.today()
    # today is no later date: refused in the dialog, the dialog and the checklist kept
    dialog.dates[0].setDate(QDate(today.year, today.month, today.day))
    dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: "须晚于今天" in dialog.ui.message.text(), timeout=10_000)
    assert page.dialog is dialog and queries.application_detail(db, number).state == "received"
    dialog.grab().save(str(tmp_path / "gap_dialog.png"))

    promised = today + timedelta(days=5)
    dialog.dates[0].setDate(QDate(promised.year, promised.month, promised.day))
    with qtbot.waitSignal(page.outcome_done, timeout=10_000):
        dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert queries.application_detail(db, number).state == State.ACCEPTED
    assert page.preview is not None and page.preview.info.kind == "receipt"
    page.preview.close()
    idle(qtbot, window)

    gaps = page.gaps
    qtbot.waitUntil(lambda: gaps.ui.gaps.rowCount() == 1, timeout=10_000)
    assert gaps.ui.gaps.item(0, 1).text() == promised.isoformat()
    assert gaps.ui.gaps.item(0, 2).text() == "待补交"
    assert "待补交1项" in gaps.ui.summary.text()
    assert gaps.ui.waiveButton.isHidden() and not gaps.ui.supplyButton.isHidden()  # clerk
    page.ui.detailTabs.setCurrentWidget(gaps)
    window.grab().save(str(tmp_path / "gaps_tab.png"))
    gaps.ui.supplyButton.click()
    qtbot.waitUntil(lambda: gaps.ui.gaps.item(0, 2).text() == "已补交", timeout=10_000)
    assert not gaps.ui.supplyButton.isEnabled()
    (row,) = [r for r in checklist.get_checklist(db, number) if r.key == GAP]
    assert row.status == "received"
    idle(qtbot, window)
    window.ctx.watcher.stop()


def test_a_supervisor_waives_and_the_work_list_reminds(qtbot, gui_hall, tmp_path):
    from window_app.services.accept import accept

    db, actors = gui_hall
    clerk, boss = actors["clerk"], actors["supervisor"]
    number = _all_but_gap(db, clerk, 2)
    accept(db, clerk, number, gaps={GAP: date.today() + timedelta(days=2)})
    window = _window(qtbot, db, boss, tmp_path, "boss")
    reminder = window.findChild(WorkListPage, "work-list")
    assert reminder is not None
    reminder.refresh()
    qtbot.waitUntil(lambda: number in reminder.ui.gapReminder.text(), timeout=10_000)
    assert "企业负责人身份证明" in reminder.ui.gapReminder.text()
    window.grab().save(str(tmp_path / "work_list_reminder.png"))

    page = _page(qtbot, window, number)
    gaps = page.gaps
    qtbot.waitUntil(lambda: gaps.ui.gaps.rowCount() == 1, timeout=10_000)
    page.ui.detailTabs.setCurrentWidget(gaps)
    gaps.ui.gaps.selectRow(0)
    assert gaps.ui.waiveButton.isVisible() and gaps.ui.waiveButton.isEnabled()
    gaps.ui.waiveButton.click()
    dialog = gaps.dialog
    assert isinstance(dialog, ReasonDialog)
    dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).click()  # no reason
    # the dialog names the empty reason beside it before the service is asked (FieldMessages)
    qtbot.waitUntil(lambda: "请填写" in dialog.ui.reasonError.text(), timeout=10_000)
    dialog.ui.reason.setPlainText("负责人即法定代表人，身份证已当面核验")
    dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: gaps.ui.gaps.item(0, 2).text() == "已免于补交", timeout=10_000)
    assert "负责人即法定代表人" in gaps.ui.gaps.item(0, 3).text()
    assert material_gaps.reminders(db, boss) == []
    window.grab().save(str(tmp_path / "gaps_waived.png"))
    idle(qtbot, window)
    window.ctx.watcher.stop()
