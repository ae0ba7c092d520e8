"""Plain data of the suspension, resumption and extension notices (no reportlab: imported at start-up)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from .model import DocumentHeader


@dataclass(frozen=True)
class ClockNoticeData:
    header: DocumentHeader
    kind: str  # "suspension" | "extension" | "resumption"
    application_number: str
    matter: str
    applicant_name: str
    reason: str
    on: date  # the day the clock stopped / the extension was approved
    promised_deadline: date | None
    statutory_deadline: date | None
    history: str  # e.g. 2026-09-25受理，次日起算10个工作日，中止5个工作日 → 2026-10-22
    days: int = 0  # extension: working days added
    remaining: int | None = None  # suspension: working days left when the clock stopped
    suspended_on: date | None = None  # resumption: the day the clock stopped
