"""What every screen needs: the database, who is logged in, settings, and the task runner."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, QTimer, Signal

from ..services import changes
from ..services.context import Actor
from ..storage.database import Database
from .settings import REFRESH_SECONDS, Settings
from .tasks import TaskRunner


class ChangeWatcher(QObject):
    """Polls the change counter off the UI thread; `changed` fires when any window wrote."""

    changed = Signal()

    def __init__(self, db: Database, runner: TaskRunner, interval_ms: int, parent=None):  # noqa: ANN001
        super().__init__(parent)
        self._db, self._runner = db, runner
        self._last: int | None = None
        self._polling = False
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.poll)

    def start(self) -> None:
        self._timer.start()
        self.poll()

    def set_interval(self, ms: int) -> None:
        """How often to poll; soak tests and the endurance bench poll far more often than a hall."""
        self._timer.setInterval(ms)

    def stop(self) -> None:
        """No more polls; waits briefly for one in flight (a read: it never waits for a lock)."""
        self._timer.stop()
        self._runner.wait_done(2000)

    def poll(self) -> None:
        if self._polling:
            return
        self._polling = True
        self._runner.run(lambda: changes.current(self._db), self._seen, self._failed)

    def _seen(self, value: int) -> None:
        """The first reading counts as a change too: a write between a page's first load and the
        first poll would otherwise never be shown."""
        self._polling = False
        if value != self._last:
            self.changed.emit()
        self._last = value

    def _failed(self, _message: str) -> None:
        self._polling = False

    def local_change(self) -> None:
        """This window wrote: refresh now rather than at the next poll."""
        self.changed.emit()


@dataclass
class AppContext:
    db: Database
    actor: Actor
    settings: Settings
    runner: TaskRunner
    watcher: ChangeWatcher

    @classmethod
    def create(cls, db: Database, actor: Actor, settings: Settings) -> AppContext:
        runner = TaskRunner()
        # The setting is how long another window's change may take to show: poll twice per period
        # so the query and the redraw fit in the other half.
        interval = max(250, settings.get(REFRESH_SECONDS) * 1000 // 2)
        # The change poll has a thread of its own: a batch of PDFs must not delay other windows' news.
        watcher = ChangeWatcher(db, TaskRunner(threads=1), interval)
        return cls(db, actor, settings, runner, watcher)
