"""The clerk's day driven by keyboard (pytest-qt, offscreen, a real SQLite file): new
application, checklist, accept / one-time notice / refuse / commitment, print preview and
printing, invalid ID, the scanner burst, and qtmodeltester on every table model."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel

from window_app.core.checklist import ItemStatus
from window_app.core.idcard import check_digit
from window_app.core.states import State
from window_app.services import documents, intake, queries
from window_app.ui import dialogs, printing_qt
from window_app.ui.application_view import ApplicationPage
from window_app.ui.checklist_model import STATUS, ChecklistModel
from window_app.ui.context import AppContext
from window_app.ui.intake import IntakePage
from window_app.ui.lookup import LookupModel, open_lookup
from window_app.ui.main_window import MainWindow
from window_app.ui.outcomes import CommitmentDialog, RefusalDialog
from window_app.ui.print_preview import PrintPreviewDialog
from window_app.ui.scanner import ScannerFilter
from window_app.ui.settings import Settings
from window_app.ui.work_list import WorkListModel

ID = "44080219850312" + "123"
ID += check_digit(ID)
ORG_ID = "44080219900615" + "456"
ORG_ID += check_digit(ORG_ID)
ENTER = Qt.Key.Key_Return


@pytest.fixture
def clerk(qtbot, gui_hall, tmp_path):
    """A MainWindow for the clerk at window A01 over a seeded SQLite hall."""
    db, actors = gui_hall
    dialogs.set_responder(lambda kind, title, text: True)
    settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    window = MainWindow(AppContext.create(db, actors["clerk"], settings))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    idle(qtbot, window)
    yield window
    window.ctx.watcher.stop()
    idle(qtbot, window)
    dialogs.set_responder(None)


def type_text(qtbot, widget, text: str) -> None:
    """Chinese arrives through the input method (a commit string); codes through keystrokes."""
    if text.isascii():
        qtbot.keyClicks(widget, text)
        return
    event = QInputMethodEvent("", [])
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def idle(qtbot, window) -> None:
    qtbot.waitUntil(lambda: not window.ctx.runner.busy, timeout=10_000)


def current(window):
    return window.ui.tabs.currentWidget()


def new_application(
    qtbot, window, *, matter="spjy", name="王小明", id_number=ID
) -> ApplicationPage:
    """Ctrl+N, find the matter by pinyin initials, type the applicant, Ctrl+Enter."""
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    page = current(window)
    assert isinstance(page, IntakePage)
    qtbot.keyClicks(page.ui.matterSearch, matter)
    qtbot.keyClick(page.ui.matterSearch, ENTER)
    qtbot.waitUntil(lambda: page.matter is not None, timeout=5000)
    type_text(qtbot, page.ui.personName, name)
    qtbot.keyClick(page.ui.personName, ENTER)
    assert page.ui.idNumber.hasFocus()
    qtbot.keyClicks(page.ui.idNumber, id_number)  # the ID-card reader types and presses Enter
    qtbot.keyClick(page.ui.idNumber, ENTER)
    qtbot.keyClicks(page.ui.phone, "13800138000")
    qtbot.keyClick(page.ui.phone, ENTER, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: isinstance(current(window), ApplicationPage), timeout=5000)
    app_page = current(window)
    qtbot.waitUntil(lambda: app_page.detail is not None, timeout=5000)
    return app_page


def mark_rows(qtbot, page: ApplicationPage, keys: str) -> None:
    """One key per checklist row from the top: '1' received, '2' missing, ' ' toggles."""
    view = page.ui.checklist
    view.setFocus()
    view.setCurrentIndex(page.model.index(0, STATUS))
    for key in keys:
        qtbot.keyClicks(view, key) if key != " " else qtbot.keyClick(view, Qt.Key.Key_Space)


def outcome(qtbot, page: ApplicationPage, key: Qt.Key) -> PrintPreviewDialog:
    with qtbot.waitSignal(page.outcome_done, timeout=10_000):
        qtbot.keyClick(page.ui.checklist, key)
    preview = page.preview
    qtbot.waitUntil(lambda: preview.pdf is not None, timeout=10_000)
    return preview


def print_to_pdf(monkeypatch, out) -> None:
    """The print dialog's seam: every print goes to the PDF file `out`."""

    def pdf_printer(_parent, _name):
        printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        return printer

    monkeypatch.setattr(printing_qt, "choose_printer", pdf_printer)


