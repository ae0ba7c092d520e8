"""The 投诉登记 page (pytest-qt, offscreen, a real SQLite hall): the menu and its roles, the
form by keyboard (a refusal beside its field, nothing typed lost), the list with its filter
and deadline light, and the supervisor's actions (assign, answer, close). Every expectation is
read back from the database or the services."""

from __future__ import annotations

import os
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from tests.gui.test_registration_gui import _window, close, idle, type_text
from tests.test_processing import received
from window_app.core import complaints as rules
from window_app.services import complaints
from window_app.services.complaints import ComplaintForm
from window_app.ui import dialogs, i18n, label_names
from window_app.ui.complaints import (
    LIGHT_COLUMN,
    AnswerDialog,
    AssignDialog,
    ComplaintsPage,
    ExportDialog,
)

CTRL = Qt.KeyboardModifier.ControlModifier
TAB = Qt.Key.Key_Tab
OLD = datetime(2026, 11, 2, 9, 0)  # due 9 November: overdue by any later day
SCREENSHOTS = os.environ.get("WINDOW_APP_SCREENSHOTS")  # a folder: save screenshots there


@pytest.fixture
def clerk(qtbot, gui_hall, tmp_path):
    window = _window(qtbot, gui_hall[0], gui_hall[1]["clerk"], tmp_path)
    yield window
    close(qtbot, window)


@pytest.fixture
def supervisor(qtbot, gui_hall, tmp_path):
    window = _window(qtbot, gui_hall[0], gui_hall[1]["supervisor"], tmp_path)
    yield window
    close(qtbot, window)


def registered(db, actor, **kw) -> complaints.ComplaintInfo:
    values = {
        "channel": "phone", "name": "黄先生", "phone": "13807591234", "category": "overdue",
        "content": "说好五个工作日办结，现在还没有结果。", "received_at": OLD,
    }  # fmt: skip
    values.update(kw)
    return complaints.register_complaint(db, actor, ComplaintForm(**values))


def open_register(qtbot, window) -> ComplaintsPage:
    action = window.ui.actionComplaints
    assert action.isVisible() and action.isEnabled()
    assert action in window.ui.menuComplaints.actions()
    qtbot.keyClick(window, Qt.Key.Key_T, CTRL)
    page = window.ui.tabs.currentWidget()
    assert isinstance(page, ComplaintsPage)
    qtbot.waitUntil(lambda: not page.loading, timeout=10_000)
    idle(qtbot, window)
    return page


def focused():
    return QApplication.focusWidget()


def test_menu_is_for_clerks_and_supervisors(qtbot, gui_hall, tmp_path):
    window = _window(qtbot, gui_hall[0], gui_hall[1]["admin"], tmp_path)
    try:
        assert not window.ui.menuComplaints.menuAction().isVisible()
        assert not window.ui.actionComplaints.isEnabled()
        qtbot.keyClick(window, Qt.Key.Key_T, CTRL)
        assert not isinstance(window.ui.tabs.currentWidget(), ComplaintsPage)
    finally:
        close(qtbot, window)


