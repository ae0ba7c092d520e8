"""What every screen needs: the database, who is logged in, settings, and the task runner."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import SIGNAL, QObject, QTimer, Signal

from ..services import changes
from ..services.context import Actor
from ..storage.database import Database
from .settings import REFRESH_SECONDS, Settings
from .tasks import TaskRunner


class ChangeWatcher(QObject):
    """Polls the change counters off the UI thread (services/changes.py).

    `window_changed` fires when a write touched this window's applications (its own counter;
    with no window, any write); `changed` when any window wrote. The hall-wide counter is read
    only while something listens to `changed` (the board, an admin page): a clerk's work list
    alone reads its window's row, so other windows' writes neither wake nor refresh it."""

    changed = Signal()
    window_changed = Signal()

    def __init__(  # noqa: ANN001
        self, db: Database, runner: TaskRunner, interval_ms: int, parent=None,
        window_id: int | None = None,
    ):  # fmt: skip
        super().__init__(parent)
        self._db, self._runner = db, runner
        self._window = changes.window_counter(window_id) if window_id else None
        self._last: dict[str, int] = {}
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

    def names(self) -> tuple[str, ...]:
        """The counters the next poll reads."""
        hall = self._window is None or self.receivers(SIGNAL("changed()")) > 0
        return tuple(n for n in (self._window, changes.HALL if hall else None) if n)

    def poll(self) -> None:
        if self._polling:
            return
        self._polling = True
        names = self.names()
        self._runner.run(lambda: (names, changes.read(self._db, names)), self._seen, self._failed)

    def _seen(self, reading: tuple[tuple[str, ...], tuple[int, ...]]) -> None:
        """The first reading of a counter counts as a change too: a write between a page's first
        load and the first poll would otherwise never be shown."""
        self._polling = False
        moved = {n for n, v in zip(*reading, strict=True) if self._last.get(n) != v}
        self._last.update(zip(*reading, strict=True))
        if changes.HALL in moved:
            self.changed.emit()
        if (self._window or changes.HALL) in moved:
            self.window_changed.emit()

    def _failed(self, _message: str) -> None:
        self._polling = False

    def local_change(self) -> None:
        """This window wrote: refresh now rather than at the next poll."""
        self.changed.emit()
        self.window_changed.emit()


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
        watcher = ChangeWatcher(db, TaskRunner(threads=1), interval, window_id=actor.window_id)
        return cls(db, actor, settings, runner, watcher)
