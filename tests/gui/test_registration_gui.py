"""Establishment registration, its licence and referral, and the licence exchange in the GUI
(pytest-qt, offscreen, a real SQLite hall), driven by keyboard like a clerk with an ID reader.
The helpers and fixtures here serve the other registration GUI tests too."""

from __future__ import annotations

import os
import subprocess
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QSettings, Qt
from PySide6.QtGui import QInputMethodEvent, QKeyEvent
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from stdnum.iso7064 import mod_11_10

from window_app.core import uscc
from window_app.core.idcard import check_digit
from window_app.services import code_segments, registration
from window_app.ui import dialogs, printing_qt
from window_app.ui.code_segments_admin import SegmentsModel
from window_app.ui.context import AppContext
from window_app.ui.investors import InvestorsModel
from window_app.ui.licence_print import LicencePrintDialog
from window_app.ui.main_window import MainWindow
from window_app.ui.print_preview import PrintPreviewDialog
from window_app.ui.registration import RegistrationPage
from window_app.ui.settings import Settings

ENTER = Qt.Key.Key_Return
CTRL = Qt.KeyboardModifier.ControlModifier
NO_MOD = Qt.KeyboardModifier.NoModifier
SCREENSHOTS = os.environ.get("WINDOW_APP_SCREENSHOTS")  # a folder: save screenshots there


def person_id(seq: int) -> str:
    first17 = f"44080219900101{seq:03d}"
    return first17 + check_digit(first17)


REP_ID = person_id(123)
OWNER_ID = person_id(124)


@pytest.fixture
def segment(gui_hall):
    db, actors = gui_hall
    code_segments.create_segment(db, actors["admin"], "2026年第一批", "MA4W", 0, 9999)
    return gui_hall


def _window(qtbot, db, actor, tmp_path):
    dialogs.set_responder(lambda kind, title, text: True)
    settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    window = MainWindow(AppContext.create(db, actor, settings))
    qtbot.addWidget(window)
    window.resize(1280, 860)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    idle(qtbot, window)
    return window


@pytest.fixture
def clerk(qtbot, segment, tmp_path):
    db, actors = segment
    window = _window(qtbot, db, actors["clerk"], tmp_path)
    yield window
    close(qtbot, window)


@pytest.fixture
def admin(qtbot, segment, tmp_path):
    db, actors = segment
    window = _window(qtbot, db, actors["admin"], tmp_path)
    yield window
    close(qtbot, window)


def close(qtbot, window) -> None:
    for dialog in window.findChildren(LicencePrintDialog) + window.findChildren(PrintPreviewDialog):
        dialog.close()
    window.ctx.watcher.stop()
    idle(qtbot, window)
    dialogs.set_responder(None)


def idle(qtbot, window) -> None:
    qtbot.waitUntil(lambda: not window.ctx.runner.busy, timeout=10_000)


def type_text(qtbot, widget, text: str) -> None:
    """Chinese arrives through the input method (a commit string); codes through keystrokes."""
    if text.isascii():
        qtbot.keyClicks(widget, text)
        return
    event = QInputMethodEvent("", [])
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def focused():
    return QApplication.focusWidget()


def open_registration(qtbot, window) -> RegistrationPage:
    qtbot.keyClick(window, Qt.Key.Key_E, CTRL)
    page = window.ui.tabs.currentWidget()
    assert isinstance(page, RegistrationPage)
    qtbot.waitUntil(lambda: not window.ctx.runner.busy)
    assert page.ui.name.hasFocus()
    return page


def choose(combo, data) -> None:
    """Pick a combo entry by keyboard: focus it and step with the arrow keys."""
    target = combo.findData(data)
    assert target >= 0
    while combo.currentIndex() != target:
        key = Qt.Key.Key_Down if combo.currentIndex() < target else Qt.Key.Key_Up
        combo.setFocus()
        QApplication.sendEvent(combo, QKeyEvent(QEvent.Type.KeyPress, key, NO_MOD))