def test_clerk_registers_by_keyboard_and_a_refusal_keeps_the_input(qtbot, clerk):
    db, actor = clerk.ctx.db, clerk.ctx.actor
    number = received(db, actor, date(2026, 11, 30))
    page = open_register(qtbot, clerk)
    ui = page.ui
    assert not ui.answerButton.isEnabled() and not ui.assignButton.isEnabled()  # a clerk's
    qtbot.keyClick(page, Qt.Key.Key_L, Qt.KeyboardModifier.AltModifier)  # 渠道(&L)
    assert focused() is ui.channel
    ui.channel.setCurrentIndex(ui.channel.findData("window"))
    qtbot.keyClick(focused(), TAB)
    assert focused() is ui.name
    type_text(qtbot, ui.name, "吴女士")
    qtbot.keyClick(focused(), TAB)
    type_text(qtbot, ui.phone, "0759-23")  # too short
    qtbot.keyClick(focused(), TAB)
    type_text(qtbot, ui.application, number)
    qtbot.keyClick(focused(), TAB)
    qtbot.keyClick(focused(), TAB)
    assert focused() is ui.category
    ui.category.setCurrentIndex(ui.category.findData("repeat_trips"))
    qtbot.keyClick(focused(), TAB)
    assert focused() is ui.content
    type_text(qtbot, ui.content, "为同一件事跑了三次窗口。")
    qtbot.keyClick(focused(), TAB)
    assert focused() is ui.receivedAt  # now, unless a letter came in earlier
    qtbot.keyClick(focused(), Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: ui.phoneError.isVisible(), timeout=10_000)
    assert "联系电话格式不正确" in ui.phoneError.text() and focused() is ui.phone
    assert complaints.list_complaints(db, which="all") == []
    # nothing typed is lost
    assert (ui.name.text(), ui.application.text(), ui.content.toPlainText()) == (
        "吴女士", number, "为同一件事跑了三次窗口。",
    )  # fmt: skip
    qtbot.keyClicks(ui.phone, "45678")  # now 0759-2345678
    assert not ui.phoneError.isVisible()
    with qtbot.waitSignal(page.acted, timeout=10_000):
        qtbot.keyClick(ui.phone, Qt.Key.Key_Return, CTRL)
    (info,) = complaints.list_complaints(db, which="all")
    assert (info.complainant, info.channel, info.category, info.application_number) == (
        "吴女士", "window", "repeat_trips", number,
    )  # fmt: skip
    assert info.window == "A01" and info.phone_masked == "075****5678"
    assert ui.name.text() == "" and ui.content.toPlainText() == ""  # cleared after success
    assert str(info.id) in ui.result.text()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=10_000)
    index = page.model.index(0, 4)
    assert page.model.data(index) == "075****5678"  # masked on the list


def test_unknown_application_is_shown_beside_its_field(qtbot, clerk):
    page = open_register(qtbot, clerk)
    ui = page.ui
    type_text(qtbot, ui.name, "黄先生")
    type_text(qtbot, ui.phone, "13807591234")
    type_text(qtbot, ui.application, "20261130-9999")
    type_text(qtbot, ui.content, "态度不好")
    with qtbot.waitSignal(page.refused, timeout=10_000):
        ui.registerButton.click()
    assert ui.applicationError.isVisible() and "20261130-9999" in ui.applicationError.text()
    assert focused() is ui.application and ui.content.toPlainText() == "态度不好"


def test_filter_and_light(qtbot, clerk):
    db, actor = clerk.ctx.db, clerk.ctx.actor
    registered(db, actor, name="甲")
    today = datetime.combine(date.today(), datetime.min.time())
    registered(db, actor, name="乙", received_at=today)
    page = open_register(qtbot, clerk)
    assert page.which() == "open" and page.model.rowCount() == 2
    assert page.model.data(page.model.index(0, 3)) == "甲"
    light = page.model.index(0, LIGHT_COLUMN)
    assert page.model.data(light) == "● 已超期"
    assert page.model.data(light, Qt.ItemDataRole.BackgroundRole).color().name() == "#ffebee"
    assert "超期1件" in page.ui.summary.text()
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.ui.filter.setCurrentIndex(page.ui.filter.findData("overdue"))
    assert page.model.rowCount() == 1


