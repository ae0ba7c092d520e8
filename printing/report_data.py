"""Plain data of the supervisor's daily report (日报): no ORM, no Qt."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from .model import DocumentHeader, _coerce


@dataclass(frozen=True)
class RateRow:
    label: str
    numerator: int
    denominator: int

    @property
    def percent(self) -> str:
        return "—" if self.denominator == 0 else f"{100 * self.numerator / self.denominator:.1f}%"


@dataclass(frozen=True)
class DailyReportData:
    header: DocumentHeader
    date_from: date
    date_to: date
    counts: tuple[tuple[str, int | str], ...]
    rates: tuple[RateRow, ...]
    window_columns: tuple[str, ...]  # heading of the per-window table
    window_rows: tuple[tuple[str, ...], ...]
    overdue_columns: tuple[str, ...]
    overdue_rows: tuple[tuple[str, ...], ...]
    audit_head: tuple[int, str] | None = None  # (event number, hash) when the report was made

    def __post_init__(self) -> None:
        _coerce(self, rates=RateRow)
