"""Background jobs are freed once their callbacks have run (issue 20): PySide kept every
Python QRunnable alive for good, and the callbacks' connections closed a cycle through C++ that
the collector cannot see, so every job, its closures and the pages they named stayed for the
life of the process."""

from __future__ import annotations

import gc
import weakref

from PySide6.QtWidgets import QWidget

from window_app.core.errors import DomainError
from window_app.ui.tasks import TaskRunner, _Job


def live_jobs() -> int:
    gc.collect()
    return sum(1 for o in gc.get_objects() if isinstance(o, _Job))


def test_finished_jobs_and_what_their_callbacks_name_are_freed(qtbot):
    runner = TaskRunner()
    before = live_jobs()
    pages = []
    for i in range(200):
        page = QWidget()  # a page whose callback the job holds, as a closed tab's would
        pages.append(weakref.ref(page))
        runner.run(lambda i=i: i * 2, lambda _r, page=page: page.objectName(), None)
        del page
    qtbot.waitUntil(lambda: not runner.busy, timeout=10_000)
    messages = []
    runner.run(refuse, None, messages.append)  # a refusal reaches its callback and is freed too
    qtbot.waitUntil(lambda: not runner.busy, timeout=10_000)
    assert live_jobs() - before == 0
    assert all(ref() is None for ref in pages)
    assert messages == ["不予办理"]


def refuse() -> None:
    raise DomainError("不予办理", english="Refused")


def test_progress_jobs_are_freed_too(qtbot):
    runner = TaskRunner()
    before = live_jobs()
    seen = []
    for _ in range(50):
        runner.run(lambda report: report(1, 1), None, None, on_progress=lambda d, t: seen.append(d))
    qtbot.waitUntil(lambda: not runner.busy, timeout=10_000)
    assert live_jobs() - before == 0 and len(seen) == 50
