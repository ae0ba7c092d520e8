"""A year without an imported State Council notice still knows the statutory holidays of
《全国年节及纪念日放假办法》 (as amended 2024); only the make-up days stay unknown (issue 14,
part 2)."""

from __future__ import annotations

import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from window_app.core import calendar_file
from window_app.core.statutory_holidays import holiday_name, statutory_holidays
from window_app.core.workdays import WorkCalendar

# 2027 from the lunar calendar as published (春节 6 February 2027, 端午 9 June, 中秋 15 September)
EXPECTED_2027 = {
    date(2027, 1, 1): "元旦",
    date(2027, 2, 5): "春节", date(2027, 2, 6): "春节", date(2027, 2, 7): "春节",
    date(2027, 2, 8): "春节",
    date(2027, 4, 5): "清明节",
    date(2027, 5, 1): "劳动节", date(2027, 5, 2): "劳动节",
    date(2027, 6, 9): "端午节",
    date(2027, 9, 15): "中秋节",
    date(2027, 10, 1): "国庆节", date(2027, 10, 2): "国庆节", date(2027, 10, 3): "国庆节",
}  # fmt: skip


def test_the_thirteen_statutory_days_of_2027():
    assert statutory_holidays(2027) == EXPECTED_2027


def test_known_new_years_and_mid_autumn_on_national_day():
    # 春节 (初一) of the next years as published; 除夕 the day before
    for first in (date(2028, 1, 26), date(2029, 2, 13), date(2030, 2, 3), date(2031, 1, 23)):
        assert holiday_name(first) == "春节"
        assert holiday_name(first - timedelta(days=1)) == "春节"
        assert holiday_name(first + timedelta(days=2)) == "春节"
        assert holiday_name(first + timedelta(days=3)) is None
    assert holiday_name(date(2028, 10, 3)) == "中秋节、国庆节"
    assert len(statutory_holidays(2028)) == 12  # the two coincide that year


def test_no_deadline_lands_on_new_year_or_national_day():
    calendar = WorkCalendar()
    assert calendar.add(date(2026, 12, 31), 1).day == date(2027, 1, 4)
    assert calendar.add(date(2027, 9, 30), 1).day == date(2027, 10, 4)
    assert calendar.add(date(2027, 2, 4), 1).day == date(2027, 2, 9)  # after 春节
    assert calendar.add(date(2027, 2, 4), 1).provisional


@settings(max_examples=300, deadline=None)
@given(
    start=st.dates(min_value=date(2026, 12, 31), max_value=date(2040, 12, 31)),
    n=st.integers(min_value=1, max_value=40),
)
def test_a_provisional_deadline_is_never_a_statutory_holiday(start, n):
    result = WorkCalendar().add(start, n)
    assert holiday_name(result.day) is None
    assert result.day.weekday() < 5
    assert result.provisional


def test_an_imported_notice_replaces_the_statutory_guess():
    # the notice's make-up day (a Sunday worked) counts; its days off are the notice's
    notice = calendar_file.parse(
        "year 2027\nholiday 2027-01-01 2027-01-03 元旦\nworkday 2027-02-07 春节调休\n"
    )
    calendar = WorkCalendar({2027: notice})
    result = calendar.add(date(2027, 2, 6), 1)
    assert result.day == date(2027, 2, 7) and not result.provisional


def _cli(*args: str, db: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "window_app", "--database", f"sqlite:///{db}", *args],
        capture_output=True, text=True, timeout=60,
    )  # fmt: skip


def test_cli_workdays_add_skips_statutory_holidays_and_exits_3(tmp_path):
    db = tmp_path / "w.sqlite3"
    for start, expected in (("2026-12-31", "2027-01-04"), ("2027-09-30", "2027-10-04")):
        result = _cli("workdays", "add", start, "1", db=db)
        assert (result.returncode, result.stdout.strip()) == (3, expected)
        assert "调休未知" in result.stderr
