"""The benchmark hook (bench/README.md): only active when WINDOW_APP_BENCHMARK is set.

- `WINDOW_APP_BENCHMARK=start`: quit as soon as the main window is shown.
- `WINDOW_APP_BENCHMARK=board`: after the window is shown, load the work list and open the
  board (both in the background, as the clerk would), while a 5 ms QTimer heartbeat on the UI
  thread records the longest gap between its ticks; print one JSON line and quit.
- `WINDOW_APP_BENCHMARK_LOGIN=username:password`: sign in with these credentials instead of the
  login dialog. This is a real login (`users.login`: password checked, lockout counted), not a
  bypass; it exists so a benchmark can start the app unattended.
"""

from __future__ import annotations

import json
import os
import resource
import sys
import time

from PySide6.QtCore import QThreadPool, QTimer
from PySide6.QtWidgets import QApplication

from ..services import users
from ..services.context import Actor
from ..storage.database import Database

MODE_ENV = "WINDOW_APP_BENCHMARK"
LOGIN_ENV = "WINDOW_APP_BENCHMARK_LOGIN"
HEARTBEAT_MS = 5
TIMEOUT_MS = 120_000


def mode() -> str | None:
    return os.environ.get(MODE_ENV) or None


def sign_in(db: Database) -> Actor | None:
    """The unattended login of a benchmark run (see the module docstring)."""
    username, _, password = os.environ.get(LOGIN_ENV, "").partition(":")
    if not username:
        return None
    return users.login(db, username, password)


class _Heartbeat:
    def __init__(self) -> None:
        self.worst = 0.0
        self._last = time.perf_counter()
        self.timer = QTimer()
        self.timer.setInterval(HEARTBEAT_MS)
        self.timer.timeout.connect(self._tick)
        self.timer.start()

    def _tick(self) -> None:
        now = time.perf_counter()
        self.worst = max(self.worst, (now - self._last) * 1000 - HEARTBEAT_MS)
        self._last = now


def _report(**values: object) -> None:
    values["maxrss_kb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(json.dumps(values), flush=True)


def _quit(code: int = 0) -> None:
    """Let background jobs finish first: their signals must not outlive their receivers."""
    QThreadPool.globalInstance().waitForDone()
    QApplication.instance().exit(code)


def attach(window) -> None:  # noqa: ANN001  (the shown MainWindow)
    """Called right after `window.show()`; finishes the run by quitting the application."""
    which = mode()
    if which == "start":
        QTimer.singleShot(0, lambda: (_report(), _quit()))
        return
    from .board import open_board

    beat = _Heartbeat()
    pending = {"work_list", "board"}
    started = time.perf_counter()

    def done(part: str) -> None:
        pending.discard(part)
        if not pending:
            beat.timer.stop()
            _report(
                ui_thread_max_ms=round(beat.worst, 1),
                loaded_s=round(time.perf_counter() - started, 3),
            )
            _quit()

    def start() -> None:
        page = getattr(window, "work_list", None)
        if page is None:
            done("work_list")
        else:
            window.ctx.runner.idle.connect(lambda: not page.loading and done("work_list"))
            page.refresh()
        board = open_board(window)
        board.loaded.connect(lambda _result: done("board"))

    QTimer.singleShot(0, start)

    def give_up() -> None:
        print(json.dumps({"error": f"timed out waiting for {sorted(pending)}"}), file=sys.stderr)
        _quit(1)

    QTimer.singleShot(TIMEOUT_MS, give_up)
