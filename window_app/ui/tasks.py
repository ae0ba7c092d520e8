"""Run database work off the GUI thread, then call back on it (after Anki's operations helper).

Nothing on the UI thread may take over 100 ms: anything that queries or writes goes through
`run()`. Failures reach `on_failure` (a DomainError's message for the clerk); unexpected
errors are logged with their traceback and shown as a plain sentence.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEventLoop, QObject, QThreadPool, Signal

from ..core.errors import DomainError
from .i18n import error_text

log = logging.getLogger(__name__)

UNEXPECTED = "操作未能完成，系统已记录详细信息。请重试或联系管理员。"


class _Signals(QObject):
    succeeded = Signal(object)
    failed = Signal(object)
    progress = Signal(int, int)


class _Job:
    """One piece of work for the pool, started as a plain callable (`pool.start(job.run)`).
    Not a QRunnable: PySide keeps every Python QRunnable it was given alive for good (with
    autoDelete on or off), 150 jobs an hour of polling, each with its result and callbacks."""

    def __init__(self, fn: Callable[..., Any], with_progress: bool):
        self.fn = fn
        self.with_progress = with_progress
        self.signals = _Signals()
        self.cancelled = False

    def run(self) -> None:
        try:
            result = self.fn(self._report) if self.with_progress else self.fn()
        except Exception as exc:  # noqa: BLE001  (every failure must reach the UI as a message)
            if not isinstance(exc, DomainError):
                log.exception("background task failed")
            self._emit(self.signals.failed, exc)
        else:
            self._emit(self.signals.succeeded, result)

    @staticmethod
    def _emit(signal, value: Any) -> None:  # noqa: ANN001
        """The application may be shutting down and have deleted the receivers: nobody to tell."""
        try:
            signal.emit(value)
        except RuntimeError:
            log.debug("result of a background job dropped: its receiver is gone")

    def release(self, with_progress: bool) -> None:
        """Drop the callbacks once they have run. Qt's connections hold them strongly and they
        hold this job, a cycle through C++ that Python's collector cannot see: without this every
        job, its closures and whatever page they name stayed alive for the life of the process."""
        self.signals.succeeded.disconnect()
        self.signals.failed.disconnect()
        if with_progress:
            self.signals.progress.disconnect()
        self.fn = None

    def _report(self, done: int, total: int) -> bool:
        """Progress callback for long work; returns False once the user cancelled."""
        self.signals.progress.emit(done, total)
        return not self.cancelled


class TaskRunner(QObject):
    """Owns the running jobs so they are not collected mid-flight; tests wait on `idle`."""

    idle = Signal()

    def __init__(self, parent: QObject | None = None, *, threads: int | None = None):
        """`threads` gives the runner a pool of its own, so its jobs never queue behind others."""
        super().__init__(parent)
        if threads is None:
            self._pool = QThreadPool.globalInstance()
        else:
            self._pool = QThreadPool(self)
            self._pool.setMaxThreadCount(threads)
        self._jobs: set[_Job] = set()

    @property
    def busy(self) -> bool:
        return bool(self._jobs)

    def wait_done(self, ms: int) -> bool:
        """Block until the running jobs end (closing a window); True when they did in time."""
        return self._pool.waitForDone(ms)

    def run(
        self,
        fn: Callable[..., Any],
        on_success: Callable[[Any], None] | None = None,
        on_failure: Callable[[str], None] | None = None,
        *,
        on_progress: Callable[[int, int], None] | None = None,
    ) -> _Job:
        job = _Job(fn, with_progress=on_progress is not None)

        def finish() -> None:
            job.release(on_progress is not None)
            self._jobs.discard(job)
            if not self._jobs:
                self.idle.emit()

        # `idle` means every callback has run too: a waiter sees the callbacks' effects.
        def succeeded(result: Any) -> None:
            try:
                if on_success:
                    on_success(result)
            finally:
                finish()

        def failed(exc: Exception) -> None:
            message = error_text(exc) if isinstance(exc, DomainError) else UNEXPECTED
            try:
                if on_failure:
                    on_failure(message)
            finally:
                finish()

        job.signals.succeeded.connect(succeeded)
        job.signals.failed.connect(failed)
        if on_progress:
            job.signals.progress.connect(on_progress)
        self._jobs.add(job)
        self._pool.start(job.run)
        return job


class Background:
    """A job started now and waited for later, in a local event loop (the UI keeps painting)."""

    def __init__(self, runner: TaskRunner, fn: Callable[[], Any]):
        self.outcome: tuple[bool, Any] | None = None
        self._loop: QEventLoop | None = None
        runner.run(fn, lambda r: self._finish(True, r), lambda m: self._finish(False, m))

    def _finish(self, ok: bool, value: Any) -> None:
        self.outcome = (ok, value)
        if self._loop is not None:
            self._loop.quit()

    def wait(self) -> tuple[bool, Any]:
        """(True, result) or (False, the message for the clerk)."""
        if self.outcome is None:
            self._loop = QEventLoop()
            self._loop.exec()
            self._loop = None
        return self.outcome


def wait_for(runner: TaskRunner, fn: Callable[[], Any]) -> tuple[bool, Any]:
    """Run `fn` off the UI thread and wait for it: (True, result) or (False, message)."""
    return Background(runner, fn).wait()
