"""The applicant's evaluator screen at a counter (`window-app evaluator --window A01`): a second
top-level window for a second monitor or a tablet-sized touch screen.

Idle until the clerk asks for a rating; then the clerk's name and photo placeholder, the matter
and the application number, and the five national levels as large buttons. Choosing a level
shows that level's eight national tags (wording verbatim from the versioned table,
`core.evaluation`) and a text box; 提交评价 records it (`services.evaluation.submit_rating`).
Rating is voluntary: when the request's time runs out nothing is recorded and the screen goes
back to idle. The database is read every `POLL_MS` off the UI thread.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QWidget

from ..core.evaluation import tag_table
from ..services import evaluation
from ..services.evaluation import RequestView
from ..storage.database import Database
from .generated.ui_evaluator import Ui_EvaluatorWindow
from .outcomes import Refused, call
from .tasks import TaskRunner

POLL_MS = 1000
THANKS_MS = 3000
IDLE, RATING, THANKS = 0, 1, 2


class EvaluatorWindow(QWidget):
    def __init__(self, db: Database, window_number: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.db, self.window_number = db, window_number
        self.ui = Ui_EvaluatorWindow()
        self.ui.setupUi(self)
        self.runner = TaskRunner(threads=1)
        self.request: RequestView | None = None
        self.level: int | None = None
        self.reading = self.sending = False
        self.table = tag_table()
        ui = self.ui
        self.levels = {5: ui.level5, 4: ui.level4, 3: ui.level3, 2: ui.level2, 1: ui.level1}
        self.tags = [getattr(ui, f"tag{i}") for i in range(8)]
        for level, button in self.levels.items():
            button.clicked.connect(lambda _c=False, lv=level: self.choose(lv))
        ui.submitButton.clicked.connect(self.submit)
        ui.idleWindow.setText(self.tr("%1号窗口").replace("%1", window_number))
        self.poll_timer = QTimer(self)
        self.poll_timer.setInterval(POLL_MS)
        self.poll_timer.timeout.connect(self.poll)
        self.tick = QTimer(self)
        self.tick.setInterval(1000)
        self.tick.timeout.connect(self._countdown)
        self.back = QTimer(self)
        self.back.setSingleShot(True)
        self.back.setInterval(THANKS_MS)
        self.back.timeout.connect(self.idle)
        self.idle()
        self.poll_timer.start()
        self.poll()

    def idle(self) -> None:
        self.request, self.level = None, None
        self.tick.stop()
        self.ui.pages.setCurrentIndex(IDLE)

    def poll(self) -> None:
        if self.reading or self.ui.pages.currentIndex() != IDLE:
            return
        self.reading = True
        db, number = self.db, self.window_number
        call(self.runner, self, lambda: evaluation.pending_request(db, number),
             self._pending, self._read_failed)  # fmt: skip

    def _read_failed(self, _refused: Refused) -> None:
        self.reading = False

    def _pending(self, request: RequestView | None) -> None:
        self.reading = False
        if request is None or self.ui.pages.currentIndex() != IDLE:
            return
        self.show_request(request)

    def show_request(self, request: RequestView) -> None:
        ui = self.ui
        self.request, self.level = request, None
        ui.clerk.setText(self.tr("窗口工作人员：%1").replace("%1", request.clerk))
        matter = self.tr("咨询") if request.encounter == "consultation" else request.matter
        ui.matter.setText(self.tr("办理事项：%1").replace("%1", matter))
        ui.caseNumber.setText(self.tr("办件编号：%1").replace("%1", request.case_number))
        for button in self.levels.values():
            button.setChecked(False)
        ui.tagBox.hide()
        ui.text.clear()
        ui.text.hide()
        ui.message.clear()
        ui.submitButton.setEnabled(False)
        ui.pages.setCurrentIndex(RATING)
        self._countdown()
        self.tick.start()

    def choose(self, level: int) -> None:
        self.level = level
        for lv, button in self.levels.items():
            button.setChecked(lv == level)
        for box, (code, text) in zip(self.tags, self.table.tags(level), strict=True):
            box.setText(text)
            box.setProperty("code", code)
            box.setChecked(False)
        self.ui.tagBox.show()
        self.ui.text.show()
        self.ui.submitButton.setEnabled(True)

    def chosen_tags(self) -> list[str]:
        return [box.property("code") for box in self.tags if box.isChecked()]

    def submit(self) -> None:
        if self.request is None or self.level is None or self.sending:
            return
        self.sending = True
        self.ui.submitButton.setEnabled(False)
        db, rid, level = self.db, self.request.id, self.level
        tags, text = self.chosen_tags(), self.ui.text.toPlainText()
        call(self.runner, self, lambda: evaluation.submit_rating(db, rid, level, tags, text),
             self._submitted, self._refused)  # fmt: skip

    def _submitted(self, _rated) -> None:  # noqa: ANN001
        self.sending = False
        self.tick.stop()
        self.ui.pages.setCurrentIndex(THANKS)
        self.back.start()

    def _refused(self, refused: Refused) -> None:
        self.sending = False
        self.ui.message.setText(refused.message)
        self.ui.submitButton.setEnabled(True)

    def _countdown(self) -> None:
        if self.request is None:
            return
        left = int((self.request.expires_at - datetime.now()).total_seconds())
        if left <= 0:
            self.timed_out()
            return
        self.ui.countdown.setText(self.tr("%1秒").replace("%1", str(left)))

    def timed_out(self) -> None:
        """Nothing chosen in time: the request ends, nothing is recorded."""
        if self.request is not None:
            db, rid = self.db, self.request.id
            self.runner.run(lambda: evaluation.expire_request(db, rid), lambda _r: None,
                            lambda _m: None)  # fmt: skip
        self.idle()

    def closeEvent(self, event) -> None:  # noqa: ANN001, N802 (Qt override)
        self.poll_timer.stop()
        self.tick.stop()
        self.runner.wait_done(2000)
        super().closeEvent(event)
