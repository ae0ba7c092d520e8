"""Finding a matter the way clerks type: codes, name fragments, pinyin initials ("spjy") or
full pinyin without tones ("shipin" → 食品经营许可, "qiye" → the enterprise matters).

Pure Python over catalogue definitions; the same ranking serves intake and the browser.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .catalogue import Matter

_ASCII_ALNUM = re.compile(r"[a-z0-9]")


@lru_cache(maxsize=4096)
def pinyin_initials(text: str) -> str:
    """Lowercase first letters of each Hanzi's pinyin; ASCII letters/digits kept, rest dropped."""
    out = []
    from pypinyin import Style, lazy_pinyin  # loads its dictionaries; not needed at start-up

    for syllable in lazy_pinyin(text, style=Style.FIRST_LETTER, errors="default"):
        out.extend(_ASCII_ALNUM.findall(syllable.lower()))
    return "".join(out)


@lru_cache(maxsize=4096)
def pinyin_full(text: str) -> str:
    """Lowercase toneless pinyin of each Hanzi run together ("食品" → "shipin"); ASCII
    letters/digits kept, rest dropped."""
    out = []
    from pypinyin import Style, lazy_pinyin

    for syllable in lazy_pinyin(text, style=Style.NORMAL, errors="default"):
        out.extend(_ASCII_ALNUM.findall(syllable.lower().replace("ü", "v")))
    return "".join(out)


def match_matter(query: str, matters: Iterable[Matter] | Mapping[str, Matter]) -> list[Matter]:
    """Matters matching ``query``, best first.

    Rank: exact code, code prefix, pinyin-initials or full-pinyin prefix, name substring,
    pinyin-initials or full-pinyin substring (at least 2 letters), English-name substring;
    ties by code so the order is stable for the clerk. Spaces in a pinyin query are ignored.
    """
    q = query.strip()
    if not q:
        return []
    items = matters.values() if isinstance(matters, Mapping) else matters
    ascii_query = q.isascii()
    ql = "".join(q.lower().split()) if ascii_query else q.lower()
    ranked: list[tuple[int, str, Matter]] = []
    for m in items:
        code = m.code.lower()
        initials = pinyin_initials(m.name)
        full = pinyin_full(m.name) if ascii_query else ""
        if code == ql:
            rank = 0
        elif code.startswith(ql):
            rank = 1
        elif ascii_query and (initials.startswith(ql) or full.startswith(ql)):
            rank = 2
        elif q in m.name:
            rank = 3
        elif ascii_query and (ql in initials or (len(ql) >= 2 and ql in full)):
            rank = 4
        elif len(ql) >= 3 and ql in m.name_en.lower():
            rank = 5
        else:
            continue
        ranked.append((rank, m.code, m))
    ranked.sort(key=lambda t: (t[0], t[1]))
    return [m for _, _, m in ranked]
