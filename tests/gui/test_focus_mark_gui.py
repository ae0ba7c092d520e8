"""The focused check box is visibly marked everywhere (issue 14, part 6): the mark is the
application's style sheet, set once where the application is made, so the checklist page,
licence print, the evaluator (a window with a style sheet of its own) and every dialog have it
without a page setting it."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QCheckBox, QDialog, QVBoxLayout, QWidget

from window_app.ui.app import make_application
from window_app.ui.generated.ui_evaluator import Ui_EvaluatorWindow

MARK = QColor("#e3f2fd").rgb()  # code_fields.FOCUS_STYLE's background


@pytest.fixture
def app(qapp):
    before = qapp.styleSheet()
    made = make_application()
    assert made is qapp
    yield made
    qapp.setStyleSheet(before)


def marked(widget: QWidget) -> int:
    """Pixels of the focus mark's colour in `widget` as drawn now."""
    image = widget.grab().toImage()
    return sum(
        image.pixel(x, y) & 0xFFFFFF == MARK & 0xFFFFFF
        for y in range(image.height())
        for x in range(image.width())
    )


def _focus(qtbot, widget: QWidget) -> None:
    window = widget.window()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus, timeout=2000)


def test_a_dialog_nobody_styled_marks_its_focused_check_box(qtbot, app):
    dialog = QDialog()
    qtbot.addWidget(dialog)
    layout = QVBoxLayout(dialog)
    first, second = QCheckBox("原件已核验", dialog), QCheckBox("复印件已核验", dialog)
    layout.addWidget(first)
    layout.addWidget(second)
    dialog.show()
    qtbot.waitExposed(dialog)
    _focus(qtbot, first)
    assert marked(first) > 50 and marked(second) == 0
    _focus(qtbot, second)  # the mark moves with the focus
    assert marked(second) > 50 and marked(first) == 0


def test_the_evaluator_with_its_own_style_sheet_marks_its_focused_tag(qtbot, app):
    host = QWidget()
    qtbot.addWidget(host)
    ui = Ui_EvaluatorWindow()
    ui.setupUi(host)
    assert "QCheckBox" in host.styleSheet()  # its own rules for check boxes
    ui.pages.setCurrentIndex(1)
    ui.tagBox.show()
    ui.tag0.setText("办事指南不清晰")
    ui.tag1.setText("材料要求不明确")
    host.resize(1280, 800)
    host.show()
    qtbot.waitExposed(host)
    _focus(qtbot, ui.tag0)
    assert marked(ui.tag0) > 50 and marked(ui.tag1) == 0


def test_without_the_application_style_nothing_marks_it(qtbot, qapp):
    """The check of the two tests above can fail: unstyled, no pixel has the mark's colour."""
    before = qapp.styleSheet()
    qapp.setStyleSheet("")
    try:
        box = QCheckBox("原件已核验")
        qtbot.addWidget(box)
        box.show()
        qtbot.waitExposed(box)
        _focus(qtbot, box)
        assert marked(box) == 0
    finally:
        qapp.setStyleSheet(before)
