"""The supervisor's measures, defined once as SQL over indexed columns.

`board()` is the only entry point: the GUI board, the xlsx export, the daily report PDF and
`window-app report daily` all show what it returns, so they cannot disagree. Every number is
counted by the database (SQLAlchemy Core, GROUP BY over a date range on an indexed column);
Python only divides numerators by denominators and attaches labels. The definitions (zh + en)
travel with the numbers so every screen and paper can print them next to the figure.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, fields
from datetime import date

from sqlalchemy import ColumnElement, Select, and_, case, func, literal, or_, select
from sqlalchemy.orm import Session

from ..core.deadlines import light, remaining
from ..core.errors import DomainError
from ..core.states import CLOCK_RUNNING, DECIDED, LABELS_ZH, State
from ..core.workdays import WorkCalendar
from ..storage.database import Database
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
from .calendar import load_calendar
from .context import Actor, Role

BOARD_ROLES = (Role.SUPERVISOR, Role.ADMINISTRATOR)
WARNING_DAYS = 2  # yellow when this many working days or fewer remain (DOMAIN.md)
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


@dataclass(frozen=True)
class Rate:
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


@dataclass(frozen=True)
class Average:
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


@dataclass(frozen=True)
class Measures:
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


@dataclass(frozen=True)
class Row:
    """One line of a breakdown: `key` is the window number, username, matter or department code."""

    key: str
    label: str
    measures: Measures


@dataclass(frozen=True)
class Alert:
    """An overdue or nearly due application, for the lists that open it."""

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

    def as_dict(self) -> dict:
        return {f.name: _json(getattr(self, f.name)) for f in fields(self)}


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
        out["overdue"] = [a.as_dict() for a in self.overdue]
        out["warnings"] = [a.as_dict() for a in self.warnings]
        out["definitions"] = {
            k: {"label_zh": d.label_zh, "label_en": d.label_en, "zh": d.zh, "en": d.en}
            for k, d in self.definitions.items()
        }
        return out


def _json(value: object) -> object:
    return value.isoformat() if isinstance(value, date) else value


# --- the SQL ------------------------------------------------------------------------------------

DIMENSIONS = ("window", "clerk", "matter", "department")


def _key(dimension: str | None) -> ColumnElement | None:
    return {
        None: None,
        "window": Application.window_id,
        "clerk": Application.clerk_id,
        "matter": MatterVersion.matter_id,
        "department": Matter.department_id,
    }[dimension]


def _grouped(
    columns: list[ColumnElement], dimension: str | None, base: Callable[[list], Select]
) -> Select:
    """`base(selected columns)` grouped by the dimension's key (first column; NULL for totals)."""
    key = _key(dimension)
    stmt = base([(key if key is not None else literal(None)).label("key"), *columns])
    if dimension in ("matter", "department"):
        stmt = stmt.join(MatterVersion, MatterVersion.id == Application.matter_version_id)
    if dimension == "department":
        stmt = stmt.join(Matter, Matter.id == MatterVersion.matter_id)
    return stmt.group_by(key) if key is not None else stmt


def _flag(condition: ColumnElement) -> ColumnElement:
    return func.coalesce(func.sum(case((condition, 1), else_=0)), 0)


def _received(start: date, end: date, dimension: str | None) -> Select:
    return _grouped(
        [func.count().label("received"),
         _flag(Application.visits == 0).label("zero_trip"),
         _flag(Application.visits <= 1).label("at_most_one")],
        dimension,
        lambda cols: select(*cols).select_from(Application)
        .where(Application.received_on.between(start, end)),
    )  # fmt: skip


def _accepted(start: date, end: date, dimension: str | None) -> Select:
    done = and_(Application.completed_on.is_not(None), Application.completed_on <= end)
    return _grouped(
        [func.count().label("accepted"),
         _flag(Application.commitment.is_(True)).label("commitments"),
         _flag(done).label("accepted_completed")],
        dimension,
        lambda cols: select(*cols).select_from(Application)
        .where(Application.accepted_on.between(start, end)),
    )  # fmt: skip


