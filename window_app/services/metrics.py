"""The supervisor's board: every measure for a period and the overdue and warning lists.

`board()` is the only entry point: the GUI board, the xlsx export, the daily report PDF and
`window-app report daily` all show what it returns, so they cannot disagree. Every number is
counted by the database (SQLAlchemy Core, GROUP BY over a date range on an indexed column);
Python only divides numerators by denominators and attaches labels. The definitions (zh + en)
travel with the numbers so every screen and paper can print them next to the figure. The
statements are `board_sql`'s, the result types `board_results`', the definitions
`board_definitions`'.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import date

from sqlalchemy import Select

from ..core.deadlines import light, remaining
from ..core.errors import DomainError
from ..core.overdue import WARNING_DAYS, is_overdue
from ..core.states import LABELS_ZH, State
from ..core.workdays import WorkCalendar
from ..storage.database import Database
from ..storage.fast_read import Snapshot
from . import complaints, department_figures, evaluation_cases, queue_stats
from .board_results import Alert, Average, Board, Measures, Rate, Row
from .board_sql import ALERTS, DIMENSIONS, FACTS, LABELS, MEASURES, OVERDUE_COUNT
from .calendar import load_calendar
from .complaints import ComplaintCounts
from .context import Actor, Role

BOARD_ROLES = (Role.SUPERVISOR, Role.ADMINISTRATOR)


class BoardError(DomainError):
    pass


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
