"""The application states' names in the UI's language.

The services label states in Chinese (`core.states.LABELS_ZH`: printed documents and the command
line use them); every screen names a state through `name()` instead, so an English UI shows
English. The Chinese names are repeated here as literals because Qt Linguist only collects
literal strings (`tests/gui/test_state_names.py` keeps the two lists the same). The other
kinds of name from below the UI are in `ui/label_names.py`, on the same `Names` (`ui/names.py`).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from ..core.states import LABELS_ZH, State
from .names import Names

CONTEXT = "States"
SOURCES = (
    QT_TRANSLATE_NOOP("States", "已接收"),
    QT_TRANSLATE_NOOP("States", "补正中"),
    QT_TRANSLATE_NOOP("States", "已受理"),
    QT_TRANSLATE_NOOP("States", "审查中"),
    QT_TRANSLATE_NOOP("States", "中止"),
    QT_TRANSLATE_NOOP("States", "准予许可"),
    QT_TRANSLATE_NOOP("States", "不予许可"),
    QT_TRANSLATE_NOOP("States", "撤回"),
    QT_TRANSLATE_NOOP("States", "已办结"),
    QT_TRANSLATE_NOOP("States", "已送达"),
    QT_TRANSLATE_NOOP("States", "不予受理"),
    QT_TRANSLATE_NOOP("States", "撤销许可"),
)


STATES = Names(CONTEXT, LABELS_ZH)


def name(state: str) -> str:
    """The state's name in the UI's language."""
    return STATES.name(State(state))


def names() -> dict[str, str]:
    """state -> its name in the UI's language, for a table model to keep (one lookup per row)."""
    return STATES.names()