def test_supervisor_assigns_answers_and_closes(qtbot, supervisor, gui_hall):
    db, actors = gui_hall
    first = registered(db, actors["clerk"], name="甲")
    second = registered(db, actors["clerk"], name="乙", received_at=datetime(2026, 11, 3, 9))
    page = open_register(qtbot, supervisor)
    ui = page.ui
    assert page.current_id() == first.id
    assert ui.assignButton.isEnabled() and not ui.answerButton.isEnabled()

    dialog = page.assign()
    assert isinstance(dialog, AssignDialog)
    combo = dialog.ui.handler
    # the active clerks and supervisors by display name and username; no administrator
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "陈主任（super1） · 督查", "张晓敏（clerk1）", "李建国（clerk2）",
    ]  # fmt: skip
    assert combo.currentIndex() == -1
    qtbot.waitUntil(lambda: QApplication.focusWidget() is combo, timeout=5_000)
    dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).click()  # no handler chosen
    qtbot.waitUntil(lambda: dialog.ui.handlerError.isVisible(), timeout=10_000)
    assert "承办人" in dialog.ui.handlerError.text() and dialog.isVisible()
    combo.setCurrentIndex(combo.findData(actors["clerk2"].user_id))
    qtbot.keyClick(combo, TAB)
    assert QApplication.focusWidget() is dialog.ui.department
    type_text(qtbot, dialog.ui.department, "综合受理科")
    with qtbot.waitSignal(page.acted, timeout=10_000):
        dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: page.current() and page.current().state == "handling", timeout=10_000)
    assert ui.answerButton.isEnabled()
    assert "李建国（clerk2）" in ui.result.text()
    assert (
        "承办人：李建国（clerk2）" in ui.detail.text()
        and "承办科室：综合受理科" in ui.detail.text()
    )

    answer = page.answer()
    assert isinstance(answer, AnswerDialog)
    answer.ui.satisfaction.setCurrentIndex(answer.ui.satisfaction.findData("dissatisfied"))
    answer.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).click()  # no reply yet
    qtbot.waitUntil(lambda: answer.ui.replyError.isVisible(), timeout=10_000)
    type_text(qtbot, answer.ui.reply, "已督促承办科室，本周内办结并电话告知。")
    with qtbot.waitSignal(page.acted, timeout=10_000):
        answer.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    (done,) = complaints.list_complaints(db, which="answered")
    assert (done.id, done.handler_username, done.handler_department, done.satisfaction) == (
        first.id, "clerk2", "综合受理科", "dissatisfied",
    )  # fmt: skip
    assert done.reply == "已督促承办科室，本周内办结并电话告知。"

    qtbot.waitUntil(lambda: page.current_id() == second.id, timeout=10_000)
    closing = page.close_unfounded()
    type_text(qtbot, closing.ui.reason, "经查监控录像，当日已当场办结，不属实")
    with qtbot.waitSignal(page.acted, timeout=10_000):
        closing.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    (closed,) = complaints.list_complaints(db, which="closed")
    assert closed.id == second.id and closed.close_reason.startswith("经查监控录像")
    qtbot.waitUntil(lambda: page.model.rowCount() == 0, timeout=10_000)  # none open


def test_english(qtbot, gui_hall, tmp_path):
    db, actors = gui_hall
    registered(db, actors["clerk"])
    i18n.install("en")
    try:
        window = _window(qtbot, db, actors["supervisor"], tmp_path)
        page = open_register(qtbot, window)
        row = [page.model.data(page.model.index(0, c)) for c in range(page.model.columnCount())]
        assert row[2] == "Phone" and row[6] == "Processing too slow" and row[7] == "Received"
        assert row[LIGHT_COLUMN] == "● Overdue"
        assert (
            page.ui.title.text() == "Complaints"
            and window.ui.menuComplaints.title() == "Com&plaints"
        )
        type_text(qtbot, page.ui.name, "Wu")
        page.ui.registerButton.click()  # the empty fields named at once, in English
        assert page.ui.phoneError.text() == "Please fill in Phone no."
        assert page.ui.contentError.isVisible() and page.ui.nameError.isHidden()
        assign = page.assign()
        combo = assign.ui.handler
        assert combo.itemText(0) == "陈主任 (super1) · supervisor"
        assert combo.placeholderText() == "Choose the handler"
        assert assign.ui.handlerLabel.text() == "&Handler" and page.ui.exportButton.text() == (
            "E&xport Excel…"
        )
        assign.reject()
        close(qtbot, window)
    finally:
        i18n.install("zh_CN")


def test_the_literal_names_are_the_core_labels():
    assert sorted(label_names.COMPLAINT_CHANNEL_SOURCES) == sorted(rules.CHANNELS_ZH.values())
    assert sorted(label_names.COMPLAINT_CATEGORY_SOURCES) == sorted(rules.CATEGORIES_ZH.values())
    assert sorted(label_names.SATISFACTION_SOURCES) == sorted(rules.SATISFACTION_ZH.values())
    assert sorted(label_names.COMPLAINT_STATE_SOURCES) == sorted(rules.STATE_LABELS_ZH.values())


