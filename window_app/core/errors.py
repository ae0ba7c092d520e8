"""Domain errors carry a message in the user's language and an English one for logs."""

from __future__ import annotations


class DomainError(Exception):
    """A rule was broken; `message` is shown to the clerk as-is."""

    def __init__(self, message: str, *, english: str = "", field: str | None = None):
        super().__init__(message)
        self.message = message
        self.english = english or message
        self.field = field

    def __str__(self) -> str:
        return self.message
