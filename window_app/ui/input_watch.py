"""The user's input for the whole application, watched where it enters: at the windows.

The barcode scanner and the idle lock need every key press and mouse action in the application.
An event filter on QApplication sees every event of every object instead (child added, polish,
layout, paint: thousands while a page is built), and a filter written in Python costs
microseconds per event: the two such filters made building the board page three times slower
(60 ms instead of 19). Input reaches widgets through their top-level window (QWindow) first, so
a filter there sees each key press and click once, and little else.
"""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QGuiApplication, QWindow

Handler = Callable[[QEvent], bool]  # True: the event is consumed (the widget never sees it)

INPUT = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
    }
)

_watch: InputWatch | None = None


class InputWatch(QObject):
    def __init__(self, app: QGuiApplication):
        super().__init__(app)
        self._handlers: list[Handler] = []
        self._windows: set[QWindow] = set()
        for window in app.topLevelWindows():
            self._attach(window)
        app.focusWindowChanged.connect(self._attach)  # dialogs, previews: when first focused

    def add(self, handler: Handler) -> None:
        self._handlers.append(handler)

    def remove(self, handler: Handler) -> None:
        if handler in self._handlers:
            self._handlers.remove(handler)

    def attach(self, window: QWindow | None) -> None:
        """Watch `window` too (windows appear when shown; focused ones are attached anyway)."""
        self._attach(window)

    def _attach(self, window: QWindow | None) -> None:
        if window is None or window in self._windows:
            return
        self._windows.add(window)
        window.installEventFilter(self)
        window.destroyed.connect(lambda _obj=None, w=window: self._windows.discard(w))

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if event.type() not in INPUT:
            return False
        consumed = False
        for handler in list(self._handlers):  # every handler sees it, even after one consumed it
            consumed = handler(event) or consumed
        return consumed


def watch() -> InputWatch:
    """The application's input watch (created on first use)."""
    global _watch
    app = QGuiApplication.instance()
    if _watch is None or not shiboken6.isValid(_watch) or _watch.parent() is not app:
        _watch = InputWatch(app)
    return _watch