def detail(window, number: str) -> queries.ApplicationDetail:
    return queries.application_detail(window.ctx.db, number)


def test_accept_a_complete_application_and_print_the_receipt(qtbot, clerk, tmp_path, monkeypatch):
    page = new_application(qtbot, clerk)
    assert page.model.rowCount() == 4  # the vending question left unanswered
    mark_rows(qtbot, page, "1111")
    preview = outcome(qtbot, page, Qt.Key.Key_F6)
    assert detail(clerk, page.number).state == State.ACCEPTED
    assert preview.info.kind == "receipt" and preview.document.pageCount() >= 1
    out = tmp_path / "printed.pdf"

    print_to_pdf(monkeypatch, out)
    with qtbot.waitSignal(preview.printed, timeout=10_000) as printed:
        qtbot.keyClick(preview.ui.printButton, Qt.Key.Key_Space)
    assert printed.args[0].reprint == 0 and out.stat().st_size > 10_000
    with qtbot.waitSignal(preview.printed, timeout=10_000) as again:
        qtbot.keyClick(preview.ui.printButton, Qt.Key.Key_Space)
    assert again.args[0].reprint == 1  # 补打
    info = documents.latest_document(clerk.ctx.db, page.number, "receipt")
    assert info.print_count == 2
    preview.close()
    # the work list shows it, ID masked, with its light
    qtbot.waitUntil(lambda: any(i.number == page.number for i in clerk.work_list.model.records()))
    item = next(i for i in clerk.work_list.model.records() if i.number == page.number)
    assert ID not in item.applicant_code_masked and item.light == "green"


def test_printer_failure_is_a_message_and_nothing_is_lost(qtbot, clerk, monkeypatch):
    page = new_application(qtbot, clerk)
    mark_rows(qtbot, page, "1111")
    preview = outcome(qtbot, page, Qt.Key.Key_F6)
    broken = QPrinter()
    broken.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    broken.setOutputFileName("/nonexistent-dir/x.pdf")
    monkeypatch.setattr(printing_qt, "choose_printer", lambda _p, _n: broken)
    qtbot.keyClick(preview.ui.printButton, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: "补打" in preview.ui.message.text(), timeout=10_000)
    assert preview.ui.printButton.isEnabled()
    preview.close()


def test_a_missing_printer_is_named_and_the_receipt_stays_unprinted(
    qtbot, clerk, monkeypatch, tmp_path
):
    """Qt would print to the default printer in its place: the preview says which printer is
    missing, in Chinese, before the print is recorded; the receipt then prints as the original."""
    page = new_application(qtbot, clerk)
    mark_rows(qtbot, page, "1111")
    preview = outcome(qtbot, page, Qt.Key.Key_F6)
    qtbot.waitUntil(lambda: preview.ui.printButton.isEnabled(), timeout=10_000)
    gone = QPrinter(QPrinter.PrinterMode.HighResolution)
    gone.setPrinterName("窗口A01-激光打印机")  # not known to the print service
    monkeypatch.setattr(printing_qt, "choose_printer", lambda _p, _n: gone)
    qtbot.keyClick(preview.ui.printButton, Qt.Key.Key_Space)
    assert "找不到打印机" in preview.ui.message.text() and "文书已保存" in preview.ui.message.text()
    assert preview.ui.printButton.isEnabled()
    info = documents.latest_document(clerk.ctx.db, page.number, "receipt")
    assert info.print_count == 0  # nothing recorded: not a reprint when it prints
    target = QPrinter(QPrinter.PrinterMode.ScreenResolution)  # the printer, once chosen
    target.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    target.setOutputFileName(str(tmp_path / "receipt.pdf"))
    monkeypatch.setattr(printing_qt, "choose_printer", lambda _p, _n: target)
    with qtbot.waitSignal(preview.printed, timeout=10_000) as printed:
        qtbot.keyClick(preview.ui.printButton, Qt.Key.Key_Space)
    assert printed.args[0].reprint == 0
    preview.close()


