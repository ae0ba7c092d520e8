"""Work on the UI thread cut into steps, one per event-loop turn.

Filling a page with a result (cards, several tables fitted to their text, charts) takes a few
hundred milliseconds in all, each part tens; run at once it froze the window (the limit is
100 ms). Between steps the event loop paints and handles input. A newer run replaces the steps
still pending of an older one, so a fresh result never waits behind a stale one.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QObject, QTimer


class Steps(QObject):
    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._pending: list[Callable[[], object]] = []
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._next)

    @property
    def running(self) -> bool:
        return bool(self._pending)

    def run(self, steps: Iterable[Callable[[], object]]) -> None:
        """Run `steps` in order, the first in this turn; drop what an earlier run left."""
        self._pending = list(steps)
        self._timer.stop()
        self._next()

    def _next(self) -> None:
        if not self._pending:
            return
        step = self._pending.pop(0)
        if self._pending:
            self._timer.start()
        step()
