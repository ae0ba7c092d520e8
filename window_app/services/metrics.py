"""The supervisor's measures, defined once as SQL over indexed columns.

`board()` is the only entry point: the GUI board, the xlsx export, the daily report PDF and
`window-app report daily` all show what it returns, so they cannot disagree. Every number is
counted by the database (SQLAlchemy Core, GROUP BY over a date range on an indexed column);
Python only divides numerators by denominators and attaches labels. The definitions (zh + en)
travel with the numbers so every screen and paper can print them next to the figure.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import NamedTuple

from sqlalchemy import (
    ColumnElement,
    Date,
    Integer,
    Select,
    and_,
    bindparam,
    case,
    cast,
    func,
    literal_column,
    null,
    or_,
    select,
    union_all,
)

from ..core.deadlines import light, remaining
from ..core.errors import DomainError
from ..core.overdue import WARNING_DAYS, is_overdue
from ..core.states import CLOCK_RUNNING, DECIDED, LABELS_ZH, State
from ..core.workdays import WorkCalendar
from ..storage.database import Database
from ..storage.fast_read import Snapshot
from ..storage.models import (
    Applicant,
    Application,
    Department,
    Matter,
    MatterVersion,
    Notice,
    Transition,
    User,
    VerificationTask,
    Window,
)
from . import complaints, department_figures, evaluation_cases, queue_stats
from .calendar import load_calendar
from .complaints import ComplaintCounts
from .context import Actor, Role
from .department_figures import DepartmentFlow
from .evaluation_cases import PeriodFigures
from .queue_stats import QueueMeasure

BOARD_ROLES = (Role.SUPERVISOR, Role.ADMINISTRATOR)
# Applications whose clock is running or that are decided but not yet completed (办结).
# Suspended ones are left out: their clock stands still and the deadline moves on resumption.
PENDING = tuple(sorted(str(s) for s in CLOCK_RUNNING | DECIDED))


@dataclass(frozen=True)
class Definition:
    label_zh: str
    label_en: str
    zh: str
    en: str

    def label(self, lang: str = "zh") -> str:
        return self.label_en if lang == "en" else self.label_zh

    def text(self, lang: str = "zh") -> str:
        return self.en if lang == "en" else self.zh


DEFINITIONS: dict[str, Definition] = {
    "received": Definition(
        "接件量", "Received",
        "统计期间内登记接收的申请件数（现场、邮寄、网上办事大厅三种渠道，以接收日期计）。",
        "Applications registered as received in the period (in person, by post or online), "
        "by day of receipt.",
    ),
    "accepted": Definition(
        "受理量", "Accepted",
        "统计期间内受理的申请件数（以受理日期计）。",
        "Applications accepted in the period, by day of acceptance.",
    ),
    "notices": Definition(
        "一次性告知", "One-time notices",
        "统计期间内出具的一次性告知书（补正材料通知书）份数。",
        "One-time notices (correction notices) issued in the period.",
    ),
    "refusals": Definition(
        "不予受理", "Non-acceptances",
        "统计期间内作出不予受理决定的件数。",
        "Applications refused acceptance (不予受理) in the period.",
    ),
    "commitments": Definition(
        "告知承诺", "Commitments",
        "统计期间内按告知承诺制受理的件数。",
        "Applications accepted in the period on the commitment path (告知承诺制).",
    ),
    "completed": Definition(
        "办结量", "Completed",
        "统计期间内办结的件数（以办结日期计，含准予许可、不予许可和撤回终止）。",
        "Applications completed in the period, by day of completion (approved, denied or "
        "withdrawn).",
    ),
    "completed_same_day": Definition(
        "当日办结", "Completed the same day",
        "统计期间内办结、且办结日期与受理日期为同一天的件数。",
        "Applications completed in the period on the same day they were accepted.",
    ),
    "verification_failed": Definition(
        "承诺核查不通过", "Commitments failing verification",
        "统计期间内核查结论为不通过的告知承诺件数（以核查日期计）。",
        "Commitment applications whose verification failed in the period, by day of "
        "verification.",
    ),
    "completion": Definition(
        "办结率", "Completion rate",
        "办结率 = 统计期间内受理的申请中截至期末已办结的件数 ÷ 统计期间内受理的件数。",
        "Completion rate = applications accepted in the period and completed by its end ÷ "
        "applications accepted in the period.",
    ),
    "on_time": Definition(
        "按时办结率", "On-time rate",
        "按时办结率 = 统计期间内办结、且办结日期不晚于承诺办结期限（已计入中止和批准延期）的件数 ÷ "
        "统计期间内办结的件数；未受理即终止、没有办结期限的件计为按时。",
        "On-time rate = applications completed in the period on or before their promised "
        "deadline (moved by suspensions and approved extensions) ÷ applications completed in "
        "the period; one ended before acceptance, without a deadline, counts as on time.",
    ),
    "zero_trip": Definition(
        "零跑动率", "Zero-trip rate",
        "零跑动率 = 统计期间内接收的申请中，申请人没有到现场（接件、补正、领取均计一次）的件数 ÷ "
        "统计期间内接收的件数。",
        "Zero-trip rate = applications received in the period whose applicant made no "
        "in-person visit (intake, bringing a missing item and collecting the result each count) "
        "÷ applications received in the period.",
    ),
    "at_most_one": Definition(
        "最多跑一次率", "At-most-one-trip rate",
        "最多跑一次率 = 统计期间内接收的申请中，申请人到现场不超过一次的件数 ÷ 统计期间内接收的件数。",
        "At-most-one-trip rate = applications received in the period with at most one in-person "
        "visit ÷ applications received in the period.",
    ),
    "average_workdays": Definition(
        "平均办理用时", "Average working days to completion",
        "统计期间内办结的件，自受理次日起至办结日的工作日数（扣除中止期间）的平均值。",
        "Mean working days from the day after acceptance to completion (suspensions excluded), "
        "over applications completed in the period.",
    ),
}  # fmt: skip


class BoardError(DomainError):
    pass


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


# --- the SQL ------------------------------------------------------------------------------------
# Built once at import with bind parameters, so the fast read path compiles each once and every
# refresh runs them in one read snapshot on a raw connection (storage/fast_read.py). One statement counts every measure for the
# totals and the four breakdowns; one reads the labels; one reads both alert lists.

DIMENSIONS = ("window", "clerk", "matter", "department")
_START = bindparam("start", type_=Date)
_END = bindparam("end", type_=Date)
_ZERO, _ONE = literal_column("0"), literal_column("1")
# A fact row counts, for one (window, clerk, matter version), the applications received /
# accepted / completed in the period, the notices, the refused applications or the failed
# verifications: six grouped parts over their indexed date columns, each filling its own columns
# and 0 elsewhere. The outer query sums the facts for the totals and for each breakdown.
FACTS = (
    "received", "zero_trip", "at_most_one",
    "accepted", "commitments", "accepted_completed",
    "completed", "completed_same_day", "on_time", "workdays_total", "workdays_count",
    "notices", "refusals", "verification_failed",
)  # fmt: skip
_GROUP = (Application.window_id, Application.clerk_id, Application.matter_version_id)


def _count_if(condition: ColumnElement) -> ColumnElement:
    return func.sum(case((condition, _ONE), else_=_ZERO))


def _part(source: Select, counts: dict[str, ColumnElement]) -> Select:
    """One grouped part of the facts: `source` (over applications) with its counts, 0 elsewhere."""
    return source.add_columns(*(counts.get(name, _ZERO).label(name) for name in FACTS)).group_by(
        *_GROUP
    )


_done = and_(Application.completed_on.is_not(None), Application.completed_on <= _END)
_on_time = or_(
    Application.promised_deadline.is_(None),
    Application.completed_on <= Application.promised_deadline,
)
_refused = (
    select(Transition.application_id)
    .where(Transition.to_state == str(State.REFUSED), Transition.on.between(_START, _END))
    .distinct()
    .subquery("refused")
)
_facts = union_all(
    _part(
        select(*_GROUP).where(Application.received_on.between(_START, _END)),
        {"received": func.count(), "zero_trip": _count_if(Application.visits == 0),
         "at_most_one": _count_if(Application.visits <= 1)},
    ),
    _part(
        select(*_GROUP).where(Application.accepted_on.between(_START, _END)),
        {"accepted": func.count(), "commitments": _count_if(Application.commitment.is_(True)),
         "accepted_completed": _count_if(_done)},
    ),
    _part(
        select(*_GROUP).where(Application.completed_on.between(_START, _END)),
        {"completed": func.count(),
         "completed_same_day": _count_if(Application.completed_on == Application.accepted_on),
         "on_time": _count_if(_on_time),
         "workdays_total": func.coalesce(func.sum(Application.elapsed_workdays), 0),
         "workdays_count": func.count(Application.elapsed_workdays)},
    ),
    _part(
        select(*_GROUP).select_from(Notice)
        .join(Application, Application.id == Notice.application_id)
        .where(Notice.issued_on.between(_START, _END)),
        {"notices": func.count()},
    ),
    _part(
        select(*_GROUP).select_from(_refused)
        .join(Application, Application.id == _refused.c.application_id),
        {"refusals": func.count()},
    ),
    _part(
        select(*_GROUP).select_from(VerificationTask)
        .join(Application, Application.id == VerificationTask.application_id)
        .where(VerificationTask.status == "failed",
               VerificationTask.verified_on.between(_START, _END)),
        {"verification_failed": func.count()},
    ),
).subquery("facts")  # fmt: skip
# the facts with the keys of all four breakdowns (matter and department through the version)
_keyed = (
    select(
        _facts.c.window_id.label("window"),
        _facts.c.clerk_id.label("clerk"),
        MatterVersion.matter_id.label("matter"),
        Matter.department_id.label("department"),
        *(_facts.c[name] for name in FACTS),
    )
    .join(MatterVersion, MatterVersion.id == _facts.c.matter_version_id)
    .join(Matter, Matter.id == MatterVersion.matter_id)
    .cte("keyed")
)


def _sums(tag: int, key: ColumnElement | None) -> Select:
    stmt = select(
        literal_column(str(tag)).label("dimension"),
        (key if key is not None else cast(null(), Integer)).label("key"),
        *(func.coalesce(func.sum(_keyed.c[name]), 0).label(name) for name in FACTS),
    )
    return stmt.group_by(key) if key is not None else stmt


# dimension tag (0 = totals, 1.. = DIMENSIONS), key id, then the FACTS summed
MEASURES = union_all(_sums(0, None), *(_sums(i, _keyed.c[d]) for i, d in enumerate(DIMENSIONS, 1)))


def _latest_name() -> ColumnElement:
    return (
        select(MatterVersion.name)
        .where(MatterVersion.matter_id == Matter.id)
        .order_by(MatterVersion.version.desc())
        .limit(1)
        .scalar_subquery()
    )


# dimension tag, id, key, name: the labels of the breakdowns from the small reference tables
LABELS = union_all(
    select(literal_column("1").label("dimension"), Window.id, Window.number.label("key"),
           Window.name.label("name")),
    select(literal_column("2"), User.id, User.username, User.display_name),
    select(literal_column("3"), Matter.id, Matter.code, _latest_name()),
    select(literal_column("4"), Department.id, Department.code, Department.name),
)  # fmt: skip

# Overdue (promised deadline passed) then nearly due (within WARNING_DAYS working days), in
# deadline order; the caller splits the two lists at `as_of`.
ALERTS = (
    select(Application.id, Application.number, Application.state, Application.accepted_on,
           Application.promised_deadline, Application.deadline_explanation,
           Applicant.name.label("applicant"), MatterVersion.name.label("matter"),
           Window.number.label("window"), User.display_name.label("clerk"))
    .join(Applicant, Applicant.id == Application.applicant_id)
    .join(MatterVersion, MatterVersion.id == Application.matter_version_id)
    .join(Window, Window.id == Application.window_id)
    .join(User, User.id == Application.clerk_id)
    .where(Application.state.in_(PENDING),
           Application.promised_deadline < bindparam("warn_before", type_=Date))
    .order_by(Application.promised_deadline, Application.number)
)  # fmt: skip


# How many applications were overdue as of a day (`core.overdue.is_overdue` in SQL): still
# pending (clock running or decided, not completed; suspended ones wait for their new
# deadline) with the deadline before the day, or completed only after the day with the
# deadline before it. Two indexed selections (state + deadline, completion day).
_AS_OF = bindparam("as_of", type_=Date)
OVERDUE_COUNT = select(func.count()).select_from(
    union_all(
        select(Application.id).where(
            Application.state.in_(PENDING), Application.completed_on.is_(None),
            Application.promised_deadline < _AS_OF,
        ),
        select(Application.id).where(
            Application.completed_on > _AS_OF, Application.promised_deadline < _AS_OF,
        ),
    ).subquery("overdue")
)  # fmt: skip


def _warn_before(calendar: WorkCalendar, as_of: date) -> date:
    return calendar.add(as_of, WARNING_DAYS + 1).day


def statements(start: date, end: date, as_of: date, calendar: WorkCalendar) -> Iterator[Select]:
    """Every statement the board runs, with its values bound (the EXPLAIN QUERY PLAN test)."""
    yield MEASURES.params(start=start, end=end)
    yield LABELS
    yield ALERTS.params(warn_before=_warn_before(calendar, as_of))
    yield OVERDUE_COUNT.params(as_of=as_of)
    yield complaints.COUNTS.params(complaints.counts_params(start, end, as_of))


def _measures(v: Sequence) -> Measures:
    """A MEASURES row (from FACTS on, after the dimension tag and key) as Measures."""
    (received, zero_trip, at_most_one, accepted, commitments, accepted_completed, completed,
     completed_same_day, on_time, workdays_total, workdays_count, notices, refusals,
     verification_failed) = map(int, v[2:])  # fmt: skip
    return Measures(
        received=received,
        accepted=accepted,
        notices=notices,
        refusals=refusals,
        commitments=commitments,
        completed=completed,
        completed_same_day=completed_same_day,
        verification_failed=verification_failed,
        completion=Rate(accepted_completed, accepted),
        on_time=Rate(on_time, completed),
        zero_trip=Rate(zero_trip, received),
        at_most_one=Rate(at_most_one, received),
        average_workdays=Average(workdays_total, workdays_count),
    )


def _labels(read: Snapshot) -> dict[str, dict]:
    """id → (key, label) per dimension."""
    out: dict[str, dict] = {d: {} for d in DIMENSIONS}
    for tag, i, key, name in read.rows(LABELS):
        dimension = DIMENSIONS[tag - 1]
        if dimension == "window":
            out[dimension][i] = (key, f"{key} {name}")
        elif dimension == "matter":
            out[dimension][i] = (key, f"{key} {name or ''}")
        else:
            out[dimension][i] = (key, name)
    return out


def alerts(
    read: Snapshot, calendar: WorkCalendar, as_of: date
) -> tuple[tuple[Alert, ...], tuple[Alert, ...]]:
    """(overdue, warnings) as of `as_of`: the board's two lists."""
    memo: dict = {}
    rows = read.rows(ALERTS, {"warn_before": _warn_before(calendar, as_of)})
    # in deadline order: the overdue ones (core.overdue; none of these is finished) come first
    split = next((i for i, r in enumerate(rows) if not is_overdue(r[4], as_of)), len(rows))
    overdue = tuple(_alert(calendar, as_of, r, memo) for r in rows[:split])
    return overdue, tuple(_alert(calendar, as_of, r, memo) for r in rows[split:])


