"""Issued documents' payloads: a printing dataclass as plain JSON and back.

The payload is frozen at issue and a reprint is rebuilt from it, so the round trip must be exact
for every field type printing's dataclasses use (dates, optional dates, tuples, nested dataclasses).
"""

from __future__ import annotations

import dataclasses
import functools
import types
import typing
from datetime import date
from typing import Any

__all__ = ["decode", "to_payload"]


def _encode(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _encode(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, list | tuple):
        return [_encode(v) for v in value]
    return value


def to_payload(data: Any) -> dict:
    """A printing dataclass as plain JSON (dates ISO)."""
    return _encode(data)


def decode(tp: Any, value: Any) -> Any:
    """`value` read back as type `tp`: ISO strings to dates (also inside optionals), lists to
    tuples, dicts to nested dataclasses; a field the dataclass no longer has is dropped."""
    if value is None:
        return None
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(tp) if a is not type(None)]
        if date in args and isinstance(value, str):
            try:
                return date.fromisoformat(value)
            except ValueError:
                return value
        return decode(args[0], value) if len(args) == 1 else value
    if origin is tuple:
        item = typing.get_args(tp)[0]
        return tuple(decode(item, v) for v in value)
    if tp is date:
        return date.fromisoformat(value)
    if isinstance(tp, type) and dataclasses.is_dataclass(tp):
        hints = _field_types(tp)
        return tp(**{k: decode(hints[k], v) for k, v in value.items() if k in hints})
    return value


@functools.cache
def _field_types(tp: type) -> dict[str, Any]:
    """Resolved field annotations of a printing dataclass (get_type_hints evaluates strings)."""
    return typing.get_type_hints(tp)
