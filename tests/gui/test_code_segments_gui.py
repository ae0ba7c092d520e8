"""The administrator's code-segment page in the GUI: adding a segment (an overlap is refused
beside the prefix) and voiding a code (a reason is required; what was typed stays)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.gui import test_registration_gui as base
from window_app.ui.code_segments_admin import CodeSegmentsPage

ENTER = base.ENTER
idle, shoot, type_text = base.idle, base.shoot, base.type_text
segment, admin = base.segment, base.admin  # the fixtures


def test_code_segments_admin_adds_and_voids(qtbot, admin):
    admin.ui.actionCodeSegments.trigger()
    page = admin.ui.tabs.currentWidget()
    assert isinstance(page, CodeSegmentsPage)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=5000)
    assert page.model.index(0, 6).data() == "10000"
    type_text(qtbot, page.ui.segName, "2026年第二批")
    qtbot.keyClick(page.ui.segName, ENTER)
    qtbot.keyClicks(page.ui.prefix, "ma4w")  # overlaps the first segment
    qtbot.keyClick(page.ui.prefix, ENTER)
    qtbot.keyClicks(page.ui.firstSerial, "0")
    qtbot.keyClick(page.ui.firstSerial, ENTER)
    qtbot.keyClicks(page.ui.lastSerial, "99")
    qtbot.keyClick(page.ui.addButton, Qt.Key.Key_Space)
    idle(qtbot, admin)
    assert page.ui.prefixError.isVisible() and "重叠" in page.ui.prefixError.text()
    assert page.ui.prefix.text() == "MA4W"
    page.ui.prefix.selectAll()
    qtbot.keyClicks(page.ui.prefix, "MA4X")
    with qtbot.waitSignal(page.done, timeout=5000):
        qtbot.keyClick(page.ui.addButton, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=5000)
    assert page.model.index(1, 1).data() == "MA4X0000 – MA4X0099"
    qtbot.keyClicks(page.ui.body, "MA4W0001")
    qtbot.keyClick(page.ui.body, ENTER)
    type_text(qtbot, page.ui.reason, "省系统已发放该代码")
    with qtbot.waitSignal(page.done, timeout=5000) as voided:
        qtbot.keyClick(page.ui.reason, ENTER)
    assert voided.args[0].status == "void" and voided.args[0].reason == "省系统已发放该代码"
    qtbot.waitUntil(lambda: page.model.index(0, 5).data() == "1", timeout=5000)
    shoot(admin, "code-segments")
    # a reason is required: the body stays
    qtbot.keyClicks(page.ui.body, "MA4W0002")
    qtbot.keyClick(page.ui.voidButton, Qt.Key.Key_Space)
    idle(qtbot, admin)
    assert page.ui.reasonError.isVisible() and page.ui.body.text() == "MA4W0002"