def test_notice_then_accept_when_the_missing_item_arrives(qtbot, clerk):
    page = new_application(qtbot, clerk)
    mark_rows(qtbot, page, "1121")  # the third material is missing
    outcome(qtbot, page, Qt.Key.Key_F7).close()
    qtbot.waitUntil(lambda: page.detail.state == State.CORRECTION)
    d = detail(clerk, page.number)
    assert [n.items[0][0] for n in d.notices] == [d.checklist[2].name]
    # the applicant returns: what was received is locked, only the missing item is asked for
    clerk.open_application(page.number)
    qtbot.waitUntil(lambda: page.detail is not None and not page.ctx.runner.busy)
    assert [r.locked for r in page.detail.checklist] == [True, True, False, True]
    page.ui.checklist.setFocus()
    page.ui.checklist.setCurrentIndex(page.model.index(2, STATUS))
    qtbot.keyClicks(page.ui.checklist, "1")
    outcome(qtbot, page, Qt.Key.Key_F6).close()
    d = detail(clerk, page.number)
    assert d.state == State.ACCEPTED and d.visits == 2


def test_defective_item_needs_a_reason_typed_in_the_table(qtbot, clerk):
    page = new_application(qtbot, clerk)
    mark_rows(qtbot, page, "111")
    view = page.ui.checklist
    qtbot.keyClicks(view, "3")  # defective: the reason editor opens
    editor = QApplication.focusWidget()
    type_text(qtbot, editor, "未加盖公章")
    qtbot.keyClick(editor, ENTER)
    outcome(qtbot, page, Qt.Key.Key_F7).close()
    d = detail(clerk, page.number)
    assert d.notices[0].items[0][2] == "未加盖公章"


def test_refuse_with_reason_basis_and_where_instead(qtbot, clerk):
    page = new_application(qtbot, clerk)
    qtbot.keyClick(page.ui.checklist, Qt.Key.Key_F8)
    dialog = page.dialog
    assert isinstance(dialog, RefusalDialog)
    type_text(qtbot, dialog.ui.reason, "申请事项不属于本机关职权范围")
    qtbot.keyClick(dialog.ui.reason, Qt.Key.Key_Tab)
    qtbot.keyClick(dialog.ui.legalBasis, ENTER)  # basis left empty: refused beside the field
    qtbot.waitUntil(lambda: dialog.ui.basisError.isVisible(), timeout=5000)
    assert dialog.ui.reason.toPlainText() == "申请事项不属于本机关职权范围"
    type_text(qtbot, dialog.ui.legalBasis, "《中华人民共和国行政许可法》第三十二条")
    qtbot.keyClick(dialog.ui.legalBasis, Qt.Key.Key_Tab)
    type_text(qtbot, dialog.ui.applyInstead, "湛江市卫生健康局")
    with qtbot.waitSignal(page.outcome_done, timeout=10_000):
        qtbot.keyClick(dialog.ui.applyInstead, ENTER)
    qtbot.waitUntil(lambda: page.preview is not None and page.preview.pdf is not None)
    assert page.preview.info.kind == "refusal"
    page.preview.close()
    assert detail(clerk, page.number).state == State.REFUSED


def test_approve_on_commitment(qtbot, clerk):
    page = new_application(qtbot, clerk)
    mark_rows(qtbot, page, "11")  # the two replaceable items are waived by the commitment
    qtbot.keyClick(page.ui.checklist, Qt.Key.Key_F9)
    dialog = page.dialog
    assert isinstance(dialog, CommitmentDialog)
    assert dialog.ui.signer.text() == "王小明"
    with qtbot.waitSignal(page.outcome_done, timeout=10_000):
        qtbot.keyClick(dialog.ui.signer, ENTER)
    qtbot.waitUntil(lambda: page.preview is not None and page.preview.pdf is not None)
    assert page.preview.info.kind == "commitment"
    page.preview.close()
    assert detail(clerk, page.number).state == State.APPROVED


