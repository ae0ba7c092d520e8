"""Issuing a numbered legal document (F7 one-time notice, F8 refusal) asks for confirmation with
a preview of what it says first; declining issues nothing (issue 14, part 6)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from window_app.core.states import State
from window_app.ui import dialogs
from window_app.ui.outcomes import RefusalDialog

from test_intake_gui import clerk  # isort: skip  # noqa: F401 (the fixture)
from test_intake_gui import (  # isort: skip
    ENTER,
    detail,
    idle,
    mark_rows,
    new_application,
    type_text,  # noqa: F401
)


def test_notice_asks_first_with_the_items_and_declining_issues_nothing(qtbot, clerk):  # noqa: F811
    page = new_application(qtbot, clerk)
    mark_rows(qtbot, page, "1121")
    asked = []
    dialogs.set_responder(lambda kind, title, text: asked.append((title, text)) or False)
    qtbot.keyClick(page.ui.checklist, Qt.Key.Key_F7)
    QTest.qWait(300)
    idle(qtbot, clerk)
    ((title, text),) = asked
    assert title == "出具一次性告知书" and "不能撤回" in text
    missing = page.model.to_tell()[0][0]
    assert missing in text
    assert detail(clerk, page.number).state == State.RECEIVED  # nothing issued
    assert not page.busy and page.preview is None
    # confirmed: issued
    dialogs.set_responder(lambda kind, title, text: True)
    with qtbot.waitSignal(page.outcome_done, timeout=10_000):
        qtbot.keyClick(page.ui.checklist, Qt.Key.Key_F7)
    page.preview.close()
    assert detail(clerk, page.number).state == State.CORRECTION


def test_refusal_asks_first_and_keeps_the_dialog_when_declined(qtbot, clerk):  # noqa: F811
    page = new_application(qtbot, clerk)
    qtbot.keyClick(page.ui.checklist, Qt.Key.Key_F8)
    dialog = page.dialog
    assert isinstance(dialog, RefusalDialog)
    type_text(qtbot, dialog.ui.reason, "申请事项不属于本机关职权范围")
    type_text(qtbot, dialog.ui.legalBasis, "《中华人民共和国行政许可法》第三十二条")
    asked = []
    dialogs.set_responder(lambda kind, title, text: asked.append((title, text)) or False)
    qtbot.keyClick(dialog.ui.legalBasis, ENTER)
    QTest.qWait(300)
    ((title, text),) = asked
    assert title == "出具不予受理通知书"
    assert "申请事项不属于本机关职权范围" in text and "第三十二条" in text
    assert page.dialog is dialog and dialog.isVisible()
    assert dialog.ui.reason.toPlainText() == "申请事项不属于本机关职权范围"
    assert detail(clerk, page.number).state == State.RECEIVED
    dialogs.set_responder(lambda kind, title, text: True)
    with qtbot.waitSignal(page.outcome_done, timeout=10_000):
        qtbot.keyClick(dialog.ui.legalBasis, ENTER)
    page.preview.close()
    assert detail(clerk, page.number).state == State.REFUSED
