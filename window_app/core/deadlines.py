"""Statutory and promised deadlines from acceptance, moved by suspensions and extensions.

The explanation is part of the result so the clerk, the applicant and an inspector can see
how a date was counted, including which years rest on a provisional calendar.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from .overdue import WARNING_DAYS, days_late, is_overdue
from .time_limits import WORKING_DAYS, limit_end, unit_text
from .workdays import WorkCalendar


@dataclass(frozen=True)
class Deadline:
    day: date
    limit_days: int
    suspended_days: int
    extension_days: int
    provisional_years: tuple[int, ...]
    accepted_on: date
    unit: str = WORKING_DAYS  # the law's unit of limit_days (core.time_limits)
    paused_calendar_days: int = 0  # time that does not count, for calendar-day and month limits

    @property
    def provisional(self) -> bool:
        return bool(self.provisional_years)

    def explain(self, lang: str = "zh") -> str:
        if lang == "en":
            parts = [f"accepted {self.accepted_on}", unit_text(self.limit_days, self.unit, "en")]
            if self.unit != WORKING_DAYS:
                parts[-1] += " (a last day on a holiday moves to the next working day)"
            if self.suspended_days and self.unit == WORKING_DAYS:
                parts.append(f"{self.suspended_days} days suspended")
            if self.paused_calendar_days and self.unit != WORKING_DAYS:
                parts.append(f"{self.paused_calendar_days} calendar days suspended")
            if self.extension_days:
                parts.append(f"extended by {self.extension_days}")
            parts += [f"{y} calendar provisional" for y in self.provisional_years]
            return ", ".join(parts) + f" → {self.day}"
        if self.limit_days == 0:
            return f"{self.accepted_on}受理，当场办结"
        parts = [f"{self.accepted_on}受理", f"次日起算{unit_text(self.limit_days, self.unit)}"]
        if self.unit != WORKING_DAYS:
            parts[-1] += "（期间最后一日为法定节假日的，顺延至其后第一个工作日）"
        if self.suspended_days and self.unit == WORKING_DAYS:
            parts.append(f"中止{self.suspended_days}个工作日")
        if self.paused_calendar_days and self.unit != WORKING_DAYS:
            parts.append(f"中止{self.paused_calendar_days}日")
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
    unit: str = WORKING_DAYS,
    paused_calendar_days: int = 0,
) -> Deadline:
    """Deadline = acceptance + limit + suspended + extension working days (acceptance day excluded).

    A limit in calendar days or months (`unit`, core.time_limits) ends where the law's unit
    ends, lengthened by `paused_calendar_days` and moved off a holiday; an extension then adds
    its working days after that day.
    """
    if unit == WORKING_DAYS:
        result = calendar.add(accepted_on, limit_days + suspended_days + extension_days)
        years = result.provisional_years
    else:
        base = limit_end(
            calendar, accepted_on, limit_days, unit, paused_calendar_days=paused_calendar_days
        )
        result = calendar.add(base.day, extension_days)
        years = tuple(sorted(set(base.provisional_years) | set(result.provisional_years)))
    return Deadline(
        result.day,
        limit_days,
        suspended_days,
        extension_days,
        years,
        accepted_on,
        unit,
        paused_calendar_days,
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
