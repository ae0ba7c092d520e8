"""The supervisor's 双随机抽查 page (pytest-qt, offscreen, a real SQLite hall): a draw typed at the
keyboard, its picks with inspectors who never handled the object, a result that needs a note when
a problem was found, verification (still consistent after a later registration, which it reports;
its failure after the stored draw was changed), the page in
English, the menu only for supervisors and administrators, and the table models."""

from __future__ import annotations

import subprocess
from datetime import date

import pytest
from PySide6.QtCore import QSettings, Qt
from sqlalchemy import select

from tests.gui.test_registration_gui import ENTER, idle, shoot, type_text
from tests.test_spot_checks import SPECS, add_commitments, add_enterprises
from window_app.services import spot_checks as sc
from window_app.storage.models import SpotCheckPick
from window_app.ui import dialogs, i18n
from window_app.ui.context import AppContext
from window_app.ui.main_window import MainWindow
from window_app.ui.settings import Settings
from window_app.ui.spot_checks import PicksModel, PlansModel, SpotChecksPage


@pytest.fixture
def open_window(qtbot, gui_hall, tmp_path):
    """open_window(role, language) → a MainWindow for that user over the seeded hall."""
    db, actors = gui_hall
    add_enterprises(db, actors["clerk"], SPECS)
    windows = []

    def make(role: str, language: str = "zh_CN") -> MainWindow:
        i18n.install(language)
        dialogs.set_responder(lambda kind, title, text: True)
        settings = Settings(QSettings(str(tmp_path / f"{role}.ini"), QSettings.Format.IniFormat))
        window = MainWindow(AppContext.create(db, actors[role], settings))
        qtbot.addWidget(window)
        window.resize(1500, 900)
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()
        idle(qtbot, window)
        windows.append(window)
        return window

    yield make
    for window in windows:
        window.ctx.watcher.stop()
        idle(qtbot, window)
    i18n.install("zh_CN")


def open_page(qtbot, window) -> SpotChecksPage:
    window.ui.actionSpotChecks.trigger()
    page = window.ui.tabs.currentWidget()
    assert isinstance(page, SpotChecksPage)
    qtbot.waitUntil(lambda: page.ui.planDetail.text() != "", timeout=5000)
    idle(qtbot, window)
    return page


def test_draw_record_and_verify(qtbot, open_window, gui_hall):
    window = open_window("supervisor")
    page = open_page(qtbot, window)
    assert page.plans.rowCount() == 0 and not page.ui.recordButton.isEnabled()
    assert page.ui.size.hasFocus()
    qtbot.keyClicks(page.ui.size, "3x")  # not a number: refused beside the field
    qtbot.keyClick(page.ui.size, ENTER)
    assert page.ui.sizeError.isVisible() and page.plans.rowCount() == 0
    page.ui.size.clear()
    qtbot.keyClicks(page.ui.size, "4")
    with qtbot.waitSignal(page.done, timeout=10_000) as drawn:
        qtbot.keyClick(page.ui.size, ENTER)
    plan = drawn.args[0]
    qtbot.waitUntil(lambda: page.picks.rowCount() == 4, timeout=5000)
    assert plan.population_size == 14 and page.plans.index(0, 0).data() == plan.number
    assert plan.number in page.ui.message.text() and "14" in page.ui.message.text()
    for row in range(4):  # clerk1 (张晓敏) registered them all: never their inspector
        assert page.picks.index(row, 1).data() == plan.picks[row].key
        assert "张晓敏" not in page.picks.index(row, 3).data()
        assert page.picks.index(row, 4).data() == "待检查"
    assert plan.seed in page.ui.planDetail.text()

    page.ui.picks.selectRow(1)
    page.ui.result.setCurrentIndex(page.ui.result.findData("problem"))
    qtbot.keyClick(page.ui.recordButton, Qt.Key.Key_Space)
    idle(qtbot, window)
    assert page.ui.noteError.isVisible() and "问题说明" in page.ui.noteError.text()
    type_text(qtbot, page.ui.note, "实际经营地址与登记住所不符")
    with qtbot.waitSignal(page.done, timeout=10_000) as recorded:
        qtbot.keyClick(page.ui.note, ENTER)
    assert recorded.args[0].key == plan.picks[1].key and recorded.args[0].result == "problem"
    qtbot.waitUntil(lambda: page.picks.index(1, 4).data() == "发现问题", timeout=5000)
    assert page.picks.index(1, 5).data() == "实际经营地址与登记住所不符"
    assert page.plans.index(0, 5).data() == "1/4"

    with qtbot.waitSignal(page.done, timeout=10_000) as verified:
        qtbot.keyClick(page.ui.verifyButton, Qt.Key.Key_Space)
    assert verified.args[0].ok and "复核一致" in page.ui.message.text()
    assert "登记簿" not in page.ui.message.text()
    shoot(window, "spot-checks-zh")

    db, actors = gui_hall  # registered after the draw: the plan (no date range) is unchanged
    add_enterprises(db, actors["clerk2"], [("1", "440800", date(2026, 11, 28))])
    with qtbot.waitSignal(page.done, timeout=10_000) as verified:
        qtbot.keyClick(page.ui.verifyButton, Qt.Key.Key_Space)
    message = page.ui.message.text()
    assert verified.args[0].ok and "复核一致" in message and "保存的对象名单" in message
    assert "登记簿已有变化" in message and "有15个对象" in message

    with db.transaction() as session:  # the stored inspectors of the first pick are swapped
        first = session.scalars(select(SpotCheckPick).where(SpotCheckPick.position == 1)).one()
        first.inspectors = list(reversed(first.inspectors))
    with qtbot.waitSignal(page.done, timeout=10_000) as verified:
        qtbot.keyClick(page.ui.verifyButton, Qt.Key.Key_Space)
    assert not verified.args[0].ok and "复核不一致" in page.ui.message.text()
    assert "登记簿已有变化" in page.ui.message.text()