def test_received_time_cannot_be_in_the_future(qtbot, clerk):
    page = open_register(qtbot, clerk)
    later = QDateTime.currentDateTime().addDays(2)
    page.ui.receivedAt.setDateTime(later)
    assert page.ui.receivedAt.dateTime() <= QDateTime.currentDateTime().addSecs(61)


def test_board_shows_the_complaints(qtbot, supervisor, gui_hall):
    from tests.gui.test_board import board_on

    db, actors = gui_hall
    registered(db, actors["clerk"])  # 2 November: overdue
    registered(db, actors["clerk"], name="乙", received_at=datetime(2026, 11, 30, 9))
    page = board_on(qtbot, supervisor, date(2026, 11, 30))
    assert page.ui.complaints.text() == "投诉：本期接收1件　未办结2件　其中超期1件"
    assert "#ffebee" in page.ui.complaints.styleSheet()  # red while any is overdue


def test_full_phone_for_a_reason(qtbot, clerk, gui_hall):
    from window_app.ui import dialogs

    db, actors = gui_hall
    info = registered(db, actors["clerk2"])
    page = open_register(qtbot, clerk)
    assert page.model.data(page.model.index(0, 4)) == "138****1234"
    assert page.ui.phoneButton.isEnabled()
    dialogs.set_responder(lambda kind, title, text: "电话回访" if kind == "text" else True)
    page.ui.phoneButton.click()
    qtbot.waitUntil(lambda: "13807591234" in page.ui.result.text(), timeout=10_000)
    with db.reading() as session:
        from sqlalchemy import select

        from window_app.storage.models import AuditEvent

        (event,) = session.scalars(select(AuditEvent).where(AuditEvent.action == "personal.view"))
        assert (event.entity_id, event.reason, event.username) == (
            str(info.id),
            "电话回访",
            "clerk1",
        )


def test_the_assigned_clerk_answers_and_no_other(qtbot, gui_hall, tmp_path):
    db, actors = gui_hall
    mine = registered(db, actors["clerk"], name="甲")
    complaints.assign_complaint(db, actors["supervisor"], mine.id, actors["clerk2"].user_id)
    window = _window(qtbot, db, actors["clerk"], tmp_path)
    try:  # clerk1 registered it but is not its handler
        page = open_register(qtbot, window)
        assert page.current_id() == mine.id and not page.ui.answerButton.isEnabled()
        assert page.answer() is None and not page.ui.exportButton.isEnabled()
        assert not page.ui.assignButton.isEnabled()
    finally:
        close(qtbot, window)
    window = _window(qtbot, db, actors["clerk2"], tmp_path)
    try:
        page = open_register(qtbot, window)
        assert page.current_id() == mine.id and page.ui.answerButton.isEnabled()
        assert not page.ui.assignButton.isEnabled() and not page.ui.closeButton.isEnabled()
        answer = page.answer()
        type_text(qtbot, answer.ui.reply, "已电话致歉并说明进度。")
        with qtbot.waitSignal(page.acted, timeout=10_000):
            answer.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
        (done,) = complaints.list_complaints(db, which="answered")
        assert done.id == mine.id and done.reply == "已电话致歉并说明进度。"
    finally:
        close(qtbot, window)


def test_an_old_text_handler_is_shown_and_replaced_by_an_account(qtbot, supervisor, gui_hall):
    from window_app.storage.models import Complaint

    db, actors = gui_hall
    info = registered(db, actors["clerk"])
    with db.transaction() as session:  # assigned as text before migration 0011
        row = session.get(Complaint, info.id)
        row.state, row.handler = "handling", "收费监管科"
    page = open_register(qtbot, supervisor)
    assert "承办人（原登记，未关联账号）：收费监管科" in page.ui.detail.text()
    dialog = page.assign()
    assert "收费监管科" in dialog.ui.legacy.text() and dialog.ui.handler.currentIndex() == -1
    dialog.ui.handler.setCurrentIndex(dialog.ui.handler.findData(actors["clerk"].user_id))
    with qtbot.waitSignal(page.acted, timeout=10_000):
        dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    (now,) = complaints.list_complaints(db, which="handling")
    assert (now.handler, now.handler_username) == (None, "clerk1")
    qtbot.waitUntil(lambda: page.current().handler_username == "clerk1", timeout=10_000)
    assert "承办人：张晓敏（clerk1）" in page.ui.detail.text()
    again = page.assign()  # a second hand-over starts from the current handler
    assert again.ui.handler.currentData() == actors["clerk"].user_id
    assert not again.ui.legacy.isVisibleTo(again)
    again.reject()


