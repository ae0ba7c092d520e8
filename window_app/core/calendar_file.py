"""A State Council holiday notice, as the notice's own text or in a simple text form.

`parse_notice` reads the text of the notice as published (国务院办公厅关于YYYY年部分节假日安排的
通知), pasted or saved from the government's site: the year from its title, each section's
rest days (`1月28日（农历除夕、周二）至2月4日（农历正月初七、周二）放假调休`) and its
make-up working days (`1月26日（周日）、2月8日（周六）上班`). `parse_any` takes either form.
The simple form, for `calendar import`:

    # 国务院办公厅关于2027年部分节假日安排的通知
    year 2027
    holiday 2027-01-01 2027-01-03 元旦
    workday 2027-02-07 春节调休上班

`holiday FROM [TO] [name]` marks a range of rest days; `workday DATE [name]` a make-up
working day. Blank lines and `#` comments are ignored.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from .errors import DomainError
from .workdays import YearArrangement


class CalendarFileError(DomainError):
    pass


def _date(text: str, lineno: int) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise CalendarFileError(
            f"第{lineno}行：日期“{text}”格式应为YYYY-MM-DD",
            english=f"Line {lineno}: the date “{text}” must be written YYYY-MM-DD.",
        ) from None


# The years a notice can be for (the People's Republic's calendar to the foreseeable future).
FIRST_YEAR, LAST_YEAR = 1949, 2199
MAX_CHARS = 64_000  # a year's notice is a few hundred characters


def parse(text: str, source: str = "") -> YearArrangement:
    year: int | None = None
    holidays: set[date] = set()
    workdays: set[date] = set()
    if len(text) > MAX_CHARS:
        raise CalendarFileError(
            f"文件过大（超过{MAX_CHARS}字符），不是节假日安排文件",
            english=f"The file is too large (over {MAX_CHARS} characters) for a holiday notice.",
        )
    text = text.removeprefix("\ufeff")  # the byte-order mark Windows editors write
    bad = next((c for c in text if ord(c) < 32 and c not in "\t\r\n"), None)
    if bad is not None:
        raise CalendarFileError(
            "文件含有控制字符，不是节假日安排文本文件",
            english="The file contains control characters; it is not a holiday notice text file.",
        )
    for lineno, raw in enumerate(text.splitlines(), start=1):
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        word, *args = line.split()
        if word == "year" and len(args) == 1 and args[0].isascii() and args[0].isdigit():
            year = int(args[0])
            if not FIRST_YEAR <= year <= LAST_YEAR:
                raise CalendarFileError(
                    f"第{lineno}行：年份应在{FIRST_YEAR}至{LAST_YEAR}之间",
                    english=f"Line {lineno}: the year must be between {FIRST_YEAR} and {LAST_YEAR}.",
                )
        elif word == "holiday" and args:
            first = _date(args[0], lineno)
            last = first
            if len(args) > 1 and args[1][:1].isdigit():
                last = _date(args[1], lineno)
            if last < first:
                raise CalendarFileError(
                    f"第{lineno}行：结束日期早于开始日期",
                    english=f"Line {lineno}: the end date is before the start date.",
                )
            day = first
            while day <= last:
                holidays.add(day)
                day += timedelta(days=1)
        elif word == "workday" and args:
            workdays.add(_date(args[0], lineno))
        else:
            raise CalendarFileError(
                f"第{lineno}行无法识别：{raw.strip()}",
                english=f"Line {lineno} cannot be understood: {raw.strip()}",
            )
    if year is None:
        raise CalendarFileError(
            "缺少“year YYYY”行", english="The calendar file has no “year YYYY” line."
        )
    stray = sorted(d for d in holidays | workdays if d.year != year)
    if stray:
        raise CalendarFileError(
            f"日期{stray[0]}不属于{year}年",
            english=f"The date {stray[0]} is not in the year {year}.",
        )
    if holidays & workdays:
        raise CalendarFileError(
            "同一天既是假日又是调休工作日",
            english="The same day is listed both as a holiday and as a make-up working day.",
        )
    return YearArrangement(year, frozenset(holidays), frozenset(workdays), source)


def dump(arrangement: YearArrangement) -> str:
    """Inverse of parse, one day a line; used to export what was entered."""
    lines = [f"year {arrangement.year}"]
    lines += [f"holiday {d.isoformat()}" for d in sorted(arrangement.holidays)]
    lines += [f"workday {d.isoformat()}" for d in sorted(arrangement.workdays)]
    return "\n".join(lines) + "\n"


_NUMERALS = "一二三四五六七八九十"
_SECTION = re.compile(rf"(?:^|\n)\s*[{_NUMERALS}]+、\s*([^：:\n]+)[：:]")
_DAY = r"(?:(\d{4})年)?(?:(\d{1,2})月)?(\d{1,2})日(?:[（(][^）)]*[）)])?"
_REST = re.compile(rf"{_DAY}(?:\s*至\s*{_DAY})?\s*放假")
_WORK_SENTENCE = re.compile(r"([^。；;]*?)上班")
_ANY_DAY = re.compile(_DAY)


def _notice_day(year: int, month: int | None, groups: tuple, what: str) -> tuple[date, int]:
    y, m, d = groups
    month = int(m) if m else month
    if month is None:
        raise CalendarFileError(f"{what}：日期缺少月份", english=f"{what}: a date has no month.")
    try:
        return date(int(y) if y else year, month, int(d)), month
    except ValueError:
        raise CalendarFileError(
            f"{what}：{month}月{d}日不是有效日期",
            english=f"{what}: {month}/{d} is not a valid date.",
        ) from None


def parse_notice(text: str, source: str = "") -> YearArrangement:
    """The arrangement from the notice's own text (see the module docstring)."""
    title = re.search(r"(\d{4})\s*年\s*(?:部分)?节假日安排", text)
    year = int(title.group(1)) if title else None
    if year is None:
        raise CalendarFileError(
            "未找到通知标题中的年份（如“关于2027年部分节假日安排的通知”）",
            english="The notice's title with its year (the State Council's notice on the holidays of a year) is missing.",
        )
    sections = list(_SECTION.finditer(text))
    if not sections:
        raise CalendarFileError(
            "未找到“一、元旦：……”这样的放假安排段落",
            english="No numbered holiday sections (one per festival, with its rest days) were found in the notice.",
        )
    holidays: set[date] = set()
    workdays: set[date] = set()
    for index, section in enumerate(sections):
        name = section.group(1).strip()
        end = sections[index + 1].start() if index + 1 < len(sections) else len(text)
        body = text[section.end() : end]
        rests = list(_REST.finditer(body))
        if not rests:
            raise CalendarFileError(
                f"“{name}”一段中没有找到放假日期",
                english=f"The section “{name}” gives no rest days.",
            )
        for rest in rests:
            first, month = _notice_day(year, None, rest.groups()[0:3], name)
            last = first
            if rest.group(6):
                last, _ = _notice_day(first.year, month, rest.groups()[3:6], name)
            if last < first:
                raise CalendarFileError(
                    f"“{name}”：结束日期早于开始日期",
                    english=f"“{name}”: the end date is before the start date.",
                )
            day = first
            while day <= last:
                holidays.add(day)
                day += timedelta(days=1)
        for sentence in _WORK_SENTENCE.finditer(body):
            month = None
            for found in _ANY_DAY.finditer(sentence.group(1)):
                day, month = _notice_day(year, month, found.groups(), name)
                workdays.add(day)
    stray = sorted(d for d in holidays | workdays if d.year != year)
    if stray:
        raise CalendarFileError(
            f"日期{stray[0]}不属于{year}年",
            english=f"The date {stray[0]} is not in the year {year}.",
        )
    if holidays & workdays:
        raise CalendarFileError(
            "同一天既是假日又是调休工作日",
            english="The same day is listed both as a holiday and as a make-up working day.",
        )
    return YearArrangement(year, frozenset(holidays), frozenset(workdays), source)


def parse_any(text: str, source: str = "") -> YearArrangement:
    """The simple form when the text has a `year …` line (a wrong year is then named as such),
    else the notice's own text."""
    if re.search(r"^\s*year(\s|$)", text, re.MULTILINE):
        return parse(text, source)
    return parse_notice(text, source)
