"""GB 11714-1997 organisation code: 8-character body plus one check character.

Letters count on the full 26-letter scale (A=10 … Z=35), unlike the USCC scale;
real USCCs only pass with this scale (see STANDARDS.md).
"""

from __future__ import annotations

import string

WEIGHTS = (3, 7, 9, 10, 5, 8, 4, 2)
BODY_ALPHABET = string.digits + string.ascii_uppercase


def char_value(c: str) -> int:
    if c.isdigit():
        return int(c)
    if "A" <= c <= "Z":
        return ord(c) - 55
    raise ValueError(f"invalid organisation-code character {c!r}")


def check_char(body: str) -> str:
    """The check character for an 8-character body: 10 is 'X', 11 is '0'."""
    if len(body) != 8:
        raise ValueError("organisation-code body must have 8 characters")
    c = 11 - sum(char_value(ch) * w for ch, w in zip(body, WEIGHTS, strict=True)) % 11
    return {10: "X", 11: "0"}.get(c, str(c))


def is_valid(code: str) -> bool:
    """True for a 9-character code (hyphen allowed before the check char) whose check matches."""
    code = code.replace("-", "").upper()
    if len(code) != 9 or any(ch not in BODY_ALPHABET for ch in code[:8]):
        return False
    return check_char(code[:8]) == code[8]


def format_code(code: str) -> str:
    """Display form `XXXXXXXX-X`."""
    code = code.replace("-", "").upper()
    return f"{code[:8]}-{code[8:]}"
