"""Working days agree with the State Council's 2025 and 2026 notices, typed by hand."""

from __future__ import annotations

import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from window_app.core import calendar_file
from window_app.core.deadlines import compute, light
from window_app.core.workdays import WorkCalendar

NOTICES = Path(__file__).parent / "data" / "state_council_2025_2026.txt"


def official_days() -> tuple[set[date], set[date]]:
    holidays: set[date] = set()
    workdays: set[date] = set()
    for line in NOTICES.read_text().splitlines():
        if not line or line.startswith("#"):
            continue
        kind, *dates = line.split()
        first = date.fromisoformat(dates[0])
        last = date.fromisoformat(dates[-1])
        while first <= last:
            (holidays if kind == "holiday" else workdays).add(first)
            first += timedelta(days=1)
    return holidays, workdays


HOLIDAYS, MAKE_UP = official_days()


def official_is_workday(day: date) -> bool:
    return day in MAKE_UP or (day not in HOLIDAYS and day.weekday() < 5)


def official_add(start: date, n: int) -> date:
    day = start
    while n:
        day += timedelta(days=1)
        n -= official_is_workday(day)
    return day


def test_every_day_of_2025_and_2026_matches_the_notices():
    calendar = WorkCalendar()
    day = date(2025, 1, 1)
    while day.year < 2027:
        assert calendar.is_workday(day) == official_is_workday(day), day
        day += timedelta(days=1)


@settings(max_examples=300, deadline=None)
@given(
    start=st.dates(min_value=date(2025, 1, 1), max_value=date(2026, 10, 31)),
    n=st.integers(min_value=0, max_value=40),
)
def test_add_agrees_with_the_notices(start, n):
    result = WorkCalendar().add(start, n)
    if result.day.year <= 2026:
        assert result.day == official_add(start, n)
        assert not result.provisional


def test_acceptance_day_does_not_count_and_zero_is_on_the_spot():
    calendar = WorkCalendar()
    assert calendar.add(date(2026, 11, 24), 1).day == date(2026, 11, 25)
    assert calendar.add(date(2026, 11, 25), 0).day == date(2026, 11, 25)
    # National Day 2026: accepted on 30 September, the next working day is 8 October.
    assert calendar.add(date(2026, 9, 30), 1).day == date(2026, 10, 8)


def test_a_2027_answer_is_provisional_until_the_year_is_entered():
    calendar = WorkCalendar()
    result = calendar.add(date(2026, 12, 20), 20)
    assert result.provisional and result.provisional_years == (2027,)
    arrangement = calendar_file.parse("year 2027\nholiday 2027-01-01 2027-01-03 元旦\n")
    entered = WorkCalendar({2027: arrangement})
    answer = entered.add(date(2026, 12, 31), 1)
    assert answer == type(answer)(date(2027, 1, 4), ())


def test_deadline_explains_itself_including_provisional_years():
    deadline = compute(WorkCalendar(), date(2026, 11, 25), 30, suspended_days=2)
    text = deadline.explain()
    assert "2026-11-25受理" in text and "30个工作日" in text and "中止2个工作日" in text
    assert "2027年节假日安排未公布（暂定）" in text and deadline.provisional
    assert deadline.day == WorkCalendar().add(date(2026, 11, 25), 32).day


def test_warning_lights():
    calendar = WorkCalendar()
    assert light(calendar, date(2026, 11, 2), date(2026, 11, 20)) == "green"
    assert light(calendar, date(2026, 11, 18), date(2026, 11, 20)) == "yellow"
    assert light(calendar, date(2026, 11, 23), date(2026, 11, 20)) == "red"


@pytest.mark.parametrize(
    "text, message",
    [
        ("holiday 2027-01-01\n", "year"),
        ("year 2027\nholiday 2027-13-01\n", "日期"),
        ("year 2027\nholiday 2028-01-01\n", "不属于"),
        ("year 2027\nparty 2027-01-01\n", "无法识别"),
    ],
)
def test_calendar_file_errors_are_clear(text, message):
    with pytest.raises(calendar_file.CalendarFileError, match=message):
        calendar_file.parse(text)


def _cli(*args: str, db: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "window_app", "--database", f"sqlite:///{db}", *args],
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_cli_workdays_add_and_calendar_import(tmp_path, cli_user):
    db = tmp_path / "w.sqlite3"
    ok = _cli("workdays", "add", "2026-09-30", "1", db=db)
    assert (ok.returncode, ok.stdout.strip()) == (0, "2026-10-08")
    provisional = _cli("workdays", "add", "2026-12-31", "1", db=db)
    assert provisional.returncode == 3
    assert provisional.stdout.strip() == "2027-01-04"  # 元旦 is a holiday by law (issue 14)
    assert "2027" in provisional.stderr
    notice = tmp_path / "2027.txt"
    notice.write_text("year 2027\nholiday 2027-01-01 2027-01-03 元旦\nworkday 2027-02-07\n")
    refused = _cli("calendar", "import", str(notice), db=db)
    assert refused.returncode == 1 and "需要登录" in refused.stderr
    assert (
        _cli("calendar", "import", str(notice), *cli_user(f"sqlite:///{db}"), db=db).returncode == 0
    )
    entered = _cli("workdays", "add", "2026-12-31", "1", db=db)
    assert (entered.returncode, entered.stdout.strip()) == (0, "2027-01-04")
    bad = _cli("workdays", "add", "2026-02-30", "1", db=db)
    assert bad.returncode == 2


def test_a_calendar_open_for_weeks_keeps_a_bounded_number_of_answers():
    """Issue 22: the calendar object lives as long as its entered years, and every new day
    asks new spans and end dates; each cache starts over when full, answering the same."""
    from datetime import date, timedelta

    limit = 4096  # workdays.CACHE_LIMIT
    calendar, fresh = WorkCalendar(), WorkCalendar()
    first = date(2026, 1, 5)
    for n in range(limit + 500):
        start = first + timedelta(days=n % 900)
        calendar.between(start, start + timedelta(days=1 + n // 900))
        calendar.add(start, 1 + n // 900)
    assert len(calendar._spans) <= limit
    assert len(calendar._ends) <= limit
    assert len(calendar._cache) <= limit
    start = first + timedelta(days=17)
    assert calendar.between(start, start + timedelta(days=40)) == fresh.between(
        start, start + timedelta(days=40)
    )
    assert calendar.add(start, 20) == fresh.add(start, 20)