_EMPTY = (None, None) + (0,) * len(FACTS)


_STATE_LABELS = {str(s): LABELS_ZH[s] for s in State}


def _alert(calendar: WorkCalendar, as_of: date, row: Sequence, memo: dict) -> Alert:
    """An ALERTS row as an Alert; working days are counted once per distinct deadline."""
    app_id, number, state, accepted_on, due, explanation, applicant, matter, window, clerk = row
    hit = memo.get(due)
    if hit is None:
        hit = memo[due] = (remaining(calendar, as_of, due), light(calendar, as_of, due))
    provisional = accepted_on is not None and bool(calendar.provisional_years(accepted_on, due))
    return Alert(
        app_id, number, state, _STATE_LABELS[state], applicant, matter, window, clerk,
        accepted_on, due, hit[0], hit[1], explanation or "", provisional,
    )  # fmt: skip


def board(
    db: Database, actor: Actor, start: date, end: date | None = None, *, on: date | None = None
) -> Board:
    """Every measure for [start, end] (inclusive), per window, clerk, matter and department,
    plus the overdue and warning lists as of `on` (default today). Supervisors and
    administrators only."""
    actor.require(*BOARD_ROLES)
    end = end or start
    if end < start:
        raise BoardError(
            "统计截止日期不能早于起始日期",
            english="The end date cannot be before the start date.",
            field="end",
        )
    as_of = on or date.today()
    with db.read_snapshot() as read:
        calendar = load_calendar(read)
        found: dict[int, dict] = {0: {}, **{i: {} for i in range(1, len(DIMENSIONS) + 1)}}
        for row in read.rows(MEASURES, {"start": start, "end": end}):
            found[row[0]][row[1]] = row
        labels = _labels(read)
        overdue, warnings = alerts(read, calendar, as_of)
        ((overdue_count,),) = read.rows(OVERDUE_COUNT, {"as_of": as_of})
        ((received, open_, late),) = read.rows(
            complaints.COUNTS, complaints.counts_params(start, end, as_of)
        )
    totals = _measures(found[0].get(None, _EMPTY))
    breakdowns: dict[str, tuple[Row, ...]] = {}
    for tag, dimension in enumerate(DIMENSIONS, 1):
        counted, named = found[tag], labels[dimension]
        ids = counted.keys() | named.keys() if dimension == "window" else counted.keys()
        rows = [
            Row(*named.get(i, (str(i), str(i))), _measures(counted.get(i, _EMPTY))) for i in ids
        ]
        breakdowns[dimension] = tuple(sorted(rows, key=lambda r: r.key))
    return Board(
        start=start,
        end=end,
        as_of=as_of,
        totals=totals,
        windows=breakdowns["window"],
        clerks=breakdowns["clerk"],
        matters=breakdowns["matter"],
        departments=breakdowns["department"],
        overdue=overdue,
        warnings=warnings,
        overdue_count=int(overdue_count),
        complaints=ComplaintCounts(received, open_, late),
        queue=tuple(queue_stats.measures(db, start, end)),
        evaluations=evaluation_cases.period_figures(db, start, end, today=as_of),
        back_office=department_figures.figures(db, actor, start, end, on=as_of),
    )
