"""Focus and required fields on every form other than intake (issue 14 part 6; intake has its
own tests): the first field focused on opening, Tab in reading order (top to bottom, left to
right), every empty required field named beside it at once in its label's words, the focus on
the first of them, what was typed kept, and a message gone once its field is filled.
pytest-qt, offscreen, a real SQLite hall."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QWidget

from tests.gui.test_registration_gui import _window, close, idle, segment, type_text  # noqa: F401

TAB, SPACE = Qt.Key.Key_Tab, Qt.Key.Key_Space


@pytest.fixture
def window_of(qtbot, segment, tmp_path):  # noqa: F811
    """window_of(role) → a signed-in MainWindow over the seeded hall (with a code segment)."""
    db, actors = segment
    windows = []

    def make(role: str):
        window = _window(qtbot, db, actors[role], tmp_path / role)
        windows.append(window)
        return window

    yield make
    for window in windows:
        close(qtbot, window)


def tab_chain(qtbot, first: QWidget, widgets: list[QWidget]) -> list[QWidget]:
    """Tab from `first` until every one of `widgets` was reached (or 40 presses): the order
    in which they were reached."""
    first.setFocus()
    reached = [first] if first in widgets else []
    for _ in range(40):
        qtbot.keyClick(QApplication.focusWidget(), TAB)
        w = QApplication.focusWidget()
        owner = next((x for x in widgets if x is w or x.isAncestorOf(w)), None)
        if owner is not None and owner not in reached:
            reached.append(owner)
        if len(reached) == len(widgets):
            break
    return reached


def reading_order(widgets: list[QWidget]) -> list[QWidget]:
    """Top to bottom; on one row (tops within 8 px) left to right."""
    at = {w: w.mapToGlobal(QPoint(0, 0)) for w in widgets}
    rows: list[list[QWidget]] = []
    for w in sorted(widgets, key=lambda x: at[x].y()):
        if rows and abs(at[rows[-1][0]].y() - at[w].y()) <= 8:
            rows[-1].append(w)
        else:
            rows.append([w])
    return [w for row in rows for w in sorted(row, key=lambda x: at[x].x())]


def assert_reading_order(qtbot, widgets: list[QWidget]) -> None:
    names = [w.objectName() for w in tab_chain(qtbot, widgets[0], widgets)]
    assert names == [w.objectName() for w in reading_order(widgets)]


def press(qtbot, button) -> None:
    button.setFocus()
    qtbot.keyClick(button, SPACE)


def shown(label) -> str:
    return label.text() if label.isVisible() else ""


# --- 投诉登记 ------------------------------------------------------------------------------
def test_complaint_form(qtbot, window_of):
    from window_app.ui.complaints import ComplaintsPage

    window = window_of("clerk")
    window.ui.actionComplaints.trigger()
    page = window.ui.tabs.currentWidget()
    assert isinstance(page, ComplaintsPage)
    idle(qtbot, window)
    ui = page.ui
    assert ui.channel.hasFocus()
    assert_reading_order(qtbot, [ui.channel, ui.name, ui.phone, ui.application, ui.window,
                                 ui.category, ui.content, ui.receivedAt])  # fmt: skip
    type_text(qtbot, ui.application, "2026")  # typed, kept through the refusal
    press(qtbot, ui.registerButton)
    assert shown(ui.nameError) == "请填写投诉人"
    assert shown(ui.phoneError) == "请填写联系电话"
    assert shown(ui.contentError) == "请填写投诉内容"
    assert ui.name.hasFocus() and ui.application.text() == "2026"
    type_text(qtbot, ui.name, "黄先生")
    qtbot.keyClick(ui.name, Qt.Key.Key_End)  # an edit by the clerk clears its message
    qtbot.keyClicks(ui.name, " ")
    assert shown(ui.nameError) == "" and shown(ui.phoneError) == "请填写联系电话"


def test_complaint_form_shows_a_bad_complainant_name_beside_it(qtbot, window_of):
    window = window_of("clerk")
    window.ui.actionComplaints.trigger()
    page = window.ui.tabs.currentWidget()
    idle(qtbot, window)
    ui = page.ui
    type_text(qtbot, ui.name, "王\u200b小明")
    qtbot.keyClicks(ui.phone, "13807591234")
    type_text(qtbot, ui.content, "态度生硬")
    press(qtbot, ui.registerButton)
    qtbot.waitUntil(lambda: ui.nameError.isVisible(), timeout=10_000)
    assert "U+200B" in ui.nameError.text() and ui.name.hasFocus()
    assert ui.name.text() == "王\u200b小明" and ui.content.toPlainText() == "态度生硬"


# --- 用户与窗口 ----------------------------------------------------------------------------
def test_users_form(qtbot, window_of):
    from window_app.ui.users_admin import UsersPage

    window = window_of("admin")
    window.ui.actionUsers.trigger()
    page = window.ui.tabs.currentWidget()
    assert isinstance(page, UsersPage)
    idle(qtbot, window)
    ui = page.ui
    assert ui.username.hasFocus()
    assert_reading_order(qtbot, [ui.username, ui.displayName, ui.role, ui.window,
                                 ui.department, ui.password])  # fmt: skip
    type_text(qtbot, ui.displayName, "李四")
    press(qtbot, ui.createButton)
    assert shown(ui.usernameError) == "请填写用户名"
    assert shown(ui.passwordError) == "请填写临时密码"
    assert shown(ui.displayNameError) == ""
    assert ui.username.hasFocus() and ui.displayName.text() == "李四"
    press(qtbot, ui.addWindowButton)
    assert shown(ui.numberError) == "请填写窗口号"
    assert shown(ui.windowNameError) == "请填写窗口名称" and ui.number.hasFocus()


# --- 设立登记 ------------------------------------------------------------------------------
def test_registration_form(qtbot, window_of):
    from window_app.ui.registration import RegistrationPage

    window = window_of("clerk")
    window.ui.actionRegisterEnterprise.trigger()
    page = window.ui.tabs.currentWidget()
    assert isinstance(page, RegistrationPage)
    idle(qtbot, window)
    ui = page.ui
    assert ui.name.hasFocus()
    # the left column top to bottom, then the business scope on the right
    order = [ui.category, ui.authority, ui.name, ui.enterpriseType, ui.domicile, ui.capital,
             ui.currency, ui.contact, ui.repName, ui.repId, ui.businessScope]  # fmt: skip
    assert tab_chain(qtbot, order[0], order) == order
    type_text(qtbot, ui.domicile, "湛江市赤坎区人民大道中1号")
    press(qtbot, ui.registerButton)
    assert shown(ui.nameError) == "请填写名称"
    assert shown(ui.capitalError) == "请填写注册资本"
    assert shown(ui.repNameError) == "请填写姓名" and shown(ui.repIdError) == "请填写身份证号"
    assert shown(ui.scopeError) == "请填写经营范围"
    assert shown(ui.domicileError) == ""
    assert ui.name.hasFocus() and ui.domicile.text() == "湛江市赤坎区人民大道中1号"
    type_text(qtbot, ui.businessScope, "餐饮服务")
    assert shown(ui.scopeError) == "" and shown(ui.nameError) == "请填写名称"


# --- 变更登记 ------------------------------------------------------------------------------
def test_change_registration_form(qtbot, window_of, segment):  # noqa: F811
    from decimal import Decimal

    from window_app.services import registration
    from window_app.services.registration import Investor, Person, RegistrationRequest
    from window_app.ui.change_registration import ChangeRegistrationPage

    from test_change_registration_gui import REP_ID  # isort: skip

    db, actors = segment
    code = registration.register_enterprise(db, actors["clerk"], RegistrationRequest(
        name="湛江市美味餐饮有限公司", category="1",
        enterprise_type="有限责任公司（自然人投资或控股）", domicile="湛江市赤坎区人民大道中1号",
        authority_code="440800", legal_representative=Person("张三", REP_ID),
        registered_capital=Decimal("50"), business_scope="餐饮服务",
        investors=(Investor("张三", REP_ID, Decimal("50")),),
    )).uscc  # fmt: skip
    window = window_of("clerk")
    window.ui.actionChangeRegistration.trigger()
    page = window.ui.tabs.currentWidget()
    assert isinstance(page, ChangeRegistrationPage)
    ui = page.ui
    assert ui.uscc.hasFocus()
    qtbot.keyClicks(ui.uscc, code)
    qtbot.keyClick(ui.uscc, Qt.Key.Key_Return)
    idle(qtbot, window)
    qtbot.waitUntil(lambda: ui.newName.hasFocus(), timeout=5000)
    order = [ui.newName, ui.newDomicile, ui.newRepName, ui.newRepId, ui.newCapital, ui.newScope]
    assert tab_chain(qtbot, order[0], order) == order
    ui.newDomicile.clear()
    ui.newScope.clear()
    ui.newName.setText(ui.newName.text() + "（改）")
    press(qtbot, ui.changeButton)
    assert shown(ui.domicileError) == "请填写住所（经营场所）"
    assert shown(ui.scopeError) == "请填写经营范围" and shown(ui.nameError) == ""
    assert ui.newDomicile.hasFocus() and ui.newName.text().endswith("（改）")


# --- 代码段管理 ----------------------------------------------------------------------------
def test_code_segments_form(qtbot, window_of):
    from window_app.ui.code_segments_admin import CodeSegmentsPage

    window = window_of("admin")
    window.ui.actionCodeSegments.trigger()
    page = window.ui.tabs.currentWidget()
    assert isinstance(page, CodeSegmentsPage)
    idle(qtbot, window)
    ui = page.ui
    assert ui.segName.hasFocus()
    order = [ui.segName, ui.prefix, ui.firstSerial, ui.lastSerial, ui.segAuthority]
    assert_reading_order(qtbot, order)
    qtbot.keyClicks(ui.prefix, "MA4W")
    press(qtbot, ui.addButton)
    assert shown(page.findChild(type(ui.message), "segNameError")) == "请填写号段名称"
    assert shown(ui.rangeError) == "请填写起止序号" and shown(ui.prefixError) == ""
    assert ui.segName.hasFocus() and ui.prefix.text() == "MA4W"
    press(qtbot, ui.voidButton)
    assert shown(ui.bodyError) == "请填写代码本体" and shown(ui.reasonError) == "请填写原因"
    assert ui.body.hasFocus()


# --- 双随机抽查 ----------------------------------------------------------------------------
def test_spot_check_form(qtbot, window_of):
    from window_app.ui.spot_checks import SpotChecksPage

    window = window_of("supervisor")
    window.ui.actionSpotChecks.trigger()
    page = window.ui.tabs.currentWidget()
    assert isinstance(page, SpotChecksPage)
    idle(qtbot, window)
    ui = page.ui
    assert ui.size.hasFocus()
    qtbot.keyClicks(ui.seed, "20261206")
    press(qtbot, ui.drawButton)
    assert shown(ui.sizeError) == "请填写抽取数量"
    assert ui.size.hasFocus() and ui.seed.text() == "20261206"
    ui.sizeKind.setCurrentIndex(1)
    press(qtbot, ui.drawButton)
    assert shown(ui.sizeError) == "请填写抽取比例 %"


# --- 业务队列与预约 ------------------------------------------------------------------------
def test_queue_setup_form(qtbot, window_of):
    from PySide6.QtWidgets import QLabel

    from window_app.ui.queue_setup import QueueSetupPage

    window = window_of("admin")
    window.ui.actionQueueSetup.trigger()
    page = window.ui.tabs.currentWidget()
    assert isinstance(page, QueueSetupPage)
    idle(qtbot, window)
    ui = page.ui
    assert ui.lineName.hasFocus()
    assert_reading_order(qtbot, [ui.lineName, ui.prefix, ui.windows, ui.matters])
    qtbot.keyClicks(ui.windows, "A01")
    press(qtbot, ui.saveLineButton)
    error = {f: page.findChild(QLabel, f"{f}Error") for f in ("lineName", "prefix", "person",
                                                               "reference")}  # fmt: skip
    assert shown(error["lineName"]) == "请填写名称" and shown(error["prefix"]) == "请填写号段前缀"
    assert ui.lineName.hasFocus() and ui.windows.text() == "A01"
    press(qtbot, ui.addAppointmentButton)
    assert shown(error["reference"]) == "请填写预约号" and shown(error["person"]) == "请填写姓名"
    assert ui.reference.hasFocus()


# --- 信用名单 ------------------------------------------------------------------------------
def test_credit_lists_form(qtbot, window_of):
    from window_app.ui.credit_admin import CreditListsPage

    window = window_of("admin")
    window.ui.actionBadCredit.trigger()
    page = window.ui.tabs.currentWidget()
    assert isinstance(page, CreditListsPage)
    idle(qtbot, window)
    ui = page.ui
    assert ui.listKind.hasFocus()  # nothing in it is required (the source defaults to the file)
    assert_reading_order(qtbot, [ui.listKind, ui.source, ui.listDate])


# --- 大厅信息 ------------------------------------------------------------------------------
def test_hall_settings_form(qtbot, window_of):
    from window_app.ui.hall_settings_admin import HallSettingsPage

    window = window_of("admin")
    window.ui.actionHallSettings.trigger()
    page = window.ui.tabs.currentWidget()
    assert isinstance(page, HallSettingsPage)
    idle(qtbot, window)
    ui = page.ui
    assert ui.hallName.hasFocus()
    assert_reading_order(qtbot, [ui.hallName, ui.address, ui.openingHours, ui.pickupPlace,
                                 page.followupDays, page.rectifyDays])  # fmt: skip
    ui.hallName.clear()
    press(qtbot, ui.saveButton)
    assert shown(ui.hallNameError) == "请填写大厅名称" and ui.hallName.hasFocus()


# --- 设置 ----------------------------------------------------------------------------------
def test_settings_dialog(qtbot, tmp_path):
    """Already right before this change (a guard): every field has a value, none required."""
    from PySide6.QtCore import QSettings

    from window_app.ui.settings import Settings
    from window_app.ui.settings_dialog import SettingsDialog

    settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    ui = dialog.ui
    qtbot.waitUntil(ui.language.hasFocus, timeout=5000)
    assert_reading_order(qtbot, [ui.language, ui.fontFamily, ui.fontSize, ui.idleLockMinutes,
                                 ui.refreshSeconds, ui.printer, ui.ticketPrinter,
                                 ui.licencePrinter])  # fmt: skip


# --- 换照（旧照换新照） --------------------------------------------------------------------
def test_licence_exchange_form(qtbot, window_of):
    from window_app.ui.registration import RegistrationPage

    window = window_of("clerk")
    window.ui.actionLicenceExchange.trigger()
    page = window.ui.tabs.currentWidget()
    assert isinstance(page, RegistrationPage) and page.objectName() == "licence_exchange"
    idle(qtbot, window)
    box, ui = page.extension.ui, page.ui
    assert box.oldNumber.hasFocus()
    assert_reading_order(qtbot, [box.oldNumber, box.orgCode, box.taxNumber])
    type_text(qtbot, ui.domicile, "湛江市赤坎区人民大道中1号")
    press(qtbot, ui.registerButton)
    # the exchange's fields and the form's, all at once; the focus on the first of them
    assert shown(box.oldNumberError) == "请填写原注册号"
    assert shown(box.orgCodeError) == "请填写组织机构代码"
    assert shown(box.taxNumberError) == "请填写税务登记号"
    assert shown(ui.nameError) == "请填写名称" and shown(ui.scopeError) == "请填写经营范围"
    assert box.oldNumber.hasFocus() and ui.domicile.text() == "湛江市赤坎区人民大道中1号"


# --- 差评整改 ------------------------------------------------------------------------------
def test_rectification_form(qtbot, window_of, segment):  # noqa: F811
    from datetime import date

    from PySide6.QtWidgets import QLabel

    from window_app.services import evaluation
    from window_app.ui.rectification import RectificationPage

    from test_processing import received  # isort: skip

    db, actors = segment
    number = received(db, actors["clerk"], date.today())
    evaluation.record_evaluation(db, actors["clerk"], number, 2, ["213"], "")
    window = window_of("supervisor")
    window.ui.actionRectification.trigger()
    page = window.ui.tabs.currentWidget()
    assert isinstance(page, RectificationPage)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1 and not page.loading, timeout=10_000)
    page.ui.table.selectRow(0)
    ui = page.ui
    note_error, reply_error = (page.findChild(QLabel, n) for n in ("noteError", "replyError"))
    press(qtbot, ui.followUpButton)
    assert shown(note_error) == "请填写回访情况" and ui.note.hasFocus()
    type_text(qtbot, ui.note, "已电话回访")
    assert shown(note_error) == ""
    press(qtbot, ui.followUpButton)
    qtbot.waitUntil(lambda: ui.answerButton.isEnabled(), timeout=10_000)
    type_text(qtbot, ui.reply, "感谢监督")
    press(qtbot, ui.answerButton)
    assert shown(note_error) == "请填写核实与整改情况" and shown(reply_error) == ""
    assert ui.note.hasFocus() and ui.reply.toPlainText() == "感谢监督"


def test_required_messages_in_english(qtbot, window_of):
    """The same messages in the user's language: the label's English words."""
    from window_app.ui import i18n

    i18n.install("en")
    try:
        window = window_of("clerk")
        window.ui.actionComplaints.trigger()
        page = window.ui.tabs.currentWidget()
        idle(qtbot, window)
        press(qtbot, page.ui.registerButton)
        assert shown(page.ui.nameError) == "Please fill in Complainant"
        assert shown(page.ui.phoneError) == "Please fill in Phone no."
    finally:
        i18n.install("zh_CN")


# --- the outcome and processing dialogs ---------------------------------------------------
@pytest.mark.parametrize(
    ("make", "fill", "expected"),
    [
        ("refusal", None, {"reasonError": "请填写不予受理理由", "basisError": "请填写法律依据"}),
        ("refusal", ("legalBasis", "《行政许可法》第三十二条"),
         {"reasonError": "请填写不予受理理由", "basisError": ""}),
        ("extension", None, {"reasonError": "请填写延期理由"}),
        ("completion", None, {"resultError": "请填写办理结果"}),
        ("answer", None, {"replyError": "请填写答复内容"}),
        ("reason", None, {"reasonError": "请填写撤回理由"}),
    ],
)  # fmt: skip
def test_dialogs_name_every_empty_required_field(qtbot, make, fill, expected):
    from PySide6.QtWidgets import QDialogButtonBox

    from window_app.ui.complaint_dialogs import AnswerDialog
    from window_app.ui.outcomes import RefusalDialog
    from window_app.ui.processing_dialogs import CompletionDialog, ExtensionDialog, ReasonDialog

    dialog = {"refusal": RefusalDialog, "extension": ExtensionDialog,
              "completion": CompletionDialog,
              "answer": lambda: AnswerDialog("投诉1"),
              "reason": lambda: ReasonDialog("撤回", "撤回备案登记", "撤回理由")}[make]()  # fmt: skip
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=5000)
    if fill:
        type_text(qtbot, getattr(dialog.ui, fill[0]), fill[1])
    with qtbot.assertNotEmitted(dialog.submitted):
        press(qtbot, dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Ok))
    for name, text in expected.items():
        assert shown(getattr(dialog.ui, name)) == text, name
    first = next(n for n, t in expected.items() if t)
    editor = dialog.messages._fields[  # the field whose message shows first takes the focus
        next(f for f, (_e, label) in dialog.messages._fields.items()
             if label.objectName() == first)][0]  # fmt: skip
    assert editor.hasFocus()
    if fill:
        assert getattr(dialog.ui, fill[0]).text() == fill[1]


# --- 节假日安排 ----------------------------------------------------------------------------
def test_calendar_form(qtbot, window_of):
    from PySide6.QtWidgets import QLabel

    from window_app.ui.calendar_admin import CalendarPage

    window = window_of("admin")
    window.ui.actionCalendar.trigger()
    page = window.ui.tabs.currentWidget()
    assert isinstance(page, CalendarPage)
    idle(qtbot, window)
    assert page.ui.notice.hasFocus()
    press(qtbot, page.ui.previewButton)
    assert shown(page.findChild(QLabel, "noticeError")) == "请填写国务院办公厅通知"
    assert page.ui.notice.hasFocus() and not page.ui.saveButton.isEnabled()


def test_assign_dialog_asks_to_choose_the_handler(qtbot, window_of, segment):  # noqa: F811
    from datetime import datetime

    from window_app.services import complaints
    from window_app.services.complaints import ComplaintForm

    db, actors = segment
    complaints.register_complaint(db, actors["clerk"], ComplaintForm(
        channel="phone", name="黄先生", phone="13807591234", category="overdue",
        content="还没有结果", received_at=datetime(2026, 11, 2, 9, 0)))  # fmt: skip
    window = window_of("supervisor")
    window.ui.actionComplaints.trigger()
    page = window.ui.tabs.currentWidget()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1 and not page.loading, timeout=10_000)
    page.ui.table.selectRow(0)
    dialog = page.assign()
    qtbot.waitExposed(dialog)
    assert dialog.ui.handler.currentIndex() == -1
    from PySide6.QtWidgets import QDialogButtonBox

    with qtbot.assertNotEmitted(dialog.submitted):
        press(qtbot, dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Ok))
    assert shown(dialog.ui.handlerError) == "请选择承办人"
    dialog.reject()