def fill(qtbot, page, *, category="1", authority="440800", name, domicile, capital, rep, rep_id,
         scope, investors=(), contact="13800138000") -> None:  # fmt: skip
    """What the clerk types, field by field, moving on with Enter like at the window."""
    choose(page.ui.category, category)
    choose(page.ui.authority, authority)
    page.ui.name.setFocus()
    type_text(qtbot, page.ui.name, name)
    qtbot.keyClick(page.ui.name, ENTER)  # the name check runs as the clerk leaves the field
    assert page.ui.enterpriseType.hasFocus()
    qtbot.keyClick(focused(), ENTER)
    assert page.ui.domicile.hasFocus()
    type_text(qtbot, page.ui.domicile, domicile)
    qtbot.keyClick(page.ui.domicile, ENTER)
    qtbot.keyClicks(page.ui.capital, capital)
    qtbot.keyClick(page.ui.capital, ENTER)
    qtbot.keyClicks(page.ui.contact, contact)
    qtbot.keyClick(page.ui.contact, ENTER)
    type_text(qtbot, page.ui.repName, rep)
    qtbot.keyClick(page.ui.repName, ENTER)
    assert page.ui.repId.hasFocus()
    qtbot.keyClicks(page.ui.repId, rep_id)  # the ID-card reader types and presses Enter
    qtbot.keyClick(page.ui.repId, ENTER)
    assert page.ui.businessScope.hasFocus()
    type_text(qtbot, page.ui.businessScope, scope)
    add_investors(qtbot, page, investors)


def add_investors(qtbot, page, investors) -> None:
    for inv_name, inv_id, amount in investors:
        qtbot.keyClick(page.ui.addInvestor, Qt.Key.Key_Space)
        editor = focused()
        type_text(qtbot, editor, inv_name)
        qtbot.keyClick(editor, Qt.Key.Key_Tab)
        qtbot.keyClicks(focused(), inv_id)
        qtbot.keyClick(focused(), Qt.Key.Key_Tab)
        qtbot.keyClicks(focused(), amount)
        qtbot.keyClick(focused(), ENTER)  # the delegate commits on the next event loop turn
        qtbot.waitUntil(lambda a=amount: page.investors.rows()[-1][2] == a, timeout=2000)


def register(qtbot, page) -> registration.RegistrationResult:
    with qtbot.waitSignal(page.registered, timeout=10_000) as done:
        qtbot.keyClick(page.ui.name, ENTER, CTRL)
    return done.args[0]


def pdf_printer(path: Path):
    def choose_printer(_parent, _name):
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(path))
        return printer

    return choose_printer


def qr_of(pdf: Path, tmp_path: Path) -> str:
    stem = tmp_path / f"{pdf.stem}-page"
    subprocess.run(["pdftoppm", "-r", "150", "-png", str(pdf), str(stem)], check=True)
    png = sorted(tmp_path.glob(f"{stem.name}*.png"))[0]
    return subprocess.run(["zbarimg", "-q", "--nodbus", "--raw", str(png)], capture_output=True,
                          text=True, check=True).stdout.strip()  # fmt: skip


def pdf_text(pdf: Path) -> str:
    return subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout.replace("\n", "")  # fmt: skip


def shoot(widget, name: str) -> None:
    if SCREENSHOTS:
        QTest.qWait(1500)  # QPdfView renders its pages asynchronously
        Path(SCREENSHOTS).mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(Path(SCREENSHOTS) / f"{name}.png"))


def print_licence(qtbot, dialog: LicencePrintDialog, out: Path, monkeypatch):
    monkeypatch.setattr(printing_qt, "choose_printer", pdf_printer(out))
    with qtbot.waitSignal(dialog.printed, timeout=20_000) as printed:
        qtbot.keyClick(dialog.ui.printButton, Qt.Key.Key_Space)
    return printed.args[0]


# --- registering ---------------------------------------------------------------------------------


