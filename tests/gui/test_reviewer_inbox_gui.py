"""The department reviewer's inbox (pytest-qt, offscreen) on both engines: an application
taken from intake through hand-over, the department's decision in the GUI and the return to
the window for delivery. Every expectation is read back from the services or the database."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from tests.back_office import reviewer
from tests.gui.test_registration_gui import _window, close, idle, type_text
from tests.test_processing import accepted, app_row
from window_app.services import completion, department_decisions, handover
from window_app.ui.reviewer_inbox import LIGHT_COLUMN, ReviewerInboxPage

SCREENSHOTS = os.environ.get("WINDOW_APP_SCREENSHOTS")  # a folder: save screenshots there
OLD, RECENT = date(2026, 9, 25), date.today()


@pytest.fixture
def back_office(qtbot, hall, tmp_path):
    """A hall (SQLite file and PostgreSQL) with two CG-0001 applications handed to CGJ."""
    db, actors = hall
    clerk = actors["clerk"]
    rev = reviewer(db)
    late = accepted(db, clerk, OLD, seq=1)  # promised 15 Oct 2026: overdue by now
    fresh = accepted(db, clerk, RECENT, seq=2)
    batch = handover.create_batch(db, clerk, "CGJ", on=RECENT)
    window = _window(qtbot, db, rev, tmp_path)
    yield db, clerk, window, batch.number, late, fresh
    close(qtbot, window)


def loaded(qtbot, page: ReviewerInboxPage) -> None:
    qtbot.waitUntil(lambda: not page.loading and not page.busy, timeout=10_000)


def select(page: ReviewerInboxPage, number: str) -> None:
    row = page.model.row_of(number)
    assert row is not None, number
    page.ui.table.setCurrentIndex(page.model.index(row, 0))


def test_reviewer_signs_for_and_decides_in_the_inbox(qtbot, back_office, tmp_path):
    db, clerk, window, batch, late, fresh = back_office
    page = window.ui.tabs.currentWidget()
    assert isinstance(page, ReviewerInboxPage)  # the reviewer's home tab; no work list
    assert not window.ui.actionNewApplication.isVisible()
    loaded(qtbot, page)
    model = page.model
    assert [model.record(r).number for r in range(model.rowCount())] == [late, fresh]
    assert model.data(model.index(0, 4)) == "待签收"
    assert model.data(model.index(0, LIGHT_COLUMN)) != model.data(model.index(1, LIGHT_COLUMN))
    assert "待办2件，其中待签收2件" in page.ui.figures.text()
    select(page, late)
    assert not page.ui.approveButton.isEnabled()  # not signed for yet

    # the scanner types the batch's code and Enter: every item signed for
    page.ui.scan.setFocus()
    type_text(qtbot, page.ui.scan, batch)
    qtbot.keyClick(page.ui.scan, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "已签收2件" in page.ui.message.text(), timeout=10_000)
    loaded(qtbot, page)
    assert all(r.received for r in model.records())
    if SCREENSHOTS:
        window.grab().save(str(Path(SCREENSHOTS) / "reviewer_inbox.png"))

    # a refusal without its legal basis is refused beside the form; nothing typed is lost
    select(page, fresh)
    page.ui.reason.setPlainText("设置位置影响通行")
    qtbot.mouseClick(page.ui.refuseButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "法律依据" in page.ui.message.text(), timeout=10_000)
    loaded(qtbot, page)
    assert page.ui.reason.toPlainText() == "设置位置影响通行"
    assert app_row(db, fresh).state == "accepted"
    select(page, fresh)
    type_text(qtbot, page.ui.basis, "《城市道路管理条例》第三十一条")
    qtbot.mouseClick(page.ui.refuseButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "决定文书编号" in page.ui.message.text(), timeout=10_000)
    loaded(qtbot, page)
    assert app_row(db, fresh).state == "denied"

    select(page, late)
    qtbot.mouseClick(page.ui.approveButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: model.rowCount() == 0, timeout=10_000)
    idle(qtbot, window)
    assert "待办0件" in page.ui.figures.text()

    # back at the window: delivered with the department's result number (统一出件)
    back = {r.number: r for r in department_decisions.returned(db, clerk)}
    assert back[late].outcome == "approve" and back[fresh].outcome == "refuse"
    assert back[late].result_number in page.ui.message.text()
    completion.complete(db, clerk, late, f"准予许可决定书 {back[late].result_number}",
                        on=RECENT)  # fmt: skip
    completion.deliver(db, clerk, late, "post", tracking_number="SF19", on=RECENT)
    assert app_row(db, late).state == "delivered"


def test_the_board_shows_each_departments_back_office(qtbot, back_office, tmp_path):
    """The supervisor's board, tab 部门审批: the department's row from the same service."""
    from tests.gui.test_board import board_on

    db, clerk, window, batch, late, fresh = back_office
    handover.receive(db, window.ctx.actor, late)
    supervisor = _window(qtbot, db, back_office_supervisor(db), tmp_path / "s")
    try:
        page = board_on(qtbot, supervisor, RECENT)
        model = page.back_office_model
        qtbot.waitUntil(lambda: model.rowCount() == 1, timeout=10_000)
        cells = [model.data(model.index(0, c)) for c in range(model.columnCount())]
        assert cells[:6] == ["湛江市城市管理和综合执法局（CGJ）", "2", "1", "0", "0", "1"]
        page.ui.breakdownTabs.setCurrentWidget(page.ui.backOfficePage)
        if SCREENSHOTS:
            supervisor.grab().save(str(Path(SCREENSHOTS) / "board_back_office.png"))
    finally:
        close(qtbot, supervisor)


def back_office_supervisor(db):
    from tests.conftest import TEST_PASSWORD
    from window_app.services import users

    return users.login(db, "super1", TEST_PASSWORD)


def test_reviewer_fails_a_verification_in_the_gui(qtbot, hall, tmp_path):
    """承诺核查: the department's open verifications; a failure within the period (with what
    was found) revokes the approval, issues the 撤销决定书 and lists the applicant; one after
    the period is recorded without revocation."""
    from datetime import date

    from tests.test_intake_services import MON, person, received, start
    from window_app.services import bad_credit, commitment
    from window_app.ui.verification_tasks import VerificationTasksPage

    db, actors = hall
    clerk = actors["clerk"]
    keys = ("application_form", "business_licence")
    today = date.today()
    s = start(db, clerk, marks=received(*keys), applicant=person("222", "钱不实"), on=today)
    commitment.approve_on_commitment(db, clerk, s.number, signer="本人", on=today)
    old = start(db, clerk, marks=received(*keys), applicant=person("444", "李过期"))
    commitment.approve_on_commitment(db, clerk, old.number, signer="本人", on=MON)
    window = _window(qtbot, db, reviewer(db, "rev-scjgj", "SCJGJ"), tmp_path)
    try:
        tabs = window.ui.tabs
        page = next(tabs.widget(i) for i in range(tabs.count())
                    if isinstance(tabs.widget(i), VerificationTasksPage))  # fmt: skip
        tabs.setCurrentWidget(page)
        qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=10_000)
        old_row, new_row = page.model.row_of(old.number), page.model.row_of(s.number)
        assert page.model.data(page.model.index(old_row, 6)) == "已逾期"  # due 1 Dec 2025
        assert page.model.data(page.model.index(new_row, 6)) == "待核查"
        select(page, s.number)
        qtbot.mouseClick(page.ui.failButton, Qt.MouseButton.LeftButton)  # no note: refused
        qtbot.waitUntil(lambda: "核查不通过的情况" in page.ui.message.text(), timeout=10_000)
        loaded(qtbot, page)
        if SCREENSHOTS:
            window.grab().save(str(Path(SCREENSHOTS) / "verification_tasks.png"))
        select(page, s.number)
        type_text(qtbot, page.ui.note, "现场核查无食品安全管理制度")
        qtbot.mouseClick(page.ui.failButton, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: "撤销决定书" in page.ui.message.text(), timeout=10_000)
        loaded(qtbot, page)
        assert page.model.rowCount() == 1
        assert app_row(db, s.number).state == "revoked"
        with db.reading() as session:
            assert bad_credit.find_entry(session, person("222").id_number) is not None

        # after the period: recorded, not revoked, nobody listed
        select(page, old.number)
        type_text(qtbot, page.ui.note, "未见健康证明")
        qtbot.mouseClick(page.ui.failButton, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: "不撤销许可" in page.ui.message.text(), timeout=10_000)
        loaded(qtbot, page)
        assert page.model.rowCount() == 0
        assert app_row(db, old.number).state == "approved"
        with db.reading() as session:
            assert bad_credit.find_entry(session, person("444").id_number) is None
    finally:
        close(qtbot, window)


def test_case_file_tab_shows_and_attaches_scans(qtbot, gui_hall, application_page, tmp_path):
    """电子档案 on the application's page: attach a scanned page to a checklist item from a
    file; the table shows it with its item, source, who and the SHA-256 (stored once)."""
    import hashlib

    from tests.back_office import PNG_1X1
    from window_app.services import case_file
    from window_app.ui import dialogs

    db, actors = gui_hall
    clerk = actors["clerk"]
    number = accepted(db, clerk, RECENT, seq=3)
    page_file = tmp_path / "营业执照.png"
    page_file.write_bytes(PNG_1X1)
    case_file.attach(db, clerk, number, "application_form", [("申请书.pdf", b"%PDF-1.4\n")])
    page = application_page(db, clerk, number, "zh_CN")
    panel = page.case_file
    page.ui.detailTabs.setCurrentWidget(panel)
    qtbot.waitUntil(lambda: panel.ui.scans.rowCount() == 1 and not panel.loading, timeout=10_000)
    assert panel.ui.material.count() >= 2
    panel.ui.material.setCurrentIndex(1)
    key = panel.ui.material.currentData()
    dialogs.set_responder(lambda kind, title, text: str(page_file) if kind == "open_file" else True)
    try:
        qtbot.mouseClick(panel.ui.fileButton, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: panel.ui.scans.rowCount() == 2, timeout=10_000)
    finally:
        dialogs.set_responder(lambda kind, title, text: True)
    assert "已附加1个文件" in panel.ui.message.text()
    row = [panel.ui.scans.item(1, c).text() for c in range(panel.ui.scans.columnCount())]
    assert row[1] == "营业执照.png" and row[2] == "image/png" and row[4] == "文件"
    assert row[6] == hashlib.sha256(PNG_1X1).hexdigest() and row[5].startswith("clerk1 ")
    assert [s.material_key for s in case_file.scans(db, clerk, number)] == ["application_form", key]
    if SCREENSHOTS:
        page.grab().save(str(Path(SCREENSHOTS) / "case_file.png"))


def test_case_file_offers_materials_given_before(qtbot, gui_hall, application_page):
    """The applicant's still-valid business licence copy from an earlier application is offered
    on the new one's 电子档案 tab and reused with one click (recorded as 复用)."""
    from tests.test_intake_services import ORG, start
    from window_app.services import case_file, intake

    db, actors = gui_hall
    clerk = actors["clerk"]
    org = intake.ApplicantInput("organisation", "湛江市某某餐饮有限公司", uscc=ORG)
    first = start(db, clerk, applicant=org).number
    case_file.attach(db, clerk, first, "business_licence", [("licence.pdf", b"%PDF-1.4\nL\n")])
    second = start(db, clerk, applicant=org).number
    page = application_page(db, clerk, second, "zh_CN")
    panel = page.case_file
    page.ui.detailTabs.setCurrentWidget(panel)
    qtbot.waitUntil(lambda: panel.ui.reuseButton.isVisible(), timeout=10_000)
    assert first in panel.ui.offers.text() and "营业执照" in panel.ui.offers.text()
    qtbot.mouseClick(panel.ui.reuseButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.ui.scans.rowCount() == 1, timeout=10_000)
    assert panel.ui.scans.item(0, 4).text() == "复用"
    qtbot.waitUntil(lambda: not panel.ui.reuseButton.isVisible(), timeout=10_000)