def test_assign_dialog_screenshot(qtbot, supervisor, gui_hall, tmp_path):
    db, actors = gui_hall
    info = registered(db, actors["clerk"])
    complaints.assign_complaint(
        db, actors["supervisor"], info.id, actors["clerk2"].user_id, department="综合受理科"
    )
    page = open_register(qtbot, supervisor)
    dialog = page.assign()
    qtbot.waitExposed(dialog)
    dialog.ui.handler.showPopup()
    qtbot.wait(50)
    assert dialog.ui.handler.currentText() == "李建国（clerk2）"
    assert dialog.ui.department.text() == "综合受理科"
    image = dialog.grab()
    assert image.width() > 300
    if SCREENSHOTS:
        image.save(str(Path(SCREENSHOTS) / "complaint-assign.png"))
        popup = dialog.ui.handler.view().window()
        popup.grab().save(str(Path(SCREENSHOTS) / "complaint-assign-list.png"))
    dialog.ui.handler.hidePopup()
    dialog.reject()


def test_export_to_excel_off_the_ui_thread(qtbot, supervisor, gui_hall, tmp_path):
    db, actors = gui_hall
    today = datetime.combine(date.today(), datetime.min.time())
    first = registered(db, actors["clerk"], name="甲", received_at=today)
    registered(db, actors["clerk"], name="乙")  # 2 November: outside the period below
    complaints.assign_complaint(
        db, actors["supervisor"], first.id, actors["clerk2"].user_id, department="综合受理科"
    )
    page = open_register(qtbot, supervisor)
    assert page.ui.exportButton.isEnabled() and page.ui.exportButton.text() == "导出Excel(&X)…"
    target = tmp_path / "out" / "complaints"
    target.parent.mkdir()
    dialogs.set_responder(lambda kind, title, text: str(target) if kind == "save_file" else True)
    qtbot.keyClick(page, Qt.Key.Key_X, Qt.KeyboardModifier.AltModifier)  # (&X): animateClick
    qtbot.waitUntil(lambda: page.findChild(ExportDialog) is not None, timeout=5_000)
    dialog = page.findChild(ExportDialog)
    assert dialog.isVisible()
    assert dialog.ui.end.date().toPython() == date.today()
    assert dialog.ui.start.date().toPython() == date.today().replace(day=1)
    dialog.ui.start.setDate(dialog.ui.end.date())
    dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert page.exporting and not page.ui.exportButton.isEnabled()  # running in the background
    qtbot.waitUntil(lambda: not page.exporting, timeout=10_000)
    xlsx = target.with_suffix(".xlsx")
    rows = list(load_workbook(xlsx)["投诉登记"].iter_rows(values_only=True))
    assert len(rows) == 2 and rows[0][:7] == (
        "编号",
        "接收时间",
        "渠道",
        "类别",
        "状态",
        "投诉人",
        "联系电话",
    )
    assert rows[1][0] == first.id and rows[1][5] == "甲" and rows[1][6] == "138****1234"
    assert rows[1][12:15] == ("李建国", "clerk2", "综合受理科")
    assert "13807591234" not in str(rows)
    assert "已导出1件投诉" in page.ui.result.text() and page.ui.exportButton.isEnabled()
    assert "已导出" in supervisor.statusBar().currentMessage()
    # a cancelled save dialog does nothing
    dialogs.set_responder(lambda kind, title, text: None)
    page.export().accept()
    assert not page.exporting
    # a file that cannot be written is a message, not a crash
    dialogs.set_responder(lambda kind, title, text: "/nonexistent-dir/x.xlsx")
    page.export().accept()
    qtbot.waitUntil(lambda: not page.exporting, timeout=10_000)
    assert "无法写入文件" in page.ui.message.text()


