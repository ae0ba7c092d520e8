"""Queue rules (排队叫号) without storage: ticket numbers, waiting order, the spoken call, and the
measures (average and 90th-percentile wait).

Waiting order: elderly and disabled applicants first (priority class 0), then everyone else
(class 1) by their rank time: the time the ticket was taken, or, for an appointment that
checked in, the appointment's slot, so an applicant who booked online is never sent to the
back of the queue (national bad-rating tag 212). A transfer to another line or window keeps
the rank time and the issue time (the waiting time runs on).
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from enum import StrEnum

from .errors import DomainError


class QueueError(DomainError):
    pass


class TicketState(StrEnum):
    WAITING = "waiting"
    CALLED = "called"
    HELD = "held"
    DONE = "done"
    NO_SHOW = "no_show"


class Priority(StrEnum):
    ELDERLY = "elderly"
    DISABLED = "disabled"
    APPOINTMENT = "appointment"


PRIORITY_LABELS = {
    Priority.ELDERLY: "老年人",
    Priority.DISABLED: "残疾人",
    Priority.APPOINTMENT: "预约",
}
STATE_LABELS = {
    TicketState.WAITING: "等候",
    TicketState.CALLED: "已叫号",
    TicketState.HELD: "暂挂",
    TicketState.DONE: "已办理",
    TicketState.NO_SHOW: "过号",
}

PREFIX_RE = re.compile(r"^[A-Z]{1,2}$")


def priority_class(priority: str | None) -> int:
    """0 for the elderly and the disabled (served first), 1 for everyone else."""
    return 0 if priority in (Priority.ELDERLY, Priority.DISABLED) else 1


def ticket_number(prefix: str, serial: int) -> str:
    """`A001`: the line's prefix and the day's serial, at least three digits."""
    return f"{prefix}{serial:03d}"


def check_prefix(prefix: str) -> str:
    prefix = prefix.strip().upper()
    if not PREFIX_RE.match(prefix):
        raise QueueError(
            f"号段前缀须为一至两个大写字母：{prefix!r}",
            english=f"A ticket prefix is one or two capital letters: {prefix!r}",
            field="prefix",
        )
    return prefix


def window_label(window_number: str) -> str:
    """How the voice and the display name a window: 'A03' → '3', '12' → '12', 'B2' → 'B2'."""
    match = re.fullmatch(r"[A-Z]?0*(\d+)", window_number)
    if match and window_number[:1] in "A0123456789":
        return match.group(1)
    return window_number


def call_text(ticket: str, window_number: str) -> str:
    """The call as displayed and spoken: 请A001号到3号窗口办理."""
    return f"请{ticket}号到{window_label(window_number)}号窗口办理"


_DIGITS = "零一二三四五六七八九"


def _spoken_ticket(ticket: str) -> str:
    """Letters stay letters, digits are read one by one (A001 → A零零一)."""
    return "".join(_DIGITS[int(c)] if c.isdigit() else c for c in ticket)


def _spoken_number(number: str) -> str:
    """A window number read as a number: 3 → 三, 12 → 十二, 21 → 二十一."""
    if not number.isdigit():
        return _spoken_ticket(number)
    n = int(number)
    if n < 10:
        return _DIGITS[n]
    if n < 100:
        tens, ones = divmod(n, 10)
        return ("" if tens == 1 else _DIGITS[tens]) + "十" + ("" if ones == 0 else _DIGITS[ones])
    return _spoken_ticket(number)


def spoken_chinese(ticket: str, window_number: str) -> str:
    """The call in Chinese characters as a voice reads it: 请A零零一号到三号窗口办理."""
    return f"请{_spoken_ticket(ticket)}号到{_spoken_number(window_label(window_number))}号窗口办理"


_LETTER_PINYIN = {"A": "ei1", "B": "bi4", "C": "xi1", "D": "di4", "E": "yi4", "F": "ai2 fu1"}


def spoken_pinyin(ticket: str, window_number: str) -> str:
    """The call in tone-numbered pinyin for espeak-ng's `cmn-latn-pinyin` voice (Debian 12's
    `cmn` voice misreads characters): 'qing3 A ling2 ling2 yi1 hao4 dao4 san1 hao4 …'."""
    from pypinyin import Style, lazy_pinyin

    text = spoken_chinese(ticket, window_number)
    words: list[str] = []
    for chunk in re.findall(r"[A-Z]|[^A-Z]+", text):
        if len(chunk) == 1 and chunk.isupper():
            words.append(_LETTER_PINYIN.get(chunk, chunk.lower()))
        else:
            words.extend(lazy_pinyin(chunk, style=Style.TONE3, neutral_tone_with_five=True))
    return " ".join(words)


def percentile(values: Sequence[float], p: float) -> float | None:
    """The p-th percentile by the nearest-rank method (p90 of 10 values is the 9th smallest);
    None for no values."""
    if not values:
        return None
    ordered = sorted(values)
    rank = max(1, math.ceil(p / 100 * len(ordered)))
    return ordered[rank - 1]
