"""The processing panel driven by keyboard (pytest-qt, offscreen, a real SQLite hall): an
application worked through every state after acceptance, including a suspension across
National Day 2026, with the deadline label moving; refusals beside their fields.

Dates as in tests/test_processing.py (counted by hand from the 2026 arrangement)."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from window_app.core.states import State
from window_app.services import queries
from window_app.ui.context import AppContext
from window_app.ui.processing_dialogs import (
    CompletionDialog,
    DecisionDialog,
    DeliveryDialog,
    ExtensionDialog,
    SuspendDialog,
)
from window_app.ui.processing_panel import ProcessingPanel
from window_app.ui.settings import Settings

from test_processing import accepted, person_id  # isort: skip

ENTER = Qt.Key.Key_Return


class Day:
    """The panel's today, moved by the test."""

    def __init__(self, day: date):
        self.day = day

    def __call__(self) -> date:
        return self.day


@pytest.fixture
def make_panel(qtbot, gui_hall, tmp_path):
    db, actors = gui_hall
    panels = []

    def make(role: str, number: str, day: Day) -> ProcessingPanel:
        settings = Settings(QSettings(str(tmp_path / f"{role}.ini"), QSettings.Format.IniFormat))
        panel = ProcessingPanel(AppContext.create(db, actors[role], settings), number)
        panel.today = day
        qtbot.addWidget(panel)
        panel.resize(1000, 220)
        panel.show()
        qtbot.waitExposed(panel)
        loaded(qtbot, panel)
        panels.append(panel)
        return panel

    yield make
    for panel in panels:
        qtbot.waitUntil(lambda p=panel: not p.ctx.runner.busy, timeout=10_000)


def loaded(qtbot, panel: ProcessingPanel) -> None:
    """Reload and wait for the last load (one in flight queues another with today's day)."""
    with qtbot.waitSignal(panel.loaded, timeout=10_000):
        panel.reload()
    qtbot.waitUntil(lambda: not panel.loading and not panel.ctx.runner.busy, timeout=10_000)


def settle(qtbot, panel: ProcessingPanel, state: State) -> None:
    qtbot.waitUntil(
        lambda: not panel.busy and not panel.loading and panel.clock is not None
        and panel.clock.state == state and not panel.ctx.runner.busy,
        timeout=10_000,
    )  # fmt: skip


def press(qtbot, button) -> None:  # noqa: ANN001
    """Tab to a button and press Space, as a clerk does."""
    assert button.isVisible() and button.isEnabled(), button.objectName()
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)


def type_text(qtbot, widget, text: str) -> None:
    """Chinese arrives through the input method (a commit string); codes through keystrokes."""
    if text.isascii():
        qtbot.keyClicks(widget, text)
        return
    event = QInputMethodEvent("", [])
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def opened(qtbot, panel: ProcessingPanel, focus: str):
    """The dialog the last button opened, shown and focused on its first field."""
    dialog = panel.dialog
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: getattr(dialog.ui, focus).hasFocus(), timeout=5000)
    return dialog


def ok(qtbot, dialog) -> None:  # noqa: ANN001
    button = dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Ok)
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)


