"""Which version of each matter is in force on a day, and whether the matter has ended then.

Shared by the catalogue's service (`services.catalogue_status`, through the ORM) and the
`catalog list` / `catalog show` commands' plain SQLite reads (issue 22), so both answer by the
same rule and in the same words.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any, TypeVar

from .errors import DomainError
from .time_limits import stored_definition

T = TypeVar("T")


@dataclass(frozen=True)
class MatterStatus:
    code: str
    name: str
    version: int
    withdrawn_from: date | None  # set when the matter has ended by the day asked about

    @property
    def current(self) -> bool:
        return self.withdrawn_from is None


def in_force(rows: Iterable[tuple[str, date, T]], day: date) -> dict[str, T]:
    """The version in force on `day` of each matter (its first version when none is yet), from
    `(code, effective_from, version)` rows ordered by code, then version number."""
    out: dict[str, T] = {}
    for code, effective_from, version in rows:
        if code not in out or effective_from <= day:
            out[code] = version
    return out


def statuses(
    rows: Iterable[tuple[str, int, str, date, date | None]], day: date
) -> list[MatterStatus]:
    """Every matter, current or withdrawn on `day`, by code, from `(code, version number, name,
    effective_from, withdrawn_from)` rows ordered by code, then version number."""
    chosen = in_force(((row[0], row[3], row) for row in rows), day)
    return [
        MatterStatus(code, name, number, ended if ended is not None and ended <= day else None)
        for code, (_, number, name, _, ended) in sorted(chosen.items())
    ]


def matter_code(text: str | None) -> str:
    """A matter code as typed (`cg-0001 `) in its stored form."""
    return (text or "").strip().upper()


def unknown_matter(code: str) -> DomainError:
    return DomainError(
        f"事项编码“{code}”不存在",
        english=f"There is no matter with the code “{code}”.",
        field="matter",
    )


def _value_unit(limit: dict[str, Any] | None) -> dict[str, Any] | None:
    return None if limit is None else {"value": limit["value"], "unit": limit["unit"]}


def definition_view(
    code: str,
    number: int,
    effective_from: date,
    withdrawn_from: date | None,
    definition: Mapping[str, Any],
    day: date,
) -> dict[str, Any]:
    """The version in force of one matter as `catalog show` prints it: status on `day`, limits
    in their units, legal basis (`definition` as stored with the version)."""
    definition = stored_definition(definition)
    withdrawn = withdrawn_from is not None and withdrawn_from <= day
    limits = definition["limits"]
    return {
        "code": code,
        "name": definition["name"],
        "version": number,
        "effective_from": effective_from.isoformat(),
        "status": "withdrawn" if withdrawn else "current",
        "withdrawal": definition.get("withdrawal"),
        "type": definition["type"],
        "department": definition["department"],
        "limits": {  # each {"value": 3, "unit": "months"}; the statutory one's article apart
            "statutory": _value_unit(limits.get("statutory")),
            "promised": _value_unit(limits["promised"]),
            "statutory_basis": (limits.get("statutory") or {}).get("basis"),
            "on_the_spot": limits.get("on_the_spot", False),
        },
        "excluded_time": definition.get("excluded_time") or [],
        "legal_basis": definition["legal_basis"],
        "implementing_basis": definition.get("implementing_basis") or [],
    }
