"""Plain data of the complaint register for a period (no reportlab: services build it at will)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from .model import DocumentHeader, _coerce


@dataclass(frozen=True)
class ComplaintRow:
    """One complaint as printed; every value already in the document's words (the phone
    masked, dates as text, labels in Chinese)."""

    id: str
    received_at: str
    channel: str
    category: str
    complainant: str
    phone_masked: str
    concerned: str  # application, window and person the complaint is about ("" when none)
    content: str
    state: str
    reply_deadline: str
    handler: str
    outcome: str  # answered on and satisfaction, or the close reason ("" while open)


@dataclass(frozen=True)
class ComplaintReportData:
    """投诉登记表: the complaints received in [date_from, date_to], counted as of `as_of`.

    `counts` are (label, value) rows (received, open, overdue, answered and the satisfaction
    of the answered ones); `audit_head` is the audit chain's head (event number, hash) when
    the report was made, so the paper can be matched with the trail."""

    header: DocumentHeader
    date_from: date
    date_to: date
    as_of: date
    counts: tuple[tuple[str, str], ...]
    rows: tuple[ComplaintRow, ...]
    audit_head: tuple[int, str] | None = None

    def __post_init__(self) -> None:
        _coerce(self, rows=ComplaintRow)