def test_every_state_with_a_suspension_moves_the_deadline(qtbot, gui_hall, make_panel):
    db, actors = gui_hall
    day = Day(date(2026, 9, 28))
    number = accepted(db, actors["clerk"], date(2026, 9, 25))
    panel = make_panel("clerk", number, day)
    assert panel.ui.state.text() == "已受理"
    assert panel.visible_actions() == ["reviewButton", "decideButton"]
    assert panel.ui.deadline.text().startswith("承诺 2026-10-15（剩")
    assert "2026-09-25受理，次日起算10个工作日 → 2026-10-15" in panel.ui.explanation.text()
    assert panel.ui.light.text() == "● 正常" and not panel.ui.provisional.isVisible()

    press(qtbot, panel.ui.reviewButton)  # 28 Sep
    settle(qtbot, panel, State.IN_REVIEW)
    assert "suspendButton" in panel.visible_actions()
    assert "resumeButton" not in panel.visible_actions()
    assert "extendButton" not in panel.visible_actions()  # a clerk cannot extend

    day.day = date(2026, 9, 29)
    press(qtbot, panel.ui.suspendButton)
    dialog = opened(qtbot, panel, "reason")
    assert isinstance(dialog, SuspendDialog)
    # CG-0001 declares no art. 45 step: only a hearing (arts. 46-47) is offered
    offered = [dialog.ui.reason.itemData(i) for i in range(dialog.ui.reason.count())]
    assert offered == ["hearing"]
    qtbot.keyClick(dialog.ui.reason, Qt.Key.Key_Tab)
    type_text(qtbot, dialog.ui.note, "利害关系人申请听证")
    qtbot.keyClick(dialog.ui.note, ENTER)
    settle(qtbot, panel, State.SUSPENDED)
    assert panel.dialog is None and not dialog.isVisible()
    assert panel.visible_actions() == ["resumeButton", "decideButton"]
    assert "中止中，期限暂停计算" in panel.ui.deadline.text()
    assert not panel.ui.light.isVisible()  # the clock stands still
    qtbot.waitUntil(lambda: panel.preview is not None, timeout=10_000)
    assert panel.preview.info.kind == "suspension"  # 中止办理通知书, ready to print
    panel.preview.close()
    qtbot.waitUntil(lambda: panel.preview is None, timeout=5_000)

    day.day = date(2026, 10, 12)
    press(qtbot, panel.ui.resumeButton)
    settle(qtbot, panel, State.IN_REVIEW)
    # suspended working days in (29 Sep, 12 Oct]: 30 Sep, 8, 9, 10 (make-up Sat), 12 Oct = 5
    assert panel.ui.deadline.text().startswith("承诺 2026-10-22（剩")
    assert "中止5个工作日 → 2026-10-22" in panel.ui.explanation.text()
    assert "法定 2026-11-05" in panel.ui.deadline.text()
    qtbot.waitUntil(lambda: panel.preview is not None, timeout=10_000)
    assert panel.preview.info.kind == "resumption"  # 恢复审查通知书 with the new deadlines
    panel.preview.close()

    # the supervisor's panel offers the extension; 3 working days → 27 Oct
    boss_day = Day(date(2026, 10, 13))
    boss = make_panel("supervisor", number, boss_day)
    assert "extendButton" in boss.visible_actions()
    press(qtbot, boss.ui.extendButton)
    ext = opened(qtbot, boss, "days")
    assert isinstance(ext, ExtensionDialog)
    qtbot.keyClicks(ext.ui.days, "3")
    ok(qtbot, ext)  # no reason: refused beside the field, the dialog stays
    qtbot.waitUntil(lambda: ext.ui.reasonError.isVisible(), timeout=10_000)
    assert "延期理由" in ext.ui.reasonError.text() and boss.dialog is ext
    type_text(qtbot, ext.ui.reason, "需补充专家意见")
    ok(qtbot, ext)
    settle(qtbot, boss, State.IN_REVIEW)
    assert boss.ui.deadline.text().startswith("承诺 2026-10-27（剩10个工作日）")
    assert boss.ui.explanation.text().startswith(
        "承诺：2026-09-25受理，次日起算10个工作日，中止5个工作日，延长3个工作日 → 2026-10-27"
    )
    # the clerk's panel follows (another window wrote: the watcher reloads it)
    loaded(qtbot, panel)
    assert panel.ui.deadline.text().startswith("承诺 2026-10-27")
    day.day = date(2026, 10, 23)
    loaded(qtbot, panel)
    assert panel.ui.light.text() == "● 临近期限"  # two working days left

    day.day = date(2026, 10, 20)
    press(qtbot, panel.ui.decideButton)
    decision = opened(qtbot, panel, "outcome")
    assert isinstance(decision, DecisionDialog)
    decision.select(State.DENIED)
    ok(qtbot, decision)  # a denial needs its reason
    qtbot.waitUntil(lambda: decision.ui.reasonError.isVisible(), timeout=10_000)
    assert "决定理由" in decision.ui.reasonError.text()
    decision.ui.outcome.setFocus()
    qtbot.keyClick(decision.ui.outcome, Qt.Key.Key_Home)  # 准予许可
    assert decision.ui.outcome.currentData() == "approved"
    ok(qtbot, decision)
    settle(qtbot, panel, State.APPROVED)
    assert panel.visible_actions() == ["completeButton"]

    day.day = date(2026, 10, 21)
    press(qtbot, panel.ui.completeButton)
    done = opened(qtbot, panel, "result")
    assert isinstance(done, CompletionDialog)
    type_text(qtbot, done.ui.result, "核发公共场所卫生许可证")
    qtbot.keyClick(done.ui.result, ENTER)
    settle(qtbot, panel, State.COMPLETED)
    qtbot.waitUntil(lambda: panel.preview is not None, timeout=10_000)
    preview = panel.preview
    assert preview.info.kind == "pickup"  # the pickup slip, in the print preview
    qtbot.waitUntil(lambda: preview.pdf is not None, timeout=10_000)
    preview.close()
    assert panel.visible_actions() == ["deliverButton"]

    day.day = date(2026, 10, 22)
    press(qtbot, panel.ui.deliverButton)
    give = opened(qtbot, panel, "collectedBy")
    assert isinstance(give, DeliveryDialog) and give.method() == "window"
    assert not give.ui.trackingNumber.isVisible()
    type_text(qtbot, give.ui.collectedBy, "林小红")
    qtbot.keyClick(give.ui.collectedBy, Qt.Key.Key_Tab)
    assert give.ui.collectedById.hasFocus()
    qtbot.keyClicks(give.ui.collectedById, person_id(1)[:-1] + "0")  # wrong check digit
    qtbot.keyClick(give.ui.collectedById, ENTER)
    qtbot.waitUntil(lambda: give.ui.collectedByIdError.isVisible(), timeout=10_000)
    assert give.ui.collectedByIdError.text().startswith("领取人")
    assert give.ui.collectedById.hasFocus() and panel.dialog is give
    give.ui.collectedById.selectAll()
    qtbot.keyClicks(give.ui.collectedById, person_id(1))
    assert not give.ui.collectedByIdError.isVisible()  # the message goes when retyping
    qtbot.keyClick(give.ui.collectedById, ENTER)
    settle(qtbot, panel, State.DELIVERED)
    assert panel.visible_actions() == []
    assert panel.ui.state.text() == "已送达"
    detail = queries.application_detail(db, number)
    assert [t.to_state for t in detail.transitions][-6:] == [
        "in_review", "suspended", "in_review", "approved", "completed", "delivered",
    ]  # fmt: skip
    assert detail.visits == 2  # intake and the pickup, counted, never typed