def test_commitment_draw_in_english(qtbot, open_window, gui_hall, tmp_path):
    db, actors = gui_hall
    add_commitments(db, actors["clerk2"], [date(2026, 11, d) for d in range(2, 9)])
    window = open_window("admin", "en")
    page = open_page(qtbot, window)
    assert page.plans.headerData(0, Qt.Orientation.Horizontal) == "Plan No."
    page.ui.population.setCurrentIndex(page.ui.population.findData(sc.COMMITMENTS))
    assert page.ui.population.currentText() == "Approvals on commitment"
    assert page.ui.useDates.isChecked() and not page.ui.category.isEnabled()
    page.ui.dateFrom.setDate(date(2026, 11, 1))
    page.ui.dateTo.setDate(date(2026, 11, 30))
    page.ui.sizeKind.setCurrentIndex(page.ui.sizeKind.findData("percent"))
    qtbot.keyClicks(page.ui.size, "30")
    qtbot.keyClicks(page.ui.seed, "Zhanjiang-2026-48")
    with qtbot.waitSignal(page.done, timeout=10_000) as drawn:
        qtbot.keyClick(page.ui.seed, ENTER)
    plan = drawn.args[0]
    assert plan.seed == "Zhanjiang-2026-48" and plan.sample_size == 3  # 7 × 30 % = 2.1 → 3
    qtbot.waitUntil(lambda: page.picks.rowCount() == 3, timeout=5000)
    assert page.plans.index(0, 2).data() == "Approvals on commitment"
    assert page.picks.index(0, 4).data() == "To inspect"
    assert all("李建国" not in page.picks.index(r, 3).data() for r in range(3))  # clerk2 approved
    assert "Plan " in page.ui.message.text() and "of 7 objects" in page.ui.message.text()
    page.ui.picks.selectRow(0)
    with qtbot.waitSignal(page.done, timeout=10_000):
        qtbot.keyClick(page.ui.recordButton, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: page.picks.index(0, 4).data() == "Normal", timeout=5000)
    add_commitments(db, actors["clerk"], [date(2026, 11, 30)])  # approved later, in the range
    with qtbot.waitSignal(page.done, timeout=10_000) as verified:
        qtbot.keyClick(page.ui.verifyButton, Qt.Key.Key_Space)
    message = page.ui.message.text()
    assert verified.args[0].ok and message.startswith("Verified: drawing again from the population")
    assert "the register has changed since the draw (8 objects" in message
    page.ui.size.clear()
    qtbot.keyClicks(page.ui.size, "0")  # refused by the service: in English beside the field
    qtbot.keyClick(page.ui.size, ENTER)
    idle(qtbot, window)
    assert page.ui.sizeError.isVisible() and "percentage" in page.ui.sizeError.text()
    shoot(window, "spot-checks-en")

    out = tmp_path / "notice"  # the page adds .pdf
    dialogs.set_responder(lambda kind, title, text: str(out) if kind == "save_file" else True)
    with qtbot.waitSignal(page.done, timeout=20_000) as saved:
        qtbot.keyClick(page.ui.printButton, Qt.Key.Key_Space)
    assert saved.args[0] == f"{out}.pdf" and str(out) in page.ui.message.text()
    text = subprocess.run(["pdftotext", "-layout", f"{out}.pdf", "-"], capture_output=True,
                          text=True, check=True).stdout  # fmt: skip
    assert "Random Spot-Check Plan" in text and "Zhanjiang-2026-48" in text
    assert all(pick.key in text for pick in plan.picks) and "申请人" not in text  # masked


def test_only_supervisors_and_administrators_see_the_page(qtbot, open_window):
    clerk = open_window("clerk")
    assert not clerk.ui.actionSpotChecks.isVisible()
    supervisor = open_window("supervisor")
    assert supervisor.ui.actionSpotChecks.isVisible()
    assert supervisor.ui.actionSpotChecks.text() == "双随机抽查(&R)"


def test_models_pass_qtmodeltester(qtmodeltester, gui_hall):
    db, actors = gui_hall
    add_enterprises(db, actors["clerk"], SPECS)
    sc.draw_plan(db, actors["supervisor"], sc.Criteria(), count=3)
    plans = sc.list_plans(db, actors["supervisor"])
    sc.record_result(db, actors["supervisor"], plans[0].number, plans[0].picks[0].key, "problem",
                     "无")  # fmt: skip
    plans = sc.list_plans(db, actors["supervisor"])
    plans_model, picks_model = PlansModel(), PicksModel()
    plans_model.set_records(plans)
    picks_model.set_records(plans[0].picks)
    assert picks_model.rowCount() == 3 and picks_model.index(0, 4).data() == "发现问题"
    qtmodeltester.check(plans_model)
    qtmodeltester.check(picks_model)
