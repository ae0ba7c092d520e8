"""A business scope in the standard wording (经营范围规范表述目录, 国家市场监管总局), item by item.

A scope reads like ``许可项目：食品销售；道路货物运输（不含危险货物）。（依法须经批准的项目……）
一般项目：食品销售（仅销售预包装食品）；护理机构服务（不含医疗服务）``: items are separated by
``；、，,;。`` outside parentheses, each is a standard term with its qualifiers in parentheses
(``仅销售预包装食品``, ``不含危险货物``). A referral (先照后证/双告知) is matched on the whole term,
never on a substring — "游泳用品销售" is not "游泳", "医疗美容服务" is not "美容服务" — and a
qualifier can change the answer: "食品销售（仅销售预包装食品）" is a filing, not a licence.
"""

from __future__ import annotations

import re
from typing import NamedTuple

_SEPARATORS = set("；;、，,。\n")
_OPEN, _CLOSE = "（(", "）)"
# "许可项目：" / "一般项目：" heads, and the register's standard notes in parentheses.
_HEAD = re.compile(r"^(?:许可项目|一般项目|经营范围)[:：]\s*")


class ScopeItem(NamedTuple):
    text: str  # as written, e.g. 道路货物运输（不含危险货物）
    term: str  # the standard term without its qualifiers: 道路货物运输
    qualifiers: tuple[str, ...]  # the parenthesised texts: ("不含危险货物",)


def _normalised(text: str) -> str:
    return text.replace("(", "（").replace(")", "）").strip()


def split_items(scope: str) -> list[ScopeItem]:
    """The items of a business scope in order; notes wholly in parentheses are left out."""
    items, current, depth, note = [], [], 0, False
    for ch in scope or "":
        if ch in _OPEN:
            # a parenthesis opening an item is a note of the register, an item of its own
            note = note or (depth == 0 and not "".join(current).strip())
            depth += 1
        elif ch in _CLOSE:
            depth = max(depth - 1, 0)
        if ch in _SEPARATORS and depth == 0:
            items.append("".join(current))
            current, note = [], False
            continue
        current.append(ch)
        if note and depth == 0:
            items.append("".join(current))
            current, note = [], False
    items.append("".join(current))
    out = []
    for raw in items:
        text = _HEAD.sub("", _normalised(raw))
        if not text:
            continue
        term, qualifiers, depth, buf = [], [], 0, []
        for ch in text:
            if ch == "（":
                depth += 1
                if depth == 1:
                    buf = []
                    continue
            elif ch == "）":
                depth = max(depth - 1, 0)
                if depth == 0:
                    qualifiers.append("".join(buf).strip())
                    continue
            (buf if depth else term).append(ch)
        head = _HEAD.sub("", "".join(term).strip())
        if head:  # an item wholly in parentheses is a note of the register, not a scope item
            out.append(ScopeItem(text, head, tuple(q for q in qualifiers if q)))
    return out
