"""Placeholder text that must never reach paper: `0759-3xxxxxx`, 待核实, TODO …

A catalogue or a hall setting that still holds a stand-in would print it on every receipt and
guide, so the catalogue check (`core.catalogue`) and the hall settings refuse it, naming where.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from typing import Any

#: A run of x standing for digits in a number (0759-3xxxxxx, 1380000xxxx, XXX号) and the
#: words people write for "fill this in later".
_PATTERN = re.compile(
    r"(?:\d[\d\-]*[xX]{2,}|[xX]{3,}|待核实|请核实|待核查|待确认|待补充|待填写|待定"
    r"|(?<![A-Za-z])(?:TODO|TBD|FIXME|XXX)(?![A-Za-z])|<[^<>]*填写[^<>]*>|【[^【】]*待[^【】]*】)"
)


def placeholder_in(text: object) -> str | None:
    """The placeholder found in `text` (the matched stand-in), or None when it is clean."""
    if not isinstance(text, str):
        return None
    found = _PATTERN.search(text)
    return found.group(0) if found else None


def placeholders_in(value: Any, path: str = "") -> Iterator[tuple[str, str]]:
    """(field path, stand-in) for every string inside nested mappings and lists."""
    if isinstance(value, str):
        found = placeholder_in(value)
        if found:
            yield path or "(value)", found
    elif isinstance(value, Mapping):
        for key, item in value.items():
            yield from placeholders_in(item, f"{path}.{key}" if path else str(key))
    elif isinstance(value, list | tuple):
        for i, item in enumerate(value):
            yield from placeholders_in(item, f"{path}[{i}]")