def _completed(start: date, end: date, dimension: str | None) -> Select:
    on_time = or_(
        Application.promised_deadline.is_(None),
        Application.completed_on <= Application.promised_deadline,
    )
    return _grouped(
        [func.count().label("completed"),
         _flag(Application.completed_on == Application.accepted_on).label("completed_same_day"),
         _flag(on_time).label("on_time"),
         func.coalesce(func.sum(Application.elapsed_workdays), 0).label("workdays_total"),
         func.count(Application.elapsed_workdays).label("workdays_count")],
        dimension,
        lambda cols: select(*cols).select_from(Application)
        .where(Application.completed_on.between(start, end)),
    )  # fmt: skip


def _notices(start: date, end: date, dimension: str | None) -> Select:
    return _grouped(
        [func.count().label("notices")],
        dimension,
        lambda cols: select(*cols).select_from(Notice)
        .join(Application, Application.id == Notice.application_id)
        .where(Notice.issued_on.between(start, end)),
    )  # fmt: skip


def _refusals(start: date, end: date, dimension: str | None) -> Select:
    return _grouped(
        [func.count(func.distinct(Transition.application_id)).label("refusals")],
        dimension,
        lambda cols: select(*cols).select_from(Transition)
        .join(Application, Application.id == Transition.application_id)
        .where(Transition.to_state == str(State.REFUSED), Transition.on.between(start, end)),
    )  # fmt: skip


def _verification_failed(start: date, end: date, dimension: str | None) -> Select:
    return _grouped(
        [func.count().label("verification_failed")],
        dimension,
        lambda cols: select(*cols).select_from(VerificationTask)
        .join(Application, Application.id == VerificationTask.application_id)
        .where(VerificationTask.status == "failed",
               VerificationTask.verified_on.between(start, end)),
    )  # fmt: skip


MEASURE_QUERIES = (_received, _accepted, _completed, _notices, _refusals, _verification_failed)


def _alerts(as_of: date, warn_before: date) -> tuple[Select, Select]:
    """(overdue, warning) lists: promised deadline passed / within WARNING_DAYS working days."""
    base = (
        select(Application.id, Application.number, Application.state, Application.accepted_on,
               Application.promised_deadline, Application.deadline_explanation,
               Applicant.name.label("applicant"), MatterVersion.name.label("matter"),
               Window.number.label("window"), User.display_name.label("clerk"))
        .join(Applicant, Applicant.id == Application.applicant_id)
        .join(MatterVersion, MatterVersion.id == Application.matter_version_id)
        .join(Window, Window.id == Application.window_id)
        .join(User, User.id == Application.clerk_id)
        .where(Application.state.in_(PENDING))
        .order_by(Application.promised_deadline, Application.number)
    )  # fmt: skip
    overdue = base.where(Application.promised_deadline < as_of)
    warning = base.where(
        Application.promised_deadline >= as_of, Application.promised_deadline < warn_before
    )
    return overdue, warning


def statements(start: date, end: date, as_of: date, calendar: WorkCalendar) -> Iterator[Select]:
    """Every statement the board runs (the EXPLAIN QUERY PLAN test walks these)."""
    for query in MEASURE_QUERIES:
        for dimension in (None, *DIMENSIONS):
            yield query(start, end, dimension)
    yield from _alerts(as_of, calendar.add(as_of, WARNING_DAYS + 1).day)


def _measures(parts: dict) -> Measures:
    g = parts.get
    return Measures(
        received=g("received", 0),
        accepted=g("accepted", 0),
        notices=g("notices", 0),
        refusals=g("refusals", 0),
        commitments=g("commitments", 0),
        completed=g("completed", 0),
        completed_same_day=g("completed_same_day", 0),
        verification_failed=g("verification_failed", 0),
        completion=Rate(g("accepted_completed", 0), g("accepted", 0)),
        on_time=Rate(g("on_time", 0), g("completed", 0)),
        zero_trip=Rate(g("zero_trip", 0), g("received", 0)),
        at_most_one=Rate(g("at_most_one", 0), g("received", 0)),
        average_workdays=Average(g("workdays_total", 0), g("workdays_count", 0)),
    )


