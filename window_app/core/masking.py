"""Personal data masking for screens, exports and logs: the same rules as on paper.

The rules live once, in `printing.masking` (printing cannot import the application).
"""

import re

from printing.masking import mask_address, mask_id, mask_phone

__all__ = ["has_personal_number", "mask_address", "mask_id", "mask_phone", "mask_text"]

_ID_RE = re.compile(r"(?<![0-9A-Za-z])\d{17}[\dXx](?![0-9A-Za-z])")
_PHONE_RE = re.compile(r"(?<![0-9A-Za-z])(?:\+?86[- ]?)?1[3-9]\d{9}(?![0-9A-Za-z])")


def mask_text(text: str) -> str:
    """Mask every ID number and mobile number found in `text` (idempotent): free text such as
    log lines and audit exports, where the values are not in fields of their own."""
    if not text:
        return text
    text = _ID_RE.sub(lambda m: mask_id(m.group()), text)
    return _PHONE_RE.sub(lambda m: m.group()[:-11] + mask_phone(m.group()[-11:]), text)


def has_personal_number(text: str) -> bool:
    """Whether `text` holds an ID number or a mobile number (unmasked)."""
    return bool(text) and bool(_ID_RE.search(text) or _PHONE_RE.search(text))
