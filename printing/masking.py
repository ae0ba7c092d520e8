"""Mask personal data on paper: ID numbers keep region and last digits, phones keep ends.

Idempotent: masking an already-masked value returns it unchanged (the '*' stay where they are),
so callers may pass raw or masked values.
"""

from __future__ import annotations

MASK = "*"


def _mask(value: str, keep_head: int, keep_tail: int) -> str:
    s = "".join(str(value or "").split())
    n = len(s)
    if n == 0:
        return ""
    if n <= keep_head + keep_tail:
        # Too short to keep both ends: hide at least half, keeping a short tail.
        tail = min(keep_tail, n // 2)
        return MASK * (n - tail) + s[n - tail :] if tail else MASK * n
    return s[:keep_head] + MASK * (n - keep_head - keep_tail) + s[n - keep_tail :]


def mask_id(value: str | None) -> str:
    """'440802199001011234' -> '440802********1234' (first 6 and last 4 kept)."""
    return _mask(value or "", 6, 4)


def mask_phone(value: str | None) -> str:
    """'13812341234' -> '138****1234' (first 3 and last 4 kept)."""
    return _mask(value or "", 3, 4)


def mask_name(value: str | None) -> str:
    """A person's name on a public notice: '张晓敏' -> '张**' (the surname kept)."""
    return _mask(value or "", 1, 0)


def mask_address(value: str | None) -> str:
    """A delivery address where it is not needed whole (the audit trail): an e-mail keeps the
    first letter of its name and its domain ('zhang.san@qq.com' -> 'z********@qq.com'); a
    post address keeps its first third, up to 6 characters (the city and district), and at
    least half is hidden ('广东省湛江市赤坎区人民大道中1号' -> '广东省湛江市**********')."""
    s = "".join(str(value or "").split())
    name, at, domain = s.partition("@")
    if at and name:
        return name[0] + MASK * (len(name) - 1) + at + domain
    return _mask(s, min(6, len(s) // 3), 0)
