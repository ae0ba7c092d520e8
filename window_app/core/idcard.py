"""Citizen identity numbers (GB 11643-1999): python-stdnum's `cn.ric` data, one rule of our own.

stdnum supplies the ISO 7064 MOD 11-2 check digit and the GB/T 2260 history of address codes
(each county with the years it was in force). We do not use its `validate()` because of one rule
it gets wrong: it demands that the address code was in force *in the birth year*. Numbers were
first issued in 1984 (and re-issued to everyone under the 18-digit scheme from 1999) with the
code in force *when the number was issued*, not when the holder was born; a code abolished later
stays in the number for life. So a 赤坎区 resident born in 1978 carries 440802 (赤坎区 from 1984)
and a 吴川县 resident keeps 440821 (abolished 1994). Our rule: the address code was in force at
some time between the birth date and today. Each failure names the part that is wrong.

A code the table does not know at all raises `IdAddressUnknown`, which a supervisor may
override with a written reason (services record it in the audit trail); every other failure
is final.
"""

from __future__ import annotations

from datetime import date
from functools import lru_cache

from stdnum import exceptions as stdnum_errors
from stdnum.cn import ric

from .errors import DomainError


class IdNumberError(DomainError):
    """`part` is the part of the number that is wrong: format / check_digit / birth_date / address."""

    overridable = False

    def __init__(self, message: str, english: str, *, part: str = "format"):
        super().__init__(message, english=english, field="id_number")
        self.part = part


class IdAddressUnknown(IdNumberError):
    """The address code is missing from the GB/T 2260 data: a supervisor may override."""

    overridable = True

    def __init__(self, code: str):
        super().__init__(
            f"地址码错误：身份证号码前6位“{code}”不在行政区划代码表中，如确属有效号码，需主管批准并说明理由",
            english=f"Address code wrong: the first six digits “{code}” are not in the table of "
            "administrative division codes; a number that is nevertheless genuine needs a "
            "supervisor's approval with a reason.",
            part="address",
        )
        self.code = code


def normalize(number: str) -> str:
    return "".join(number.split()).upper()


@lru_cache(maxsize=4096)
def address_periods(code: str) -> tuple[tuple[int | None, int | None, str], ...] | None:
    """(first year, last year, county name) of every use of a 6-digit code, None when unknown.

    A year bound of None is open (in force before the table starts / still in force)."""
    from stdnum import numdb

    info = {k: v for _part, props in numdb.get("cn/loc").info(code) for k, v in props.items()}
    county = info.get("county")
    if not county:
        return None
    periods = []
    for entry in county.split(","):
        if not entry.startswith("["):
            periods.append((None, None, entry))
            continue
        span, name = entry[1:].split("]", 1)
        start, end = span.split("-")
        periods.append((int(start) if start else None, int(end) if end else None, name))
    return tuple(periods)


def address_in_force(code: str, born: date, today: date) -> bool | None:
    """Was the code in force at some time between the birth year and today? None: unknown code."""
    periods = address_periods(code)
    if periods is None:
        return None
    return any(
        (start is None or start <= today.year) and (end is None or end >= born.year)
        for start, end, _name in periods
    )


def validate(
    number: str, *, allow_15: bool = False, on: date | None = None, allow_unplaced: bool = False
) -> str:
    """Return the normalised 18-character number or raise IdNumberError naming the wrong part.

    `allow_unplaced` accepts an address code the table does not know (a supervisor's override)."""
    number = normalize(number)
    today = on or date.today()
    if len(number) == 15:
        if not allow_15:
            raise IdNumberError(
                "15位旧身份证号码不含校验码，本事项不接受，请提供18位号码",
                "The old 15-digit ID number has no check digit and is not accepted for this matter; please provide the 18-digit number.",
            )
        if not number.isdigit():
            raise IdNumberError(
                "15位身份证号码只能包含数字", "A 15-digit ID number may contain digits only."
            )
        return number
    if len(number) != 18:
        raise IdNumberError(
            f"身份证号码应为18位，输入为{len(number)}位",
            f"The ID number must have 18 characters; {len(number)} were entered.",
        )
    if not number[:17].isdigit() or not (number[17].isdigit() or number[17] == "X"):
        raise IdNumberError(
            "身份证号码前17位应为数字，末位为数字或X",
            "The first 17 characters of the ID number must be digits, and the last a digit or X.",
        )
    if number[17] != ric.calc_check_digit(number):
        raise IdNumberError(
            "校验码错误：身份证号码末位与前17位不符，请核对号码",
            "Check digit wrong: the last character of the ID number does not match the first "
            "17; please check the number.",
            part="check_digit",
        )
    try:
        born = ric.get_birth_date(number)
    except stdnum_errors.ValidationError:
        raise IdNumberError(
            f"出生日期错误：第7-14位“{number[6:14]}”不是真实的日期",
            f"Date of birth wrong: digits 7-14 “{number[6:14]}” are not a real date.",
            part="birth_date",
        ) from None
    if born > today:
        raise IdNumberError(
            f"出生日期错误：{born.isoformat()}晚于今天",
            f"Date of birth wrong: {born.isoformat()} is later than today.",
            part="birth_date",
        )
    in_force = address_in_force(number[:6], born, today)
    if in_force is None:
        if not allow_unplaced:
            raise IdAddressUnknown(number[:6])
    elif not in_force:
        raise IdNumberError(
            f"地址码错误：身份证号码前6位“{number[:6]}”在出生日期至今从未使用",
            f"Address code wrong: the first six digits “{number[:6]}” were never in force "
            "between the date of birth and today.",
            part="address",
        )
    return number


def is_valid(number: str) -> bool:
    try:
        validate(number)
    except IdNumberError:
        return False
    return True


def check_digit(first17: str) -> str:
    """ISO 7064 MOD 11-2 for generating test numbers; stdnum wants all 18 characters."""
    weights = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
    return "10X98765432"[sum(int(d) * w for d, w in zip(first17, weights, strict=True)) % 11]
