"""The deadline light, in words and colour (never colour alone): one table for every screen
that shows it (work list, application view, processing panel, filed registrations, board)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QBrush, QColor

CONTEXT = "Lights"
# light -> (words, background, foreground)
LIGHTS = {
    "green": (QT_TRANSLATE_NOOP("Lights", "● 正常"), "#e8f5e9", "#1b5e20"),
    "yellow": (QT_TRANSLATE_NOOP("Lights", "● 临近期限"), "#fff8e1", "#8d6e00"),
    "red": (QT_TRANSLATE_NOOP("Lights", "● 已超期"), "#ffebee", "#b71c1c"),
}
ORDER = {"red": 0, "yellow": 1, "green": 2}  # the most urgent first


def words(light: str) -> str:
    """The light's words in the UI's language."""
    return QCoreApplication.translate(CONTEXT, LIGHTS[light][0])


def brushes() -> dict[str, tuple[str, QBrush, QBrush]]:
    """light -> (words, background brush, foreground brush), for a table model to keep."""
    return {
        k: (words(k), QBrush(QColor(bg)), QBrush(QColor(fg))) for k, (_t, bg, fg) in LIGHTS.items()
    }


def badge_style(light: str) -> str:
    """The style sheet of a label showing the light as a badge."""
    _words, background, foreground = LIGHTS[light]
    return f"padding: 2px 10px; border-radius: 4px; background: {background}; color: {foreground};"