def test_invalid_id_shows_the_message_and_keeps_the_text(qtbot, clerk):
    qtbot.keyClick(clerk, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    page = current(clerk)
    assert not page.ui.idNumber.testAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled)
    qtbot.keyClicks(page.ui.matterSearch, "spjy")
    qtbot.keyClick(page.ui.matterSearch, ENTER)
    qtbot.waitUntil(lambda: page.matter is not None, timeout=5000)
    type_text(qtbot, page.ui.personName, "王小明")
    qtbot.keyClick(page.ui.personName, ENTER)
    wrong = ID[:-1] + ("0" if ID[-1] != "0" else "1")
    qtbot.keyClicks(page.ui.idNumber, wrong.lower())
    qtbot.keyClick(page.ui.idNumber, ENTER)
    assert page.ui.idNumberError.isVisible()
    assert "校验码" in page.ui.idNumberError.text()
    assert page.ui.idNumber.text() == wrong.upper() and page.ui.idNumber.hasFocus()
    # registering anyway: the service refuses, the message stays beside the field, nothing lost
    qtbot.keyClick(page.ui.idNumber, ENTER, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not page.busy, timeout=5000)
    idle(qtbot, clerk)
    assert current(clerk) is page and "校验码" in page.ui.idNumberError.text()
    assert page.ui.personName.text() == "王小明" and page.ui.idNumber.text() == wrong.upper()


