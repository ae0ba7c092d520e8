"""Working days (行政许可法 art. 82): statutory holidays excluded, make-up days (调休) included.

Built-in years come from chinese-calendar; an administrator enters later years from the
State Council notice. A result resting on a year nobody has data for is never a silent
guess: it is computed with weekends and the statutory holidays the law fixes every year
(`statutory_holidays`: 元旦, 春节 … never a working day), without the make-up days only the
notice can tell, and marked provisional.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

import chinese_calendar

from .errors import DomainError
from .statutory_holidays import holiday_name

# No statutory limit comes near this (the longest are months); a larger count is a typing
# error, and counting a million days one by one would keep a window waiting for minutes.
MAX_WORKDAYS = 2000


@dataclass(frozen=True)
class YearArrangement:
    """One year's holidays and make-up working days, as a State Council notice lists them."""

    year: int
    holidays: frozenset[date] = field(default_factory=frozenset)
    workdays: frozenset[date] = field(default_factory=frozenset)
    source: str = ""

    def is_workday(self, day: date) -> bool:
        if day in self.workdays:
            return True
        if day in self.holidays:
            return False
        return day.weekday() < 5


@dataclass(frozen=True)
class WorkdayResult:
    day: date
    provisional_years: tuple[int, ...] = ()

    @property
    def provisional(self) -> bool:
        return bool(self.provisional_years)


# Answers each of a calendar's caches keeps: the calendar object lives as long as its entered
# years do (services.calendar reuses it), in a window open for weeks, and every new day asks new
# spans and end dates; a full cache starts over (issue 22: no cache without a bound).
CACHE_LIMIT = 4096


def _kept(cache: dict, key: object, value: Any) -> Any:
    if len(cache) >= CACHE_LIMIT:
        cache.clear()
    cache[key] = value
    return value


class WorkCalendar:
    """Answers 'is this a working day' and counts working days, knowing what it does not know."""

    def __init__(self, entered: Mapping[int, YearArrangement] | None = None):
        self._entered = dict(entered or {})
        self._cache: dict[date, tuple[bool, bool]] = {}
        # A list of a thousand applications asks for a few dozen distinct spans (shared deadlines)
        self._spans: dict[tuple[date, date], WorkdayCount] = {}
        self._ends: dict[tuple[date, int], WorkdayResult] = {}  # likewise: shared start days

    def knows(self, year: int) -> bool:
        if year in self._entered:
            return True
        try:
            chinese_calendar.is_workday(date(year, 6, 1))
        except NotImplementedError:
            return False
        return True

    def _lookup(self, day: date) -> tuple[bool, bool]:
        """(is_workday, provisional)."""
        hit = self._cache.get(day)
        if hit is not None:
            return hit
        arrangement = self._entered.get(day.year)
        if arrangement is not None:
            result = (arrangement.is_workday(day), False)
        else:
            try:
                result = (chinese_calendar.is_workday(day), False)
            except NotImplementedError:
                result = (day.weekday() < 5 and holiday_name(day) is None, True)
        return _kept(self._cache, day, result)

    def is_workday(self, day: date) -> bool:
        return self._lookup(day)[0]

    def provisional_years(self, start: date, end: date) -> tuple[int, ...]:
        """The years of (start, end] without a published arrangement: a date counted over
        them is provisional."""
        first = (start + timedelta(days=1)).year
        return tuple(y for y in range(first, end.year + 1) if not self.knows(y))

    def add(self, start: date, days: int) -> WorkdayResult:
        """The date `days` working days after `start`; `start` itself never counts.

        Zero days means "on the spot": the answer is `start`.
        """
        known = self._ends.get((start, days))
        if known is not None:
            return known
        if days < 0:
            raise ValueError("working days must not be negative")
        if days > MAX_WORKDAYS:
            raise DomainError(
                f"工作日数不能超过{MAX_WORKDAYS}",
                english=f"The number of working days cannot exceed {MAX_WORKDAYS}.",
            )
        day, counted, unknown = start, 0, set()
        while counted < days:
            if day >= date.max:
                raise DomainError(
                    "结果超出可计算的日期范围（9999-12-31）",
                    english="The result lies beyond the last date that can be counted (9999-12-31).",
                )
            day += timedelta(days=1)
            workday, provisional = self._lookup(day)
            if provisional:
                unknown.add(day.year)
            if workday:
                counted += 1
        return _kept(self._ends, (start, days), WorkdayResult(day, tuple(sorted(unknown))))

    def between(self, start: date, end: date) -> WorkdayCount:
        """Working days in (start, end]: how many days of a limit were used by `end`."""
        known = self._spans.get((start, end))
        if known is not None:
            return known
        count, unknown, day = 0, set(), start
        while day < end:
            day += timedelta(days=1)
            workday, provisional = self._lookup(day)
            if provisional:
                unknown.add(day.year)
            count += workday
        return _kept(self._spans, (start, end), WorkdayCount(count, tuple(sorted(unknown))))


@dataclass(frozen=True)
class WorkdayCount:
    count: int
    provisional_years: tuple[int, ...] = ()

    @property
    def provisional(self) -> bool:
        return bool(self.provisional_years)


def calendar_from_entered(rows: Iterable[tuple[int, str, str | None, date | None]]) -> WorkCalendar:
    """The calendar from the entered years' rows (year, source, kind, day), as stored: a year
    entered without any day has one row with kind and day None."""
    sources: dict[int, str] = {}
    days: dict[int, dict[str, set[date]]] = {}
    for year, source, kind, day in rows:
        sources[year] = source
        kinds = days.setdefault(year, {"holiday": set(), "workday": set()})
        if day is not None:
            kinds[kind].add(day)
    return WorkCalendar(
        {
            year: YearArrangement(
                year, frozenset(days[year]["holiday"]), frozenset(days[year]["workday"]), source
            )
            for year, source in sources.items()
        }
    )