def test_register_a_company_and_print_its_licence_and_referral(qtbot, clerk, tmp_path, monkeypatch):
    page = open_registration(qtbot, clerk)
    fill(qtbot, page, name="湛江市美味餐饮有限公司", domicile="湛江市赤坎区人民大道中1号",
         capital="50", rep="张三", rep_id=REP_ID, scope="餐饮服务；食品销售；日用百货销售",
         investors=[("张三", REP_ID, "30"), ("李四", OWNER_ID, "20")])  # fmt: skip
    assert page.investors.rows() == [("张三", REP_ID, "30"), ("李四", OWNER_ID, "20")]
    qtbot.waitUntil(lambda: "先照后证" in page.ui.permitHint.text(), timeout=5000)
    assert "食品经营许可" in page.ui.permitHint.text()
    shoot(clerk, "registration-filled")
    result = register(qtbot, page)
    assert uscc.is_valid(result.uscc) and result.uscc.startswith("91440800MA4W0000")
    assert result.referral_document and result.referrals
    assert result.uscc in page.ui.result.text()
    assert page.ui.name.text() == "" and not page.has_unsaved_input()  # ready for the next one
    dialog = page.papers.licence_dialog
    assert isinstance(dialog, LicencePrintDialog)
    qtbot.waitUntil(lambda: dialog.pdf is not None, timeout=10_000)
    assert dialog.ui.enterprise.text() == "湛江市美味餐饮有限公司"
    assert dialog.ui.referralButton.isVisible()
    shoot(dialog, "licence-preview")
    out = tmp_path / "licence.pdf"
    record = print_licence(qtbot, dialog, out, monkeypatch)
    assert record.uscc == result.uscc and not record.reprint and not record.overlay
    assert qr_of(out, tmp_path) == result.uscc  # the printed page's QR carries the USCC
    # the PDF the service rendered for the printer carries the fields as text
    exact = tmp_path / "exact.pdf"
    exact.write_bytes(record.pdf)
    assert result.uscc in pdf_text(exact) and "伍拾万元整" in pdf_text(exact)
    assert qr_of(exact, tmp_path) == result.uscc
    # closing the licence opens the 双告知 notice in the common print preview
    qtbot.keyClick(dialog.ui.closeButton, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: page.papers.referral_dialog is not None, timeout=10_000)
    notice = page.papers.referral_dialog
    assert notice.info.kind == "referral"
    qtbot.waitUntil(lambda: notice.pdf is not None, timeout=10_000)
    shoot(notice, "referral-preview")
    notice_out = tmp_path / "notice.pdf"
    monkeypatch.setattr(printing_qt, "choose_printer", pdf_printer(notice_out))
    with qtbot.waitSignal(notice.printed, timeout=20_000):
        qtbot.keyClick(notice.ui.printButton, Qt.Key.Key_Space)
    assert notice_out.stat().st_size > 10_000
    notice.close()
    ent = registration.get_enterprise(clerk.ctx.db, result.uscc)
    assert ent.legal_representative == "张三" and str(ent.registered_capital) in ("50", "50.0000")


def test_register_an_individual_business_and_print_by_uscc(qtbot, clerk, tmp_path, monkeypatch):
    page = open_registration(qtbot, clerk)
    fill(qtbot, page, category="2", authority="440802", name="湛江市赤坎区好味道小吃店",
         domicile="湛江市赤坎区中山一路2号", capital="3", rep="李四", rep_id=OWNER_ID,
         scope="小吃服务")  # fmt: skip
    assert not page.ui.investorsBox.isVisible() and page.ui.noInvestors.isVisible()
    assert page.ui.enterpriseType.currentText() == "个体工商户"
    result = register(qtbot, page)
    assert result.uscc.startswith("92440802") and uscc.is_valid(result.uscc)
    assert result.referral_document is None
    page.papers.licence_dialog.close()
    # later: 业务 → 打印营业执照, the code typed (or scanned) into the dialog
    clerk.ui.actionPrintLicence.trigger()
    dialog = clerk.findChildren(LicencePrintDialog)[-1]
    qtbot.waitUntil(dialog.ui.uscc.hasFocus, timeout=2000)
    assert not dialog.ui.calibrationBox.isVisible()
    qtbot.keyClicks(dialog.ui.uscc, result.uscc.lower())
    qtbot.keyClick(dialog.ui.uscc, ENTER)
    qtbot.waitUntil(lambda: dialog.pdf is not None, timeout=10_000)
    assert not dialog.ui.referralButton.isVisible()
    out = tmp_path / "individual.pdf"
    record = print_licence(qtbot, dialog, out, monkeypatch)
    assert qr_of(out, tmp_path) == result.uscc
    exact = tmp_path / "exact.pdf"
    exact.write_bytes(record.pdf)
    assert "湛江市赤坎区市场监督管理局" in pdf_text(exact)
    asked = []
    dialogs.set_responder(lambda kind, title, text: asked.append(text) or "原件遗失")
    try:
        again = print_licence(qtbot, dialog, tmp_path / "again.pdf", monkeypatch)
        third = print_licence(qtbot, dialog, tmp_path / "third.pdf", monkeypatch)
    finally:
        dialogs.set_responder(None)
    assert len(asked) == 2 and "补打原因" in asked[0]  # a licence reprint asks why
    assert (record.reprint, again.reprint, third.reprint) == (0, 1, 2)  # its true count
    assert "补打第2次" in dialog.ui.message.text()
    dialog.close()


