"""Long text in a one-line label: elided to the room the layout gives, the whole in a tooltip.

A QLabel asks its layout for the width of its whole text, so one long applicant name widened
the main window past the screen (4018 px for a 55-character name). `elide(label)` makes the
label take what it is given (its minimum width no longer follows the text) and shows the text
cut with "…" when it does not fit; the tooltip always carries the whole text.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QLabel, QSizePolicy

_FULL = "elidedFullText"


class _Elider(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.Resize and isinstance(watched, QLabel):
            _fit(watched)
        return False


_elider: _Elider | None = None


def elide(label: QLabel) -> QLabel:
    """Make `label` elide its text (set it with `set_text`) instead of widening the window:
    it takes the room its row has (Expanding) and asks for no more than 40 px."""
    global _elider
    if _elider is None:
        _elider = _Elider()
    label.setWordWrap(False)
    label.setMinimumWidth(40)
    policy = label.sizePolicy()
    policy.setHorizontalPolicy(QSizePolicy.Policy.Expanding)
    label.setSizePolicy(policy)
    label.installEventFilter(_elider)
    return label


def set_text(label: QLabel, text: str) -> None:
    label.setProperty(_FULL, text)
    label.setToolTip(text)
    _fit(label)


def full_text(label: QLabel) -> str:
    return label.property(_FULL) or ""


def _fit(label: QLabel) -> None:
    text = label.property(_FULL)
    if text is None:
        return
    width = max(label.contentsRect().width(), 10)
    label.setText(label.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, width))
