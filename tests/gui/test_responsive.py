"""The UI keeps answering while slow queries run: nothing on the UI thread over 100 ms.

A slow-query hook makes the work list and the board take 500 ms each (a monkeypatched service
that sleeps before answering); a 10 ms QTimer heartbeat on the UI thread must keep ticking with
no gap over 100 ms while the main window opens the board, loads both and shows the results, and
the board shows it is busy meanwhile.
"""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import QSettings, QTimer

from window_app.services import metrics, queries
from window_app.ui.board import BoardPage, open_board
from window_app.ui.context import AppContext
from window_app.ui.main_window import MainWindow
from window_app.ui.settings import Settings

SLOW_S = 0.5
LIMIT_MS = 100


class Heartbeat:
    def __init__(self, interval_ms: int = 10):
        self.interval = interval_ms
        self.ticks = 0
        self.worst_ms = 0.0
        self._last = time.perf_counter()
        self.timer = QTimer()
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self._tick)

    def start(self) -> None:
        self._last = time.perf_counter()
        self.timer.start()

    def _tick(self) -> None:
        now = time.perf_counter()
        self.worst_ms = max(self.worst_ms, (now - self._last) * 1000 - self.interval)
        self._last = now
        self.ticks += 1


@pytest.fixture
def slow_services(monkeypatch):
    real_board, real_work_list = metrics.board, queries.work_list

    def slow_board(*args, **kwargs):
        time.sleep(SLOW_S)
        return real_board(*args, **kwargs)

    def slow_work_list(*args, **kwargs):
        time.sleep(SLOW_S)
        return real_work_list(*args, **kwargs)

    monkeypatch.setattr(metrics, "board", slow_board)
    monkeypatch.setattr(queries, "work_list", slow_work_list)


def test_slow_board_and_work_list_leave_the_ui_answering(
    sqlite_hall, slow_services, qtbot, tmp_path
):
    db, actors = sqlite_hall
    settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    window = MainWindow(AppContext.create(db, actors["supervisor"], settings))
    qtbot.addWidget(window)
    window.show()
    # The heartbeat covers opening the board (building its page), the slow queries running
    # while the clerk keeps working, and filling the page with the result, step by step.
    beat = Heartbeat()
    beat_window: list[float] = []
    beat.start()
    started = time.perf_counter()
    board = open_board(window)
    page = getattr(window, "work_list", None)
    board.loaded.connect(
        lambda _board: (beat.timer.stop(), beat_window.append(time.perf_counter()))
    )
    if page is not None:
        page.refresh()
    assert isinstance(board, BoardPage)
    assert board.loading and board.ui.busy.text()  # progress is shown while the query runs
    with qtbot.waitSignal(board.loaded, timeout=30_000):
        pass
    qtbot.waitUntil(lambda: not window.ctx.runner.busy, timeout=30_000)
    elapsed_ms = (time.perf_counter() - started) * 1000
    beat.timer.stop()
    window.ctx.watcher.stop()
    assert elapsed_ms >= SLOW_S * 1000  # the slow hook really ran
    assert beat.worst_ms < LIMIT_MS, f"UI thread blocked {beat.worst_ms:.0f} ms"
    beat_ms = ((beat_window[0] if beat_window else time.perf_counter()) - started) * 1000
    assert beat.ticks >= beat_ms / 10 / 4  # the heartbeat kept ticking while it ran
