"""The statutory holidays every year has by law, before its State Council notice is published.

《全国年节及纪念日放假办法》 as amended by State Council Decree No. 795 (in force 1 January 2025)
gives all citizens 13 days off: 元旦 1 day (1 January); 春节 4 days (除夕 to 正月初三);
清明节 1 day (the day of the 清明 solar term); 劳动节 2 days (1-2 May); 端午节 1 day (五月初五);
中秋节 1 day (八月十五); 国庆节 3 days (1-3 October). The yearly notice adds the make-up days (调休)
and moves days off a weekend; those we cannot know, so a date counted with these days alone
stays provisional (`workdays.WorkCalendar`), but it never lands on a holiday the law fixes.

Lunar dates come from `lunardate` (tables for 1900-2099), the 清明 solar term from
`chinese_calendar.get_solar_terms` (1900-2100). Years before 2025 are all covered by the
published notices in chinese-calendar, so only the 2025 rules are written here.
"""

from __future__ import annotations

from datetime import date, timedelta
from functools import lru_cache

FIRST_YEAR = 2025  # the amended rules' first year
LAST_YEAR = 2099  # the lunar tables' last year


@lru_cache(maxsize=32)
def statutory_holidays(year: int) -> dict[date, str]:
    """Day → festival for the year's statutory days off; empty outside FIRST_YEAR..LAST_YEAR."""
    if not FIRST_YEAR <= year <= LAST_YEAR:
        return {}
    import chinese_calendar  # both loaded only for a year without a notice
    from lunardate import LunarDate

    def lunar(month: int, day: int) -> date:
        return LunarDate(year, month, day).to_solar_date()

    days: dict[date, str] = {date(year, 1, 1): "元旦"}
    new_year = lunar(1, 1)
    for offset in range(-1, 3):  # 除夕, 初一, 初二, 初三
        days[new_year + timedelta(days=offset)] = "春节"
    qingming = next(
        d
        for d, name in chinese_calendar.get_solar_terms(date(year, 4, 1), date(year, 4, 30))
        if name == "清明"
    )
    days[qingming] = "清明节"
    days[date(year, 5, 1)] = days[date(year, 5, 2)] = "劳动节"
    days[lunar(5, 5)] = "端午节"
    for day in (1, 2, 3):
        days[date(year, 10, day)] = "国庆节"
    mid_autumn = lunar(8, 15)  # may fall on 1-3 October (2028): one day, both festivals
    days[mid_autumn] = "中秋节、国庆节" if mid_autumn in days else "中秋节"
    return days


def holiday_name(day: date) -> str | None:
    """The statutory festival on `day`, or None."""
    return statutory_holidays(day.year).get(day)
