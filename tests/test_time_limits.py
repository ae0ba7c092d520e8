"""Time limits in the law's own units (core.time_limits, core.deadlines): working days,
calendar days (日) and months (个月), across 春节 and 国庆, with time that does not count.

The 2026 arrangement (State Council notice, in chinese-calendar): 春节 15-23 Feb off, 14 Feb
(Sat) and 28 Feb (Sat) worked; 中秋 25-27 Sep and 国庆 1-7 Oct off, 20 Sep (Sun) and 10 Oct
(Sat) worked.
"""

from __future__ import annotations

from datetime import date

import pytest

from window_app.core import deadlines
from window_app.core.time_limits import add_months, first_overrun, limit_end, unit_text
from window_app.core.workdays import WorkCalendar

CAL = WorkCalendar()


def end(start: date, value: int, unit: str, **kw) -> date:
    return limit_end(CAL, start, value, unit, **kw).day


# --- working days (行政许可法 art. 82) ----------------------------------------------------------


def test_working_days_across_spring_festival():
    # Thu 12 Feb 2026 + 5: 13, 14 (make-up Saturday), then 24, 25, 26 after the festival
    assert end(date(2026, 2, 12), 5, "working_days") == date(2026, 2, 26)


def test_working_days_across_national_day():
    # Tue 29 Sep 2026 + 3: 30 Sep, 8 Oct, 9 Oct
    assert end(date(2026, 9, 29), 3, "working_days") == date(2026, 10, 9)


# --- calendar days (民法典 art. 201, 203) -------------------------------------------------------


def test_calendar_days_ending_in_national_day_move_to_the_next_working_day():
    # Sun 20 Sep 2026 (a make-up working day) + 15 days = 5 Oct, a holiday: 8 Oct
    assert end(date(2026, 9, 20), 15, "calendar_days") == date(2026, 10, 8)


def test_calendar_days_ending_on_a_make_up_saturday_stay():
    # 30 Sep + 10 days = Sat 10 Oct 2026, a make-up working day: not a holiday, it stays
    assert end(date(2026, 9, 30), 10, "calendar_days") == date(2026, 10, 10)


def test_calendar_days_ending_on_a_weekend_move_to_monday():
    assert end(date(2026, 3, 2), 5, "calendar_days") == date(2026, 3, 9)  # Sat 7 Mar → Mon 9


def test_calendar_days_count_holidays_inside_the_period():
    # 20 calendar days are fewer working days than 20 working days over the festival
    assert end(date(2026, 2, 10), 20, "calendar_days") == date(2026, 3, 2)
    # 11, 12, 13, 14 (Sat), 24-28 (28 Feb a Saturday), 2-6, 9-13, 16 Mar
    assert end(date(2026, 2, 10), 20, "working_days") == date(2026, 3, 16)


# --- months (民法典 art. 202, 203) --------------------------------------------------------------


def test_months_end_on_the_same_day_number():
    assert add_months(date(2026, 3, 16), 3) == date(2026, 6, 16)
    assert add_months(date(2025, 11, 30), 3) == date(2026, 2, 28)  # no 30 Feb: the month's end
    assert add_months(date(2024, 1, 31), 1) == date(2024, 2, 29)  # leap year
    assert add_months(date(2025, 12, 15), 2) == date(2026, 2, 15)  # over the year's end


def test_months_ending_in_spring_festival_move_to_the_next_working_day():
    # 18 Nov 2025 + 3 months = 18 Feb 2026, inside 春节: 24 Feb
    assert end(date(2025, 11, 18), 3, "months") == date(2026, 2, 24)


def test_months_ending_in_national_day():
    assert end(date(2026, 7, 5), 3, "months") == date(2026, 10, 8)  # 5 Oct → 8 Oct


def test_months_are_not_ninety_working_days():
    # 民办教育促进法 art. 17 gives 三个月; the catalogue once stored 90 working days, which end
    # almost a month later than the statute
    start = date(2026, 3, 16)
    assert end(start, 3, "months") == date(2026, 6, 16)
    assert end(start, 90, "working_days") > date(2026, 7, 20)


# --- time that does not count (行政许可法 art. 45) ----------------------------------------------


def test_expert_review_pause_lengthens_a_month_limit_in_calendar_days():
    # 18 Feb 2026 + 10 paused days = Sat 28 Feb, a make-up working day
    day = end(date(2025, 11, 18), 3, "months", paused_calendar_days=10)
    assert day == date(2026, 2, 28)


def test_pause_lengthens_a_working_day_limit_in_working_days():
    # 13, 14 (Sat), 24, 25, 26 + two paused: 27, 28 (the second make-up Saturday)
    assert end(date(2026, 2, 12), 5, "working_days", paused_workdays=2) == date(2026, 2, 28)


def test_deadline_explains_unit_pause_and_extension():
    d = deadlines.compute(
        CAL, date(2025, 11, 18), 3, unit="months", paused_calendar_days=10, extension_days=2
    )
    # 28 Feb, then two working days of extension: 2 and 3 Mar (1 Mar is a Sunday)
    assert d.day == date(2026, 3, 3)
    assert d.explain() == (
        "2025-11-18受理，次日起算3个月（期间最后一日为法定节假日的，顺延至其后第一个工作日），"
        "中止10日，延长2个工作日 → 2026-03-03"
    )
    assert "3 months" in d.explain("en") and "10 calendar days suspended" in d.explain("en")
    working = deadlines.compute(CAL, date(2026, 2, 12), 5, suspended_days=2)
    assert working.unit == "working_days" and working.day == date(2026, 2, 28)
    assert working.explain() == "2026-02-12受理，次日起算5个工作日，中止2个工作日 → 2026-02-28"


def test_calendar_limit_into_an_unknown_year_is_provisional():
    result = limit_end(CAL, date(2026, 12, 20), 30, "calendar_days")
    assert result.provisional_years == (2027,)
    assert deadlines.compute(CAL, date(2026, 12, 20), 30, unit="calendar_days").provisional


def test_unknown_unit_and_negative_value_are_refused():
    with pytest.raises(ValueError):
        limit_end(CAL, date(2026, 1, 5), 3, "weeks")
    with pytest.raises(ValueError):
        limit_end(CAL, date(2026, 1, 5), -1, "months")


# --- the promised limit never ends after the statutory one ------------------------------------


@pytest.mark.parametrize(
    ("promised", "statutory", "overruns"),
    [
        ((60, "working_days"), (3, "months"), True),  # the old JY-0001 promise
        ((40, "working_days"), (3, "months"), False),
        ((10, "working_days"), (20, "calendar_days"), True),  # over 国庆 2021 it ends later
        ((7, "working_days"), (20, "calendar_days"), False),
        ((30, "working_days"), (45, "calendar_days"), True),
        ((20, "working_days"), (45, "calendar_days"), False),
        ((21, "calendar_days"), (20, "calendar_days"), True),
        ((20, "working_days"), (20, "working_days"), False),
    ],
)
def test_first_overrun(promised, statutory, overruns):
    assert (first_overrun(promised, statutory) is not None) is overruns


def test_unit_text():
    assert unit_text(3, "months") == "3个月"
    assert unit_text(20, "calendar_days") == "20日"
    assert unit_text(20, "working_days", "en") == "20 working days"