def test_export_the_register_as_pdf_beside_the_excel_export(qtbot, supervisor, gui_hall, tmp_path):
    """导出PDF(&U) beside 导出Excel: the same period dialog, then the A4 投诉登记表 written off
    the UI thread; the PDF holds the complaint with its phone masked."""
    import shutil
    import subprocess

    db, actors = gui_hall
    today = datetime.combine(date.today(), datetime.min.time())
    registered(db, actors["clerk"], name="甲", received_at=today)
    page = open_register(qtbot, supervisor)
    button = page.ui.exportPdfButton
    assert button.isEnabled() and button.text() == "导出PDF(&U)…"
    assert page.ui.topRow.indexOf(button) == page.ui.topRow.indexOf(page.ui.exportButton) + 1
    if SCREENSHOTS:
        page.grab().save(str(Path(SCREENSHOTS) / "complaints-export-buttons.png"))
    target = tmp_path / "register"
    dialogs.set_responder(lambda kind, title, text: str(target) if kind == "save_file" else True)
    qtbot.keyClick(page, Qt.Key.Key_U, Qt.KeyboardModifier.AltModifier)  # (&U): animateClick
    qtbot.waitUntil(lambda: page.findChild(ExportDialog) is not None, timeout=5_000)
    dialog = page.findChild(ExportDialog)
    dialog.ui.start.setDate(dialog.ui.end.date())
    dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert page.exporting and not button.isEnabled()
    qtbot.waitUntil(lambda: not page.exporting, timeout=20_000)
    pdf = target.with_suffix(".pdf")
    assert pdf.read_bytes().startswith(b"%PDF")
    assert "已导出1件投诉" in page.ui.result.text() and button.isEnabled()
    if shutil.which("pdftotext"):
        text = "".join(subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True,
                                      text=True, check=True).stdout.split())  # fmt: skip
        assert "投诉登记表" in text and "138****1234" in text and "13807591234" not in text


def test_the_received_time_follows_the_clock_until_the_clerk_sets_it(qtbot, clerk):
    """A form cleared hours ago registers the time of registering; a time the clerk entered
    (a letter that came in earlier) is kept."""
    db = clerk.ctx.db
    page = open_register(qtbot, clerk)
    ui = page.ui
    ui.receivedAt.blockSignals(True)  # as the clock left it: the form cleared three hours ago
    ui.receivedAt.setDateTime(QDateTime.currentDateTime().addSecs(-3 * 3600))
    ui.receivedAt.blockSignals(False)
    type_text(qtbot, ui.name, "吴女士")
    type_text(qtbot, ui.phone, "13807591234")
    type_text(qtbot, ui.content, "窗口要求提供目录以外的证明材料。")
    before = datetime.now().replace(microsecond=0)
    page.register()
    qtbot.waitUntil(lambda: len(complaints.list_complaints(db, which="all")) == 1, timeout=10_000)
    (first,) = complaints.list_complaints(db, which="all")
    assert first.received_at >= before - timedelta(seconds=60)

    idle(qtbot, clerk)
    letter = QDateTime.currentDateTime().addSecs(-2 * 3600)
    ui.receivedAt.setDateTime(letter)  # the clerk's own entry
    type_text(qtbot, ui.name, "林先生")
    type_text(qtbot, ui.phone, "13807595678")
    type_text(qtbot, ui.content, "同一材料被要求提交两次。")
    page.register()
    qtbot.waitUntil(lambda: len(complaints.list_complaints(db, which="all")) == 2, timeout=10_000)
    second = next(
        c for c in complaints.list_complaints(db, which="all") if c.complainant == "林先生"
    )
    expected = letter.toPython().replace(second=0, microsecond=0)
    assert second.received_at.replace(second=0, microsecond=0) == expected
