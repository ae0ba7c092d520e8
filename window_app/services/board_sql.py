"""The board's SQL: every measure, label and alert as SQLAlchemy Core statements over indexed
columns, built once at import with bind parameters.

It exists apart from `metrics` (which runs these statements and shapes the result) so that the
counting rules can be read, warmed up (`warm_up`) and checked against their query plans
(`metrics.statements`, tests/test_fast_read.py) on their own.
"""

from __future__ import annotations

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

from ..core.states import CLOCK_RUNNING, DECIDED, State
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

# Applications whose clock is running or that are decided but not yet completed (办结).
# Suspended ones are left out: their clock stands still and the deadline moves on resumption.
PENDING = tuple(sorted(str(s) for s in CLOCK_RUNNING | DECIDED))

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
