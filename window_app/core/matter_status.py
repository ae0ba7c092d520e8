"""Which version of each matter is in force on a day, and whether the matter has ended then.

Shared by the catalogue's service (`services.catalogue_status`, through the ORM) and the
`catalog list` command's plain SQLite read (issue 22), so both answer by the same rule.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import TypeVar

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
