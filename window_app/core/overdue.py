"""The one meaning of "overdue" (超期) that every screen, export and report takes.

An application is overdue when it was not finished (办结, `completed_on`) by the end of its
deadline day. The deadline is always a working day of the hall's calendar (it is counted in
working days), so the day after it is overdue whatever day of the week it is: with a deadline
on Friday 4 December, the application is overdue on Saturday 5, Sunday 6 and Monday 7.

- Judged "as of" a day: one not finished by then is overdue once that day is after its
  deadline. One finished on or before that day is no longer overdue: it is "finished late" when
  it was finished after its deadline (`finished_late`, the opposite of "on time" in the on-time
  rate). So the overdue count of a day, the lists' `overdue` flags and the board's overdue list
  are the same set, and a late application moves from "overdue" to "finished late" once done.
- While suspended (中止) its clock stands still and the deadline moves on resumption, so a
  suspended application is not overdue (it is counted again from its new deadline).
- Without a deadline (not accepted, refused) nothing is overdue.

How late, in working days: the working days after the deadline up to the day, at least one
once the deadline day has ended (a Friday deadline is 1 working day late on the Sunday after).
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .workdays import WorkCalendar

WARNING_DAYS = 2  # 临期: this many working days or fewer left (DOMAIN.md)


def is_overdue(
    deadline: date | None,
    as_of: date,
    *,
    finished_on: date | None = None,
    suspended: bool = False,
) -> bool:
    """Not finished by the end of its deadline day, as of `as_of` (see the module text)."""
    if deadline is None:
        return False
    if finished_on is not None and finished_on <= as_of:
        return False
    if suspended:
        return False
    return as_of > deadline


def finished_late(deadline: date | None, finished_on: date | None) -> bool:
    """Finished after its deadline (the on-time rate's "not on time")."""
    return deadline is not None and finished_on is not None and finished_on > deadline


def days_late(calendar: WorkCalendar, deadline: date, as_of: date) -> int:
    """Working days overdue as of `as_of`: 0 until the deadline day has ended, then at least 1."""
    if as_of <= deadline:
        return 0
    return max(1, calendar.between(deadline, as_of).count)
