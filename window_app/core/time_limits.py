"""Time limits in the law's own units: working days, calendar days (日) or months (个月).

A statute sets its limit in one of three units and the clock counts each the way the law does:

- working days (工作日): 行政许可法 art. 82 — the day of acceptance does not count, statutory
  holidays and rest days are skipped, make-up working days (调休) count;
- calendar days (日): 民法典 art. 201 — the first day does not count; art. 203 — when the last
  day is a statutory holiday (法定休假日, rest days included) the next working day is the last;
- months (个月): 民法典 art. 202 — the limit ends on the day of the last month with the same
  number as the start day, the month's last day when it has none; then art. 203 as above.

Time the law excludes (行政许可法 art. 45: hearing, testing, inspection, expert review …) is a
pause: in working days for a working-day limit, in calendar days for the others (the pause
lengthens the period itself, before the end is moved off a holiday).
"""

from __future__ import annotations

import calendar as _months
from collections.abc import Mapping
from datetime import date, timedelta
from functools import lru_cache
from typing import Any

import chinese_calendar

from .workdays import WorkCalendar, WorkdayResult

WORKING_DAYS = "working_days"
CALENDAR_DAYS = "calendar_days"
MONTHS = "months"
UNITS: dict[str, tuple[str, str]] = {
    WORKING_DAYS: ("个工作日", "working days"),
    CALENDAR_DAYS: ("日", "calendar days"),
    MONTHS: ("个月", "months"),
}


def unit_text(value: int, unit: str, lang: str = "zh") -> str:
    """3 months -> "3个月" / "3 months"; 20 working days -> "20个工作日"."""
    zh, en = UNITS[unit]
    return f"{value} {en}" if lang == "en" else f"{value}{zh}"


def add_months(start: date, months: int) -> date:
    """The day of the month `months` later with the same number; that month's last day when it
    has none (民法典 art. 202): 1月31日 + 1个月 = 2月28日 (or 29日)."""
    index = start.month - 1 + months
    year, month = start.year + index // 12, index % 12 + 1
    return date(year, month, min(start.day, _months.monthrange(year, month)[1]))


def _rolled(calendar: WorkCalendar, day: date, years: set[int]) -> date:
    """The day itself when it is a working day, else the next working day (民法典 art. 203)."""
    while True:
        if not calendar.knows(day.year):
            years.add(day.year)
        if calendar.is_workday(day):
            return day
        day += timedelta(days=1)


def limit_end(
    calendar: WorkCalendar,
    start: date,
    value: int,
    unit: str = WORKING_DAYS,
    *,
    paused_workdays: int = 0,
    paused_calendar_days: int = 0,
) -> WorkdayResult:
    """The last day of a limit of `value` `unit`s counted from the day after `start`.

    `paused_workdays` lengthens a working-day limit, `paused_calendar_days` a calendar-day or
    month limit (time that does not count, 行政许可法 art. 45). A zero working-day limit is
    "on the spot": the answer is `start`.
    """
    if value < 0:
        raise ValueError("a time limit must not be negative")
    if unit == WORKING_DAYS:
        return calendar.add(start, value + paused_workdays)
    if unit == CALENDAR_DAYS:
        end = start + timedelta(days=value + paused_calendar_days)
    elif unit == MONTHS:
        end = add_months(start, value) + timedelta(days=paused_calendar_days)
    else:
        raise ValueError(f"unknown time-limit unit {unit!r}")
    years: set[int] = set()
    day = _rolled(calendar, end, years)
    return WorkdayResult(day, tuple(sorted(years)))


def first_overrun(promised: tuple[int, str], statutory: tuple[int, str]) -> date | None:
    """An acceptance day on which the promised limit would end after the statutory one, or None.

    Limits in the same unit compare by value. Across units every acceptance day of the years
    the built-in calendar knows (2021-2026: every 春节 and 国庆 in them) is tried, so a promise
    of working days that would outrun a limit of months over a long holiday is caught.
    """
    (p_value, p_unit), (s_value, s_unit) = promised, statutory
    if p_unit == s_unit:
        return None if p_value <= s_value else date(2026, 1, 1)
    return _first_overrun(p_value, p_unit, s_value, s_unit)


_FIRST, _LAST = date(2021, 1, 1), date(2026, 12, 31)


@lru_cache(maxsize=1)
def _reference_days() -> tuple[int, list[int], list[int], list[int]]:
    """Look-up tables over 2021-2028 from the State Council arrangements chinese-calendar
    carries (read as its tables: a look-up per day is a hundred times slower, and this runs
    whenever a catalogue is read): (first ordinal, the working days as ordinals, for each day
    the number of working days up to it, for each day the first working day on or after it)."""
    holidays, workdays = chinese_calendar.holidays, chinese_calendar.workdays
    first, last = _FIRST.toordinal(), date(2028, 12, 31).toordinal()
    working, upto = [], []
    for o in range(first, last + 1):
        day = date.fromordinal(o)
        if day in workdays or (day.weekday() < 5 and day not in holidays):
            working.append(o)
        upto.append(len(working))
    following, index = [], 0
    for o in range(first, last + 1):
        while index < len(working) and working[index] < o:
            index += 1
        following.append(working[min(index, len(working) - 1)])
    return first, working, upto, following


@lru_cache(maxsize=256)
def _first_overrun(p_value: int, p_unit: str, s_value: int, s_unit: str) -> date | None:
    first, working, upto, following = _reference_days()

    def ends(value: int, unit: str) -> list[int]:
        starts = range(_FIRST.toordinal(), _LAST.toordinal() + 1)
        if unit == WORKING_DAYS:  # the value-th working day after the start
            return [working[upto[s - first] + value - 1] if value else s for s in starts]
        if unit == CALENDAR_DAYS:
            return [following[s + value - first] for s in starts]
        return [
            following[add_months(date.fromordinal(s), value).toordinal() - first] for s in starts
        ]

    pairs = zip(ends(p_value, p_unit), ends(s_value, s_unit), strict=True)
    for offset, (p, s) in enumerate(pairs):
        if p > s:
            return date.fromordinal(_FIRST.toordinal() + offset)
    return None


def stored_definition(data: Mapping[str, Any]) -> dict[str, Any]:
    """A definition stored with a matter version, in today's shape.

    Versions frozen before migration 0015 carry ``statutory_days``/``promised_days``: those were
    counted in working days, so that is the unit they keep. Anything else is returned as is.
    """
    out = dict(data)
    limits = out.get("limits")
    if isinstance(limits, Mapping) and "promised_days" in limits:
        stat = limits.get("statutory_days")
        out["limits"] = {
            "statutory": None if stat is None else {"value": stat, "unit": "working_days"},
            "promised": {"value": limits["promised_days"], "unit": "working_days"},
            "on_the_spot": limits.get("on_the_spot", False),
        }
    return out