def test_post_delivery_and_withdrawal_while_suspended(qtbot, gui_hall, make_panel):
    db, actors = gui_hall
    day = Day(date(2026, 9, 28))
    number = accepted(db, actors["clerk"], date(2026, 9, 25), seq=2)
    panel = make_panel("clerk", number, day)
    press(qtbot, panel.ui.reviewButton)
    settle(qtbot, panel, State.IN_REVIEW)
    press(qtbot, panel.ui.suspendButton)
    ok(qtbot, opened(qtbot, panel, "reason"))  # the first reason of the closed list (听证)
    settle(qtbot, panel, State.SUSPENDED)
    day.day = date(2026, 9, 30)
    press(qtbot, panel.ui.decideButton)
    decision = opened(qtbot, panel, "outcome")
    assert decision.ui.outcome.count() == 1  # only a withdrawal is possible while suspended
    type_text(qtbot, decision.ui.reason, "申请人书面申请撤回")
    ok(qtbot, decision)
    settle(qtbot, panel, State.WITHDRAWN)
    press(qtbot, panel.ui.completeButton)
    done = opened(qtbot, panel, "result")
    type_text(qtbot, done.ui.result, "终止办理")
    done.ui.method.setCurrentIndex(done.ui.method.findData("post"))
    qtbot.keyClick(done.ui.result, ENTER)
    settle(qtbot, panel, State.COMPLETED)
    qtbot.waitUntil(lambda: panel.preview is not None, timeout=10_000)
    panel.preview.close()
    press(qtbot, panel.ui.deliverButton)
    give = opened(qtbot, panel, "trackingNumber")
    assert give.method() == "post"
    assert not give.ui.collectedBy.isVisible()
    qtbot.keyClick(give.ui.trackingNumber, ENTER)  # no tracking number
    qtbot.waitUntil(lambda: give.ui.trackingNumberError.isVisible(), timeout=10_000)
    qtbot.keyClicks(give.ui.trackingNumber, "sf1234567890")
    assert give.ui.trackingNumber.text() == "SF1234567890"
    qtbot.keyClick(give.ui.trackingNumber, ENTER)
    settle(qtbot, panel, State.DELIVERED)
    assert queries.application_detail(db, number).visits == 1  # posted: no pickup visit


