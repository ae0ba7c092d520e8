"""The licence print dialog in the GUI: a wrongly typed USCC is explained part by part, and the
overlay prints with the offset calibrated for the chosen printer (PDF read back, QR decoded)."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt

from tests.gui import test_registration_gui as base
from window_app.services import licence, registration
from window_app.ui import printing_qt
from window_app.ui.licence_print import LicencePrintDialog

ENTER = base.ENTER
person_id, pdf_printer, pdf_text, qr_of = (
    base.person_id,
    base.pdf_printer,
    base.pdf_text,
    base.qr_of,
)
segment, clerk, admin = base.segment, base.clerk, base.admin  # the fixtures


@pytest.mark.parametrize(
    ("typed", "part"),
    [
        ("91440800MA4W0000", "18位"),
        ("91440800MA4W0000OX", "第17位"),
        ("Z1440800MA4W00007X", "第1位"),
        ("91440800MA4W00007Y", "第9-17位"),
    ],
)
def test_print_dialog_names_the_wrong_part_of_a_uscc(qtbot, clerk, typed, part):
    clerk.ui.actionPrintLicence.trigger()
    dialog = clerk.findChildren(LicencePrintDialog)[-1]
    qtbot.keyClicks(dialog.ui.uscc, typed)
    qtbot.keyClick(dialog.ui.uscc, ENTER)
    assert dialog.ui.usccError.isVisible() and part in dialog.ui.usccError.text()
    assert dialog.ui.uscc.text() == typed and not dialog.ui.printButton.isEnabled()
    dialog.close()


def test_overlay_uses_the_calibrated_offset_of_the_chosen_printer(
    qtbot, admin, tmp_path, monkeypatch
):
    db, actor = admin.ctx.db, admin.ctx.actor
    result = registration.register_enterprise(db, actor, registration.RegistrationRequest(
        name="湛江市套打测试有限公司", category="1", enterprise_type="有限责任公司（自然人独资）",
        domicile="湛江市霞山区1号", authority_code="440800",
        legal_representative=registration.Person("王五", person_id(125)),
        registered_capital=10, business_scope="日用百货销售",
        investors=(registration.Investor("王五", person_id(125), Decimal("10")),),
    ))  # fmt: skip
    admin.ui.actionPrintLicence.trigger()
    dialog = admin.findChildren(LicencePrintDialog)[-1]
    assert dialog.ui.calibrationBox.isVisible()
    out = tmp_path / "overlay.pdf"
    monkeypatch.setattr(printing_qt, "choose_printer", pdf_printer(tmp_path / "test-page.pdf"))
    with qtbot.waitSignal(dialog.test_page_printed, timeout=20_000) as printed:
        qtbot.keyClick(dialog.ui.testPageButton, Qt.Key.Key_Space)
    key = printed.args[0]
    assert dialog.ui.printer.currentText() == key and dialog.ui.dx.hasFocus()
    qtbot.keyClicks(dialog.ui.dx, "1.5")
    dialog.ui.dy.setFocus()
    dialog.ui.dy.selectAll()
    qtbot.keyClicks(dialog.ui.dy, "-2")
    with qtbot.waitSignal(dialog.calibrated, timeout=10_000):
        qtbot.keyClick(dialog.ui.saveOffsetButton, Qt.Key.Key_Space)
    assert licence.printer_offset(db, key) == (1.5, -2.0)
    # the same printer prints the overlay with its offset
    monkeypatch.setattr(printing_qt, "choose_printer", pdf_printer(tmp_path / "test-page.pdf"))
    dialog.ui.uscc.setFocus()
    qtbot.keyClicks(dialog.ui.uscc, result.uscc)
    qtbot.keyClick(dialog.ui.uscc, ENTER)
    qtbot.waitUntil(lambda: dialog.pdf is not None, timeout=10_000)
    qtbot.keyClick(dialog.ui.overlay, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: "套打预览" in dialog.ui.message.text(), timeout=10_000)
    with qtbot.waitSignal(dialog.printed, timeout=20_000) as printed:
        qtbot.keyClick(dialog.ui.printButton, Qt.Key.Key_Space)
    record = printed.args[0]
    assert record.overlay and record.offset_mm == (1.5, -2.0) and record.printer == key
    out.write_bytes(record.pdf)
    assert "营业执照" not in pdf_text(out) and qr_of(out, tmp_path) == result.uscc
    dialog.close()


def test_an_empty_code_is_named_beside_it_and_a_layout_choice_asks_nothing(qtbot, clerk):
    clerk.ui.actionPrintLicence.trigger()
    dialog = clerk.findChildren(LicencePrintDialog)[-1]
    ui = dialog.ui
    ui.overlay.toggle()  # choosing the layout before the code: no message yet
    assert not ui.usccError.isVisible()
    ui.printer.setFocus()
    assert dialog.focusWidget() is ui.printer
    qtbot.keyClick(ui.uscc, ENTER)  # Enter in the empty field: a preview asked for
    assert ui.usccError.isVisible() and ui.usccError.text() == "请填写统一社会信用代码"
    assert dialog.focusWidget() is ui.uscc and not ui.printButton.isEnabled()
    qtbot.keyClicks(ui.uscc, "9")
    assert not ui.usccError.isVisible()  # gone as the clerk types
    dialog.close()
