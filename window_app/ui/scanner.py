"""A barcode scanned anywhere in the app opens that application.

A scanner types the receipt's application number (`20261125-0042`) as a burst of keystrokes a
few milliseconds apart and ends with Enter. The filter watches key presses as they enter the
application's windows (`input_watch`), outside code fields; when the characters since the last pause match the number
pattern and Enter follows the burst, it removes the scanned text from the focused line edit,
swallows the Enter and asks the main window to open the application. Typing by hand is slower
than the threshold and passes through untouched.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit

from .code_fields import is_code_field
from .input_watch import watch

APPLICATION_NUMBER = re.compile(r"^\d{8}-?\d{4}$")
BURST_MS = 35.0
_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


def normalise(scanned: str) -> str:
    digits = scanned.replace("-", "")
    return f"{digits[:8]}-{digits[8:]}"


class ScannerFilter(QObject):
    """Watches the keys once `start()`ed (until `stop()` or its parent is deleted).

    `clock` returns milliseconds (tests pass a fake one); `opener` receives the number.
    """

    def __init__(
        self,
        opener: Callable[[str], None],
        *,
        clock: Callable[[], float] | None = None,
        burst_ms: float = BURST_MS,
        parent: QObject | None = None,
    ):
        super().__init__(parent)
        self._opener = opener
        self._clock = clock or (lambda: time.monotonic() * 1000.0)
        self._burst_ms = burst_ms
        self._buffer = ""
        self._last: float | None = None

    def start(self) -> None:
        watch().add(self.handle)
        self.destroyed.connect(lambda _obj=None, h=self.handle: watch().remove(h))

    def stop(self) -> None:
        watch().remove(self.handle)

    def handle(self, event: QEvent) -> bool:
        """True when the event was a scanner's Enter (consumed: the focused widget never sees it)."""
        if event.type() != QEvent.Type.KeyPress:
            return False
        focus = QApplication.focusWidget()
        if is_code_field(focus):
            self._reset()
            return False
        return self._key(event, focus)

    def _key(self, event: QKeyEvent, focus) -> bool:  # noqa: ANN001
        now = self._clock()
        quick = self._last is not None and now - self._last <= self._burst_ms
        self._last = now
        if event.key() in _ENTER:
            scanned, self._buffer = self._buffer, ""
            if quick and APPLICATION_NUMBER.match(scanned):
                if isinstance(focus, QLineEdit) and focus.text().endswith(scanned):
                    focus.setText(focus.text()[: -len(scanned)])
                self._opener(normalise(scanned))
                return True
            return False
        text = event.text()
        if (
            len(text) == 1
            and text.isprintable()
            and not event.modifiers()
            & ~(Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.KeypadModifier)
        ):
            self._buffer = (self._buffer + text) if quick else text
        else:
            self._reset()
        return False

    def _reset(self) -> None:
        self._buffer = ""
        self._last = None
