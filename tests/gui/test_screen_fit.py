"""Every screen fits (issue 14, part 6): at 1280×800 and with text at 150% (the application
font one and a half times larger in the same 1280×800 window: what a 1920×1200 screen at 150%
scale shows), long names elide instead of widening the window, and the buttons, the status bar
and at least five checklist rows stay visible. WINDOW_APP_SCREENSHOTS=DIR saves what was seen."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, QSettings
from PySide6.QtWidgets import QApplication, QScrollArea, QWidget

from window_app.core import uscc
from window_app.services import code_segments, intake
from window_app.ui.board import open_board
from window_app.ui.context import AppContext
from window_app.ui.intake import new_application
from window_app.ui.main_window import MainWindow
from window_app.ui.settings import Settings

from test_registration_links import application, founder  # isort: skip

SHOTS = os.environ.get("WINDOW_APP_SCREENSHOTS")
LONG = "湛江市" + "长" * 53 + "有限公司"  # 60 characters, the longest an organisation may have


@pytest.fixture(params=[1.0, 1.5], ids=["100%", "150%"])
def scale(request):
    app = QApplication.instance()
    font = app.font()
    size = font.pointSizeF()
    if request.param != 1.0:
        font.setPointSizeF(size * request.param)
        app.setFont(font)
    yield request.param
    font.setPointSizeF(size)
    app.setFont(font)


def _window(qtbot, db, actor, tmp_path) -> MainWindow:
    settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    window = MainWindow(AppContext.create(db, actor, settings))
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    return window


def _idle(qtbot, window) -> None:
    qtbot.waitUntil(lambda: not window.ctx.runner.busy, timeout=10_000)
    qtbot.wait(200)


def _inside(window: QWidget, widget: QWidget) -> bool:
    """Shown and wholly inside the window."""
    top_left = widget.mapTo(window, QPoint(0, 0))
    return widget.isVisible() and window.rect().contains(QRect(top_left, widget.size()))


def _fits(window: MainWindow) -> None:
    hint = window.minimumSizeHint()
    assert hint.width() <= 1280 and hint.height() <= 800, hint
    assert (window.width(), window.height()) == (1280, 800)
    assert _inside(window, window.statusBar())


def _shoot(window: QWidget, name: str, scale: float) -> None:
    if SHOTS:
        Path(SHOTS).mkdir(parents=True, exist_ok=True)
        window.grab().save(str(Path(SHOTS) / f"{name}-{int(scale * 100)}.png"))


def test_application_with_a_long_name_and_its_registration_fits(qtbot, sqlite_hall, tmp_path,
                                                                scale):  # fmt: skip
    db, actors = sqlite_hall
    code_segments.create_segment(db, actors["admin"], "2026", "MA4W", 0, 999)
    code = uscc.UsccParts("9", "1", "440800", "MA4UP001").compose()
    number = application(db, actors["clerk"], "SC-0001",
                         intake.ApplicantInput("organisation", LONG, uscc=code))  # fmt: skip
    window = _window(qtbot, db, actors["clerk"], tmp_path)
    window.open_application(number)
    _idle(qtbot, window)
    page = window.ui.tabs.currentWidget()
    qtbot.waitUntil(lambda: page.detail is not None, timeout=10_000)
    _idle(qtbot, window)
    _fits(window)
    assert page.ui.applicant.toolTip().startswith(LONG)  # the whole name in the tooltip
    # the registration is in the overview, which scrolls when the window has no room for it
    scroll = page.findChild(QScrollArea, "overviewScroll")
    scroll.ensureWidgetVisible(page.ui.registerButton)
    qtbot.wait(50)
    button = page.ui.registerButton
    top_left = button.mapTo(scroll.viewport(), QPoint(0, 0))
    assert page.ui.registrationBox.isVisible()
    assert scroll.viewport().rect().contains(QRect(top_left, button.size()))
    _shoot(window, "application-registration", scale)
    # a food application with an agent: its checklist has five rows or more, all in view
    started = intake.start_application(
        db, actors["clerk"], matter_code="SC-0006", applicant=founder(),
        agent=intake.AgentInput("李四", "44080219900101124" + _check("44080219900101124")),
    )  # fmt: skip
    window.open_application(started.number)
    _idle(qtbot, window)
    page = window.ui.tabs.currentWidget()
    qtbot.waitUntil(lambda: page.detail is not None, timeout=10_000)
    _idle(qtbot, window)
    _fits(window)
    view = page.ui.checklist
    assert page.model.rowCount() >= 5
    row_height = view.rowHeight(0)
    assert view.viewport().height() >= 5 * row_height
    for button in (page.ui.saveButton, page.ui.acceptButton, page.ui.noticeButton,
                   page.ui.refuseButton):  # fmt: skip
        assert _inside(window, button), button.objectName()
    _shoot(window, "application-checklist", scale)


def _check(first17: str) -> str:
    from window_app.core.idcard import check_digit

    return check_digit(first17)


def test_intake_fits(qtbot, sqlite_hall, tmp_path, scale):
    db, actors = sqlite_hall
    window = _window(qtbot, db, actors["clerk"], tmp_path)
    page = new_application(window)
    _idle(qtbot, window)
    page.ui.agentBox.setChecked(True)
    page.ui.orgName.setText(LONG)
    _fits(window)
    assert _inside(window, page.ui.startButton) and _inside(window, page.ui.clearButton)
    _shoot(window, "intake", scale)


def test_board_fits(qtbot, sqlite_hall, tmp_path, scale):
    db, actors = sqlite_hall
    window = _window(qtbot, db, actors["supervisor"], tmp_path)
    board = open_board(window)
    qtbot.waitUntil(lambda: board.result is not None, timeout=15_000)
    _idle(qtbot, window)
    _fits(window)
    _shoot(window, "board", scale)
