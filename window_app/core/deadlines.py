"""Statutory and promised deadlines from acceptance, moved by suspensions and extensions.

The explanation is part of the result so the clerk, the applicant and an inspector can see
how a date was counted, including which years rest on a provisional calendar.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from .overdue import WARNING_DAYS, days_late, is_overdue
from .workdays import WorkCalendar


@dataclass(frozen=True)
class Deadline:
    day: date
    limit_days: int
    suspended_days: int
    extension_days: int
    provisional_years: tuple[int, ...]
    accepted_on: date

    @property
    def provisional(self) -> bool:
        return bool(self.provisional_years)

    def explain(self, lang: str = "zh") -> str:
        if lang == "en":
            parts = [f"accepted {self.accepted_on}", f"{self.limit_days} working days"]
            if self.suspended_days:
                parts.append(f"{self.suspended_days} days suspended")
            if self.extension_days:
                parts.append(f"extended by {self.extension_days}")
            parts += [f"{y} calendar provisional" for y in self.provisional_years]
            return ", ".join(parts) + f" → {self.day}"
        if self.limit_days == 0:
            return f"{self.accepted_on}受理，当场办结"
        parts = [f"{self.accepted_on}受理", f"次日起算{self.limit_days}个工作日"]
        if self.suspended_days:
            parts.append(f"中止{self.suspended_days}个工作日")
        if self.extension_days:
            parts.append(f"延长{self.extension_days}个工作日")
        parts += [f"{y}年节假日安排未公布（暂定）" for y in self.provisional_years]
        return "，".join(parts) + f" → {self.day}"


def compute(
    calendar: WorkCalendar,
    accepted_on: date,
    limit_days: int,
    *,
    suspended_days: int = 0,
    extension_days: int = 0,
) -> Deadline:
    """Deadline = acceptance + limit + suspended + extension working days (acceptance day excluded)."""
    result = calendar.add(accepted_on, limit_days + suspended_days + extension_days)
    return Deadline(
        result.day,
        limit_days,
        suspended_days,
        extension_days,
        result.provisional_years,
        accepted_on,
    )


def remaining(calendar: WorkCalendar, today: date, deadline: date) -> int:
    """Working days left until the deadline; once overdue (`core.overdue`, the day after the
    deadline whatever weekday) minus the working days late, at least -1."""
    if today <= deadline:
        return calendar.between(today, deadline).count
    return -days_late(calendar, deadline, today)


def light(calendar: WorkCalendar, today: date, deadline: date | None) -> str:
    """green / yellow (≤ 2 working days left) / red (overdue, `core.overdue.is_overdue`)."""
    if deadline is None:
        return "green"
    if is_overdue(deadline, today):
        return "red"
    return "yellow" if remaining(calendar, today, deadline) <= WARNING_DAYS else "green"
