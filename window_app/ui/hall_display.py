"""The hall's TV (叫号显示屏, `window-app hall-display`): a full-screen window showing each
window's current call, the last calls and how many wait per line; ticket numbers only, never a
name. It reads the database every `POLL_MS` off the UI thread, so a call at any window shows
within two seconds. Type is sized from the screen's height (the current calls about a twelfth of
it: some 9 cm on a 55-inch TV, readable from well beyond 5 m).

The voice (`Announcer`): every new call is said ("请A001号到3号窗口办理", Mandarin, optionally
Cantonese) by one worker thread in the order the calls were made, so two calls never talk over
each other and the UI thread never waits for the speech.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidgetItem, QWidget

from ..core.queue import window_label
from ..services import queue_stats, queue_voice
from ..storage.database import Database
from .generated.ui_hall_display import Ui_HallDisplay
from .outcomes import Refused, call
from .tasks import TaskRunner

POLL_MS = 1000


class Announcer:
    """Says calls one after another on its own thread; `speak(ticket, window)` blocks there."""

    def __init__(self, speak: Callable[[str, str], None]):
        self._speak = speak
        self._queue: queue.Queue[tuple[str, str] | None] = queue.Queue()
        self.said: list[tuple[str, str]] = []
        self.failures = 0
        self._thread = threading.Thread(target=self._run, name="announcer", daemon=True)
        self._thread.start()

    def announce(self, ticket: str, window: str) -> None:
        self._queue.put((ticket, window))

    def _run(self) -> None:
        while (item := self._queue.get()) is not None:
            try:
                self._speak(*item)
                self.said.append(item)
            except Exception:  # noqa: BLE001  (no sound card: the screen goes on without voice)
                self.failures += 1
            finally:
                self._queue.task_done()

    def wait(self, timeout: float = 30.0) -> bool:
        """Until everything queued was said (tests)."""
        done = threading.Event()
        threading.Thread(target=lambda: (self._queue.join(), done.set()), daemon=True).start()
        return done.wait(timeout)

    def stop(self) -> None:
        self._queue.put(None)


def espeak_announcer(cantonese: bool = False) -> Announcer:
    return Announcer(lambda t, w: queue_voice.speak(t, w, cantonese=cantonese))


class HallDisplay(QWidget):
    def __init__(self, db: Database, announcer: Announcer | None = None,
                 parent: QWidget | None = None):  # fmt: skip
        super().__init__(parent)
        self.db, self.announcer = db, announcer
        self.ui = Ui_HallDisplay()
        self.ui.setupUi(self)
        self.runner = TaskRunner(threads=1)
        self.last_call_id: int | None = None  # None: the first read announces nothing
        self.reading = False
        ui = self.ui
        ui.calls.setColumnCount(2)
        ui.calls.setHorizontalHeaderLabels([self.tr("号码"), self.tr("请到窗口")])
        ui.waiting.setColumnCount(2)
        ui.waiting.setHorizontalHeaderLabels([self.tr("业务"), self.tr("等候人数")])
        for table in (ui.calls, ui.waiting):
            table.verticalHeader().hide()
            table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
            table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.timer = QTimer(self)
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self.poll)
        self.timer.start()
        self._fonts()
        self.poll()

    def resizeEvent(self, event) -> None:  # noqa: ANN001, N802 (Qt override)
        super().resizeEvent(event)
        self._fonts()

    def _fonts(self) -> None:
        """Sizes in pixels from the window's height: the same look on any TV."""
        h = max(self.height(), 480)
        ui = self.ui

        def font(px: int, bold: bool = False) -> QFont:
            f = QFont(self.font())
            f.setPixelSize(max(px, 12))
            f.setBold(bold)
            return f

        ui.title.setFont(font(h // 22, True))
        ui.clock.setFont(font(h // 26))
        ui.latest.setFont(font(h // 14, True))
        ui.calls.setFont(font(h // 12, True))
        header = (f"QHeaderView::section {{ background: #163d70; color: #ffd54f; border: none;"
                  f" font-size: {h // 28}px; font-weight: bold; padding: {h // 120}px; }}")  # fmt: skip
        ui.calls.horizontalHeader().setStyleSheet(header)
        ui.waiting.horizontalHeader().setStyleSheet(header)
        ui.calls.verticalHeader().setDefaultSectionSize(h // 12 + h // 40)
        ui.recentTitle.setFont(font(h // 28, True))
        ui.recent.setFont(font(h // 24))
        ui.waiting.setFont(font(h // 26))
        ui.waiting.verticalHeader().setDefaultSectionSize(h // 26 + h // 60)
        ui.footer.setFont(font(h // 32))

    def poll(self) -> None:
        if self.reading:
            return
        self.reading = True
        db = self.db
        call(self.runner, self, lambda: queue_stats.display_state(db), self._show, self._failed)

    def _failed(self, _refused: Refused) -> None:
        self.reading = False

    def _show(self, state: queue_stats.DisplayState) -> None:
        self.reading = False
        ui = self.ui
        ui.clock.setText(f"{datetime.now():%Y-%m-%d %H:%M:%S}")
        ui.calls.setRowCount(len(state.current))
        for row, c in enumerate(state.current):
            ui.calls.setItem(row, 0, QTableWidgetItem(c.ticket))
            ui.calls.setItem(
                row, 1, QTableWidgetItem(self.tr("%1号窗口").replace("%1", window_label(c.window)))
            )
        ui.latest.setText(
            self.tr("请%1号到%2号窗口办理").replace("%1", state.recent[0].ticket).replace(
                "%2", window_label(state.recent[0].window)) if state.recent else ""
        )  # fmt: skip
        ui.recent.setText("\n".join(
            self.tr("%1 → %2号窗口").replace("%1", c.ticket).replace("%2", window_label(c.window))
            for c in state.recent[1:]
        ))  # fmt: skip
        ui.waiting.setRowCount(len(state.waiting))
        for row, (line, count) in enumerate(state.waiting):
            ui.waiting.setItem(row, 0, QTableWidgetItem(line))
            ui.waiting.setItem(row, 1, QTableWidgetItem(str(count)))
        new = self.last_call_id is not None and state.last_call_id > self.last_call_id
        if new and self.announcer is not None:
            db, after, up_to = self.db, self.last_call_id, state.last_call_id
            call(self.runner, self, lambda: queue_stats.calls_after(db, after, up_to),
                 self._announce, lambda _r: None)  # fmt: skip
        self.last_call_id = state.last_call_id

    def _announce(self, calls: list[queue_stats.CallRow]) -> None:
        for c in calls:
            self.announcer.announce(c.ticket, c.window)

    def closeEvent(self, event) -> None:  # noqa: ANN001, N802 (Qt override)
        self.timer.stop()
        self.runner.wait_done(2000)
        if self.announcer is not None:
            self.announcer.stop()
        super().closeEvent(event)
