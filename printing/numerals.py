"""Chinese financial (uppercase) numerals for registered capital on the licence.

Capital is recorded in 万元 (10,000 yuan); the licence writes it in 大写 so it cannot be altered,
followed by the figure, e.g. "伍拾万元整（50万元人民币）".
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

_DIGITS = "零壹贰叁肆伍陆柒捌玖"
_IN_GROUP = ("仟", "佰", "拾", "")
_GROUPS = ("", "万", "亿", "万亿")


def _group_words(g: int) -> str:
    out, zero = "", False
    for d, unit in zip(f"{g:04d}", _IN_GROUP, strict=True):
        if d == "0":
            zero = bool(out)
            continue
        if zero:
            out += "零"
        out += _DIGITS[int(d)] + unit
        zero = False
    return out


def integer_words(n: int) -> str:
    """Non-negative integer in uppercase numerals: 1_0001_0000 -> 壹亿零壹万."""
    if n < 0:
        raise ValueError("negative amount")
    if n == 0:
        return "零"
    groups = []
    while n:
        groups.append(n % 10000)
        n //= 10000
    if len(groups) > len(_GROUPS):
        raise ValueError("amount too large")
    out, pending_zero = "", False
    for i in reversed(range(len(groups))):
        g = groups[i]
        if g == 0:
            pending_zero = bool(out)
            continue
        if out and (pending_zero or g < 1000):
            out += "零"
        out += _group_words(g) + _GROUPS[i]
        pending_zero = False
    return out


def amount_words(yuan: Decimal, unit: str = "元") -> str:
    """Yuan amount with 角/分: 500000 -> 伍拾万元整, 1.05 -> 壹元零伍分."""
    cents = int((Decimal(yuan) * 100).quantize(Decimal(1), rounding=ROUND_HALF_UP))
    if cents < 0:
        raise ValueError("negative amount")
    whole, jiao, fen = cents // 100, cents // 10 % 10, cents % 10
    head = integer_words(whole) + unit if whole or not (jiao or fen) else ""
    if not jiao and not fen:
        return head + "整"
    tail = ""
    if jiao:
        tail += _DIGITS[jiao] + "角"
    elif head:
        tail += "零"
    tail += _DIGITS[fen] + "分" if fen else "整"
    return head + tail


def _figure(amount: Decimal) -> str:
    s = format(amount.normalize(), "f")
    return s


def capital_in_words(amount_10k_yuan: Decimal, currency: str = "人民币") -> str:
    """Registered capital text: Decimal("50") -> "伍拾万元整（50万元人民币）".

    Foreign currencies use their own unit: capital_in_words(Decimal("10"), "美元")
    -> "壹拾万美元整（10万美元）".
    """
    amount = Decimal(amount_10k_yuan)
    unit = "元" if currency == "人民币" else currency
    words = amount_words(amount * 10000, unit)
    figure = (
        f"{_figure(amount)}万元人民币" if currency == "人民币" else f"{_figure(amount)}万{unit}"
    )
    return f"{words}（{figure}）"