def test_the_suspend_dialog_offers_the_steps_the_matter_declares(qtbot, gui_hall, make_panel):
    """JY-0001 declares the expert review of its regulation: a hearing or that review."""
    db, actors = gui_hall
    day = Day(date(2026, 9, 28))
    number = accepted(db, actors["clerk"], date(2026, 9, 25), matter="JY-0001", seq=3)
    panel = make_panel("clerk", number, day)
    press(qtbot, panel.ui.reviewButton)
    settle(qtbot, panel, State.IN_REVIEW)
    press(qtbot, panel.ui.suspendButton)
    dialog = opened(qtbot, panel, "reason")
    reason = dialog.ui.reason
    assert [reason.itemText(i) for i in range(reason.count())] == ["听证", "专家评审"]
    qtbot.keyClick(reason, Qt.Key.Key_Down)
    assert reason.currentData() == "expert_review"
    qtbot.keyClick(reason, Qt.Key.Key_Tab)
    type_text(qtbot, dialog.ui.note, "专家委员会评议")
    qtbot.keyClick(dialog.ui.note, ENTER)
    settle(qtbot, panel, State.SUSPENDED)
    assert (
        queries.application_detail(db, number).transitions[-1].reason == "专家评审：专家委员会评议"
    )


def test_the_application_view_hosts_the_panel(qtbot, gui_hall, tmp_path):
    from window_app.ui.application_view import ApplicationPage
    from window_app.ui.main_window import MainWindow

    from test_processing import received  # isort: skip

    db, actors = gui_hall
    done = accepted(db, actors["clerk"], date.today(), seq=3)
    fresh = received(db, actors["clerk"], date.today(), seq=4)
    settings = Settings(QSettings(str(tmp_path / "w.ini"), QSettings.Format.IniFormat))
    window = MainWindow(AppContext.create(db, actors["clerk"], settings))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    try:
        window.open_application(done)
        page = window.ui.tabs.currentWidget()
        assert isinstance(page, ApplicationPage)
        qtbot.waitUntil(lambda: page.processing.clock is not None, timeout=10_000)
        assert page.processing.isVisible()
        assert page.processing.visible_actions() == ["reviewButton", "decideButton"]
        press(qtbot, page.processing.ui.reviewButton)
        qtbot.waitUntil(lambda: page.detail is not None and page.detail.state == "in_review",
                        timeout=10_000)  # fmt: skip
        assert page.ui.state.text() == "审查中"  # the page follows the panel
        window.open_application(fresh)
        other = window.ui.tabs.currentWidget()
        qtbot.waitUntil(lambda: other.processing.clock is not None, timeout=10_000)
        assert not other.processing.isVisible()  # intake is the page's own business
    finally:
        window.ctx.watcher.stop()
        qtbot.waitUntil(lambda: not window.ctx.runner.busy, timeout=10_000)
