"""Nothing typed is lost (issue 14, part 6): focus moves only where the clerk sends it, the
tab order follows the form top to bottom, the focused widget is visibly marked."""

from __future__ import annotations

from PySide6.QtCore import Qt

from test_intake_gui import ENTER, ID, clerk, current, type_text  # isort: skip  # noqa: F401


def _intake_with_matter(qtbot, window):
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    page = current(window)
    qtbot.keyClicks(page.ui.matterSearch, "spjy")  # 食品经营许可 asks a question
    qtbot.keyClick(page.ui.matterSearch, ENTER)
    qtbot.waitUntil(lambda: page.matter is not None and bool(page._questions), timeout=5000)
    return page


def test_after_choosing_a_matter_the_name_typed_lands_in_the_name(qtbot, clerk):  # noqa: F811
    page = _intake_with_matter(qtbot, clerk)
    qtbot.waitUntil(lambda: clerk.focusWidget() is page.ui.personName, timeout=2000)
    type_text(qtbot, clerk.focusWidget(), "王小明")
    assert page.ui.personName.text() == "王小明"


def test_invalid_id_and_tab_keeps_the_phone_typed_next(qtbot, clerk):  # noqa: F811
    page = _intake_with_matter(qtbot, clerk)
    wrong = ID[:-1] + ("0" if ID[-1] != "0" else "1")
    page.ui.idNumber.setFocus()
    qtbot.keyClicks(page.ui.idNumber, wrong)
    qtbot.keyClick(page.ui.idNumber, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: clerk.focusWidget() is page.ui.phone, timeout=2000)
    assert page.ui.idNumberError.isVisible() and "校验码" in page.ui.idNumberError.text()
    qtbot.keyClicks(clerk.focusWidget(), "13812345678")
    assert page.ui.phone.text() == "13812345678" and page.ui.idNumber.text() == wrong


def test_tab_order_runs_top_to_bottom_through_the_questions(qtbot, clerk):  # noqa: F811
    page = _intake_with_matter(qtbot, clerk)
    boxes = list(page._questions.values())
    page.ui.matterList.setFocus()
    qtbot.keyClick(page.ui.matterList, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: clerk.focusWidget() is boxes[0], timeout=2000)
    for box in boxes[1:]:
        qtbot.keyClick(clerk.focusWidget(), Qt.Key.Key_Tab)
        assert clerk.focusWidget() is box
    qtbot.keyClick(clerk.focusWidget(), Qt.Key.Key_Tab)
    assert clerk.focusWidget() is not page.ui.channel  # not back to the top
    assert clerk.focusWidget() in (page.ui.kindPerson, page.ui.kindOrganisation)
    # the focused check box is marked by the application's style sheet: test_focus_mark_gui


def test_required_fields_are_said_beside_each_all_at_once(qtbot, clerk):  # noqa: F811
    page = _intake_with_matter(qtbot, clerk)
    page.ui.agentBox.setChecked(True)
    qtbot.keyClick(page.ui.personName, ENTER, Qt.KeyboardModifier.ControlModifier)
    shown = {
        "person": page.ui.personNameError, "id": page.ui.idNumberError,
        "agent": page.ui.agentNameError, "agent_id": page.ui.agentIdError,
    }  # fmt: skip
    assert all(label.isVisible() for label in shown.values())
    assert page.ui.personNameError.text() == "请填写姓名"
    assert page.ui.idNumberError.text() == "请填写身份证号"
    assert page.ui.agentNameError.text() == "请填写代理人姓名"
    assert clerk.focusWidget() is page.ui.personName  # the first one, top to bottom
    type_text(qtbot, page.ui.personName, "王")
    qtbot.keyClicks(page.ui.personName, "x")  # typing (textEdited) clears that one message
    assert not page.ui.personNameError.isVisible() and page.ui.idNumberError.isVisible()


def test_name_fields_say_and_hold_their_limits(qtbot, clerk):  # noqa: F811
    page = _intake_with_matter(qtbot, clerk)
    assert page.ui.personName.maxLength() == 30 and "30" in page.ui.personName.placeholderText()
    assert page.ui.orgName.maxLength() == 60 and "60" in page.ui.orgName.placeholderText()
