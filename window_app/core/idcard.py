"""Citizen identity numbers (GB 11643-1999), validated by python-stdnum's `cn.ric`.

stdnum checks the ISO 7064 MOD 11-2 digit, the birth date and the address code;
we turn its exceptions into messages a clerk can act on.
"""

from __future__ import annotations

from datetime import date

from stdnum import exceptions as stdnum_errors
from stdnum.cn import ric

from .errors import DomainError


class IdNumberError(DomainError):
    def __init__(self, message: str, english: str):
        super().__init__(message, english=english, field="id_number")


def normalize(number: str) -> str:
    return "".join(number.split()).upper()


def validate(number: str, *, allow_15: bool = False) -> str:
    """Return the normalised 18-character number or raise IdNumberError."""
    number = normalize(number)
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
    try:
        valid = ric.validate(number)
    except stdnum_errors.InvalidChecksum:
        raise IdNumberError(
            "身份证号码校验码错误（末位）",
            "The check digit (the last character) of the ID number is wrong.",
        ) from None
    except stdnum_errors.InvalidComponent:
        raise IdNumberError(
            "身份证号码中的出生日期或地址码无效",
            "The date of birth or the address code in the ID number is not valid.",
        ) from None
    except stdnum_errors.ValidationError as exc:
        raise IdNumberError("身份证号码无效", f"The ID number is not valid ({exc}).") from None
    if ric.get_birth_date(valid) > date.today():
        raise IdNumberError(
            "身份证号码中的出生日期晚于今天",
            "The date of birth in the ID number is later than today.",
        )
    return valid


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
