"""Domain errors carry a Chinese message and an English sentence; the UI shows the one of its language."""

from __future__ import annotations


class DomainError(Exception):
    """A rule was broken; `message` (Chinese) or `english` is shown to the clerk as-is.

    The UI picks between them only through `ui.i18n.error_text`; the CLI prints `message`.
    """

    def __init__(self, message: str, *, english: str = "", field: str | None = None):
        super().__init__(message)
        self.message = message
        self.english = english or message
        self.field = field

    def __str__(self) -> str:
        return self.message