def _collect(session: Session, start: date, end: date, dimension: str | None) -> dict:
    """key → {column name: int} over every measure query for one dimension."""
    out: dict = {}
    for query in MEASURE_QUERIES:
        for row in session.execute(query(start, end, dimension)).mappings():
            values = out.setdefault(row["key"], {})
            values.update({k: int(v or 0) for k, v in row.items() if k != "key"})
    return out


def _labels(session: Session) -> dict[str, dict]:
    """id → (key, label) per dimension, from the small reference tables."""
    latest: dict[int, tuple[int, str]] = {}
    for matter_id, version, name in session.execute(
        select(MatterVersion.matter_id, MatterVersion.version, MatterVersion.name)
    ):
        if matter_id not in latest or version > latest[matter_id][0]:
            latest[matter_id] = (version, name)
    return {
        "window": {i: (n, f"{n} {name}") for i, n, name in
                   session.execute(select(Window.id, Window.number, Window.name))},
        "clerk": {i: (u, d) for i, u, d in
                  session.execute(select(User.id, User.username, User.display_name))},
        "matter": {i: (c, f"{c} {latest.get(i, (0, ''))[1]}") for i, c in
                   session.execute(select(Matter.id, Matter.code))},
        "department": {i: (c, n) for i, c, n in
                       session.execute(select(Department.id, Department.code, Department.name))},
    }  # fmt: skip


def _alert(calendar: WorkCalendar, as_of: date, row, memo: dict) -> Alert:  # noqa: ANN001
    due = row.promised_deadline
    if due not in memo:  # working days are counted once per distinct deadline, not per row
        memo[due] = (remaining(calendar, as_of, due), light(calendar, as_of, due))
    left, colour = memo[due]
    return Alert(
        application_id=row.id,
        number=row.number,
        state=row.state,
        state_label=LABELS_ZH[State(row.state)],
        applicant=row.applicant,
        matter=row.matter,
        window=row.window,
        clerk=row.clerk,
        accepted_on=row.accepted_on,
        promised_deadline=row.promised_deadline,
        remaining=left,
        light=colour,
        explanation=row.deadline_explanation or "",
    )


def board(
    db: Database, actor: Actor, start: date, end: date | None = None, *, on: date | None = None
) -> Board:
    """Every measure for [start, end] (inclusive), per window, clerk, matter and department,
    plus the overdue and warning lists as of `on` (default today). Supervisors and
    administrators only."""
    actor.require(*BOARD_ROLES)
    end = end or start
    if end < start:
        raise BoardError("统计截止日期不能早于起始日期", english="end before start", field="end")
    as_of = on or date.today()
    with db.reading() as session:
        calendar = load_calendar(session)
        totals = _measures(_collect(session, start, end, None).get(None, {}))
        labels = _labels(session)
        breakdowns: dict[str, tuple[Row, ...]] = {}
        for dimension in DIMENSIONS:
            found = _collect(session, start, end, dimension)
            ids = set(found) | (set(labels["window"]) if dimension == "window" else set())
            rows = [
                Row(*labels[dimension].get(i, (str(i), str(i))), _measures(found.get(i, {})))
                for i in ids
            ]
            breakdowns[dimension] = tuple(sorted(rows, key=lambda r: r.key))
        overdue_q, warning_q = _alerts(as_of, calendar.add(as_of, WARNING_DAYS + 1).day)
        memo: dict = {}
        overdue = tuple(_alert(calendar, as_of, r, memo) for r in session.execute(overdue_q))
        warnings = tuple(_alert(calendar, as_of, r, memo) for r in session.execute(warning_q))
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
    )
