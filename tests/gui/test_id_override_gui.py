"""An ID number whose address code the GB/T 2260 table cannot place (issue 14, part 1): the
intake page asks for a supervisor's sign-in and reason, and registers only with them."""

from __future__ import annotations

from PySide6.QtCore import Qt
from sqlalchemy import select

from window_app.core.idcard import check_digit
from window_app.storage.models import AuditEvent
from window_app.ui.outcomes import OverrideDialog

from test_intake_gui import ENTER, clerk, current, idle, type_text  # isort: skip  # noqa: F401

UNPLACED = "44089919800101123"
UNPLACED += check_digit(UNPLACED)


def test_unplaced_code_asks_a_supervisor_and_registers_with_the_reason(qtbot, clerk):  # noqa: F811
    qtbot.keyClick(clerk, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    page = current(clerk)
    qtbot.keyClicks(page.ui.matterSearch, "spjy")
    qtbot.keyClick(page.ui.matterSearch, ENTER)
    qtbot.waitUntil(lambda: page.matter is not None, timeout=5000)
    type_text(qtbot, page.ui.personName, "王小明")
    qtbot.keyClicks(page.ui.idNumber, UNPLACED)
    qtbot.keyClick(page.ui.idNumber, ENTER)
    assert "地址码错误" in page.ui.idNumberError.text()  # said beside the field at once
    qtbot.keyClick(page.ui.idNumber, ENTER, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: isinstance(page.dialog, OverrideDialog), timeout=10_000)
    dialog = page.dialog
    assert "主管批准" in dialog.ui.intro.text()
    # a wrong password is refused inside the dialog, nothing registered
    qtbot.keyClicks(dialog.ui.username, "super1")
    qtbot.keyClicks(dialog.ui.password, "wrong-password")
    type_text(qtbot, dialog.ui.reason, "已核验户籍证明，号码属实")
    qtbot.keyClick(dialog.ui.password, ENTER)
    qtbot.waitUntil(lambda: not page.busy and dialog.ui.message.text() != "", timeout=10_000)
    assert current(clerk) is page
    qtbot.keyClicks(dialog.ui.password, "Counter#2026")
    with qtbot.waitSignal(page.started, timeout=15_000) as started:
        qtbot.keyClick(dialog.ui.password, ENTER)
    idle(qtbot, clerk)
    number = started.args[0].number
    db = clerk.ctx.db
    with db.reading() as s:
        event = s.scalars(
            select(AuditEvent).where(AuditEvent.action == "applicant.id_override")
        ).one()
    assert event.entity_id == number and "已核验户籍证明" in str(event.after)
