"""Required fields of the processing dialogs depend on the choices made (issue 14, part 6): a
denial or a withdrawal needs its reason, each delivery method its own fields. Every empty one is
named beside it at once in its label's words, the focus goes to the first, what was typed stays,
and nothing is submitted (before, the dialog sent the empty values to the service)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox, QWidget

from tests.gui.test_registration_gui import type_text
from window_app.core.states import State
from window_app.ui.processing_dialogs import DecisionDialog, DeliveryDialog


def _open(qtbot, dialog):  # noqa: ANN001, ANN202
    qtbot.addWidget(dialog)
    sent: list[dict] = []
    dialog.submitted.connect(sent.append)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=2000)
    return sent


def _ok(dialog) -> None:  # noqa: ANN001
    dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def _shown(label: QWidget) -> str:
    return label.text() if label.isVisible() else ""


def test_a_denial_needs_its_reason_an_approval_none(qtbot):
    dialog = DecisionDialog([State.APPROVED, State.DENIED, State.WITHDRAWN])
    sent = _open(qtbot, dialog)
    ui = dialog.ui
    dialog.select(State.DENIED)
    _ok(dialog)
    assert sent == []
    assert _shown(ui.reasonError) == "请填写决定理由"
    assert ui.reason.hasFocus()
    ui.reason.setPlainText("不符合法定条件")
    assert _shown(ui.reasonError) == ""  # gone once filled
    _ok(dialog)
    assert sent == [{"outcome": "denied", "reason": "不符合法定条件"}]
    dialog.select(State.WITHDRAWN)
    ui.reason.clear()
    _ok(dialog)
    assert len(sent) == 1 and _shown(ui.reasonError) == "请填写决定理由"
    dialog.select(State.APPROVED)  # an approval gives no reason
    _ok(dialog)
    assert sent[-1] == {"outcome": "approved", "reason": ""}


def test_each_delivery_method_asks_for_its_own_fields_all_at_once(qtbot):
    dialog = DeliveryDialog("window")
    sent = _open(qtbot, dialog)
    ui = dialog.ui
    _ok(dialog)
    assert sent == []
    assert _shown(ui.collectedByError) == "请填写领取人"
    assert _shown(ui.collectedByIdError) == "请填写领取人证件号"  # both at once
    assert ui.collectedBy.hasFocus()  # the first, top to bottom
    type_text(qtbot, ui.collectedBy, "王小明")
    _ok(dialog)
    assert sent == [] and ui.collectedBy.text() == "王小明"  # typed values kept
    assert _shown(ui.collectedByError) == "" and ui.collectedById.hasFocus()

    ui.method.setCurrentIndex(ui.method.findData("post"))
    _ok(dialog)
    assert sent == [] and _shown(ui.trackingNumberError) == "请填写邮件单号"
    assert _shown(ui.addressError) == ""  # the address may be on the slip already
    assert ui.trackingNumber.hasFocus()
    qtbot.keyClicks(ui.trackingNumber, "SF1234567890")
    _ok(dialog)
    assert sent[-1]["method"] == "post" and sent[-1]["tracking_number"] == "SF1234567890"

    ui.method.setCurrentIndex(ui.method.findData("electronic"))
    _ok(dialog)
    assert len(sent) == 1 and _shown(ui.addressError) == "请填写邮箱/账号"
    assert ui.address.hasFocus()