def test_questions_show_and_hide_materials_live(qtbot, clerk):
    qtbot.keyClick(clerk, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    page = current(clerk)
    qtbot.keyClicks(page.ui.matterSearch, "spjy")
    qtbot.keyClick(page.ui.matterSearch, ENTER)
    qtbot.waitUntil(
        lambda: page.matter is not None and len(page.preview_names()) == 4, timeout=5000
    )
    box = next(iter(page._questions.values()))
    # the window's focus moved to the applicant's name (issue 14: what the clerk types next);
    # the question is the next stop after the matter list on the tab path
    assert box.isVisible()
    qtbot.waitUntil(lambda: clerk.focusWidget() is page.ui.personName, timeout=2000)
    page.ui.matterList.setFocus()
    qtbot.keyClick(page.ui.matterList, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: clerk.focusWidget() is box, timeout=2000)
    qtbot.keyClick(page._questions["vending_machine"], Qt.Key.Key_Space)
    assert len(page.preview_names()) == 5
    page.ui.agentBox.setChecked(True)
    assert any("授权委托书" in n for n in page.preview_names())


def test_a_prepackaged_only_shop_is_sent_to_the_filing_at_once(qtbot, clerk):
    qtbot.keyClick(clerk, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    page = current(clerk)
    qtbot.keyClicks(page.ui.matterSearch, "spjy")
    qtbot.keyClick(page.ui.matterSearch, ENTER)
    qtbot.waitUntil(lambda: len(page.preview_names()) == 4, timeout=5000)
    box = page._questions["prepackaged_only"]
    assert box is next(iter(page._questions.values()))
    # the focus first goes to the applicant's name (issue 14); the clerk tabs back to the question
    qtbot.waitUntil(lambda: clerk.focusWidget() is page.ui.personName, timeout=2000)
    box.setFocus()
    qtbot.waitUntil(lambda: clerk.focusWidget() is box, timeout=2000)
    qtbot.keyClick(box, Qt.Key.Key_Space)
    # no licence checklist; the message says why and where to go, beside the matter search
    assert page.preview_names() == []
    assert "SC-0007" in page.ui.matterError.text() and page.ui.matterError.isVisibleTo(page)
    assert clerk.focusWidget() is page.ui.matterSearch  # type the filing's code next
    qtbot.keyClick(box, Qt.Key.Key_Space)
    assert len(page.preview_names()) == 4 and not page.ui.matterError.isVisibleTo(page)


def test_scanner_burst_opens_the_application(qtbot, clerk):
    db, actor = clerk.ctx.db, clerk.ctx.actor
    started = intake.start_application(
        db, actor, matter_code="SC-0006",
        applicant=intake.ApplicantInput("person", "李四", id_number=ORG_ID),
    )  # fmt: skip
    now = [0.0]
    scanner = ScannerFilter(clerk.open_application, clock=lambda: now[0], parent=clerk)
    clerk.scanner.stop()
    scanner.start()
    window = clerk.windowHandle()  # keys enter through the window, as a real scanner's do

    def type_at(gap_ms: float, text: str) -> None:
        for ch in text:
            now[0] += gap_ms
            QTest.keyClick(window, ch)

    try:
        clerk.activateWindow()
        target = clerk.work_list.ui.filter
        target.setFocus()
        qtbot.waitUntil(lambda: QApplication.focusWidget() is target, timeout=5000)
        type_at(200, started.number)  # typed by hand: 200 ms apart, nothing happens
        now[0] += 200
        QTest.keyClick(window, ENTER)
        assert target.text() == started.number  # the keys reached the focused field
        assert not isinstance(current(clerk), ApplicationPage)
        target.clear()
        type_at(5, started.number)  # the scanner: 5 ms apart
        now[0] += 5
        QTest.keyClick(window, ENTER)
        qtbot.waitUntil(lambda: isinstance(current(clerk), ApplicationPage), timeout=5000)
        assert current(clerk).number == started.number
        assert target.text() == ""  # the scanned text does not stay in the filter box
    finally:
        scanner.stop()


def test_models_pass_qtmodeltester(qtbot, qtmodeltester, clerk):
    db, actor = clerk.ctx.db, clerk.ctx.actor
    started = intake.start_application(
        db, actor, matter_code="SC-0006",
        applicant=intake.ApplicantInput("person", "李四", id_number=ORG_ID), agent=None,
    )  # fmt: skip
    work = WorkListModel()
    work.set_records(queries.work_list(db, actor, on=date.today()))
    assert work.rowCount() == 1
    qtmodeltester.check(work)
    checklist = ChecklistModel()
    checklist.set_rows(started.checklist)
    checklist.set_status(0, ItemStatus.RECEIVED)
    assert [m.key for m in checklist.marks()] == [started.checklist[0].key]
    qtmodeltester.check(checklist)
    from window_app.services import lookup

    found = LookupModel()
    found.set_records(lookup.find_applications(db, "李四"))
    assert found.rowCount() == 1
    qtmodeltester.check(found)


def test_lookup_by_one_character_is_refused_with_a_message(qtbot, clerk):
    page = open_lookup(clerk)
    type_text(qtbot, page.ui.query, "王")
    qtbot.keyClick(page.ui.query, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.ui.message.text() == "请至少输入2个字", timeout=5000)
    page.ui.query.clear()
    type_text(qtbot, page.ui.query, "小明")
    qtbot.keyClick(page.ui.query, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.ui.message.text() == "没有找到", timeout=5000)


def test_an_empty_lookup_says_what_to_type_beside_the_field(qtbot, clerk):
    page = open_lookup(clerk)
    error = page.findChild(QLabel, "queryError")
    qtbot.keyClick(page.ui.query, Qt.Key.Key_Return)
    assert error.isVisible()
    assert error.text() == "请填写申请编号、申请人名称、身份证号、统一社会信用代码或电话"
    assert page.focusWidget() is page.ui.query
    qtbot.keyClicks(page.ui.query, "4")
    assert not error.isVisible()  # gone as the clerk types


def test_new_items_on_a_later_notice_ask_for_a_supervisor(qtbot, clerk, monkeypatch):
    """The service decides; the page asks for the supervisor's name, password and reason."""
    from window_app.services import notice
    from window_app.ui.outcomes import OverrideDialog

    real = notice.issue_notice

    def strict(db, actor, number, *, override_by=None, override_reason=None, **kw):
        if override_by is None or override_by.role != "supervisor" or not override_reason:
            raise notice.NewItemsNeedOverride("新增告知内容须经负责人批准", field="override_by")
        return real(db, actor, number, override_by=override_by, **kw)

    monkeypatch.setattr(notice, "issue_notice", strict)
    page = new_application(qtbot, clerk)
    mark_rows(qtbot, page, "1121")
    qtbot.keyClick(page.ui.checklist, Qt.Key.Key_F7)
    qtbot.waitUntil(lambda: isinstance(page.dialog, OverrideDialog), timeout=10_000)
    dialog = page.dialog
    qtbot.keyClicks(dialog.ui.username, "super1")
    qtbot.keyClick(dialog.ui.username, Qt.Key.Key_Tab)
    qtbot.keyClicks(dialog.ui.password, "Counter#2026")
    qtbot.keyClick(dialog.ui.password, Qt.Key.Key_Tab)
    type_text(qtbot, dialog.ui.reason, "申请人变更经营场所，需补充布局图")
    with qtbot.waitSignal(page.outcome_done, timeout=15_000):
        qtbot.keyClick(dialog.ui.password, ENTER)
    qtbot.waitUntil(lambda: page.preview is not None and page.preview.pdf is not None)
    page.preview.close()
    assert detail(clerk, page.number).state == State.CORRECTION
