"""Personal data masking for screens, paper, exports and logs."""

from __future__ import annotations


def mask_id(number: str | None) -> str:
    """Keep the region (first 6) and the last 4: 440802********1234."""
    if not number:
        return ""
    if len(number) <= 10:
        return "*" * len(number)
    return number[:6] + "*" * (len(number) - 10) + number[-4:]


def mask_phone(phone: str | None) -> str:
    """138****1234; short numbers keep only their last 2 digits."""
    if not phone:
        return ""
    if len(phone) >= 11:
        return phone[:3] + "*" * (len(phone) - 7) + phone[-4:]
    return "*" * max(len(phone) - 2, 0) + phone[-2:]


def mask_code(code: str | None) -> str:
    """An ID number or a USCC, whichever it is: USCCs of organisations are public."""
    if code and len(code) == 18 and not code[:17].isdigit():
        return code
    return mask_id(code)
