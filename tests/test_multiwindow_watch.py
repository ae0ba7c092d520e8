"""Two windows on one database see each other's writes within two seconds (ChangeWatcher).

Each "window" is an AppContext with its own Database (its own engine and connections, as two
processes would have) and the default 1 s poll of the change counter, run off the UI thread by
the TaskRunner. A write in window A (any audited service: here a new window is created) makes
window B's `changed` fire; on SQLite (one file) and on PostgreSQL (one database). A second test
has the write come from another process.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time

import pytest
from PySide6.QtCore import QSettings

from window_app.services import users
from window_app.services.context import SYSTEM
from window_app.storage.database import Database
from window_app.ui.context import AppContext
from window_app.ui.settings import Settings

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

LIMIT_MS = 2000


def _context(url: str, actor, tmp_path, name: str) -> AppContext:  # noqa: ANN001
    settings = Settings(QSettings(str(tmp_path / f"{name}.ini"), QSettings.Format.IniFormat))
    return AppContext.create(Database(url), actor, settings)


@pytest.fixture
def two_windows(hall, tmp_path, qtbot):  # noqa: ARG001  (qtbot: a QApplication)
    db, actors = hall
    a = _context(db.url, actors["admin"], tmp_path, "a")
    b = _context(db.url, actors["clerk"], tmp_path, "b")
    for ctx in (a, b):
        ctx.watcher.start()
        ctx.watcher.poll()  # the first poll only learns the current value
    qtbot.waitUntil(lambda: not a.runner.busy and not b.runner.busy, timeout=5000)
    yield a, b
    for ctx in (a, b):
        ctx.watcher.stop()
    qtbot.waitUntil(lambda: not a.runner.busy and not b.runner.busy, timeout=5000)
    for ctx in (a, b):
        ctx.db.dispose()


def test_a_write_in_one_window_reaches_the_other_within_two_seconds(two_windows, qtbot):
    a, b = two_windows
    qtbot.wait(300)  # let B settle on the current counter value
    with qtbot.waitSignal(b.watcher.changed, timeout=LIMIT_MS):
        started = time.perf_counter()
        users.create_window(a.db, a.actor, "A09", "九号窗口")
    assert (time.perf_counter() - started) * 1000 < LIMIT_MS
    # and back: B writes, A notices
    with qtbot.waitSignal(a.watcher.changed, timeout=LIMIT_MS):
        users.create_window(b.db, SYSTEM, "A10", "十号窗口")


def test_a_write_from_another_process_reaches_the_window(two_windows, qtbot, tmp_path):
    _a, b = two_windows
    script = (
        "import sys\n"
        "from window_app.services import users\n"
        "from window_app.services.context import SYSTEM\n"
        "from window_app.storage.database import Database\n"
        "users.create_window(Database(sys.argv[1]), SYSTEM, 'A11', '十一号窗口')\n"
    )
    qtbot.wait(300)
    with qtbot.waitSignal(b.watcher.changed, timeout=60_000):
        done = subprocess.run([sys.executable, "-c", script, b.db.url], env=os.environ, timeout=60)
        assert done.returncode == 0
        written = time.perf_counter()
    # the signal may already have fired while the child process was exiting
    assert (time.perf_counter() - written) * 1000 < LIMIT_MS
