"""The complaint register (投诉登记, work plan item 6: "open a complaint channel").

Pure rules: the closed lists (channel, category, satisfaction), the states and the moves between
them, and the checks of what a person types (name, phone, content, reply, reason). The services
(`services.complaints`) store, audit and count working days; the screens show the lists through
their names in `ui/label_names.py`.

Reply limit: `REPLY_DAYS` working days after the day received (that day does not count, like
every limit at this window), counted with the hall's working-day calendar. Source: the hall's
own service commitment. The work plan (item 6) asks for the channel but sets no limit, and the
petition rules' 60 days (信访条例) govern petitions, not a complaint about the window's
service; 5 working days is this register's default, changed here if the hall publishes another.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date
from enum import StrEnum

from . import names
from .errors import DomainError

REPLY_DAYS = 5
MAX_NAME = names.ORGANISATION_NAME_MAX  # the forms' limit for an organisation's name
MAX_CONTENT = 2000
MAX_REPLY = 2000
MAX_REASON = 500
MAX_HANDLER = 50  # the handler typed as text before migration 0011 (old rows only)
MAX_DEPARTMENT = 50
HANDLER_ROLES = ("clerk", "supervisor")  # the accounts a complaint can be assigned to


class ComplaintState(StrEnum):
    RECEIVED = "received"  # 已登记
    HANDLING = "handling"  # 处理中 (assigned by a supervisor)
    ANSWERED = "answered"  # 已答复
    CLOSED = "closed"  # 不属实，已关闭


STATE_LABELS_ZH = {
    ComplaintState.RECEIVED: "已登记",
    ComplaintState.HANDLING: "处理中",
    ComplaintState.ANSWERED: "已答复",
    ComplaintState.CLOSED: "不属实已关闭",
}
OPEN_STATES = frozenset({ComplaintState.RECEIVED, ComplaintState.HANDLING})

MOVES: dict[ComplaintState, frozenset[ComplaintState]] = {
    ComplaintState.RECEIVED: frozenset({ComplaintState.HANDLING, ComplaintState.CLOSED}),
    ComplaintState.HANDLING: frozenset(
        {ComplaintState.HANDLING, ComplaintState.ANSWERED, ComplaintState.CLOSED}
    ),  # handling -> handling: handed to another handler
    ComplaintState.ANSWERED: frozenset(),
    ComplaintState.CLOSED: frozenset(),
}

CHANNELS_ZH = {"phone": "电话", "window": "现场", "letter": "信函", "online": "网上"}
CATEGORIES_ZH = {
    "attitude": "服务态度",
    "overdue": "办理超时",
    "repeat_trips": "多次跑动",
    "fees": "乱收费",
    "materials": "材料要求不一",
    "other": "其他",
}
SATISFACTION_ZH = {"satisfied": "满意", "basically": "基本满意", "dissatisfied": "不满意"}


class ComplaintError(DomainError):
    pass


def check_move(current: ComplaintState | str, target: ComplaintState | str) -> None:
    current, target = ComplaintState(current), ComplaintState(target)
    if target not in MOVES[current]:
        raise ComplaintError(
            f"投诉当前为“{STATE_LABELS_ZH[current]}”，不能转为“{STATE_LABELS_ZH[target]}”",
            english=f"A complaint in state “{current}” cannot move to state “{target}”.",
        )


def _choice(value: str, choices: dict[str, str], field: str, zh: str, en: str) -> str:
    value = (value or "").strip()
    if value not in choices:
        raise ComplaintError(
            f"请选择{zh}（{'、'.join(choices.values())}）",
            english=f"Please choose the {en} ({', '.join(choices)}).",
            field=field,
        )
    return value


def check_channel(value: str) -> str:
    return _choice(value, CHANNELS_ZH, "channel", "投诉渠道", "channel")


def check_category(value: str) -> str:
    return _choice(value, CATEGORIES_ZH, "category", "投诉类别", "category")


def check_satisfaction(value: str) -> str:
    return _choice(
        value, SATISFACTION_ZH, "satisfaction", "投诉人满意度", "complainant's satisfaction"
    )


def _text(value: str | None, field: str, zh: str, en: str, limit: int) -> str:
    text = (value or "").strip()
    if not text:
        raise ComplaintError(f"请填写{zh}", english=f"Please enter the {en}.", field=field)
    if len(text) > limit:
        raise ComplaintError(
            f"{zh}不超过{limit}字",
            english=f"The {en} cannot be longer than {limit} characters.",
            field=field,
        )
    if any(ord(c) < 32 and c not in "\n\t" for c in text):
        raise ComplaintError(
            f"{zh}含有不可见的控制字符",
            english=f"The {en} contains invisible control characters.",
            field=field,
        )
    return text


def check_name(value: str | None) -> str:
    """The complainant's name under the applicants' rules (`core.names`): NFC, no control,
    zero-width, bidirectional or symbol characters, at most MAX_NAME characters (a
    complainant may be an organisation, so the organisation limit); rare characters are
    accepted (the service asks the documents' fonts about each one)."""
    text = (value or "").strip()
    if not text:
        raise ComplaintError("请填写投诉人姓名", english="Please enter the complainant's name.",
                             field="name")  # fmt: skip
    if "\n" in text or "\t" in text:
        raise ComplaintError(
            "投诉人姓名只能写一行",
            english="The complainant's name must be on one line.",
            field="name",
        )
    return names.clean_name(text, field="name", label="投诉人姓名",
                            label_en="complainant's name", limit=MAX_NAME)  # fmt: skip


def check_content(value: str | None) -> str:
    return _text(value, "content", "投诉内容", "complaint", MAX_CONTENT)


def check_reply(value: str | None) -> str:
    return _text(value, "reply", "答复内容", "reply", MAX_REPLY)


def check_reason(value: str | None) -> str:
    return _text(value, "reason", "关闭理由", "reason for closing", MAX_REASON)


def check_department(value: str | None) -> str | None:
    """The handler's department (承办科室), optional: one line, or None when left empty."""
    if not (value or "").strip():
        return None
    department = _text(value, "department", "承办科室", "department", MAX_DEPARTMENT)
    if "\n" in department or "\t" in department:
        raise ComplaintError(
            "承办科室只能写一行",
            english="The department must be on one line.",
            field="department",
        )
    return department


_MOBILE = re.compile(r"1[3-9]\d{9}")
# area code 0 + 2 or 3 digits (湛江 0759), then a 7- or 8-digit local number; or the local
# number alone (a local number never starts with 0 or 1).
_LANDLINE = re.compile(r"(?:0\d{2,3})?[2-9]\d{6,7}")
_SEPARATORS = re.compile(r"[\s\-()（）]")


def check_phone(value: str | None) -> str:
    """A mainland mobile number (11 digits) or a landline with or without its area code;
    spaces, hyphens and brackets are dropped, a leading +86 / 86 too. Returns the digits."""
    raw = (value or "").strip()
    if not raw:
        raise ComplaintError(
            "请填写投诉人联系电话（答复要用）",
            english="Please enter the complainant's phone number (needed for the reply).",
            field="phone",
        )
    digits = _SEPARATORS.sub("", raw)
    if digits.startswith("+86"):
        digits = digits[3:]
    elif digits.startswith("86") and len(digits) == 13:
        digits = digits[2:]
    if _MOBILE.fullmatch(digits) or _LANDLINE.fullmatch(digits):
        return digits
    raise ComplaintError(
        f"联系电话格式不正确：{raw}（手机11位，固定电话如0759-2345678）",
        english=f"The phone number is not valid: {raw} (a mobile has 11 digits; a landline looks like 0759-2345678).",
        field="phone",
    )


_NUMBER = re.compile(r"(\d{4})(\d{2})(\d{2})-(\d{4,6})")


def check_application_number(value: str | None) -> str:
    """An application number as the receipt prints it (`20261125-0042`: the day received and
    a hall-wide serial); full-width digits and a missing hyphen are forgiven. Returns it."""
    raw = (value or "").strip()
    text = unicodedata.normalize("NFKC", raw).replace(" ", "")
    if "-" not in text and len(text) >= 12 and text.isdigit():
        text = f"{text[:8]}-{text[8:]}"
    match = _NUMBER.fullmatch(text)
    if match is not None:
        try:
            date(int(match[1]), int(match[2]), int(match[3]))
            return text
        except ValueError:
            pass
    raise ComplaintError(
        f"申请编号格式不正确：{raw}（如20261125-0042）",
        english=f"The application number is not valid: {raw} (it looks like 20261125-0042).",
        field="application",
    )
