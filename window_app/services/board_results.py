"""The values `metrics.board()` returns: counts, rates and averages per breakdown, the overdue and
nearly-due alerts, and the board that holds them with their definitions.

It exists apart from the SQL and the use case so that the screens, the exports and the report
can name the result types (and turn them into JSON) without reading how they are counted.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from datetime import date
from typing import NamedTuple

from .board_definitions import DEFINITIONS, Definition
from .complaints import ComplaintCounts
from .department_figures import DepartmentFlow
from .evaluation_cases import PeriodFigures
from .queue_stats import QueueMeasure


class Rate(NamedTuple):
    """numerator of denominator. The board's values are NamedTuples (immutable, like the rest of
    a result) because a refresh builds a hundred of them: a frozen dataclass costs ten times as
    much to build."""

    numerator: int
    denominator: int

    @property
    def value(self) -> float | None:
        """numerator ÷ denominator rounded to 4 places; None when there is nothing to divide."""
        return None if self.denominator == 0 else round(self.numerator / self.denominator, 4)

    @property
    def percent(self) -> str:
        v = self.value
        return "—" if v is None else f"{100 * self.numerator / self.denominator:.1f}%"

    def as_dict(self) -> dict:
        return {"numerator": self.numerator, "denominator": self.denominator, "value": self.value}


class Average(NamedTuple):
    total: int  # working days summed
    count: int  # applications

    @property
    def value(self) -> float | None:
        return None if self.count == 0 else round(self.total / self.count, 2)

    def as_dict(self) -> dict:
        return {"total": self.total, "count": self.count, "value": self.value}


COUNTS = (
    "received",
    "accepted",
    "notices",
    "refusals",
    "commitments",
    "completed",
    "completed_same_day",
    "verification_failed",
)
RATES = ("completion", "on_time", "zero_trip", "at_most_one")


class Measures(NamedTuple):
    received: int = 0
    accepted: int = 0
    notices: int = 0
    refusals: int = 0
    commitments: int = 0
    completed: int = 0
    completed_same_day: int = 0
    verification_failed: int = 0
    completion: Rate = Rate(0, 0)
    on_time: Rate = Rate(0, 0)
    zero_trip: Rate = Rate(0, 0)
    at_most_one: Rate = Rate(0, 0)
    average_workdays: Average = Average(0, 0)

    def as_dict(self) -> dict:
        out: dict = {name: getattr(self, name) for name in COUNTS}
        out.update({name: getattr(self, name).as_dict() for name in RATES})
        out["average_workdays"] = self.average_workdays.as_dict()
        return out


class Row(NamedTuple):
    """One line of a breakdown: `key` is the window number, username, matter or department code."""

    key: str
    label: str
    measures: Measures


class Alert(NamedTuple):
    """An overdue or nearly due application, for the lists that open it.

    Immutable like the other results; a NamedTuple because a refresh builds one per pending
    application near its deadline (hundreds), at a tenth of a frozen dataclass's cost."""

    application_id: int
    number: str
    state: str
    state_label: str
    applicant: str
    matter: str
    window: str
    clerk: str
    accepted_on: date | None
    promised_deadline: date
    remaining: int  # working days; negative = overdue by that many
    light: str  # red | yellow
    explanation: str
    provisional: bool = False  # the promised date rests on an unpublished holiday calendar

    def as_dict(self) -> dict:
        return {name: _json(value) for name, value in zip(self._fields, self, strict=True)}


@dataclass(frozen=True)
class Board:
    start: date
    end: date
    as_of: date  # the day the overdue and warning lists are counted from
    totals: Measures
    windows: tuple[Row, ...]
    clerks: tuple[Row, ...]
    matters: tuple[Row, ...]
    departments: tuple[Row, ...]
    overdue: tuple[Alert, ...]
    warnings: tuple[Alert, ...]
    # applications overdue as of `as_of` (`core.overdue`: not finished by the end of the
    # deadline day), counted in SQL from the history; equals len(overdue) when as_of is today
    overdue_count: int = 0
    # complaints received in the period, open and overdue as of `as_of` (services.complaints)
    complaints: ComplaintCounts = ComplaintCounts(0, 0, 0)
    # the queue per line, window and clerk (services.queue_stats) and the period's 好差评
    # figures (services.evaluation_cases)
    queue: tuple[QueueMeasure, ...] = ()
    evaluations: PeriodFigures | None = None
    # the back office per department (services.department_figures, issue 19)
    back_office: tuple[DepartmentFlow, ...] = ()
    definitions: dict[str, Definition] = field(default_factory=lambda: DEFINITIONS)

    def as_dict(self) -> dict:
        """The JSON of `report daily`: totals at the top level, breakdowns keyed by their key."""
        out: dict = {"from": self.start.isoformat(), "to": self.end.isoformat(),
                     "as_of": self.as_of.isoformat()}  # fmt: skip
        out.update(self.totals.as_dict())
        for name in ("windows", "clerks", "matters", "departments"):
            out[name] = {
                r.key: {"label": r.label, **r.measures.as_dict()} for r in getattr(self, name)
            }
        # "overdue": how many, as of `as_of`; "finished_late": completed in the period after
        # their deadline (on_time's complement, the same definition: core.overdue)
        out["overdue"] = self.overdue_count
        out["finished_late"] = self.totals.completed - self.totals.on_time.numerator
        out["overdue_applications"] = [a.as_dict() for a in self.overdue]
        out["warnings"] = [a.as_dict() for a in self.warnings]
        out["complaints"] = dataclasses.asdict(self.complaints)
        out["queue"] = [dataclasses.asdict(m) for m in self.queue]
        out["back_office"] = {f.code: f.as_dict() for f in self.back_office}
        if self.evaluations is not None:
            e = self.evaluations
            out["evaluations"] = {
                **dataclasses.asdict(e), "satisfaction_rate": e.satisfaction_rate,
                "followup_rate": e.followup_rate,
                "followup_rate_numerator": e.followed_up,
                "followup_rate_denominator": e.real_name_bad,
            }  # fmt: skip
        out["definitions"] = {
            k: {"label_zh": d.label_zh, "label_en": d.label_en, "zh": d.zh, "en": d.en}
            for k, d in self.definitions.items()
        }
        return out


def _json(value: object) -> object:
    return value.isoformat() if isinstance(value, date) else value