def test_duplicate_or_close_name_is_refused_with_the_conflicting_entry(qtbot, clerk):
    db, actor = clerk.ctx.db, clerk.ctx.actor
    existing = registration.register_enterprise(db, actor, registration.RegistrationRequest(
        name="湛江市美味餐饮有限公司", category="1", enterprise_type="有限责任公司（自然人独资）",
        domicile="湛江市霞山区1号", authority_code="440800",
        legal_representative=registration.Person("王五", person_id(125)),
        registered_capital=10, business_scope="日用百货销售",
        investors=(registration.Investor("王五", person_id(125), Decimal("10")),),
    ))  # fmt: skip
    page = open_registration(qtbot, clerk)
    with qtbot.waitSignal(page.name_checked, timeout=5000):
        type_text(qtbot, page.ui.name, "广东美味餐饮有限责任公司")  # same words once stripped
        qtbot.keyClick(page.ui.name, ENTER)
    message = page.ui.nameError.text()
    assert page.ui.nameError.isVisible()
    assert "湛江市美味餐饮有限公司" in message and existing.uscc in message
    assert page.ui.name.text() == "广东美味餐饮有限责任公司"  # kept for correcting
    # registering anyway is refused by the service with the same entry; nothing typed is lost
    fill_rest(qtbot, page)
    qtbot.keyClick(page.ui.domicile, ENTER, CTRL)
    idle(qtbot, clerk)
    assert existing.uscc in page.ui.nameError.text() and page.ui.name.hasFocus()
    assert page.ui.domicile.text() == "湛江市赤坎区人民大道中1号"
    assert page.ui.repId.text() == REP_ID and page.ui.capital.text() == "50"
    # at another authority the same name is fine
    choose(page.ui.authority, "440803")
    qtbot.waitUntil(lambda: not page.ui.nameError.isVisible(), timeout=5000)


def fill_rest(qtbot, page) -> None:
    page.ui.domicile.setFocus()
    type_text(qtbot, page.ui.domicile, "湛江市赤坎区人民大道中1号")
    qtbot.keyClicks(page.ui.capital, "50")
    type_text(qtbot, page.ui.repName, "张三")
    qtbot.keyClicks(page.ui.repId, REP_ID)
    type_text(qtbot, page.ui.businessScope, "日用百货销售")
    add_investors(qtbot, page, [("张三", REP_ID, "50")])  # a company's shareholder (issue 14)


def test_bad_legal_representative_id_keeps_the_text_and_explains(qtbot, clerk):
    page = open_registration(qtbot, clerk)
    bad = REP_ID[:-1] + ("0" if REP_ID[-1] != "0" else "1")
    page.ui.repId.setFocus()
    qtbot.keyClicks(page.ui.repId, bad)
    qtbot.keyClick(page.ui.repId, ENTER)
    assert page.ui.repId.hasFocus()  # not moved on
    assert page.ui.repId.text() == bad
    assert page.ui.repIdError.isVisible() and "校验" in page.ui.repIdError.text()
    # registering with it: the service names the same field; everything typed stays
    type_text(qtbot, page.ui.name, "湛江市好运贸易有限公司")
    page.ui.domicile.setFocus()
    type_text(qtbot, page.ui.domicile, "湛江市霞山区人民大道南8号")
    qtbot.keyClicks(page.ui.capital, "100")
    type_text(qtbot, page.ui.repName, "赵六")
    type_text(qtbot, page.ui.businessScope, "日用百货销售")
    qtbot.keyClick(page.ui.capital, ENTER, CTRL)
    idle(qtbot, clerk)
    assert page.last_result is None
    assert page.ui.repIdError.isVisible() and page.ui.repId.hasFocus()
    assert page.ui.repId.text() == bad and page.ui.name.text() == "湛江市好运贸易有限公司"
    assert page.ui.businessScope.toPlainText() == "日用百货销售"
    # the reader reads the card again: the message goes
    page.ui.repId.selectAll()
    qtbot.keyClicks(page.ui.repId, REP_ID)
    assert not page.ui.repIdError.isVisible()


def test_exhausted_segment_is_said_before_the_clerk_types(qtbot, gui_hall, tmp_path):
    db, actors = gui_hall
    code_segments.create_segment(db, actors["admin"], "最后一个", "MA4W", 0, 0)
    registration.register_enterprise(db, actors["clerk"], registration.RegistrationRequest(
        name="湛江市最后贸易有限公司", category="1", enterprise_type="有限责任公司（自然人独资）",
        domicile="湛江市霞山区1号", authority_code="440800",
        legal_representative=registration.Person("王五", person_id(125)),
        registered_capital=10, business_scope="日用百货销售",
        investors=(registration.Investor("王五", person_id(125), Decimal("10")),),
    ))  # fmt: skip
    window = _window(qtbot, db, actors["clerk"], tmp_path)
    try:
        page = open_registration(qtbot, window)
        qtbot.waitUntil(lambda: page.exhausted, timeout=5000)
        assert page.ui.capacity.isVisible() and "号段已用尽" in page.ui.capacity.text()
        assert not page.ui.registerButton.isEnabled()
        assert page.ui.name.text() == ""  # said before anything was typed
        shoot(window, "registration-exhausted")
    finally:
        close(qtbot, window)


