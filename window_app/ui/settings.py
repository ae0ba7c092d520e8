"""Every QSettings key declared once, with its type and default (after Picard's options registry)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QByteArray, QSettings

T = TypeVar("T")


@dataclass(frozen=True)
class Option(Generic[T]):
    key: str
    default: T
    kind: type

    def coerce(self, raw: Any) -> T:
        if raw is None:
            return self.default
        if self.kind is bool:
            return raw if isinstance(raw, bool) else str(raw).lower() in {"1", "true", "yes"}
        if self.kind is QByteArray:
            return raw if isinstance(raw, QByteArray) else QByteArray(raw)
        try:
            return self.kind(raw)
        except (TypeError, ValueError):
            return self.default


LANGUAGE = Option("ui/language", "zh_CN", str)
FONT_FAMILY = Option("ui/font_family", "", str)
FONT_POINT_SIZE = Option("ui/font_point_size", 11, int)
GEOMETRY = Option("ui/main_window_geometry", QByteArray(), QByteArray)
WINDOW_STATE = Option("ui/main_window_state", QByteArray(), QByteArray)
IDLE_LOCK_MINUTES = Option("security/idle_lock_minutes", 5, int)
REFRESH_SECONDS = Option("ui/refresh_seconds", 1, int)
PRINTER_NAME = Option("printing/printer_name", "", str)  # receipts and the other documents
TICKET_PRINTER = Option("printing/ticket_printer", "", str)  # queue tickets ("" = PRINTER_NAME)
LICENCE_PRINTER = Option("printing/licence_printer", "", str)  # licences ("" = PRINTER_NAME)
TICKET_PAPER = Option("printing/ticket_paper", 80, int)  # the ticket roll's width, 58 or 80 mm
LAST_USERNAME = Option("session/last_username", "", str)

ALL_OPTIONS = [
    LANGUAGE, FONT_FAMILY, FONT_POINT_SIZE, GEOMETRY, WINDOW_STATE,
    IDLE_LOCK_MINUTES, REFRESH_SECONDS, PRINTER_NAME, TICKET_PRINTER, LICENCE_PRINTER,
    TICKET_PAPER, LAST_USERNAME,
]  # fmt: skip


class Settings:
    """Typed access to QSettings; unknown keys are a programming error, not a silent default."""

    def __init__(self, qsettings: QSettings | None = None):
        self._q = qsettings or QSettings("window-app", "window-app")

    def get(self, option: Option[T]) -> T:
        return option.coerce(self._q.value(option.key))

    def set(self, option: Option[T], value: T) -> None:
        self._q.setValue(option.key, value)

    def sync(self) -> None:
        self._q.sync()


def printer_for(settings: Settings, option: Option[str]) -> str:
    """The printer chosen for a kind of paper (tickets, licences), else the documents' one."""
    return settings.get(option) or settings.get(PRINTER_NAME)
