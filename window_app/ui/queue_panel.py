"""排队叫号 at the clerk's window (业务 → 排队叫号; F2 calls the next ticket anywhere in the window).

The panel shows the window's current ticket, how many it could call, and its held tickets.
叫下一号 (F2) calls and opens intake for the applicant: the application intake starts is linked
to the ticket (the visit is intake's and counted once). 重呼 (F3), 过号, 暂挂 / 恢复等候, 转移
(to another line or window, keeping the place and the waiting time), 办理完毕. 请申请人评价
puts a rating request on the window's evaluator screen; the panel then shows only that a rating
is pending, and whether it came or timed out, never what was chosen. F12 asks for a rating of
the application open in the current tab (a one-time notice, a refusal, a completion) even
without a ticket. Every rule is the
services' (`services.queue_tickets`, `services.evaluation`); every call runs off the UI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget

from ..services import evaluation, queue_config, queue_tickets
from .context import AppContext
from .generated.ui_queue_panel import Ui_QueuePanel
from .outcomes import Refused, call

PAGE_NAME = "queue"
POLL_MS = 1000


class QueuePanel(QWidget):
    def __init__(self, ctx: AppContext, window, parent: QWidget | None = None):  # noqa: ANN001
        super().__init__(parent)
        self.ctx, self.window = ctx, window
        self.ui = Ui_QueuePanel()
        self.ui.setupUi(self)
        self.setObjectName(PAGE_NAME)
        self.window_number = ctx.actor.window_number
        self.ticket: str | None = None  # the current called ticket
        self.application: str | None = None  # the application linked to it
        self.request_id: int | None = None
        self.busy = False
        ui = self.ui
        ui.title.setText(self.tr("排队叫号 · 窗口%1").replace("%1", self.window_number or "—"))
        ui.callButton.clicked.connect(self.call_next)
        ui.recallButton.clicked.connect(self.recall)
        ui.noShowButton.clicked.connect(self.no_show)
        ui.holdButton.clicked.connect(self.hold)
        ui.finishButton.clicked.connect(self.finish)
        ui.intakeButton.clicked.connect(self.open_intake)
        ui.evaluateButton.clicked.connect(self.request_rating)
        ui.transferButton.clicked.connect(self.transfer)
        ui.resumeButton.clicked.connect(self.resume)
        QShortcut(QKeySequence("F3"), self, self.recall)
        self.rating_timer = QTimer(self)
        self.rating_timer.setInterval(POLL_MS)
        self.rating_timer.timeout.connect(self._poll_rating)
        ctx.watcher.changed.connect(self.refresh)
        if not self.window_number:
            ui.message.setText(self.tr("当前账号未指定窗口，不能叫号"))
        self._set_buttons()

    # --- reading ---------------------------------------------------------------------------
    def refresh(self) -> None:
        if not self.window_number:
            return
        db, number = self.ctx.db, self.window_number

        def read() -> dict:
            return {
                "tickets": queue_tickets.window_tickets(db, number),
                "waiting": queue_tickets.waiting_for_window(db, number),
                "lines": queue_config.list_lines(db),
            }

        call(self.ctx.runner, self, read, self._show, self._refused)

    def _show(self, state: dict) -> None:
        ui = self.ui
        called = [t for t in state["tickets"] if t.state == "called"]
        held = [t for t in state["tickets"] if t.state == "held"]
        current = called[0] if called else None
        if current is None or current.number != self.ticket:
            self.application = current.application_number if current else None
        self.ticket = current.number if current else None
        ui.current.setText(self.ticket or "—")
        if current:
            info = (
                self.tr("%1 · 取号 %2")
                .replace("%1", current.line)
                .replace("%2", f"{current.issued_at:%H:%M}")
            )
            if self.application:
                info += self.tr(" · 办件 %1").replace("%1", self.application)
            ui.currentInfo.setText(info)
        else:
            ui.currentInfo.setText(self.tr("当前没有办理中的号"))
        ui.waiting.setText(self.tr("本窗口可叫：%1人").replace("%1", str(state["waiting"])))
        ui.heldList.clear()
        for t in held:
            ui.heldList.addItem(t.number)
        target = ui.transferTarget.currentData()
        ui.transferTarget.clear()
        for line in state["lines"]:
            ui.transferTarget.addItem(
                self.tr("队列：%1").replace("%1", line.name), ("line", line.name)
            )
        windows = sorted(
            {w for line in state["lines"] for w in line.windows} - {self.window_number}
        )
        for w in windows:
            ui.transferTarget.addItem(self.tr("窗口：%1").replace("%1", w), ("window", w))
        if target is not None:
            index = ui.transferTarget.findData(target)
            ui.transferTarget.setCurrentIndex(max(0, index))
        self._set_buttons()

    def _set_buttons(self) -> None:
        ui, has = self.ui, self.ticket is not None and not self.busy
        ui.callButton.setEnabled(bool(self.window_number) and not self.busy)
        for button in (ui.recallButton, ui.noShowButton, ui.holdButton, ui.finishButton,
                       ui.intakeButton, ui.transferButton):  # fmt: skip
            button.setEnabled(has)
        ui.evaluateButton.setEnabled(has and self.request_id is None)
        ui.resumeButton.setEnabled(ui.heldList.count() > 0 and not self.busy)

    # --- acting ----------------------------------------------------------------------------
    def _act(self, fn: Callable[[], Any], then: Callable[[Any], None] | None = None) -> None:
        if self.busy:
            return
        self.busy = True
        self.ui.message.clear()
        self._set_buttons()

        def done(result: Any) -> None:
            self.busy = False
            self.ctx.watcher.local_change()
            if then is not None:
                then(result)
            self.refresh()

        call(self.ctx.runner, self, fn, done, self._refused)

    def _refused(self, refused: Refused) -> None:
        self.busy = False
        self.ui.message.setText(refused.message)
        self._set_buttons()

    def call_next(self) -> None:
        db, actor = self.ctx.db, self.ctx.actor
        self._act(lambda: queue_tickets.call_next(db, actor), self._called)

    def _called(self, info: queue_tickets.CallInfo | None) -> None:
        if info is None:
            self.ui.message.setText(self.tr("没有等候的号"))
            return
        self.ticket, self.application = info.ticket, info.application_number
        self._end_rating()
        self.ui.current.setText(info.ticket)
        self.window.show_status(self.tr("已叫号：%1").replace("%1", info.ticket))
        self.open_intake()

    def open_intake(self) -> None:
        """Intake for the called applicant; the application it starts is linked to the ticket."""
        from .intake import new_application

        page = new_application(self.window)
        if not getattr(page, "_queue_linked", False):
            page._queue_linked = True
            page.started.connect(lambda started: self.link(started.number))

    def link(self, application: str) -> None:
        ticket = self.ticket
        if ticket is None:
            return
        db, actor = self.ctx.db, self.ctx.actor
        self.application = application
        self._act(lambda: queue_tickets.link_application(db, actor, ticket, application))

    def recall(self) -> None:
        if self.ticket:
            db, actor, ticket = self.ctx.db, self.ctx.actor, self.ticket
            self._act(lambda: queue_tickets.recall(db, actor, ticket))

    def no_show(self) -> None:
        if self.ticket:
            db, actor, ticket = self.ctx.db, self.ctx.actor, self.ticket
            self._act(lambda: queue_tickets.no_show(db, actor, ticket))

    def hold(self) -> None:
        if self.ticket:
            db, actor, ticket = self.ctx.db, self.ctx.actor, self.ticket
            self._act(lambda: queue_tickets.hold(db, actor, ticket))

    def finish(self) -> None:
        if self.ticket:
            db, actor, ticket, app = self.ctx.db, self.ctx.actor, self.ticket, self.application
            self._act(lambda: queue_tickets.finish(db, actor, ticket, application=app))

    def resume(self) -> None:
        item = self.ui.heldList.currentItem() or self.ui.heldList.item(0)
        if item is not None:
            db, actor, ticket = self.ctx.db, self.ctx.actor, item.text()
            self._act(lambda: queue_tickets.resume(db, actor, ticket))

    def transfer(self) -> None:
        target = self.ui.transferTarget.currentData()
        if not self.ticket or target is None:
            return
        kind, value = target
        db, actor, ticket = self.ctx.db, self.ctx.actor, self.ticket
        if kind == "line":
            self._act(lambda: queue_tickets.transfer(db, actor, ticket, line=value))
        else:
            self._act(lambda: queue_tickets.transfer(db, actor, ticket, to_window=value))

    # --- the rating ------------------------------------------------------------------------
    def request_rating(self) -> None:
        if not self.ticket:
            return
        db, actor, ticket, app = self.ctx.db, self.ctx.actor, self.ticket, self.application

        def ask() -> int:
            return evaluation.request_evaluation(db, actor, application=app, ticket=ticket)

        self._act(ask, self._rating_requested)

    def _rating_requested(self, request_id: int) -> None:
        self.request_id = request_id
        self.ui.evaluationState.setText(self.tr("等待申请人评价…"))
        self.rating_timer.start()
        self._set_buttons()

    def _poll_rating(self) -> None:
        if self.request_id is None:
            return
        db, rid = self.ctx.db, self.request_id
        call(self.ctx.runner, self, lambda: evaluation.request_state(db, rid),
             self._rating_state, lambda _r: None)  # fmt: skip

    def _rating_state(self, state: str) -> None:
        if state == "pending":
            return
        texts = {"rated": self.tr("申请人已评价"), "expired": self.tr("申请人未评价（已超时）"),
                 "withdrawn": self.tr("评价请求已撤回")}  # fmt: skip
        self.ui.evaluationState.setText(texts.get(state, state))
        self._end_rating(keep_text=True)

    def _end_rating(self, keep_text: bool = False) -> None:
        self.rating_timer.stop()
        self.request_id = None
        if not keep_text:
            self.ui.evaluationState.clear()
        self._set_buttons()


def open_queue(window) -> QueuePanel:  # noqa: ANN001
    for index in range(window.ui.tabs.count()):
        widget = window.ui.tabs.widget(index)
        if widget.objectName() == PAGE_NAME:
            window.ui.tabs.setCurrentIndex(index)
            widget.refresh()
            return widget
    panel = QueuePanel(window.ctx, window)
    window.add_page(panel, QCoreApplication.translate("QueuePanel", "排队叫号"))
    panel.refresh()
    return panel


def call_next(window) -> None:  # noqa: ANN001
    """F2: the panel (opened if needed) calls the next ticket."""
    open_queue(window).call_next()


def request_rating(window) -> None:  # noqa: ANN001
    """F12: a rating of the application open in the current tab (on its completion, notice or
    refusal), else of the window's current ticket; the panel then shows that it is pending."""
    number = getattr(window.ui.tabs.currentWidget(), "number", None)
    panel = open_queue(window)
    if not number:
        panel.request_rating()
        return
    db, actor = window.ctx.db, window.ctx.actor
    panel._act(lambda: evaluation.request_evaluation(db, actor, application=number),
               panel._rating_requested)  # fmt: skip


def install(window) -> None:  # noqa: ANN001
    window.ui.actionQueue.triggered.connect(lambda: open_queue(window))
    window.ui.actionCallNext.triggered.connect(lambda: call_next(window))
    window.ui.actionRequestRating.triggered.connect(lambda: request_rating(window))