def test_low_capacity_is_a_warning(qtbot, gui_hall, tmp_path):
    db, actors = gui_hall
    code_segments.create_segment(db, actors["admin"], "小号段", "MA4W", 0, 9)
    window = _window(qtbot, db, actors["clerk"], tmp_path)
    try:
        page = open_registration(qtbot, window)
        qtbot.waitUntil(lambda: page.ui.capacity.isVisible(), timeout=5000)
        assert "10" in page.ui.capacity.text() and page.ui.registerButton.isEnabled()
    finally:
        close(qtbot, window)


# --- licence exchange --------------------------------------------------------------------------


def test_licence_exchange_checks_the_organisation_code(qtbot, clerk, tmp_path, monkeypatch):
    clerk.ui.actionLicenceExchange.trigger()
    page = clerk.ui.tabs.currentWidget()
    assert isinstance(page, RegistrationPage) and page.objectName() == "licence_exchange"
    box = page.extension.ui
    assert box.oldNumber.hasFocus()
    regno = "44080000000001" + mod_11_10.calc_check_digit("44080000000001")
    qtbot.keyClicks(box.oldNumber, regno)
    qtbot.keyClick(box.oldNumber, ENTER)
    assert box.orgCode.hasFocus()
    qtbot.keyClicks(box.orgCode, "70846113-7")  # the check character should be 6
    qtbot.keyClick(box.orgCode, ENTER)
    assert box.orgCode.hasFocus() and box.orgCodeError.isVisible()
    assert "“7”" in box.orgCodeError.text() and "“6”" in box.orgCodeError.text()
    qtbot.keyClicks(box.taxNumber, "440800708461136")
    page.ui.name.setFocus()
    type_text(qtbot, page.ui.name, "湛江市老字号贸易有限公司")
    fill_rest(qtbot, page)
    shoot(clerk, "licence-exchange-refused")
    qtbot.keyClick(page.ui.name, ENTER, CTRL)  # refused: nothing is registered, nothing lost
    idle(qtbot, clerk)
    assert page.last_result is None and box.orgCodeError.isVisible()
    assert box.orgCode.text() == "70846113-7" and page.ui.name.text() == "湛江市老字号贸易有限公司"
    # corrected: the preview shows the code it will get
    box.orgCode.setFocus()
    box.orgCode.selectAll()
    qtbot.keyClicks(box.orgCode, "708461136")
    qtbot.keyClick(box.orgCode, ENTER)
    assert not box.orgCodeError.isVisible()
    assert "91440800708461136" in box.usccPreview.text()
    assert box.orgCode.text() == "70846113-6"
    shoot(clerk, "licence-exchange")
    result = register(qtbot, page)
    assert result.uscc[8:17] == "708461136" and uscc.is_valid(result.uscc)
    dialog = page.papers.licence_dialog
    qtbot.waitUntil(lambda: dialog.pdf is not None, timeout=10_000)
    out = tmp_path / "exchange.pdf"
    print_licence(qtbot, dialog, out, monkeypatch)
    assert qr_of(out, tmp_path) == result.uscc
    dialog.close()


def test_actions_are_role_gated(qtbot, clerk):
    assert not clerk.ui.actionCodeSegments.isVisible()
    assert clerk.ui.actionRegisterEnterprise.shortcut().toString() == "Ctrl+E"


# --- models --------------------------------------------------------------------------------------


def test_models_pass_qtmodeltester(qtbot, qtmodeltester, admin):
    investors = InvestorsModel()
    investors.insertRows(0, 2)
    investors.setData(investors.index(0, 0), "张三")
    investors.setData(investors.index(0, 1), REP_ID.lower())
    investors.setData(investors.index(0, 2), "30")
    investors.setData(investors.index(1, 1), "91440800MA4W00007Y")
    assert investors.index(0, 1).data() == REP_ID
    assert investors.index(1, 1).data(Qt.ItemDataRole.ToolTipRole)  # names the wrong part
    qtmodeltester.check(investors)
    assert investors.removeRows(1, 1) and investors.rowCount() == 1
    qtmodeltester.check(investors)
    segments = SegmentsModel()
    segments.set_records(code_segments.list_segments(admin.ctx.db, admin.ctx.actor))
    assert segments.rowCount() == 1
    qtmodeltester.check(segments)
